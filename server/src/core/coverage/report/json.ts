/**
 * `--format json`: exactly the object of FORMAT.md section 6, files named as displayed and
 * positions one-based, plus fields a tool may want (infos, the findings behind each status,
 * the waived findings, the sections present and required, the summary, the DCAs and what falls
 * due within the window as `dueSoon`).
 */
import {
  GRUNDSCHUTZ_ATTRIBUTION,
  GRUNDSCHUTZ_SOURCES,
  measureControls,
} from '../../catalog/controls/index';
import { escapeControlsInJson } from '../../controlCharacters';
import type { MeasureId } from '../../domain/measures';
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
    ...relatedControlIds(measure.measure, ctx),
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

/** Optional fields beyond section 6: the measure's Kompendium, Annex A and Grundschutz++ ids. */
function relatedControlIds(measure: MeasureId, ctx: ReportContext) {
  const controls = measureControls(measure, ctx.options.locale);
  return {
    kompendium: controls.kompendium,
    annexA: controls.annexA.map((annex) => annex.id),
    grundschutz: controls.grundschutz.map(({ control }) => control.id),
  };
}

/** Where the ids beside each measure come from, once per report that lists measures. */
function controlsSource(ctx: ReportContext) {
  const { repository, commit, licence, mapping } = GRUNDSCHUTZ_SOURCES;
  return {
    attribution: GRUNDSCHUTZ_ATTRIBUTION[ctx.options.locale],
    measureToAnnexA: 'outsourcing-policy',
    annexAToGrundschutz: { title: mapping.title, version: mapping.version, uuid: mapping.uuid },
    repository,
    commit,
    licence,
  };
}

export function renderJson(report: CoverageReport, ctx: ReportContext): string {
  const engagements = report.engagements.map((engagement) => engagementJson(ctx, engagement));
  const document = engagements.length
    ? { engagements, controlsSource: controlsSource(ctx) }
    : { engagements };
  return `${escapeControlsInJson(JSON.stringify(document, null, 2))}\n`;
}
