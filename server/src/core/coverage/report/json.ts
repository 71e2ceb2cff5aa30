/**
 * `--format json`: exactly the object of FORMAT.md section 6, files named as displayed and
 * positions one-based, plus fields a tool may want (infos, the findings behind each status,
 * the waived findings, the sections present and required, the summary, the DCAs and what falls
 * due within the window as `dueSoon`).
 */
import { escapeControlsInJson } from '../../controlCharacters';
import type { CoverageReport, CoverageWaiver, EngagementCoverage, MeasureCoverage } from '../types';
import { dueSoon, type ReportContext } from './view';

function waiverJson(ctx: ReportContext, waiver: CoverageWaiver) {
  return {
    path: waiver.path ?? null,
    expires: waiver.expires ?? null,
    justification: waiver.justification ?? null,
    approvedBy: waiver.approvedBy ?? null,
    file: ctx.fileName(waiver.uri),
    index: waiver.index,
  };
}

function measureJson(ctx: ReportContext, measure: MeasureCoverage) {
  return {
    measure: measure.measure,
    title: measure.title,
    status: measure.status,
    errors: measure.errors,
    warnings: measure.warnings,
    infos: measure.infos,
    waivers: measure.waivers.map((waiver) => waiverJson(ctx, waiver)),
    due: measure.due.map((due) => ({
      what: due.what,
      date: due.date,
      file: ctx.fileName(due.uri),
      ...(due.dca === undefined ? {} : { dca: due.dca }),
    })),
    findings: measure.findings.map(ctx.show),
    waived: measure.waived.map(ctx.show),
    present: measure.present,
    required: measure.required,
  };
}

function engagementJson(ctx: ReportContext, engagement: EngagementCoverage) {
  return {
    file: ctx.fileName(engagement.file),
    id: engagement.id ?? null,
    title: engagement.title ?? null,
    status: engagement.status ?? null,
    level: engagement.level,
    today: engagement.today,
    measures: engagement.measures.map((measure) => measureJson(ctx, measure)),
    summary: engagement.summary,
    dcas: engagement.dcas.map((dca) => ({ id: dca.id ?? null, file: ctx.fileName(dca.uri) })),
    dueWithin: ctx.options.dueWithin,
    dueSoon: dueSoon(ctx, engagement).map(({ dca, ...due }) => ({
      ...due,
      ...(dca === undefined ? {} : { dca }),
    })),
    unassigned: engagement.unassigned.map(ctx.show),
  };
}

export function renderJson(report: CoverageReport, ctx: ReportContext): string {
  const engagements = report.engagements.map((engagement) => engagementJson(ctx, engagement));
  return `${escapeControlsInJson(JSON.stringify({ engagements }, null, 2))}\n`;
}
