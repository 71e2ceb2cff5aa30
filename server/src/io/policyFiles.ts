/**
 * Finding and reading policy files on disk, for the CLI and the language server alike.
 * Folders are searched recursively; symbolic links are never followed (they could lead out
 * of the folder that was asked for); nothing is written.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { minimatch } from 'minimatch';
import { isPolicyFile } from '../core';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist']);
const YAML_FILE = /\.ya?ml$/i;

export interface DiskFile {
  /** Absolute path. */
  path: string;
  text: string;
}

export interface CollectResult {
  files: DiskFile[];
  /** Problems with the paths themselves (missing, unreadable). */
  problems: string[];
  /** Files given by name that turned out not to be policy documents. */
  skipped: string[];
}

export interface CollectOptions {
  /** Glob patterns, relative to the folder searched, of policy files with other names. */
  extraGlobs?: readonly string[];
}

/** Decodes a file's bytes: UTF-8 with an optional byte order mark. */
export function decode(bytes: Buffer): string {
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

export function readText(file: string): { text: string } | { problem: string } {
  try {
    return { text: decode(fs.readFileSync(file)) };
  } catch (error) {
    return { problem: `cannot read the file (${errorCode(error)})` };
  }
}

function readOne(file: string, result: CollectResult, explicit: boolean, forced: boolean): void {
  const read = readText(file);
  if ('problem' in read) {
    result.problems.push(`${file}: ${read.problem}`);
    return;
  }
  if (forced || isPolicyFile(file, read.text) || (explicit && read.text.includes('\u0000'))) {
    result.files.push({ path: file, text: read.text });
  } else if (explicit) {
    result.skipped.push(file);
  }
}

/** Whether `file` (absolute) lies in `root` and matches one of the extra glob patterns. */
export function matchesExtraGlobs(root: string, file: string, globs: readonly string[]): boolean {
  const relative = path.relative(root, file).split(path.sep).join('/');
  if (relative.startsWith('..') || path.isAbsolute(relative)) return false;
  return globs.some((glob) => minimatch(relative, glob, { dot: false }));
}

function walk(root: string, folder: string, result: CollectResult, options: CollectOptions): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    result.problems.push(`${folder}: cannot read the folder (${errorCode(error)})`);
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) {
      walk(root, full, result, options);
    } else if (entry.isFile() && YAML_FILE.test(entry.name)) {
      const relative = path.relative(root, full).split(path.sep).join('/');
      const forced = (options.extraGlobs ?? []).some((glob) =>
        minimatch(relative, glob, { dot: false }),
      );
      readOne(full, result, false, forced);
    }
  }
}

/** Reads the given files (always) and the policy files inside the given folders. */
export function collectPolicyFiles(
  paths: readonly string[],
  options: CollectOptions = {},
): CollectResult {
  const result: CollectResult = { files: [], problems: [], skipped: [] };
  for (const given of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(given);
    } catch {
      result.problems.push(`${given}: no such file or folder`);
      continue;
    }
    const absolute = path.resolve(given);
    if (stat.isDirectory()) walk(absolute, absolute, result, options);
    else readOne(absolute, result, true, false);
  }
  const seen = new Set<string>();
  result.files = result.files.filter((file) => !seen.has(file.path) && seen.add(file.path));
  return result;
}
