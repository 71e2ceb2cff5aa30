/**
 * `check` over any number of files without keeping them: the walk finds the policy files; each
 * is then read, parsed, checked against an index of summaries (`core/workspace/summary.ts`) and
 * released, its findings kept (they are small). Large sets are checked in chunks on every core
 * (`parallel.ts`). A file whose questions to its index the complete index answers differently
 * (an engagement read after a DCA in another chunk) is read and checked again at the end. The
 * findings are those of `validateTexts` over all files, in its order.
 */
import {
  escapeControlCharacters,
  SummaryIndex,
  type Locale,
  type ProjectConfig,
  type ValidationOptions,
} from '../../core';
import { forEachPolicyFile } from '../../io/policyFiles';
import {
  displayName,
  inputOptions,
  reportWalkNotices,
  type InputOptions,
  type Io,
} from '../inputs';
import type { ReportedFinding } from '../report';
import {
  checkChunk,
  checkParsed,
  readAndParse,
  type CheckedFile,
  type CheckSettings,
  type FileToCheck,
} from './chunk';
import { reparsingDataStore } from './dataStore';
import { checkInParallel, PARALLEL_FROM, workerCount } from './parallel';

export interface CheckedFiles {
  findings: ReportedFinding[];
  /** Every file checked, as reported (its URI), in order. */
  files: string[];
  options: ValidationOptions;
  /** Whether a path could not be read (exit code 2). */
  problems: boolean;
}

/** The policy files under the paths, in the order of the walk; notices go to stderr. */
function findFiles(
  command: InputOptions,
  project: ProjectConfig,
  settings: CheckSettings,
  io: Io,
  locale: Locale,
): { files: FileToCheck[]; problems: boolean } {
  const { maxDocumentSize } = settings.options;
  const files: FileToCheck[] = [];
  const walk = { extraGlobs: project.extraGlobs, maxDocumentSize, locale };
  const read = forEachPolicyFile(command.paths, walk, (disk) => {
    const uri = displayName(disk.path);
    files.push({ path: disk.path, uri, ...(disk.root === undefined ? {} : { root: disk.root }) });
  });
  reportWalkNotices(read, io, locale);
  return { files, problems: read.problems.length > 0 };
}

/** The complete index of the summaries the chunks sent. */
function completeIndex(
  files: readonly FileToCheck[],
  checked: readonly CheckedFile[],
  settings: CheckSettings,
): SummaryIndex {
  const store = reparsingDataStore((n) => {
    const file = files[n];
    const parsed = file && readAndParse(file, settings);
    return parsed && !('problem' in parsed) ? parsed : undefined;
  });
  const index = new SummaryIndex(store);
  checked.forEach((file, n) => {
    const documents = file.documents.map((summary) => ({
      ...summary,
      slot: store.slotOf(n, summary.documentIndex),
    }));
    index.addSummaries(files[n]?.uri ?? '', documents);
  });
  return index;
}

/** Checks again, against the complete index, the files it answers differently. */
function checkStaleAgain(
  files: readonly FileToCheck[],
  checked: CheckedFile[],
  settings: CheckSettings,
): void {
  if (!checked.some((entry) => entry.questions.length)) return;
  const index = completeIndex(files, checked, settings);
  checked.forEach((entry, n) => {
    const file = files[n];
    if (!file || entry.problem !== undefined || !index.isStale(entry.questions)) return;
    const parsed = readAndParse(file, settings);
    if ('problem' in parsed) checked[n] = { ...entry, findings: [], problem: parsed.problem };
    else checked[n] = { ...entry, findings: checkParsed(index, n, parsed, settings).result };
  });
}

export function checkStreamed(
  command: InputOptions & { quiet: boolean },
  project: ProjectConfig,
  io: Io,
  locale: Locale,
): CheckedFiles {
  const settings = { options: inputOptions(command, project, io, locale), quiet: command.quiet };
  const { files, problems } = findFiles(command, project, settings, io, locale);
  const workers = workerCount(files.length, io.env ?? process.env);
  const checked =
    files.length < PARALLEL_FROM && workers === 0
      ? checkChunk(files, 0, settings)
      : checkInParallel(files, settings, workers);
  checkStaleAgain(files, checked, settings);
  for (const { problem } of checked)
    if (problem !== undefined)
      io.stderr(`outsourcing-policy: ${escapeControlCharacters(problem)}\n`);
  return {
    findings: checked.flatMap((entry) => entry.findings),
    files: files.map((file) => file.uri),
    options: settings.options,
    problems: problems || checked.some((entry) => entry.problem !== undefined),
  };
}
