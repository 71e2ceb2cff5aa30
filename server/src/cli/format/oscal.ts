/**
 * `--format oscal`: the check as an OSCAL 1.1.3 `assessment-results` JSON document for ISMS and
 * GRC tools (built by the core, `createPolicyService().assessmentResults`). Besides the report's
 * diagnostics it needs the coverage of the engagements among the checked files: the open
 * measures become its findings. File paths stay as reported (relative to the current folder).
 */
import { createHash } from 'node:crypto';
import {
  createPolicyService,
  DEFAULT_LOCALE,
  type EngagementCoverage,
  type Level,
  type OscalDiagnostic,
} from '../../core';
import type { Report } from '../report';

/** What the OSCAL document needs beyond the report. */
export interface OscalContext {
  /** The coverage of every engagement among the checked files. */
  engagements: readonly EngagementCoverage[];
  level: Level;
  /** The reference date of the check, `YYYY-MM-DD`. */
  today: string;
  /** The clock: `last-modified`, the result's start and end, `collected`. */
  now: Date;
}

function sha1(bytes: Uint8Array): Uint8Array {
  return createHash('sha1').update(bytes).digest();
}

export function formatOscal(report: Report, context: OscalContext): string {
  const diagnostics: OscalDiagnostic[] = report.findings.map((f) => ({
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    severity: f.severity,
    ruleId: f.ruleId,
    measure: f.measure,
    message: f.message,
    ...(f.detail !== undefined && { detail: f.detail }),
    identity: f.identity,
  }));
  const document = createPolicyService().assessmentResults(
    {
      diagnostics,
      files: report.files,
      engagements: context.engagements,
      level: context.level,
      locale: report.locale ?? DEFAULT_LOCALE,
      today: context.today,
    },
    { now: context.now, toolVersion: report.version, sha1 },
  );
  return `${JSON.stringify(document, null, 2)}\n`;
}
