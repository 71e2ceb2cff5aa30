/**
 * The cross-document index of a streaming check: what cross-document rules read of every
 * document (its file's URI, its id, its data) without keeping the parses. The data of documents
 * other than the one being checked comes from a `DataStore` (the CLI keeps it serialized, or
 * parses the file again).
 *
 * Files are added one by one and each is checked soon after it is added, against the index as
 * far as it is built (perhaps only of a run of files that does not start with the first). Every
 * question a rule asks of the index is recorded, as data, with the answer it got: when the
 * complete index answers every question of a file the same way (`isStale`), that file's findings
 * are those of a check against the complete index (findings are a function of the document and
 * those answers); otherwise the file is checked again.
 */
import { asRecord, type DataRecord } from '../data';
import type { PolicyFile } from '../parse';
import type { PolicyKind } from '../types';
import type { CrossDocumentIndex, IndexEntry } from '../workspace';
import { ownCopy, RecordedMap, type Question } from './recordedMap';

/** Where the data of indexed documents is kept between their check and their use by others. */
export interface DataStore {
  /** Keeps `data`; returns its slot. */
  put(data: DataRecord): number;
  /** A copy of the data kept in `slot`. */
  get(slot: number): DataRecord;
}

/** What the index keeps of a document (one that `buildWorkspaceIndex` would index). */
export interface DocumentSummary {
  /** Its position in its file. */
  documentIndex: number;
  kind: PolicyKind;
  id: string;
  /** For DCAs: the engagement its metadata names, when that is a string. */
  engagementRef?: string;
  /** Its data's slot in the data store. */
  slot: number;
}

/** The summaries of the documents of a parsed file that the index holds; their data is stored. */
export function summarizeFile(file: PolicyFile, store: DataStore): DocumentSummary[] {
  const documents: DocumentSummary[] = [];
  for (const doc of file.documents) {
    const data = asRecord(doc.value);
    if (!data || !doc.kind || doc.id === undefined) continue;
    const ref = doc.kind === 'DataConnectionAgreement' && asRecord(data.metadata)?.engagementRef;
    const slot = store.put(data);
    const summary = { documentIndex: doc.index, kind: doc.kind, id: ownCopy(doc.id), slot };
    documents.push(typeof ref === 'string' ? { ...summary, engagementRef: ownCopy(ref) } : summary);
  }
  return documents;
}

/** One indexed document. Its data is its own parse while its file is checked, else the store's. */
export class SummaryEntry implements IndexEntry {
  readonly file: { readonly uri: string };
  readonly doc: { readonly id: string };
  /** The data of the document as its file's current parse has it, while that file is checked. */
  live: DataRecord | undefined;

  constructor(
    uri: string,
    readonly summary: DocumentSummary,
    /** The number of its file in the whole set of files. */
    readonly fileNumber: number,
    /** For DCAs: the position of its id among the DCA ids, in the order they were first seen. */
    readonly idRank: number,
    private readonly store: DataStore,
  ) {
    this.file = { uri };
    this.doc = { id: summary.id };
  }

  get data(): DataRecord {
    return this.live ?? this.store.get(this.summary.slot);
  }

  /** The same document in every thread's index. */
  get identity(): string {
    return `${this.fileNumber}:${this.summary.documentIndex}`;
  }
}

/** The summary index (see the module comment). */
export class SummaryIndex implements CrossDocumentIndex<SummaryEntry> {
  private readonly dcasByRef = new Map<string, SummaryEntry[]>();
  private readonly fileEntries: SummaryEntry[][] = [];
  /** The questions of the file being checked; undefined when nothing is recorded. */
  private questions: Question[] | undefined;
  private readonly ask = (question: Question): void => void this.questions?.push(question);

  readonly engagements: RecordedMap<SummaryEntry>;
  readonly dcas: RecordedMap<SummaryEntry>;

  /**
   * An index of the files from number `firstFile` on: only one from the first file on answers
   * questions about the order of ids the way the index of all files does.
   */
  constructor(
    private readonly store: DataStore,
    private readonly firstFile = 0,
  ) {
    const prefix = firstFile === 0;
    this.engagements = new RecordedMap('engagements', new Map(), this.ask, prefix);
    this.dcas = new RecordedMap('dcas', new Map(), this.ask, prefix);
  }

  /** The DCAs naming the engagement, in `dcasOfEngagement`'s order (by id as first seen). */
  readonly dcasByEngagement = (engagementId: string): SummaryEntry[] => {
    const answer = this.dcasNaming(engagementId);
    const identities = answer.map((entry) => entry.identity);
    this.ask({ ask: 'dcasOf', key: ownCopy(engagementId), answer: identities });
    return answer;
  };

  /** Adds the documents of the next file; returns its number. */
  add(file: PolicyFile): number {
    return this.addSummaries(file.uri, summarizeFile(file, this.store));
  }

  /** Adds the next file by the summaries of its documents; returns its number. */
  addSummaries(uri: string, documents: readonly DocumentSummary[]): number {
    const fileNumber = this.firstFile + this.fileEntries.length;
    const entries = documents.map((summary) => this.addDocument(uri, summary, fileNumber));
    this.fileEntries.push(entries);
    return fileNumber;
  }

  /** The summaries of the documents of file number `n`. */
  summariesOf(n: number): DocumentSummary[] {
    return (this.fileEntries[n - this.firstFile] ?? []).map((entry) => entry.summary);
  }

  /**
   * Runs `check` on file number `n` (`file` is its current parse) with the file's own data in
   * its entries; returns the result and the questions asked of the index.
   */
  check<T>(n: number, file: PolicyFile, check: () => T): { result: T; questions: Question[] } {
    const entries = this.fileEntries[n - this.firstFile] ?? [];
    for (const entry of entries)
      entry.live = asRecord(file.documents[entry.summary.documentIndex]?.value);
    const questions: Question[] = [];
    this.questions = questions;
    try {
      return { result: check(), questions };
    } finally {
      this.questions = undefined;
      for (const entry of entries) entry.live = undefined;
    }
  }

  /** Whether this index answers any of the questions differently (they were asked of another). */
  isStale(questions: readonly Question[]): boolean {
    return questions.some((question) => !this.answers(question));
  }

  private answers(question: Question): boolean {
    if (question.ask !== 'dcasOf')
      return (question.of === 'engagements' ? this.engagements : this.dcas).answers(question);
    const now = this.dcasNaming(question.key);
    return (
      now.length === question.answer.length &&
      now.every((entry, i) => entry.identity === question.answer[i])
    );
  }

  private dcasNaming(engagementId: string): SummaryEntry[] {
    const list = [...(this.dcasByRef.get(engagementId) ?? [])];
    return list.sort(
      (a, b) =>
        a.idRank - b.idRank ||
        a.fileNumber - b.fileNumber ||
        a.summary.documentIndex - b.summary.documentIndex,
    );
  }

  private addDocument(uri: string, summary: DocumentSummary, fileNumber: number): SummaryEntry {
    const map = summary.kind === 'Engagement' ? this.engagements : this.dcas;
    const idRank = map.holds(summary.id) ? [...map.ownKeys()].indexOf(summary.id) : map.keyCount;
    const entry = new SummaryEntry(uri, summary, fileNumber, idRank, this.store);
    map.add(summary.id, entry);
    if (summary.engagementRef !== undefined) appendTo(this.dcasByRef, summary.engagementRef, entry);
    return entry;
  }
}

function appendTo(map: Map<string, SummaryEntry[]>, id: string, entry: SummaryEntry): void {
  const list = map.get(id);
  if (list) list.push(entry);
  else map.set(id, [entry]);
}

export type { Question } from './recordedMap';
