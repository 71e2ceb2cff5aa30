/**
 * The V8 code cache of the CLI bundle: one file per bundle (its hash), Node version, platform
 * and V8 flags, in the user's cache folder (`$XDG_CACHE_HOME/outsourcing-policy/`, else
 * `~/.cache/outsourcing-policy/`). A file holds a short header (magic, length, CRC-32 of the
 * data) before V8's cache data, so a truncated or damaged file is never handed to V8. Every
 * failure (no folder, unwritable, damaged, too old a Node for CRC-32) means "no cache": the CLI
 * then compiles its bundle as without one, with the same result.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';

/** `OUTSOURCING_POLICY_CODE_CACHE=off` (or `0`) turns the cache off. */
export const CODE_CACHE_VARIABLE = 'OUTSOURCING_POLICY_CODE_CACHE';
const MAGIC = 0x3143504f; // "OPC1"
const HEADER_BYTES = 12;
const PREFIX = 'cli-';
const SUFFIX = '.v8cache';
/** Cache files of other bundles or Node versions are removed when this old. */
const STALE_MS = 7 * 24 * 60 * 60 * 1000;

type Crc32 = (data: Buffer | string) => number;

/** `zlib.crc32` (Node >= 20.15); without it there is no cache. */
function crc32(): Crc32 | undefined {
  const candidate = (zlib as { crc32?: unknown }).crc32;
  return typeof candidate === 'function' ? (candidate as Crc32) : undefined;
}

/** The folder of the cache files, or undefined when the cache is off. */
export function cacheFolder(env: NodeJS.ProcessEnv): string | undefined {
  const setting = env[CODE_CACHE_VARIABLE];
  if (setting === 'off' || setting === '0') return undefined;
  const xdg = env.XDG_CACHE_HOME;
  // the XDG specification: a relative path is invalid and is ignored
  const base = xdg && path.isAbsolute(xdg) ? xdg : path.join(os.homedir(), '.cache');
  return path.join(base, 'outsourcing-policy');
}

/**
 * The cache file of the bundle with this hash under this Node and these V8 flags (`flags`: set
 * at run time), or undefined without a cache.
 */
export function cacheFile(
  bundleHash: string,
  env: NodeJS.ProcessEnv,
  flags = '',
): string | undefined {
  const folder = cacheFolder(env);
  const crc = crc32();
  if (folder === undefined || crc === undefined) return undefined;
  // V8 rejects a cache made under other flags: each set of flags gets its own file
  const allFlags = [...process.execArgv, env.NODE_OPTIONS ?? '', flags].join('\n');
  const flagKey = crc(allFlags).toString(16);
  const name = `${PREFIX}${bundleHash}-${process.version}-${process.platform}-${process.arch}-${flagKey}`;
  return path.join(folder, name + SUFFIX);
}

/** The cache data in `file`, or undefined when it is missing, unreadable or damaged. */
export function readCache(file: string): Buffer | undefined {
  const crc = crc32();
  if (crc === undefined) return undefined;
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  if (bytes.length < HEADER_BYTES || bytes.readUInt32LE(0) !== MAGIC) return undefined;
  const data = bytes.subarray(HEADER_BYTES);
  if (bytes.readUInt32LE(4) !== data.length || bytes.readUInt32LE(8) !== crc(data))
    return undefined;
  return data;
}

/** Removes the cache files of other bundles and Node versions that were not written lately. */
function removeStale(folder: string, keep: string): void {
  const now = Date.now();
  for (const name of fs.readdirSync(folder)) {
    if (name === keep || !name.startsWith(PREFIX) || !name.endsWith(SUFFIX)) continue;
    const file = path.join(folder, name);
    if (now - fs.statSync(file).mtimeMs > STALE_MS) fs.rmSync(file, { force: true });
  }
}

/** Writes `data` to `file` atomically (a temporary file renamed); failures are ignored. */
export function writeCache(file: string, data: Buffer): void {
  const crc = crc32();
  if (crc === undefined) return;
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt32LE(MAGIC, 0);
  header.writeUInt32LE(data.length, 4);
  header.writeUInt32LE(crc(data), 8);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    fs.writeFileSync(temporary, Buffer.concat([header, data]), { mode: 0o600 });
    fs.renameSync(temporary, file);
    removeStale(path.dirname(file), path.basename(file));
  } catch {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // nothing more to do: the cache is an optimisation
    }
  }
}
