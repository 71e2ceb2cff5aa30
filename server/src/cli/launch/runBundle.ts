/**
 * Runs the CLI bundle as CommonJS, compiled with V8's code cache when there is one. Node
 * compiles a required file anew on every start, and most of the bundle's functions (the
 * generated schema validators above all) only when they are first called; a cache made at the
 * end of a check holds the bytecode of all of them. The cache is written only by the main
 * thread, after a command that ran the engine (`check`, `coverage`), when it was missing or V8
 * rejected it.
 */
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { isMainThread } from 'node:worker_threads';
import { cacheFile, readCache, writeCache } from './codeCache';
import { isShortRun, SHORT_RUN_FLAGS } from './shortRun';

/** Commands whose run compiles what a check needs: their cache is worth writing. */
const ENGINE_COMMANDS = new Set(['check', 'coverage']);

type CommonJsWrapper = (
  exports: unknown,
  require: NodeJS.Require,
  module: { exports: unknown },
  filename: string,
  dirname: string,
) => void;

export interface Bundle {
  file: string;
  /** Names its cache: a hash of its content. */
  hash: string;
  /** Latin-1 when the bundle is ASCII (decoded several times faster than UTF-8). */
  encoding: 'latin1' | 'utf8';
}

/** Writes the script's cache data; nothing at all when V8 cannot make it. */
function writeCacheOf(script: vm.Script, file: string): void {
  try {
    writeCache(file, script.createCachedData());
  } catch {
    // the cache is an optimisation: the next run compiles without it
  }
}

/**
 * Runs `bundle` as if it were the module `entry` (its `__filename`: workers the bundle starts
 * come back through `entry`, and so through the cache too).
 */
export function runBundle({ file: bundle, hash, encoding }: Bundle, entry: string): void {
  const source = fs.readFileSync(bundle, encoding);
  // V8 rejects a cache made under other flags: the flags are part of the cache's key
  const flags = isMainThread && isShortRun(process.argv.slice(2)) ? SHORT_RUN_FLAGS : '';
  if (flags) v8.setFlagsFromString(flags);
  const file = cacheFile(hash, process.env, flags);
  const cachedData = file === undefined ? undefined : readCache(file);
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: bundle, cachedData });
  const wrapper = script.runInThisContext() as CommonJsWrapper;
  const module = { exports: {} };
  const wanted =
    file !== undefined &&
    (cachedData === undefined || script.cachedDataRejected === true) &&
    isMainThread &&
    process.argv.slice(2).some((argument) => ENGINE_COMMANDS.has(argument));
  if (wanted) process.once('exit', () => writeCacheOf(script, file));
  wrapper.call(
    module.exports,
    module.exports,
    createRequire(bundle),
    module,
    entry,
    path.dirname(entry),
  );
}
