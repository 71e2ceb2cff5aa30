/** STUB: to be written. */
import type { Report } from '../report';

export function formatMarkdown(report: Report): string {
  return JSON.stringify(report.findings.length);
}
