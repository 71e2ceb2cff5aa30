/**
 * A short run: `check` of a few files named on the command line (no folder). Its work is done
 * before V8's optimising compilers (TurboFan, Maglev) could pay for themselves: they compile
 * hot functions of the YAML parser on another thread and throw the result away at exit. A
 * short run turns them off (one file: about a third less CPU time). Longer runs keep them.
 */
import * as fs from 'node:fs';

/** The most files a short run names. */
const SHORT_RUN_FILES = 10;
/** V8 flags of a short run; both exist in every Node from 20 on. */
export const SHORT_RUN_FLAGS = '--no-turbofan --no-maglev';

/**
 * Whether the arguments (after `node <script>`) are a check of at most `SHORT_RUN_FILES`
 * existing files and no folder. Arguments are not parsed: every argument that names an
 * existing path counts (an option's value too), so the guess errs towards a long run.
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
    if (stat.isDirectory()) return false;
    files++;
  }
  return files > 0 && files <= SHORT_RUN_FILES;
}
