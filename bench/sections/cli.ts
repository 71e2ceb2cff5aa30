/**
 * Section "cli": our CLI and Spectral (our schemas as a ruleset) on workspaces of 1, 100, 1,000
 * and 10,000 documents, wall time and peak RSS, against `node -e 0`. Spectral is not run on
 * 10,000 documents: at about 0.18 s per document it would take half an hour.
 */
import { removeFolder, workspaceFolder } from '../generate/corpus';
import {
  nodeBaseline,
  ourCli,
  spectralCli,
  writeSpectralRuleset,
  type ProcessRun,
} from '../measure/cli';
import type { Peer } from '../peers/install';
import type { TableRow, Verdict } from '../report/markdown';
import { attempt, mb, notMeasured, seconds, times, valueOf, type Outcome } from './format';

const COUNTS = [1, 100, 1_000, 10_000] as const;
const OUR_RUNS: Record<number, number> = { 1: 5, 100: 3, 1000: 3, 10000: 1 };
const SPECTRAL_RUNS: Record<number, number> = { 1: 3, 100: 1, 1000: 1 };
const TIMEOUT_MS: Record<number, number> = {
  1: 60_000,
  100: 300_000,
  1000: 900_000,
  10000: 1_800_000,
};

interface CountResult {
  count: number;
  ours: Outcome<ProcessRun>;
  spectral: Outcome<ProcessRun>;
}

const verdict = (ok: boolean | undefined): Verdict =>
  ok === undefined ? 'not measured' : ok ? 'met' : 'missed';

const run = (outcome: Outcome<ProcessRun>): string => {
  const value = valueOf(outcome);
  return value ? `${seconds(value.seconds.median)}, ${mb(value.peakMb)}` : notMeasured(outcome);
};

async function measureCount(count: number, spectral: Peer): Promise<CountResult> {
  const folder = workspaceFolder(count);
  try {
    const timeout = TIMEOUT_MS[count];
    const ours = await attempt(`cli: ours, ${count} files`, timeout * OUR_RUNS[count], () =>
      ourCli(folder, OUR_RUNS[count], timeout),
    );
    const ruleset = writeSpectralRuleset(folder);
    const peer: Outcome<ProcessRun> =
      count in SPECTRAL_RUNS
        ? await attempt(`cli: Spectral, ${count} files`, timeout * SPECTRAL_RUNS[count], () =>
            spectralCli(spectral, ruleset, folder, SPECTRAL_RUNS[count], timeout),
          )
        : { missing: 'skipped at 10,000 files (about 30 minutes at its rate)' };
    return { count, ours, spectral: peer };
  } finally {
    removeFolder(folder);
  }
}

function rows(baseline: ProcessRun | undefined, results: readonly CountResult[]): TableRow[] {
  const at = (count: number) => results.find((r) => r.count === count)!;
  const ours = (count: number) => valueOf(at(count).ours);
  const peer = (count: number) => valueOf(at(count).spectral);
  const one = ours(1);
  const oneToNode = one && baseline ? one.seconds.median / baseline.seconds.median : undefined;
  const speedup = (count: number) => {
    const [o, p] = [ours(count), peer(count)];
    return o && p ? p.seconds.median / o.seconds.median : undefined;
  };
  const scale =
    ours(10_000) && ours(1_000)
      ? ours(10_000)!.seconds.median / ours(1_000)!.seconds.median
      : undefined;
  const fmt = (value: number | undefined, format: (v: number) => string) =>
    value === undefined ? 'not measured' : format(value);
  return [
    {
      what: 'CLI, 1 file (wall, peak RSS)',
      ours: `${run(at(1).ours)}; ${fmt(oneToNode, times)} \`node -e 0\` (${baseline ? seconds(baseline.seconds.median) : 'not measured'})`,
      peer: `Spectral ${run(at(1).spectral)}`,
      ratio: fmt(speedup(1), (v) => `${v.toFixed(1)}x faster`),
      target: '<= 2.5x `node -e 0`',
      verdict: verdict(oneToNode === undefined ? undefined : oneToNode <= 2.5),
    },
    {
      what: 'CLI, 100 files',
      ours: run(at(100).ours),
      peer: `Spectral ${run(at(100).spectral)}`,
      ratio: fmt(speedup(100), (v) => `${v.toFixed(1)}x faster`),
      target: '',
      verdict: 'no target',
    },
    {
      what: 'CLI, 1,000 files',
      ours: run(at(1_000).ours),
      peer: `Spectral ${run(at(1_000).spectral)}`,
      ratio: fmt(speedup(1_000), (v) => `${v.toFixed(1)}x faster`),
      target: '>= 20x faster than Spectral',
      verdict: verdict(speedup(1_000) === undefined ? undefined : speedup(1_000)! >= 20),
    },
    {
      what: 'CLI, 10,000 files',
      ours: run(at(10_000).ours),
      peer: `Spectral ${notMeasured(at(10_000).spectral)}`,
      ratio: fmt(scale, (v) => `10k / 1k = ${v.toFixed(1)}`),
      target: '10k <= 10.5x 1k, peak RSS <= 500 MB',
      verdict: verdict(
        scale === undefined ? undefined : scale <= 10.5 && ours(10_000)!.peakMb <= 500,
      ),
    },
  ];
}

function details(baseline: Outcome<ProcessRun>, results: readonly CountResult[]): string {
  const line = (what: string, outcome: Outcome<ProcessRun>) => {
    const v = valueOf(outcome);
    return v
      ? `| ${what} | ${v.seconds.runs} | ${seconds(v.seconds.median)} | ${seconds(v.seconds.p95)} | ${mb(v.peakMb)} |`
      : `| ${what} | | ${notMeasured(outcome)} | | |`;
  };
  return [
    '### CLI (`/usr/bin/time`: wall seconds, highest peak RSS over the runs)',
    '',
    '| run | runs | median | p95 | peak RSS |',
    '|---|---|---|---|---|',
    line('`node -e 0`', baseline),
    ...results.flatMap((r) => [
      line(`ours, ${r.count} file(s)`, r.ours),
      line(`Spectral, ${r.count} file(s)`, r.spectral),
    ]),
  ].join('\n');
}

export async function cliSection(spectral: Peer): Promise<{ rows: TableRow[]; details: string }> {
  const baseline = await attempt('cli: node -e 0', 60_000, () => nodeBaseline(5));
  const results: CountResult[] = [];
  for (const count of COUNTS) results.push(await measureCount(count, spectral));
  return { rows: rows(valueOf(baseline), results), details: details(baseline, results) };
}
