/**
 * Finding and reading the files to check. Folders are searched recursively for policy
 * documents; symbolic links are not followed out of the given paths; nothing is written.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isPolicyFile, type SourceText } from '../core';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist']);
const YAML_FILE = /\.ya?ml$/i;

export interface ReadResult {
  sources: SourceText[];
  /** Problems with the paths themselves (missing, unreadable): reported on stderr, exit 2. */
  problems: string[];
  /** Files given by name that turned out not to be policy documents. */
  skipped: string[];
}

/** Decodes a file's bytes: UTF-8 with an optional byte order mark. */
export function decode(bytes: Buffer): string {
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function displayName(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return (relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file)
    .split(path.sep)
    .join('/');
}

function readOne(file: string, result: ReadResult, explicit: boolean): void {
  let text: string;
  try {
    text = decode(fs.readFileSync(file));
  } catch (error) {
    result.problems.push(
      `${displayName(file)}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
    return;
  }
  const uri = displayName(file);
  if (isPolicyFile(uri, text) || (explicit && text.includes('\u0000')))
    result.sources.push({ uri, text });
  else if (explicit) result.skipped.push(uri);
}

function walk(folder: string, result: ReadResult): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    result.problems.push(
      `${displayName(folder)}: cannot read the folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.'))
      walk(full, result);
    else if (entry.isFile() && YAML_FILE.test(entry.name)) readOne(full, result, false);
    // symbolic links are not followed: they could lead out of the folder that was asked for
  }
}

export function readPaths(paths: readonly string[]): ReadResult {
  const result: ReadResult = { sources: [], problems: [], skipped: [] };
  for (const given of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(given);
    } catch {
      result.problems.push(`${given}: no such file or folder`);
      continue;
    }
    if (stat.isDirectory()) walk(path.resolve(given), result);
    else readOne(path.resolve(given), result, true);
  }
  const seen = new Set<string>();
  result.sources = result.sources.filter((s) => !seen.has(s.uri) && seen.add(s.uri));
  return result;
}
