/**
 * The few git questions `--changed-since` asks, answered by running `git` as a child process.
 * Failures become `GitError`s with a message a user can act on.
 *
 * The repository may be hostile: its `.git/config` can name programs that git runs on its
 * own (`core.fsmonitor`, `diff.external`, textconv and filter drivers). Every git call turns
 * them off, so checking a repository never runs a program it names.
 */
import type * as ChildProcess from 'node:child_process';
import * as path from 'node:path';

/** Loaded on the first git call: a plain check does not start git, nor pay for the module. */
function childProcess(): typeof ChildProcess {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load of a builtin
  return require('node:child_process') as typeof ChildProcess;
}

/** Why `--changed-since` cannot work; the CLI writes it in the user's language. */
export type GitProblem = 'notARepository' | 'notARef' | 'unknownRef';

const GIT_PROBLEMS: Readonly<Record<GitProblem, string>> = {
  notARepository: '--changed-since needs a git repository, but {cwd} is not inside one',
  notARef: '"{ref}" is not a git ref',
  unknownRef: 'unknown git ref "{ref}": no commit has that name in {root}',
};

export class GitError extends Error {
  constructor(
    readonly problem: GitProblem,
    readonly args: Readonly<Record<string, string>>,
  ) {
    super(
      GIT_PROBLEMS[problem].replace(/\{(\w+)\}/g, (whole, name: string) => args[name] ?? whole),
    );
  }
}

/** Settings that keep git from running programs named by the repository's configuration. */
const NO_HELPERS = ['-c', 'core.fsmonitor=false', '-c', 'diff.external='];

function runGit(cwd: string, args: string[]): string {
  return childProcess().execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
}

/** The filter drivers per folder asked: a run reads the repository's configuration once. */
const driversByFolder = new Map<string, string[]>();

/** Filter drivers the repository configures (their clean/smudge/process programs run on diffs). */
function filterDrivers(cwd: string): string[] {
  let drivers = driversByFolder.get(cwd);
  if (!drivers) driversByFolder.set(cwd, (drivers = readFilterDrivers(cwd)));
  return drivers;
}

function readFilterDrivers(cwd: string): string[] {
  let listed: string;
  try {
    listed = runGit(cwd, [...NO_HELPERS, 'config', '--name-only', '--get-regexp', '^filter\\.']);
  } catch {
    return []; // none configured (or not a repository yet: rev-parse reports that)
  }
  const drivers = listed.split('\n').map((name) => /^filter\.(.+)\.[^.]+$/.exec(name)?.[1]);
  return [...new Set(drivers.filter((driver): driver is string => driver !== undefined))];
}

function git(cwd: string, args: string[]): string {
  const filters = filterDrivers(cwd).flatMap((driver) => [
    ...['-c', `filter.${driver}.clean=`, '-c', `filter.${driver}.smudge=`],
    ...['-c', `filter.${driver}.process=`, '-c', `filter.${driver}.required=false`],
  ]);
  return runGit(cwd, [...NO_HELPERS, ...filters, ...args]);
}

/** The top folder of the repository that contains `cwd`. */
export function repositoryRoot(cwd: string): string {
  try {
    return git(cwd, ['rev-parse', '--show-toplevel']).trim();
  } catch {
    throw new GitError('notARepository', { cwd });
  }
}

/** The commit a ref names. */
export function resolveCommit(root: string, ref: string): string {
  if (ref.startsWith('-')) throw new GitError('notARef', { ref });
  try {
    return git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).trim();
  } catch {
    throw new GitError('unknownRef', { ref, root });
  }
}

/** Changed line numbers (1-based, in the working tree) per absolute path; `all` for new, untracked files. */
export function changedLines(root: string, commit: string): Map<string, Set<number> | 'all'> {
  const changes = new Map<string, Set<number> | 'all'>();
  let current: Set<number> | undefined;
  for (const line of git(root, [
    'diff',
    '--unified=0',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    commit,
    '--',
  ]).split('\n')) {
    if (line.startsWith('+++ ')) {
      const target = line.slice(4);
      current = target === '/dev/null' ? undefined : new Set<number>();
      if (current) changes.set(path.join(root, target.replace(/^b\//, '')), current);
    } else if (line.startsWith('@@') && current) {
      const match = /\+(\d+)(?:,(\d+))?/.exec(line);
      if (!match) continue;
      const start = Number(match[1]);
      const count = match[2] === undefined ? 1 : Number(match[2]);
      if (count === 0) current.add(Math.max(start, 1));
      for (let n = start; n < start + count; n++) current.add(n);
    }
  }
  for (const file of git(root, ['ls-files', '--others', '--exclude-standard'])
    .split('\n')
    .filter(Boolean)) {
    changes.set(path.join(root, file), 'all');
  }
  return changes;
}

/** A file's content at a commit, or undefined when it did not exist there. */
export function fileAtCommit(root: string, commit: string, absolute: string): string | undefined {
  const relative = path.relative(root, absolute).split(path.sep).join('/');
  try {
    return git(root, ['cat-file', 'blob', `${commit}:${relative}`]);
  } catch {
    return undefined;
  }
}
