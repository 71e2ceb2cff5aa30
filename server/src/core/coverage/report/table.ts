/**
 * `--format table`, for a terminal: one engagement as one row per measure; several as a
 * matrix (engagements as rows, M1-M16 as columns, a symbol per cell, a legend below). Then
 * what falls due within the window. Control characters from the documents are made visible.
 */
import { escapeControlCharacters } from '../../controlCharacters';
import { controlsTableLines } from './controls';
import { COVERAGE_STATUSES, type CoverageReport, type CoverageStatus } from '../types';
import type { EngagementCoverage } from '../types';
import {
  dueSoon,
  engagementName,
  fill,
  nextDue,
  shortMeasure,
  type ReportContext,
  type ShownDue,
} from './view';

/** The symbol of each status in a matrix cell. */
export const TABLE_SYMBOLS: Record<CoverageStatus, string> = {
  fulfilled: '✔',
  partial: '~',
  failing: '✖',
  waived: 'W',
  pending: '…',
  'not-applicable': '–',
};

/** ANSI colour codes per status (green, yellow, red, cyan, grey, grey). */
const COLOUR_CODES: Record<CoverageStatus, string> = {
  fulfilled: '32',
  partial: '33',
  failing: '31',
  waived: '36',
  pending: '90',
  'not-applicable': '90',
};

type Paint = (status: CoverageStatus, text: string) => string;

function painter(color: boolean): Paint {
  return color ? (status, text) => `\u001b[${COLOUR_CODES[status]}m${text}\u001b[0m` : (_, t) => t;
}

const safe = (text: string): string => escapeControlCharacters(text);

/** The width of the longest measure id, `OPS.3.1.M16`. */
const MEASURE_WIDTH = 11;

/** Titles longer than this are cut in the table (the German Kompendium titles are long). */
const MAX_TITLE = 60;

function shortTitle(title: string): string {
  const chars = [...title];
  return chars.length > MAX_TITLE ? `${chars.slice(0, MAX_TITLE - 1).join('')}…` : title;
}

/** Lines of cells padded to their column's width (numbers right-aligned). */
function columns(rows: readonly (readonly string[])[], right: ReadonlySet<number>): string[][] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => [...row[i]].length)));
  return rows.map((row) =>
    row.map((cell, i) => {
      const pad = ' '.repeat(widths[i] - [...cell].length);
      return right.has(i) ? pad + cell : cell + pad;
    }),
  );
}

function header(ctx: ReportContext, engagement: EngagementCoverage): string[] {
  const title = safe(engagement.title ?? ctx.texts.untitled);
  const name = safe(engagementName(ctx, engagement));
  const lifecycle = engagement.status === undefined ? '' : ` (${safe(engagement.status)})`;
  const checked = fill(ctx.texts.checked, { today: engagement.today, level: engagement.level });
  return [`${name}  ${title}${lifecycle}`, `${safe(ctx.fileName(engagement.file))} · ${checked}`];
}

function measureRows(ctx: ReportContext, engagement: EngagementCoverage, paint: Paint): string[] {
  const t = ctx.texts;
  const head = [t.measure, t.title, t.status, t.errors, t.warnings, t.nextDue];
  const body = engagement.measures.map((m) => [
    m.measure,
    safe(shortTitle(m.title)),
    ctx.statusWords[m.status],
    String(m.errors),
    String(m.warnings),
    nextDue(m) ?? '–',
  ]);
  const laid = columns([head, ...body], new Set([3, 4]));
  return laid.map((cells, row) => {
    const status = row === 0 ? undefined : engagement.measures[row - 1].status;
    if (status) cells[2] = paint(status, cells[2]);
    return cells.join('  ').trimEnd();
  });
}

function summaryLine(ctx: ReportContext, engagement: EngagementCoverage): string {
  const parts = COVERAGE_STATUSES.filter((s) => engagement.summary[s] > 0).map(
    (s) => `${engagement.summary[s]} ${ctx.statusWords[s]}`,
  );
  const total = engagement.measures.length;
  const fulfilled = fill(ctx.texts.summary, { fulfilled: engagement.summary.fulfilled, total });
  return `${fulfilled} (${parts.join(', ')})`;
}

function matrixRows(ctx: ReportContext, report: CoverageReport, paint: Paint): string[] {
  const ids = report.engagements[0].measures.map((m) => shortMeasure(m.measure));
  const head = [ctx.texts.engagement, ...ids, ctx.texts.file];
  const body = report.engagements.map((e) => [
    safe(engagementName(ctx, e)),
    ...e.measures.map((m) => TABLE_SYMBOLS[m.status]),
    safe(ctx.fileName(e.file)),
  ]);
  const laid = columns([head, ...body], new Set());
  return laid.map((cells, row) => {
    const engagement = row === 0 ? undefined : report.engagements[row - 1];
    const painted = cells.map((cell, i) => {
      const measure = engagement?.measures[i - 1];
      return measure && i <= ids.length ? paint(measure.status, cell) : cell;
    });
    return painted.join('  ').trimEnd();
  });
}

function legend(ctx: ReportContext, paint: Paint): string {
  const entries = [...COVERAGE_STATUSES]
    .reverse()
    .map((s) => `${paint(s, TABLE_SYMBOLS[s])} ${ctx.statusWords[s]}`);
  return `${ctx.texts.legend}: ${entries.join('  ')}`;
}

function dueLine(ctx: ReportContext, d: ShownDue, name: string): string {
  const overdue = d.overdue ? ` (${ctx.texts.overdue})` : '';
  const where = d.dca ? ` [${safe(d.dca)}]` : '';
  return `  ${d.date}${overdue}  ${name}${d.measure.padEnd(MEASURE_WIDTH)}  ${safe(d.what)}${where}`;
}

/** What falls due within the window, earliest first (engagements named when there are several). */
function dueLines(ctx: ReportContext, engagements: readonly EngagementCoverage[]): string[] {
  const window = ctx.options.dueWithin;
  const named = engagements.length > 1;
  const lines = engagements
    .flatMap((e) => {
      const name = named ? `${safe(engagementName(ctx, e))}  ` : '';
      return dueSoon(ctx, e).map((d) => ({ date: d.date, line: dueLine(ctx, d, name) }));
    })
    .sort((a, b) => a.date.localeCompare(b.date)) // stable: same date keeps engagement order
    .map((entry) => entry.line);
  if (lines.length === 0) return [fill(ctx.texts.nothingDue, { window })];
  return [`${fill(ctx.texts.dueWithin, { window })}:`, ...lines];
}

export function renderTable(report: CoverageReport, ctx: ReportContext): string {
  const paint = painter(ctx.options.color ?? false);
  const [first] = report.engagements;
  if (!first) return `${ctx.texts.noEngagements}\n`;
  if (report.engagements.length === 1) {
    const lines = [...header(ctx, first), '', ...measureRows(ctx, first, paint), ''];
    lines.push(summaryLine(ctx, first), '', ...controlsTableLines(report, ctx), '');
    lines.push(...dueLines(ctx, [first]));
    return `${lines.join('\n')}\n`;
  }
  const checked = fill(ctx.texts.checked, { today: first.today, level: first.level });
  const lines = [checked, '', ...matrixRows(ctx, report, paint), '', legend(ctx, paint), ''];
  lines.push(...controlsTableLines(report, ctx), '', ...dueLines(ctx, report.engagements));
  return `${lines.join('\n')}\n`;
}
