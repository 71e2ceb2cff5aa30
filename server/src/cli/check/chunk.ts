/**
 * Checks a run of consecutive files (a chunk) one by one against an index of the chunk as far as
 * it is read (`SummaryIndex`): each file is read, parsed, checked and released. What comes back
 * is small and plain (it crosses threads): per file its findings, the questions its check asked
 * of the index, and the summaries of its documents (without their data).
 */
import {
  parsePolicyFile,
  SummaryIndex,
  validateFile,
  type DocumentSummary,
  type Finding,
  type PolicyFile,
  type Question,
  type ValidationOptions,
} from '../../core';
import { byteBoundFor, readRegularFile } from '../../io/readRegularFile';
import { toReported, type ReportedFinding } from '../report';
import { textDone } from './collect';
import { serializedDataStore } from './dataStore';

/** A policy file to check: where to read it, and the name it is reported by. */
export interface FileToCheck {
  path: string;
  /** The folder it was found in (reading it stays inside), when it was found by a walk. */
  root?: string;
  uri: string;
}

/** A document summary as it leaves its chunk: its data stays behind (it is read again if needed). */
export type ShippedSummary = Omit<DocumentSummary, 'slot'>;

export interface CheckedFile {
  findings: ReportedFinding[];
  questions: Question[];
  documents: ShippedSummary[];
  /** Why it could not be read, when it could not. */
  problem?: string;
}

/** What a check needs besides the files: plain data, the same in every thread. */
export interface CheckSettings {
  options: ValidationOptions & { maxDocumentSize: number };
  /** Only errors are reported (`--quiet`). */
  quiet: boolean;
}

export function keepFinding(settings: CheckSettings): (finding: Finding) => boolean {
  return (finding) => !settings.quiet || finding.severity === 'error';
}

/** The parse of a file, or why it could not be read. */
export function readAndParse(
  file: FileToCheck,
  settings: CheckSettings,
): PolicyFile | { problem: string } {
  const maxBytes = byteBoundFor(settings.options.maxDocumentSize);
  const locale = settings.options.locale;
  const read = readRegularFile(file.path, { maxBytes, root: file.root, locale });
  if ('problem' in read) return { problem: `${file.path}: ${read.problem}` };
  return parsePolicyFile(file.uri, read.text, settings.options);
}

/** The reported findings of file number `n` under `index`, sharing nothing with its text. */
export function checkParsed(
  index: SummaryIndex,
  n: number,
  file: PolicyFile,
  settings: CheckSettings,
): { result: ReportedFinding[]; questions: Question[] } {
  const keep = keepFinding(settings);
  return index.check(n, file, () => {
    const results = [{ file, findings: validateFile(file, index, settings.options) }];
    const findings = toReported(results, keep);
    return findings.length ? structuredClone(findings) : findings;
  });
}

/**
 * How many files past the one being checked are already in the index: a DCA read just before
 * its engagement (the usual order of names) then finds it, and need not be checked again.
 */
const LOOKAHEAD = 4;

interface ParsedFile {
  n: number;
  file: PolicyFile | { problem: string };
}

/** Checks the files numbered from `firstFile` on, with the index of their chunk. */
export function checkChunk(
  files: readonly FileToCheck[],
  firstFile: number,
  settings: CheckSettings,
): CheckedFile[];
/** With `abandon`: asked before each file; the check stops (undefined) once it says true. */
export function checkChunk(
  files: readonly FileToCheck[],
  firstFile: number,
  settings: CheckSettings,
  abandon: () => boolean,
): CheckedFile[] | undefined;
export function checkChunk(
  files: readonly FileToCheck[],
  firstFile: number,
  settings: CheckSettings,
  abandon: () => boolean = () => false,
): CheckedFile[] | undefined {
  const index = new SummaryIndex(serializedDataStore(), firstFile);
  const results: CheckedFile[] = [];
  const pending: ParsedFile[] = [];
  const checkNext = (): void => {
    const next = pending.shift();
    if (!next) return;
    results.push(checkInChunk(index, next, settings));
    if (!('problem' in next.file)) textDone(next.file.text.length);
  };
  for (const toCheck of files) {
    if (abandon()) return undefined;
    const file = readAndParse(toCheck, settings);
    const n = 'problem' in file ? index.addSummaries(toCheck.uri, []) : index.add(file);
    pending.push({ n, file });
    if (pending.length > LOOKAHEAD) checkNext();
  }
  while (pending.length) checkNext();
  return results;
}

function checkInChunk(
  index: SummaryIndex,
  { n, file }: ParsedFile,
  settings: CheckSettings,
): CheckedFile {
  if ('problem' in file)
    return { findings: [], questions: [], documents: [], problem: file.problem };
  const { result, questions } = checkParsed(index, n, file, settings);
  const documents = index
    .summariesOf(n)
    .map(({ documentIndex, kind, id, engagementRef }): ShippedSummary => ({
      documentIndex,
      kind,
      id,
      ...(engagementRef === undefined ? {} : { engagementRef }),
    }));
  return { findings: result, questions, documents };
}
