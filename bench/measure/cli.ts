/**
 * Command-line checks timed as a user runs them: wall time and peak resident memory of the
 * whole process from `/usr/bin/time -f`, for our CLI and Spectral with a ruleset that applies
 * our JSON schemas, against `node -e 0`.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT, type Peer } from '../peers/install';
import { summarize, type Summary } from '../stats';

export interface ProcessRun {
  seconds: Summary;
  /** The highest peak RSS over the runs, MB. */
  peakMb: number;
}

const TIME = '/usr/bin/time';

/** Runs `command` `runs` times under /usr/bin/time; throws on a timeout or a crash. */
export function timeProcess(
  command: string,
  args: string[],
  runs: number,
  timeoutMs: number,
  cwd = REPO_ROOT,
): ProcessRun {
  if (!fs.existsSync(TIME)) throw new Error(`${TIME} is missing (Debian package "time")`);
  const report = path.join(os.tmpdir(), `outsourcing-policy-bench-time-${process.pid}`);
  const seconds: number[] = [];
  let peakKb = 0;
  try {
    for (let i = 0; i < runs; i++) {
      const result = spawnSync(TIME, ['-f', '%e %M', '-o', report, command, ...args], {
        cwd,
        stdio: 'ignore',
        timeout: timeoutMs,
      });
      if (result.error || result.signal)
        throw new Error(
          `${path.basename(args[0] ?? command)}: ${result.error?.message ?? result.signal} after ${timeoutMs / 1000} s`,
        );
      // exit codes 0-1 are results (findings or none); anything else is a failure
      if (result.status !== 0 && result.status !== 1)
        throw new Error(`${command} ${args.join(' ')} exited ${result.status}`);
      const [wall, kb] = fs.readFileSync(report, 'utf8').trim().split('\n').pop()!.split(' ');
      seconds.push(Number(wall));
      peakKb = Math.max(peakKb, Number(kb));
    }
  } finally {
    fs.rmSync(report, { force: true });
  }
  return { seconds: summarize(seconds), peakMb: peakKb / 1024 };
}

export function nodeBaseline(runs: number): ProcessRun {
  return timeProcess(process.execPath, ['-e', '0'], runs, 30_000);
}

/** Our CLI (the built bundle through bin/) on a file or folder; the report goes to /dev/null. */
export function ourCli(target: string, runs: number, timeoutMs: number): ProcessRun {
  const bin = path.join(REPO_ROOT, 'bin', 'outsourcing-policy.js');
  const args = [
    bin,
    'check',
    target,
    '--today',
    '2026-11-27',
    '--format',
    'json',
    '--output',
    '/dev/null',
  ];
  return timeProcess(process.execPath, args, runs, timeoutMs);
}

/** A Spectral ruleset applying engagement.schema.json and the DCA schema by file name. */
export function writeSpectralRuleset(folder: string): string {
  const schema = (name: string): unknown =>
    JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'schemas', name), 'utf8'));
  const rule = (name: string) => ({
    given: '$',
    severity: 'error',
    then: {
      function: 'schema',
      functionOptions: { schema: schema(name), dialect: 'draft7', allErrors: true },
    },
  });
  const ruleset = {
    overrides: [
      {
        files: ['**/*.engagement.yaml'],
        rules: { 'engagement-schema': rule('engagement.schema.json') },
      },
      {
        files: ['**/*.dca.yaml'],
        rules: { 'dca-schema': rule('data-connection-agreement.schema.json') },
      },
    ],
  };
  const file = path.join(folder, 'spectral-ruleset.json');
  fs.writeFileSync(file, JSON.stringify(ruleset));
  return file;
}

/** Spectral CLI linting one file or every YAML file under a folder. */
export function spectralCli(
  peer: Peer,
  ruleset: string,
  target: string,
  runs: number,
  timeoutMs: number,
): ProcessRun {
  if (!peer.folder) throw new Error(`Spectral ${peer.missing ?? 'is missing'}`);
  const bin = path.join(peer.folder, 'dist', 'index.js');
  const files = fs.statSync(target).isDirectory() ? path.join(target, '**', '*.yaml') : target;
  const args = [
    bin,
    'lint',
    '--ruleset',
    ruleset,
    '--format',
    'json',
    '--output',
    '/dev/null',
    '--quiet',
    files,
  ];
  return timeProcess(process.execPath, args, runs, timeoutMs);
}
