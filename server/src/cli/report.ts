/**
 * Findings as the command line reports them: 1-based lines and columns (end column
 * exclusive), plus what report formats need beyond that (the data path and the source text
 * of the finding, for stable fingerprints). Every formatter takes a `Report`.
 */
import * as path from 'node:path';
import type { FileResult, Finding, Severity } from '../core';
import type { Locale } from '../core';
import { findingIdentity } from '../core';
import { formatPath } from '../core';

export interface ReportedFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  ruleId: string;
  measure: string | null;
  message: string;
  /** Why it matters and what to do (the finding's detail), when there is one. */
  detail?: string;
  /** The data path the finding is about (`contract.term.noticePeriod`), when there is one. */
  dataPath: string | null;
  /** The source text the finding points at (at most its first line). */
  excerpt: string;
  /**
   * What makes the finding the same in every locale and after lines moved (rule id, data path,
   * message id and arguments; `findingIdentity`): for fingerprints and `--changed-since`.
   */
  identity: string;
}

export interface Report {
  findings: ReportedFinding[];
  /** Every file that was checked (with or without findings), as reported paths. */
  files: string[];
  /** The tool's version, for report headers. */
  version: string;
  /** The language of the report's own words (headings, summaries); English when not given. */
  locale?: Locale;
}

function excerptOf(text: string, start: number, end: number): string {
  const slice = text.slice(start, end);
  const newline = slice.search(/\r?\n/);
  return newline < 0 ? slice : slice.slice(0, newline);
}

export function toReported(
  results: readonly FileResult[],
  keep: (finding: Finding) => boolean,
): ReportedFinding[] {
  const reported: ReportedFinding[] = [];
  for (const { file, findings } of results) {
    for (const finding of findings.filter(keep)) {
      const start = file.lineIndex.positionAt(finding.start);
      const end = file.lineIndex.positionAt(finding.end);
      reported.push({
        file: file.uri,
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
        severity: finding.severity,
        ruleId: finding.ruleId,
        measure: finding.measure,
        message: finding.message,
        ...(finding.detail ? { detail: finding.detail } : {}),
        dataPath: finding.path ? formatPath(finding.path) : null,
        excerpt: excerptOf(file.text, finding.start, finding.end),
        identity: findingIdentity(finding),
      });
    }
  }
  return reported;
}

/**
 * The finding's identity without positions: a YAML parser message may name a line or a column
 * (in its text or as an argument), and that must not make a moved finding a new one.
 */
export function identityWithoutPositions(finding: ReportedFinding): string {
  return finding.identity
    .replace(/\b(lines?|columns?|col)\s+\d+/gi, '$1 #')
    .replace(/("(?:line|column|col|offset|start|end)s?",)\d+/gi, '$1#');
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/**
 * The same report with every file path relative to `root` (forward slashes), for
 * repository-based formats. Files outside `root` keep their path unless `climbOut` is set: then
 * they are given relative to it as well (`../elsewhere/a.yaml`), so that no absolute local path
 * is reported; only a file on another drive (Windows) keeps its absolute path.
 */
export function relativeTo(
  report: Report,
  root: string,
  resolve: (file: string) => string,
  climbOut = false,
): Report {
  const rebase = (file: string) => {
    const relative = path.relative(root, resolve(file)).split(path.sep).join('/');
    if (path.isAbsolute(relative) || /^[A-Za-z]:/.test(relative)) return file;
    return relative.startsWith('..') && !climbOut ? file : relative;
  };
  return {
    ...report,
    files: report.files.map(rebase),
    findings: report.findings.map((finding) => ({ ...finding, file: rebase(finding.file) })),
  };
}
