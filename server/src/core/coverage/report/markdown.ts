/**
 * `--format markdown`, for a pull-request comment or a job summary: a matrix of engagements
 * and measures (or one engagement's measures), then per engagement the measures that are not
 * fulfilled with their findings and waivers, and what falls due within the window. Text from
 * the documents is escaped so it cannot add links, HTML or table columns.
 */
import { markdownCode, markdownText } from '../../markdownText';
import type { CoverageReport, CoverageStatus, EngagementCoverage, MeasureCoverage } from '../types';
import { COVERAGE_STATUSES } from '../types';
import { controlsMarkdownLines } from './controls';
import {
  dueSoon,
  engagementName,
  fill,
  measuresToReview,
  nextDue,
  shortMeasure,
  type ReportContext,
  type ShownFinding,
} from './view';

/** The emoji of each status. */
export const MARKDOWN_EMOJI: Record<CoverageStatus, string> = {
  fulfilled: '✅',
  partial: '🟡',
  failing: '❌',
  waived: '🔷',
  pending: '⏳',
  'not-applicable': '➖',
};

const row = (cells: readonly (string | number)[]): string => `| ${cells.join(' | ')} |`;

function statusCell(ctx: ReportContext, status: CoverageStatus): string {
  return `${MARKDOWN_EMOJI[status]} ${ctx.statusWords[status]}`;
}

function matrix(ctx: ReportContext, report: CoverageReport): string[] {
  const ids = report.engagements[0].measures.map((m) => m.measure);
  const lines = [
    row([ctx.texts.engagement, ...ids.map(shortMeasure)]),
    row(['---', ...ids.map(() => ':-:')]),
  ];
  for (const e of report.engagements) {
    const cells = e.measures.map((m) => MARKDOWN_EMOJI[m.status]);
    lines.push(row([markdownText(engagementName(ctx, e)), ...cells]));
  }
  const legend = [...COVERAGE_STATUSES].reverse().map((s) => statusCell(ctx, s));
  return [...lines, '', `${ctx.texts.legend}: ${legend.join(' · ')}`];
}

function measureTable(ctx: ReportContext, engagement: EngagementCoverage): string[] {
  const t = ctx.texts;
  const lines = [
    row([t.measure, t.title, t.status, t.errors, t.warnings, t.nextDue]),
    row(['---', '---', '---', '---:', '---:', '---']),
  ];
  for (const m of engagement.measures) {
    const cells = [m.measure, markdownText(m.title), statusCell(ctx, m.status)];
    lines.push(row([...cells, m.errors, m.warnings, nextDue(m) ?? '–']));
  }
  return lines;
}

function findingLine(ctx: ReportContext, f: ShownFinding): string {
  const severity = ctx.texts.severities[f.severity];
  return `  - ${markdownCode(`${f.file}:${f.line}`)} ${severity} ${markdownCode(f.ruleId)}: ${markdownText(f.message)}`;
}

function measureDetails(ctx: ReportContext, m: MeasureCoverage): string[] {
  const t = ctx.texts;
  const lines = [`- ${statusCell(ctx, m.status)}: **${m.measure}** ${markdownText(m.title)}`];
  lines.push(...m.findings.map((f) => findingLine(ctx, ctx.show(f))));
  for (const w of m.waivers) {
    const path = w.path === undefined ? t.wholeMeasure : markdownCode(w.path);
    const parts = [
      `${t.path}: ${path}`,
      `${t.justification}: ${markdownText(w.justification ?? '–')}`,
      `${t.approvedBy}: ${markdownText(w.approvedBy ?? '–')}`,
      `${t.expires}: ${w.expires === undefined ? t.noExpiry : markdownText(w.expires)}`,
    ];
    lines.push(`  - ${MARKDOWN_EMOJI.waived} ${parts.join('; ')}`);
  }
  lines.push(...m.waived.map((f) => findingLine(ctx, ctx.show(f))));
  return lines;
}

function dueList(ctx: ReportContext, engagement: EngagementCoverage): string[] {
  const window = ctx.options.dueWithin;
  const due = dueSoon(ctx, engagement);
  if (due.length === 0) return [fill(ctx.texts.nothingDue, { window })];
  return [
    `**${fill(ctx.texts.dueWithin, { window })}**`,
    '',
    ...due.map((d) => {
      const overdue = d.overdue ? ` (${ctx.texts.overdue})` : '';
      const dca = d.dca ? ` (${markdownText(d.dca)})` : '';
      return `- ${d.date}${overdue} · ${d.measure} · ${markdownCode(d.what)}${dca}`;
    }),
  ];
}

function engagementSection(ctx: ReportContext, e: EngagementCoverage, single: boolean): string[] {
  const t = ctx.texts;
  const title = markdownText(e.title ?? t.untitled);
  const total = e.measures.length;
  const facts = [
    markdownCode(ctx.fileName(e.file)),
    `${t.lifecycle}: ${markdownText(e.status ?? '–')}`,
    fill(t.summary, { fulfilled: e.summary.fulfilled, total }),
  ];
  const lines = [
    '',
    `### ${markdownText(engagementName(ctx, e))}: ${title}`,
    '',
    facts.join(' · '),
  ];
  if (single) lines.push('', ...measureTable(ctx, e));
  const review = measuresToReview(e);
  lines.push('', `**${t.openMeasures}**`, '');
  if (review.length === 0) lines.push(t.allFulfilled);
  for (const m of review) lines.push(...measureDetails(ctx, m));
  if (e.unassigned.length) {
    lines.push('', `**${t.otherFindings}**`, '');
    lines.push(...e.unassigned.map((f) => findingLine(ctx, ctx.show(f)).slice(2)));
  }
  lines.push('', ...dueList(ctx, e));
  return lines;
}

export function renderMarkdown(report: CoverageReport, ctx: ReportContext): string {
  const [first] = report.engagements;
  const lines = [`## ${ctx.texts.heading}`, ''];
  if (!first) return `${[...lines, ctx.texts.noEngagements].join('\n')}\n`;
  lines.push(fill(ctx.texts.checked, { today: first.today, level: first.level }) + '.');
  const single = report.engagements.length === 1;
  if (!single) lines.push('', ...matrix(ctx, report));
  for (const e of report.engagements) lines.push(...engagementSection(ctx, e, single));
  lines.push('', ...controlsMarkdownLines(report, ctx));
  lines.push('', `<sub>${ctx.texts.generatedBy}</sub>`);
  return `${lines.join('\n')}\n`;
}
