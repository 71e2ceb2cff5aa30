/** Findings as the command line shows them: 1-based lines and columns (end column exclusive). */
import type { FileResult, Finding, Severity } from '../core';

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
      });
    }
  }
  return reported;
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
