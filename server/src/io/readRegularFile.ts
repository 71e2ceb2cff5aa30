/**
 * The one way the CLI and the language server read a file from disk. A committed file can be a
 * link to `/dev/zero`, a FIFO or a file outside the project, so a file is read only when it is
 * a regular file, only up to a size bound, and (when a root is given) only when its real path
 * lies inside that root. Nothing here blocks: a FIFO is opened without waiting for a writer.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locale } from '../core/i18n/locale';
import { ioText, kindText } from './texts';

/** Bound for small configuration files such as the project file. */
export const PROJECT_FILE_MAX_BYTES = 64 * 1024;

/** UTF-8 takes at most 4 bytes per UTF-16 code unit, so `n` characters fit in `4n` bytes. */
export function byteBoundFor(maxCharacters: number): number {
  return maxCharacters * 4 + 4;
}

export interface ReadLimits {
  /** Files larger than this are refused without being read. */
  maxBytes: number;
  /** When given, the file's real path (links resolved) must lie inside this folder. */
  root?: string;
  /** The language of `problem`; English when not given. */
  locale?: Locale;
}

export type ReadResult = { text: string } | { problem: string; tooLarge?: true };

/** Decodes a file's bytes: UTF-8 with an optional byte order mark. */
export function decode(bytes: Buffer): string {
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

/** Whether `file` lies inside `folder` (both absolute, neither resolved further). */
export function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function kindOf(stat: fs.Stats): 'folder' | 'fifo' | 'device' | 'socket' | 'other' {
  if (stat.isDirectory()) return 'folder';
  if (stat.isFIFO()) return 'fifo';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device';
  if (stat.isSocket()) return 'socket';
  return 'other';
}

/** The path to open: the real path when it stays inside the root, else a problem. */
function resolveInRoot(file: string, limits: ReadLimits): { target: string } | { problem: string } {
  if (limits.root === undefined) return { target: file };
  let real: string;
  let realRoot: string;
  try {
    real = fs.realpathSync.native(file);
    realRoot = fs.realpathSync.native(limits.root);
  } catch (error) {
    return { problem: ioText(limits.locale, 'cannotRead', { code: errorCode(error) }) };
  }
  if (!isInside(realRoot, real)) return { problem: ioText(limits.locale, 'linkOutside') };
  return { target: real };
}

/** Bytes read after the size the file had when opened (it may grow while being read). */
const GROWTH_CHUNK = 64 * 1024;

/**
 * The file's bytes, or undefined when there are more than `maxBytes`. The first read has room
 * for the size the file has now and one byte more (to notice growth), so a file usually takes
 * one buffer of its own size and no copy; every buffer is filled by reads before it is used.
 */
function readBytes(fd: number, size: number, maxBytes: number): Buffer | undefined {
  const chunks: Buffer[] = [];
  let total = 0;
  for (let room = Math.min(maxBytes, size) + 1; ; room = GROWTH_CHUNK) {
    const buffer = Buffer.allocUnsafe(room);
    const count = fs.readSync(fd, buffer, 0, room, null);
    if (count === 0) break;
    total += count;
    if (total > maxBytes) return undefined; // it grew while being read
    chunks.push(buffer.subarray(0, count));
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}

function readOpened(fd: number, { maxBytes, locale }: ReadLimits): ReadResult {
  const stat = fs.fstatSync(fd);
  if (!stat.isFile())
    return { problem: ioText(locale, 'notRegular', { kind: kindText(locale, kindOf(stat)) }) };
  const tooLarge = {
    problem: ioText(locale, 'tooLarge', { maxBytes }),
    tooLarge: true as const,
  };
  if (stat.size > maxBytes) return tooLarge;
  const bytes = readBytes(fd, stat.size, maxBytes);
  return bytes === undefined ? tooLarge : { text: decode(bytes) };
}

/**
 * Reads a regular file as text within the given limits. Problems are short, plain sentences
 * without the file's name (callers prefix it).
 */
export function readRegularFile(file: string, limits: ReadLimits): ReadResult {
  const resolved = resolveInRoot(file, limits);
  if ('problem' in resolved) return resolved;
  const flags =
    fs.constants.O_RDONLY |
    (fs.constants.O_NONBLOCK ?? 0) |
    (limits.root !== undefined ? (fs.constants.O_NOFOLLOW ?? 0) : 0);
  let fd: number;
  try {
    fd = fs.openSync(resolved.target, flags);
  } catch (error) {
    return { problem: ioText(limits.locale, 'cannotRead', { code: errorCode(error) }) };
  }
  try {
    return readOpened(fd, limits);
  } catch (error) {
    return { problem: ioText(limits.locale, 'cannotRead', { code: errorCode(error) }) };
  } finally {
    fs.closeSync(fd);
  }
}
