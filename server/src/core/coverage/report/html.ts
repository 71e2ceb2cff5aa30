/**
 * `--format html`: one self-contained page for management and auditors (no scripts, no
 * external assets, inline CSS): the date and level of the check, the matrix as a heat map
 * whose cells carry `data-status`, `data-measure` and `data-engagement`, a legend, and per
 * engagement its measures, findings, waivers and due dates. Every text is escaped.
 */
import { escapeControlCharacters } from '../../controlCharacters';
import type { CoverageReport, CoverageStatus, EngagementCoverage, MeasureCoverage } from '../types';
import { COVERAGE_STATUSES } from '../types';
import { controlRows, controlsSourceLine, type ShownControl } from './controls';
import { REPORT_CSS } from './htmlStyle';
import { TABLE_SYMBOLS } from './table';
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

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text (from a document or our own) as HTML text or attribute value. */
export function escapeHtml(text: string): string {
  return escapeControlCharacters(text, '\n').replace(/[&<>"']/g, (char) => ENTITIES[char]);
}

const e = escapeHtml;

function badge(ctx: ReportContext, status: CoverageStatus): string {
  return `<span class="badge s-${status}">${e(ctx.statusWords[status])}</span>`;
}

function heatCell(ctx: ReportContext, engagement: string, m: MeasureCoverage): string {
  const word = ctx.statusWords[m.status];
  const attributes = [
    `class="s-${m.status}"`,
    `data-status="${m.status}"`,
    `data-measure="${m.measure}"`,
    `data-engagement="${e(engagement)}"`,
    `title="${e(`${m.measure} ${m.title}: ${word}`)}"`,
  ].join(' ');
  return `<td ${attributes}><span aria-hidden="true">${TABLE_SYMBOLS[m.status]}</span><span class="word">${e(word)}</span></td>`;
}

function heatMap(ctx: ReportContext, report: CoverageReport): string {
  const measures = report.engagements[0].measures;
  const head = measures
    .map(
      (m) =>
        `<th scope="col" title="${e(`${m.measure} ${m.title}`)}">${shortMeasure(m.measure)}</th>`,
    )
    .join('');
  const rows = report.engagements.map((engagement, index) => {
    const name = engagementName(ctx, engagement);
    const title = engagement.title ? `<small>${e(engagement.title)}</small>` : '';
    const cells = engagement.measures.map((m) => heatCell(ctx, name, m)).join('');
    return `<tr><th scope="row"><a href="#engagement-${index + 1}">${e(name)}</a>${title}</th>${cells}</tr>`;
  });
  return [
    `<table class="heatmap" aria-label="${e(ctx.texts.overview)}">`,
    `<thead><tr><th scope="col">${e(ctx.texts.engagement)}</th>${head}</tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody></table>`,
  ].join('\n');
}

function legend(ctx: ReportContext): string {
  const items = [...COVERAGE_STATUSES].reverse().map((status) => {
    const symbol = `<span class="swatch s-${status}" aria-hidden="true">${TABLE_SYMBOLS[status]}</span>`;
    return `<li data-status="${status}">${symbol}${e(ctx.statusWords[status])}</li>`;
  });
  return `<ul class="legend" aria-label="${e(ctx.texts.legend)}">${items.join('')}</ul>`;
}

function table(cls: string, head: readonly string[], rows: readonly string[][]): string {
  const th = head.map((h) => `<th scope="col">${e(h)}</th>`).join('');
  const body = rows.map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`);
  return `<table class="${cls}"><thead><tr>${th}</tr></thead><tbody>${body.join('\n')}</tbody></table>`;
}

function measureTable(ctx: ReportContext, engagement: EngagementCoverage): string {
  const t = ctx.texts;
  const rows = engagement.measures.map((m) => [
    `<code>${m.measure}</code>`,
    e(m.title),
    badge(ctx, m.status),
    String(m.errors),
    String(m.warnings),
    e(nextDue(m) ?? '–'),
  ]);
  return table('measures', [t.measure, t.title, t.status, t.errors, t.warnings, t.nextDue], rows);
}

function findingRows(ctx: ReportContext, findings: readonly ShownFinding[]): string[][] {
  return findings.map((f) => [
    `<span class="sev-${f.severity}">${e(ctx.texts.severities[f.severity])}</span>`,
    `<code>${e(`${f.file}:${f.line}:${f.column}`)}</code>`,
    `<code>${e(f.ruleId)}</code>`,
    e(f.message),
  ]);
}

function findingTable(ctx: ReportContext, findings: readonly ShownFinding[]): string {
  const t = ctx.texts;
  return table('findings', [t.severity, t.location, t.rule, t.message], findingRows(ctx, findings));
}

function measureDetails(ctx: ReportContext, m: MeasureCoverage): string {
  const t = ctx.texts;
  const parts = [`<h4>${badge(ctx, m.status)} <code>${m.measure}</code> ${e(m.title)}</h4>`];
  if (m.findings.length) parts.push(findingTable(ctx, m.findings.map(ctx.show)));
  if (m.waivers.length) {
    const rows = m.waivers.map((w) => [
      w.path === undefined ? e(t.wholeMeasure) : `<code>${e(w.path)}</code>`,
      e(w.justification ?? '–'),
      e(w.approvedBy ?? '–'),
      e(w.expires ?? t.noExpiry),
    ]);
    parts.push(`<h5>${e(t.waivers)}</h5>`);
    parts.push(table('waivers', [t.path, t.justification, t.approvedBy, t.expires], rows));
  }
  if (m.waived.length) {
    parts.push(`<h5>${e(t.waivedFindings)}</h5>`, findingTable(ctx, m.waived.map(ctx.show)));
  }
  return `<div class="measure" data-measure="${m.measure}">${parts.join('\n')}</div>`;
}

function dueTable(ctx: ReportContext, engagement: EngagementCoverage): string {
  const t = ctx.texts;
  const window = ctx.options.dueWithin;
  const due = dueSoon(ctx, engagement);
  if (due.length === 0) return `<p>${e(fill(t.nothingDue, { window }))}</p>`;
  const rows = due.map((d) => [
    e(d.date) + (d.overdue ? ` <span class="overdue">${e(t.overdue)}</span>` : ''),
    `<code>${d.measure}</code>`,
    `<code>${e(d.what)}</code>`,
    `<code>${e(d.file)}</code>${d.dca ? ` (${e(d.dca)})` : ''}`,
  ]);
  return table('due', [t.date, t.measure, t.what, t.file], rows);
}

function facts(ctx: ReportContext, engagement: EngagementCoverage): string {
  const t = ctx.texts;
  const dcas = engagement.dcas.map((d) => e(d.id ?? ctx.fileName(d.uri))).join(', ') || e(t.none);
  const total = engagement.measures.length;
  const entries: [string, string][] = [
    [t.file, `<code>${e(ctx.fileName(engagement.file))}</code>`],
    [t.lifecycle, e(engagement.status ?? '–')],
    [t.dcas, dcas],
    [t.status, e(fill(t.summary, { fulfilled: engagement.summary.fulfilled, total }))],
  ];
  return `<dl class="facts">${entries.map(([k, v]) => `<dt>${e(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

function engagementSection(
  ctx: ReportContext,
  engagement: EngagementCoverage,
  index: number,
): string {
  const t = ctx.texts;
  const name = engagementName(ctx, engagement);
  const review = measuresToReview(engagement);
  const details = review.length
    ? review.map((m) => measureDetails(ctx, m)).join('\n')
    : `<p>${e(t.allFulfilled)}</p>`;
  const unassigned = engagement.unassigned.length
    ? `<h3>${e(t.otherFindings)}</h3>${findingTable(ctx, engagement.unassigned.map(ctx.show))}`
    : '';
  return [
    `<section class="engagement" id="engagement-${index + 1}" data-engagement="${e(name)}">`,
    `<h2>${e(name)}: ${e(engagement.title ?? t.untitled)}</h2>`,
    facts(ctx, engagement),
    measureTable(ctx, engagement),
    `<h3>${e(t.openMeasures)}</h3>`,
    details,
    unassigned,
    `<h3>${e(fill(t.dueWithin, { window: ctx.options.dueWithin }))}</h3>`,
    dueTable(ctx, engagement),
    '</section>',
  ].join('\n');
}

function controlList(controls: readonly ShownControl[]): string {
  const items = controls.map((c) => `<li><code>${e(c.id)}</code> ${e(c.title)}</li>`);
  return `<ul class="ctl">${items.join('')}</ul>`;
}

/** Per measure its Kompendium, Annex A and Grundschutz++ controls with titles, then the source. */
function controlsSection(ctx: ReportContext, report: CoverageReport): string {
  const t = ctx.texts;
  const rows = controlRows(report, ctx).map((row) => [
    `<code>${row.measure}</code>`,
    `<code>${row.kompendium}</code>`,
    controlList(row.annexA),
    controlList(row.grundschutz),
  ]);
  return [
    '<section class="controls">',
    `<h2>${e(t.relatedControls)}</h2>`,
    table('related', [t.measure, t.kompendium, t.annexA, t.grundschutz], rows),
    `<p class="source">${e(controlsSourceLine(ctx))}</p>`,
    '</section>',
  ].join('\n');
}

export function renderHtml(report: CoverageReport, ctx: ReportContext): string {
  const t = ctx.texts;
  const [first] = report.engagements;
  const checked = first ? fill(t.checked, { today: first.today, level: first.level }) : '';
  const n = report.engagements.length;
  const count = fill(n === 1 ? t.engagementCount.one : t.engagementCount.other, { count: n });
  const body = first
    ? [
        `<h2>${e(t.overview)}</h2>`,
        heatMap(ctx, report),
        legend(ctx),
        ...report.engagements.map((engagement, i) => engagementSection(ctx, engagement, i)),
        controlsSection(ctx, report),
      ]
    : [`<p>${e(t.noEngagements)}</p>`];
  return `<!DOCTYPE html>
<html lang="${ctx.options.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(t.heading)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header><h1>${e(t.heading)}</h1><p class="meta">${e(checked ? `${checked} · ${count}` : count)}</p></header>
<main>
${body.join('\n')}
</main>
<footer>${e(t.generatedBy)}</footer>
</body>
</html>
`;
}
