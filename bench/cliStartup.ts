/**
 * CLI start-up benchmark: wall-clock time of `node dist/cli.js check <one file>` against
 * `node -e 0` (the floor: starting Node itself). The two commands run interleaved, so both see
 * the same machine load; prints the median, p90 and the ratio of the medians of the wall-clock
 * time and of the CPU time (user + system, from /usr/bin/time; less sensitive to a loaded machine).
 * `dist/cli.js` runs the bundle with its V8 code cache (the warm-up run writes it when missing);
 * the third command runs it without (`OUTSOURCING_POLICY_CODE_CACHE=off`).
 * Run `npm run build && tsc -p . && node out/bench/cliStartup.js [rounds] [cli bundle]`.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const FILE = 'examples/clean/erp-hosting.engagement.yaml';

interface Command {
  label: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
}

const TIME = '/usr/bin/time';
const TIMES_FILE = path.join(os.tmpdir(), `cli-startup-${process.pid}.txt`);

interface Sample {
  wall: number;
  /** User + system CPU milliseconds (10 ms resolution), or NaN without /usr/bin/time. */
  cpu: number;
}

/** One run of `node <args>`; throws when the command fails unexpectedly. */
function timeRun(command: Command): Sample {
  const withTime = fs.existsSync(TIME);
  const [file, args] = withTime
    ? [TIME, ['-o', TIMES_FILE, '-f', '%U %S', process.execPath, ...command.args]]
    : [process.execPath, command.args];
  const start = process.hrtime.bigint();
  const env = { ...process.env, ...command.env };
  const result = spawnSync(file, args, { cwd: ROOT, encoding: 'utf8', env });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status === null || result.status > 1)
    throw new Error(`${command.label} failed (${result.status}): ${result.stderr}`);
  if (!withTime) return { wall, cpu: NaN };
  // The last line: /usr/bin/time puts "Command exited with non-zero status 1" before it.
  const last = fs.readFileSync(TIMES_FILE, 'utf8').trim().split('\n').pop() ?? '';
  const [user, system] = last.split(/\s+/).map(Number);
  return { wall, cpu: (user + system) * 1000 };
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
    {
      label: 'the same without the code cache',
      args: [bundle, 'check', FILE],
      env: { OUTSOURCING_POLICY_CODE_CACHE: 'off' },
    },
  ];
  const samples: Sample[][] = commands.map(() => []);
  for (const command of commands) timeRun(command); // warm the file system cache
  for (let round = 0; round < rounds; round++)
    commands.forEach((command, i) => samples[i].push(timeRun(command)));
  fs.rmSync(TIMES_FILE, { force: true });
  for (const measure of ['wall', 'cpu'] as const) {
    const sorted = samples.map((list) => list.map((s) => s[measure]).sort((a, b) => a - b));
    const medians = sorted.map((list) => quantile(list, 0.5));
    console.log(`${measure === 'wall' ? 'wall-clock' : 'CPU (user + system)'}:`);
    commands.forEach((command, i) => {
      const p90 = quantile(sorted[i], 0.9);
      const label = command.label.padEnd(70);
      console.log(`  ${label} median ${medians[i].toFixed(1)} ms  p90 ${p90.toFixed(1)} ms`);
    });
    const ratios = medians.slice(1).map((median) => `${(median / medians[0]).toFixed(2)}x`);
    console.log(`  ratios of the medians to node -e 0: ${ratios.join(', ')} (${rounds} runs each)`);
  }
}

main();
