/** Section "engine": bare yaml parse against our full check per corpus document, in-process. */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import type { CorpusDocument } from '../generate/corpus';
import { measureEngine, type EngineRow } from '../measure/engine';
import type { TableRow } from '../report/markdown';
import { attempt, ms, notMeasured, times, valueOf } from './format';

export interface EngineSection {
  rows: TableRow[];
  details: string;
  /** Median ms of one bare parse of the ~2,000-line block engagement. */
  parse2k?: number;
}

const ratio = (row: EngineRow) => row.check.median / row.parse.median;

function comparisonRow(label: string, rows: readonly EngineRow[]): TableRow {
  return {
    what: `full check / bare \`yaml.parseDocument\`, ${label}`,
    ours: rows.map((r) => ms(r.check.median)).join(' / '),
    peer: `parse ${rows.map((r) => ms(r.parse.median)).join(' / ')}`,
    ratio: rows.map((r) => ratio(r).toFixed(2)).join(' / '),
    target: 'close to the cost of reading the text',
    verdict: 'no target',
  };
}

function detailTable(rows: readonly EngineRow[]): string {
  return [
    '| document | lines | bytes | findings | parse median (p95) | check median (p95) | check / parse | runs |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.document} | ${r.lines} | ${r.bytes} | ${r.findings} | ${ms(r.parse.median)} (${ms(r.parse.p95)}) | ${ms(r.check.median)} (${ms(r.check.p95)}) | ${times(ratio(r))} | ${r.check.runs} |`,
    ),
  ].join('\n');
}

/** The older engine micro-benchmarks (bench/engine.ts), run as they were, their output kept. */
function microBenchmarks(): string {
  const result = spawnSync(process.execPath, [path.join(__dirname, '..', 'engine.js')], {
    encoding: 'utf8',
    timeout: 600_000,
  });
  if (result.status !== 0) throw new Error(result.error?.message ?? `exit ${result.status}`);
  return result.stdout.trim();
}

export async function engineSection(documents: readonly CorpusDocument[]): Promise<EngineSection> {
  const measured = await attempt('engine: parse vs check', 900_000, () => measureEngine(documents));
  const rows = valueOf(measured);
  const micro = await attempt('engine: bench/engine.ts', 600_000, microBenchmarks);
  const microText = valueOf(micro) ?? notMeasured(micro);
  const details = [
    '### Engine, in-process (median milliseconds)',
    '',
    rows ? detailTable(rows) : notMeasured(measured),
    '',
    '`bench/engine.ts` (keystroke, CI and the huge-document outline and fix-all, medians):',
    '',
    '```',
    microText,
    '```',
  ].join('\n');
  if (!rows) return { rows: [], details };
  const of = (style: string) =>
    rows.filter((r) => r.document.endsWith(style) && !r.document.startsWith('2 MB'));
  return {
    rows: [
      comparisonRow(
        `${of('block')
          .map((r) => r.lines)
          .join(' / ')}-line block engagements`,
        of('block'),
      ),
      comparisonRow(
        `${of('flow')
          .map((r) => r.lines)
          .join(' / ')}-line flow engagements`,
        of('flow'),
      ),
      comparisonRow(
        '2 MB engagement',
        rows.filter((r) => r.document.startsWith('2 MB')),
      ),
    ],
    details,
    parse2k: rows.find((r) => r.document === '2000-line block')?.parse.median,
  };
}
