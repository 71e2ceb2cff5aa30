/**
 * The related controls of the measures in a coverage report, once per report: for each measure
 * its Kompendium requirement, its ISO/IEC 27001:2022 Annex A controls and the Grundschutz++
 * controls they reach (BSI mapping), then the source line with the data's attribution. The
 * data in plain text here; the table and Markdown renderings too (HTML in `html.ts`).
 */
import { grundschutzTitle } from '../../catalog/controls/describe';
import {
  GRUNDSCHUTZ_ATTRIBUTION,
  GRUNDSCHUTZ_SOURCES,
  measureControls,
} from '../../catalog/controls/index';
import { escapeControlCharacters } from '../../controlCharacters';
import type { MeasureId } from '../../domain/measures';
import { markdownText } from '../../markdownText';
import type { CoverageReport } from '../types';
import { fill, type ReportContext } from './view';

export interface ShownControl {
  id: string;
  title: string;
}

export interface MeasureControlRow {
  measure: MeasureId;
  kompendium: string;
  annexA: ShownControl[];
  grundschutz: ShownControl[];
}

/** The measures of the report (those of its first engagement; all have the same sixteen). */
export function controlRows(report: CoverageReport, ctx: ReportContext): MeasureControlRow[] {
  const locale = ctx.options.locale;
  const measures = report.engagements[0]?.measures ?? [];
  return measures.map(({ measure }) => {
    const controls = measureControls(measure, locale);
    return {
      measure,
      kompendium: controls.kompendium,
      annexA: controls.annexA.map((annex) => ({ id: annex.id, title: annex.title })),
      grundschutz: controls.grundschutz.map(({ control }) => ({
        id: control.id,
        title: grundschutzTitle(control, locale),
      })),
    };
  });
}

/** Where the links come from, and the data's attribution, in one line. */
export function controlsSourceLine(ctx: ReportContext): string {
  const version = GRUNDSCHUTZ_SOURCES.mapping.version;
  const source = fill(ctx.texts.controlsSource, { version });
  return `${source} ${GRUNDSCHUTZ_ATTRIBUTION[ctx.options.locale]}`;
}

const ids = (controls: readonly ShownControl[]): string =>
  controls.map((control) => control.id).join(', ');

/** The section for the terminal: one line per measure, then the source. */
export function controlsTableLines(report: CoverageReport, ctx: ReportContext): string[] {
  const rows = controlRows(report, ctx);
  if (rows.length === 0) return [];
  const t = ctx.texts;
  const lines = rows.map((row) => {
    const measure = row.measure.padEnd(11);
    const kompendium = row.kompendium.padEnd(11);
    return `  ${measure}  ${kompendium}  ${t.annexAShort}: ${ids(row.annexA)} · ${t.grundschutz}: ${ids(row.grundschutz)}`;
  });
  return [`${t.relatedControls}:`, ...lines, escapeControlCharacters(controlsSourceLine(ctx))];
}

/** The section for Markdown: a collapsed table (ids), then the source. */
export function controlsMarkdownLines(report: CoverageReport, ctx: ReportContext): string[] {
  const rows = controlRows(report, ctx);
  if (rows.length === 0) return [];
  const t = ctx.texts;
  return [
    `<details><summary>${markdownText(t.relatedControls)}</summary>`,
    '',
    `| ${t.measure} | ${t.kompendium} | ${t.annexA} | ${t.grundschutz} |`,
    '| --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${row.measure} | ${row.kompendium} | ${ids(row.annexA)} | ${ids(row.grundschutz)} |`,
    ),
    '',
    markdownText(controlsSourceLine(ctx)),
    '',
    '</details>',
  ];
}
