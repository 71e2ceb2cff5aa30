/**
 * A short run: `check` of a few files, named on the command line or in folders holding few YAML
 * files. Its work is done before V8's optimising compilers (TurboFan, Maglev) could pay for
 * themselves: they compile hot functions of the YAML parser on another thread and throw the
 * result away at exit. A short run turns them off (one file: about a third less CPU time).
 * Longer runs keep them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The most files a short run names. */
const SHORT_RUN_FILES = 10;
/** V8 flags of a short run; both exist in every Node from 20 on. */
export const SHORT_RUN_FLAGS = '--no-turbofan --no-maglev';

/** The most folder entries looked at to count a folder's YAML files; more means a long run. */
const SHORT_RUN_ENTRIES = 200;

/**
 * The YAML files under `folder` (hidden folders and node_modules left out; counting too many
 * only makes a long run), or Infinity once there are more than `limit` or more than
 * `SHORT_RUN_ENTRIES` entries. The launcher loads none of the bundle, so it does not use the
 * walk of `io/policyFiles.ts`.
 */
function yamlFilesUnder(folder: string, limit: number): number {
  let found = 0;
  let seen = 0;
  const pending = [folder];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(next, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (++seen > SHORT_RUN_ENTRIES) return Infinity;
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules')
          pending.push(path.join(next, entry.name));
      } else if (/\.ya?ml$/i.test(entry.name) && ++found > limit) return Infinity;
    }
  }
  return found;
}

/**
 * Whether the arguments (after `node <script>`) are a check of at most `SHORT_RUN_FILES`
 * existing files, named or in the folders named. Arguments are not parsed: every argument that
 * names an existing path counts (an option's value too), so the guess errs towards a long run.
 */
export function isShortRun(args: readonly string[]): boolean {
  if (!args.includes('check')) return false;
  let files = 0;
  for (const argument of args) {
    if (argument.startsWith('-') || argument === 'check') continue;
    let stat: fs.Stats;
    try {
      stat = fs.statSync(argument);
    } catch {
      continue;
    }
    files += stat.isDirectory() ? yamlFilesUnder(argument, SHORT_RUN_FILES) : 1;
    if (files > SHORT_RUN_FILES) return false;
  }
  return files > 0;
}
