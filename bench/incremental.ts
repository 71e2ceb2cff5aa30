/**
 * The engine's cost of one keystroke, parsed incrementally (`reparsePolicyFile`) or whole
 * (`parsePolicyFile`), on the generated 2000- and 8000-line block engagements: the parse alone
 * and the parse with the document's check. Both are measured alternately (machine load hits
 * both alike); medians of wall and CPU milliseconds. Run: `npx tsc -p . && node
 * out/bench/incremental.js`; prints a Markdown table.
 */
import * as os from 'node:os';
import {
  buildWorkspaceIndex,
  defaultOptions,
  parsePolicyFile,
  validateFile,
  type PolicyFile,
} from '../server/src/core';
import { reparseWithWay } from '../server/src/core/parse/incremental';
import { engagementOfLines } from './generate/engagements';
import { editedInTheMiddle } from './lsp/scenarios';
import { summarize } from './stats';

const OPTIONS = defaultOptions('2026-11-27');
const URI = 'file:///bench/edited.engagement.yaml';
const RUNS = Number(process.env.RUNS ?? 21);

interface Keystroke {
  name: string;
  before: string;
  after: string;
}

/** A character typed at the end of the value on the line nearest the middle of the text. */
function typedInTheMiddle(text: string): string {
  const middle = text.indexOf('\n', Math.floor(text.length / 2));
  const lineEnd = text.indexOf('\n', text.indexOf(': ', middle));
  return `${text.slice(0, lineEnd)}x${text.slice(lineEnd)}`;
}

function keystrokes(text: string): Keystroke[] {
  return [
    {
      name: 'comment line before the middle key (the LSP bench edit)',
      before: editedInTheMiddle(text, 1),
      after: editedInTheMiddle(text, 2),
    },
    {
      name: 'a character typed in a value mid-document',
      before: text,
      after: typedInTheMiddle(text),
    },
  ];
}

interface Sample {
  wall: number;
  cpu: number;
}

function timed(run: () => unknown): Sample {
  const cpu = process.cpuUsage();
  const start = performance.now();
  run();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

const check = (file: PolicyFile) => validateFile(file, buildWorkspaceIndex([file]), OPTIONS);

/** Medians of `full` and `incremental`, run alternately. */
function alternate(full: () => unknown, incremental: () => unknown): [Sample, Sample] {
  const samples: [Sample[], Sample[]] = [[], []];
  for (let warm = 0; warm < 3; warm++) [full, incremental].forEach(timed);
  for (let run = 0; run < RUNS; run++) {
    samples[0].push(timed(full));
    samples[1].push(timed(incremental));
  }
  const median = (list: Sample[]): Sample => ({
    wall: summarize(list.map((s) => s.wall)).median,
    cpu: summarize(list.map((s) => s.cpu)).median,
  });
  return [median(samples[0]), median(samples[1])];
}

const ms = (sample: Sample) => `${sample.wall.toFixed(1)} ms (CPU ${sample.cpu.toFixed(1)})`;

function main(): void {
  const load = os.loadavg().map((l) => l.toFixed(2));
  const rows: string[] = [];
  for (const lines of [2000, 8000]) {
    const text = engagementOfLines(lines, 'block').text;
    const count = text.split('\n').length - 1;
    for (const key of keystrokes(text)) {
      const previous = parsePolicyFile(URI, key.before, OPTIONS);
      const { way } = reparseWithWay(previous, URI, key.after, OPTIONS);
      const [fullParse, incParse] = alternate(
        () => parsePolicyFile(URI, key.after, OPTIONS),
        () => reparseWithWay(previous, URI, key.after, OPTIONS),
      );
      const [fullCheck, incCheck] = alternate(
        () => check(parsePolicyFile(URI, key.after, OPTIONS)),
        () => check(reparseWithWay(previous, URI, key.after, OPTIONS).file),
      );
      const how = way.incremental
        ? `${way.parsed} of ${way.kept + way.parsed} sections parsed`
        : `whole: ${way.reason}`;
      rows.push(
        `| ${count} lines, ${key.name} | ${how} | ${ms(fullParse)} | ${ms(incParse)} | ${(fullParse.wall / incParse.wall).toFixed(1)}x | ${ms(fullCheck)} | ${ms(incCheck)} | ${(fullCheck.wall / incCheck.wall).toFixed(1)}x |`,
      );
    }
  }
  process.stdout.write(
    [
      `Node ${process.version}, ${os.cpus().length} cores, load average ${load.join(' / ')} at the start, ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' / ')} at the end; medians of ${RUNS} alternating runs.`,
      '',
      '| keystroke | incremental path | parse, whole | parse, incremental | speed-up | parse + check, whole | parse + check, incremental | speed-up |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
      '',
    ].join('\n'),
  );
}

main();
