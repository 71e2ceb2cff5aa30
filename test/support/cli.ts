/** Runs the built CLI (dist/cli.js) as a child process, as users and CI do. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(REPO_ROOT, 'bin/outsourcing-policy.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

let cacheHome: string | undefined;

/**
 * The CLI's code cache (`cli/launch/codeCache.ts`) of this test process: a temporary folder,
 * so that tests neither read nor fill the user's cache, and still run the CLI with its cache.
 */
export function testCacheHome(): string {
  if (cacheHome === undefined) {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'outsourcing-policy-cache-'));
    process.once('exit', () => fs.rmSync(folder, { recursive: true, force: true }));
    cacheHome = folder;
  }
  return cacheHome;
}

export function runCli(args: string[], cwd = REPO_ROOT, env: NodeJS.ProcessEnv = {}): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    // the user's language must not leak into tests: each test names the locale it wants
    env: {
      ...process.env,
      NO_COLOR: '',
      LC_ALL: '',
      LC_MESSAGES: '',
      LANG: '',
      XDG_CACHE_HOME: testCacheHome(),
      ...env,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder with the given files (path -> content). */
export function tempTree(files: Record<string, string | Buffer>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'outsourcing-policy-'));
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), content);
  }
  return root;
}
