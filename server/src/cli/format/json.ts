/**
 * `--format json`: exactly one JSON object, `{"diagnostics": [...]}`, with the documented keys;
 * `detail` (why it matters, what to do) is null when a finding has none.
 */
import type { Report } from '../report';

export function formatJson(report: Report): string {
  const diagnostics = report.findings.map((f) => ({
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    severity: f.severity,
    ruleId: f.ruleId,
    measure: f.measure,
    message: f.message,
    detail: f.detail ?? null,
  }));
  return JSON.stringify({ diagnostics }, null, 2) + '\n';
}
