/** STUB: to be written. */
import type { Report } from '../report';

export function formatGitHub(report: Report): string {
  return JSON.stringify(report.findings.length);
}
