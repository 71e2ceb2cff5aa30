/**
 * The cross-document index of a streaming check: what cross-document rules read of every
 * document (its file's URI, its id, its data) without keeping the parses. The data of documents
 * other than the one being checked comes from a `DataStore` (the CLI keeps it serialized).
 *
 * Files are added one by one and each is checked as soon as it is added, against the index as
 * far as it is built. Every question a rule asks of the index is recorded with the answer it
 * got: when the complete index answers every question of a file the same way, that file's
 * findings are those of a check against the complete index (findings are a function of the
 * document and those answers); otherwise the file is `stale` and is checked again.
 */
import { asRecord, type DataRecord } from '../data';
import type { PolicyFile } from '../parse';
import type { CrossDocumentIndex, IndexEntry } from '../workspace';
import { RecordedMap, type Question } from './recordedMap';

/** Where the data of indexed documents is kept between their check and their use by others. */
export interface DataStore {
  /** Keeps `data`; returns its slot. */
  put(data: DataRecord): number;
  /** A copy of the data kept in `slot`. */
  get(slot: number): DataRecord;
}

/** One indexed document. Its data is its own parse while its file is checked, else the store's. */
export class SummaryEntry implements IndexEntry {
  readonly file: { readonly uri: string };
  readonly doc: { readonly id: string };
  /** The data of the document as its file's current parse has it, while that file is checked. */
  live: DataRecord | undefined;

  constructor(
    uri: string,
    id: string,
    /** The order entries were added in (file order, then document order). */
    readonly sequence: number,
    /** For DCAs: the position of its id among the DCA ids, in the order they were first seen. */
    readonly idRank: number,
    private readonly store: DataStore,
    private readonly slot: number,
  ) {
    this.file = { uri };
    this.doc = { id };
  }

  get data(): DataRecord {
    return this.live ?? this.store.get(this.slot);
  }
}

/** A document of a file, by its position in the file, and its index entry. */
interface FileEntry {
  documentIndex: number;
  entry: SummaryEntry;
}

/** The summary index (see the module comment). */
export class SummaryIndex implements CrossDocumentIndex<SummaryEntry> {
  private readonly engagementLists = new Map<string, SummaryEntry[]>();
  private readonly dcaLists = new Map<string, SummaryEntry[]>();
  private readonly dcasByRef = new Map<string, SummaryEntry[]>();
  private readonly fileEntries: FileEntry[][] = [];
  private sequence = 0;
  /** The questions of the file being checked; undefined when nothing is recorded. */
  private questions: Question[] | undefined;
  private readonly ask = (question: Question): void => void this.questions?.push(question);

  readonly engagements = new RecordedMap(this.engagementLists, this.ask);
  readonly dcas = new RecordedMap(this.dcaLists, this.ask);

  constructor(private readonly store: DataStore) {}

  /** The DCAs naming the engagement, in `dcasOfEngagement`'s order (by id as first seen). */
  readonly dcasByEngagement = (engagementId: string): SummaryEntry[] => {
    const count = this.dcasByRef.get(engagementId)?.length ?? 0;
    this.ask(() => (this.dcasByRef.get(engagementId)?.length ?? 0) === count);
    const list = [...(this.dcasByRef.get(engagementId) ?? [])];
    return list.sort((a, b) => a.idRank - b.idRank || a.sequence - b.sequence);
  };

  /** Adds the documents of the next file (as `buildWorkspaceIndex` would); returns its number. */
  add(file: PolicyFile): number {
    const entries: FileEntry[] = [];
    for (const doc of file.documents) {
      const data = asRecord(doc.value);
      if (!data || !doc.kind || doc.id === undefined) continue;
      const engagement = doc.kind === 'Engagement';
      const lists = engagement ? this.engagementLists : this.dcaLists;
      const idRank = lists.has(doc.id) ? [...lists.keys()].indexOf(doc.id) : lists.size;
      const slot = this.store.put(data);
      const entry = new SummaryEntry(file.uri, doc.id, this.sequence++, idRank, this.store, slot);
      append(lists, doc.id, entry);
      const ref = asRecord(data.metadata)?.engagementRef;
      if (!engagement && typeof ref === 'string') append(this.dcasByRef, ref, entry);
      (engagement ? this.engagements : this.dcas).changed();
      entries.push({ documentIndex: doc.index, entry });
    }
    this.fileEntries.push(entries);
    return this.fileEntries.length - 1;
  }

  /**
   * Runs `check` on file number `n` (`file` is its current parse) with the file's own data in
   * its entries; returns the result and the questions asked of the index.
   */
  check<T>(n: number, file: PolicyFile, check: () => T): { result: T; questions: Question[] } {
    const entries = this.fileEntries[n] ?? [];
    for (const { documentIndex, entry } of entries)
      entry.live = asRecord(file.documents[documentIndex]?.value);
    const questions: Question[] = [];
    this.questions = questions;
    try {
      return { result: check(), questions };
    } finally {
      this.questions = undefined;
      for (const { entry } of entries) entry.live = undefined;
    }
  }
}

/** Whether the index as it is now answers any of the questions differently. */
export function isStale(questions: readonly Question[]): boolean {
  return questions.some((unchanged) => !unchanged());
}

function append(map: Map<string, SummaryEntry[]>, id: string, entry: SummaryEntry): void {
  const list = map.get(id);
  if (list) list.push(entry);
  else map.set(id, [entry]);
}

export type { Question } from './recordedMap';
