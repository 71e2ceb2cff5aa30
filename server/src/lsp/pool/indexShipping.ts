/**
 * The main thread's side of the index in jobs: the places of the index as a job sends them (the
 * chosen texts to check, every other file as summaries with data), and whether the index now
 * answers the questions of a check differently than the one the job had (then it is checked
 * again: findings are a function of the document and those answers).
 */
import {
  SummaryIndex,
  summarizeFile,
  type DataRecord,
  type DataStore,
  type PolicyFile,
  type Question,
} from '../../core';
import type { PolicyWorkspace } from '../workspace';
import type { IndexPlace, ShippedFile } from './jobs';

const NO_DATA: DataStore = { put: () => 0, get: () => ({}) };

export function shippedFile(file: PolicyFile): ShippedFile {
  const data: DataRecord[] = [];
  const store: DataStore = { put: (record) => data.push(record) - 1, get: () => ({}) };
  const documents = summarizeFile(file, store).map(({ slot, ...summary }) => ({
    ...summary,
    data: data[slot] ?? {},
  }));
  return { uri: file.uri, documents };
}

/**
 * Every place of the index in order: the texts of `toCheck` (by URI) to check, the other files
 * as summaries. A document to check that has no parse yet (a large one just opened) is checked
 * at its place all the same.
 */
export function shippedIndex(
  workspace: PolicyWorkspace,
  toCheck: ReadonlyMap<string, { text: string; keep: boolean }>,
): IndexPlace[] {
  return workspace.indexSlots().flatMap((slot): IndexPlace[] => {
    const text = toCheck.get(slot.uri);
    if (text) return [{ uri: slot.uri, ...text }];
    return slot.file ? [shippedFile(slot.file)] : [];
  });
}

/** Answers whether the workspace's index now answers questions differently (built once). */
export function stalenessCheck(workspace: PolicyWorkspace): (questions: Question[]) => boolean {
  let index: SummaryIndex | undefined;
  return (questions) => {
    if (questions.length === 0) return false;
    if (!index) {
      index = new SummaryIndex(NO_DATA);
      for (const slot of workspace.indexSlots())
        if (slot.file) index.addSummaries(slot.uri, summarizeFile(slot.file, NO_DATA));
    }
    return index.isStale(questions);
  };
}
