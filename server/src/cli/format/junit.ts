/** STUB: to be written. */
import type { Report } from '../report';

export function formatJUnit(report: Report): string {
  return JSON.stringify(report.findings.length);
}
