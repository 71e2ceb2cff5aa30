/** `--format json`: exactly one JSON object on stdout. */
import type { ReportedFinding } from '../report';

export function formatJson(findings: readonly ReportedFinding[]): string {
  return JSON.stringify({ diagnostics: findings }, null, 2) + '\n';
}
