/**
 * `check` over any number of files without keeping them: each policy file is read, parsed,
 * checked against the summary index as far as it is built (`core/workspace/summary.ts`), its
 * findings kept (small) and its text and parse released. A file whose questions to the index
 * the complete index answers differently (a DCA read before its engagement) is read and checked
 * again at the end. The findings are those of `validateTexts` over all files, in its order.
 */
import {
  escapeControlCharacters,
  parsePolicyFile,
  SummaryIndex,
  validateFile,
  type Finding,
  type Locale,
  type PolicyFile,
  type ProjectConfig,
  type Question,
  type ValidationOptions,
} from '../../core';
import { forEachPolicyFile } from '../../io/policyFiles';
import { readRegularFile, byteBoundFor } from '../../io/readRegularFile';
import {
  displayName,
  inputOptions,
  reportWalkNotices,
  type InputOptions,
  type Io,
} from '../inputs';
import { toReported, type ReportedFinding } from '../report';
import { serializedDataStore } from './dataStore';

export interface CheckedFiles {
  findings: ReportedFinding[];
  /** Every file checked, as reported (its URI), in order. */
  files: string[];
  options: ValidationOptions;
  /** Whether a path could not be read (exit code 2). */
  problems: boolean;
}

/** A file checked: where to read it again, its findings, the questions its check asked. */
interface CheckedFile {
  path: string;
  root: string | undefined;
  uri: string;
  findings: ReportedFinding[];
  questions: Question[];
}

/** The reported findings of one file under `index`, as copies that share nothing with its text. */
function checkFile(
  index: SummaryIndex,
  n: number,
  file: PolicyFile,
  options: ValidationOptions,
  keep: (finding: Finding) => boolean,
): { result: ReportedFinding[]; questions: Question[] } {
  return index.check(n, file, () => {
    const findings = toReported([{ file, findings: validateFile(file, index, options) }], keep);
    return findings.length ? structuredClone(findings) : findings;
  });
}

export function checkStreamed(
  command: InputOptions,
  project: ProjectConfig,
  io: Io,
  locale: Locale,
  keep: (finding: Finding) => boolean,
): CheckedFiles {
  const options = inputOptions(command, project, io, locale);
  const index = new SummaryIndex(serializedDataStore());
  const checked: CheckedFile[] = [];
  const walk = { extraGlobs: project.extraGlobs, maxDocumentSize: options.maxDocumentSize, locale };
  const read = forEachPolicyFile(command.paths, walk, (disk) => {
    const file = parsePolicyFile(displayName(disk.path), disk.text, options);
    const n = index.add(file);
    const { result, questions } = checkFile(index, n, file, options, keep);
    checked.push({ path: disk.path, root: disk.root, uri: file.uri, findings: result, questions });
  });
  reportWalkNotices(read, io, locale);
  let problems = read.problems.length > 0;
  const maxBytes = byteBoundFor(options.maxDocumentSize);
  checked.forEach((entry, n) => {
    if (!index.isStale(entry.questions)) return;
    entry.questions = [];
    const again = readRegularFile(entry.path, { maxBytes, root: entry.root, locale });
    if ('problem' in again) {
      const problem = escapeControlCharacters(`${entry.path}: ${again.problem}`);
      io.stderr(`outsourcing-policy: ${problem}\n`);
      problems = true;
      return;
    }
    const file = parsePolicyFile(entry.uri, again.text, options);
    entry.findings = checkFile(index, n, file, options, keep).result;
  });
  return {
    findings: checked.flatMap((entry) => entry.findings),
    files: checked.map((entry) => entry.uri),
    options,
    problems,
  };
}
