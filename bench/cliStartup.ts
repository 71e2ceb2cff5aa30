/**
 * CLI start-up benchmark: wall-clock time of `node dist/cli.js check <one file>` against
 * `node -e 0` (the floor: starting Node itself). The two commands run interleaved, so both see
 * the same machine load; prints the median, p90 and the ratio of the medians.
 * Run `npm run build && tsc -p . && node out/bench/cliStartup.js [rounds] [cli bundle]`.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const FILE = 'examples/clean/erp-hosting.engagement.yaml';

interface Command {
  label: string;
  args: string[];
}

/** Milliseconds of one run of `node <args>`; throws when the command fails unexpectedly. */
function timeRun(command: Command): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, command.args, { cwd: ROOT, encoding: 'utf8' });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status === null || result.status > 1)
    throw new Error(`${command.label} failed (${result.status}): ${result.stderr}`);
  return elapsed;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];
}

function main(): void {
  const rounds = Number(process.argv[2] ?? 20);
  const bundle = process.argv[3] ?? 'dist/cli.js';
  const commands: Command[] = [
    { label: 'node -e 0', args: ['-e', '0'] },
    { label: `node ${bundle} check ${FILE}`, args: [bundle, 'check', FILE] },
  ];
  const times: number[][] = commands.map(() => []);
  for (const command of commands) timeRun(command); // warm the file system cache
  for (let round = 0; round < rounds; round++)
    commands.forEach((command, i) => times[i].push(timeRun(command)));
  const medians = times.map((list) =>
    quantile(
      list.sort((a, b) => a - b),
      0.5,
    ),
  );
  commands.forEach((command, i) => {
    const p90 = quantile(times[i], 0.9);
    console.log(
      `${command.label.padEnd(70)} median ${medians[i].toFixed(1)} ms  p90 ${p90.toFixed(1)} ms`,
    );
  });
  console.log(
    `ratio of the medians: ${(medians[1] / medians[0]).toFixed(2)}x (${rounds} runs each)`,
  );
}

main();
