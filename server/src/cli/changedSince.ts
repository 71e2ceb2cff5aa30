/**
 * `--changed-since <ref>`: keep the findings on lines changed since the ref, and the findings
 * that are new elsewhere because of those changes (a DCA whose engagement changed): a finding
 * on an unchanged line is kept only when the same check of the files at the ref lacked it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { validateTexts, type Finding, type SourceText, type ValidationOptions } from '../core';
import { changedLines, fileAtCommit, GitError, repositoryRoot, resolveCommit } from '../io/git';
import { UsageError } from './args';
import { identityWithoutPositions, toReported, type ReportedFinding } from './report';

/**
 * The same finding before and after a change, in any locale: file, identity (rule id, data path,
 * message id and arguments, never the text) and, for findings without a data path, the source
 * text they point at.
 */
function fingerprint(finding: ReportedFinding): string {
  const subject = finding.dataPath === null ? finding.excerpt : '';
  return [finding.file, identityWithoutPositions(finding), subject].join('\u0000');
}

/** The real path (git reports real paths; the current folder may be reached through a link). */
export function realPath(file: string): string {
  try {
    return fs.realpathSync.native(path.resolve(file));
  } catch {
    return path.resolve(file);
  }
}

function onChangedLine(
  finding: ReportedFinding,
  changes: Map<string, Set<number> | 'all'>,
): boolean {
  const lines = changes.get(realPath(finding.file));
  if (lines === undefined) return false;
  if (lines === 'all') return true;
  for (let line = finding.line; line <= finding.endLine; line++) if (lines.has(line)) return true;
  return false;
}

/** The findings the same check reports on the files as they were at `commit`. */
function findingsAtCommit(
  root: string,
  commit: string,
  files: readonly string[],
  options: ValidationOptions,
  keep: (f: Finding) => boolean,
): Set<string> {
  const before: SourceText[] = files.flatMap((uri) => {
    const text = fileAtCommit(root, commit, realPath(uri));
    return text === undefined ? [] : [{ uri, text }];
  });
  return new Set(toReported(validateTexts(before, options), keep).map(fingerprint));
}

export function onlyChanged(
  findings: ReportedFinding[],
  ref: string,
  files: readonly string[],
  options: ValidationOptions,
  keep: (f: Finding) => boolean,
): ReportedFinding[] {
  try {
    const root = repositoryRoot(process.cwd());
    const commit = resolveCommit(root, ref);
    const changes = changedLines(root, commit);
    const before = findingsAtCommit(root, commit, files, options, keep);
    return findings.filter(
      (finding) => onChangedLine(finding, changes) || !before.has(fingerprint(finding)),
    );
  } catch (error) {
    if (error instanceof GitError) throw new UsageError({ key: error.problem, args: error.args });
    throw error;
  }
}
