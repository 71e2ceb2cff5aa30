/**
 * What the cross-document rules need to know about a set of files: which engagements and
 * data connection agreements exist, by id. Built from parsed files; holds no I/O.
 */
import type { PolicyDocument, PolicyFile } from './parse';
import { asRecord, type DataRecord } from './data';

export interface IndexedDocument {
  file: PolicyFile;
  doc: PolicyDocument;
  data: DataRecord;
}

export interface WorkspaceIndex {
  engagements: Map<string, IndexedDocument[]>;
  dcas: Map<string, IndexedDocument[]>;
}

/** What cross-document rules read of an indexed document: its file's URI, its id, its data. */
export interface IndexEntry {
  readonly file: { readonly uri: string };
  readonly doc: { readonly id: string | undefined };
  readonly data: DataRecord;
}

/**
 * The index as cross-document rules read it: a `WorkspaceIndex`, or a lighter one that keeps
 * no parses (the streaming CLI's, `workspace/summary.ts`).
 */
export interface CrossDocumentIndex<E extends IndexEntry = IndexEntry> {
  readonly engagements: ReadonlyMap<string, readonly E[]>;
  readonly dcas: ReadonlyMap<string, readonly E[]>;
  /**
   * The DCAs by the engagement they name, in the order `dcasOfEngagement` lists them, when the
   * index keeps them so (without it, every DCA is visited).
   */
  readonly dcasByEngagement?: (engagementId: string) => E[];
}

function add(map: Map<string, IndexedDocument[]>, id: string, entry: IndexedDocument): void {
  const list = map.get(id);
  if (list) list.push(entry);
  else map.set(id, [entry]);
}

export function buildWorkspaceIndex(files: Iterable<PolicyFile>): WorkspaceIndex {
  const index: WorkspaceIndex = { engagements: new Map(), dcas: new Map() };
  for (const file of files) {
    for (const doc of file.documents) {
      const data = asRecord(doc.value);
      if (!data || !doc.kind || doc.id === undefined) continue;
      const entry = { file, doc, data };
      add(doc.kind === 'Engagement' ? index.engagements : index.dcas, doc.id, entry);
    }
  }
  return index;
}

/** The engagement with this id (the first one, when an id is defined twice). */
export function findEngagement<E extends IndexEntry>(
  index: CrossDocumentIndex<E>,
  id: unknown,
): E | undefined {
  return typeof id === 'string' ? index.engagements.get(id)?.[0] : undefined;
}

/** The data connection agreements that belong to an engagement. */
export function dcasOfEngagement<E extends IndexEntry>(
  index: CrossDocumentIndex<E>,
  engagementId: string,
): E[] {
  if (index.dcasByEngagement) return index.dcasByEngagement(engagementId);
  const result: E[] = [];
  for (const entries of index.dcas.values()) {
    for (const entry of entries) {
      if (asRecord(entry.data.metadata)?.engagementRef === engagementId) result.push(entry);
    }
  }
  return result;
}

/**
 * The files whose findings can change when `file` changes, by URI: itself, its engagement, the
 * data connection agreements of its engagements, and the documents with the same id.
 */
export function relatedUris(file: PolicyFile | undefined, index: WorkspaceIndex): string[] {
  const related = new Set<string>(file ? [file.uri] : []);
  const add = (entries: readonly IndexedDocument[]) => {
    for (const entry of entries) related.add(entry.file.uri);
  };
  for (const doc of file?.documents ?? []) {
    if (!doc.kind) continue;
    if (doc.kind === 'Engagement' && doc.id) add(dcasOfEngagement(index, doc.id));
    const engagementRef = asRecord(asRecord(doc.value)?.metadata)?.engagementRef;
    if (doc.kind === 'DataConnectionAgreement' && typeof engagementRef === 'string')
      add(index.engagements.get(engagementRef) ?? []);
    if (doc.id) add((doc.kind === 'Engagement' ? index.engagements : index.dcas).get(doc.id) ?? []);
  }
  return [...related];
}
