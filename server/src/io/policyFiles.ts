/**
 * Finding and reading policy files on disk, for the CLI and the language server alike.
 * Folders are searched recursively; symbolic links are never followed (they could lead out
 * of the folder that was asked for); only regular files are read, with a size bound; nothing
 * is written.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { minimatch } from 'minimatch';
import { DEFAULT_MAX_DOCUMENT_SIZE, isPolicyFile, kindFromFileName } from '../core';
import type { Locale } from '../core/i18n/locale';
import { byteBoundFor, readRegularFile } from './readRegularFile';
import { ioText } from './texts';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist']);
const YAML_FILE = /\.ya?ml$/i;

export interface DiskFile {
  /** Absolute path. */
  path: string;
  text: string;
  /** The folder it was found in by a walk (reading it again stays inside); none when named. */
  root?: string;
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
  /** The configured maximum document size in characters; bigger files are not read. */
  maxDocumentSize?: number;
  /** The language of `problems`; English when not given. */
  locale?: Locale;
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

interface ReadContext {
  result: Omit<CollectResult, 'files'>;
  visit: (file: DiskFile) => void;
  maxBytes: number;
  locale?: Locale;
  /** The folder walked, for files found by the walk; undefined for files named explicitly. */
  root?: string;
}

function readOne(file: string, context: ReadContext, forced: boolean): void {
  const { result, root } = context;
  const explicit = root === undefined;
  const read = readRegularFile(file, { maxBytes: context.maxBytes, root, locale: context.locale });
  if ('problem' in read) {
    // a large YAML file met on the walk is most likely data, not policy: only a policy file
    // (by its name or an extra glob) or a file named on the command line is a problem
    const ignorable = read.tooLarge && !explicit && !forced && !kindFromFileName(file);
    if (!ignorable) result.problems.push(`${file}: ${read.problem}`);
    return;
  }
  if (forced || isPolicyFile(file, read.text) || (explicit && read.text.includes('\u0000'))) {
    context.visit({ path: file, text: read.text, ...(root === undefined ? {} : { root }) });
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

function walk(
  folder: string,
  context: ReadContext & { root: string },
  options: CollectOptions,
): void {
  const { root, result } = context;
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    const problem = ioText(context.locale, 'cannotReadFolder', { code: errorCode(error) });
    result.problems.push(`${folder}: ${problem}`);
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) {
      walk(full, context, options);
    } else if (entry.isFile() && YAML_FILE.test(entry.name)) {
      const relative = path.relative(root, full).split(path.sep).join('/');
      const forced = (options.extraGlobs ?? []).some((glob) =>
        minimatch(relative, glob, { dot: false }),
      );
      readOne(full, context, forced);
    }
  }
}

/** Reads the given files (always) and the policy files inside the given folders. */
export function collectPolicyFiles(
  paths: readonly string[],
  options: CollectOptions = {},
): CollectResult {
  const files: DiskFile[] = [];
  const result = forEachPolicyFile(paths, options, (file) => files.push(file));
  return { files, ...result };
}

/**
 * As `collectPolicyFiles`, but hands each policy file to `visit` as it is read, in the same
 * order, instead of keeping them all (a file found twice is visited once).
 */
export function forEachPolicyFile(
  paths: readonly string[],
  options: CollectOptions,
  visit: (file: DiskFile) => void,
): Omit<CollectResult, 'files'> {
  const result = { problems: [] as string[], skipped: [] as string[] };
  const seen = new Set<string>();
  const context = {
    result,
    maxBytes: byteBoundFor(options.maxDocumentSize ?? DEFAULT_MAX_DOCUMENT_SIZE),
    locale: options.locale,
    visit: (file: DiskFile) => {
      if (seen.has(file.path)) return;
      seen.add(file.path);
      visit(file);
    },
  };
  for (const given of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(given);
    } catch {
      result.problems.push(`${given}: ${ioText(options.locale, 'noSuchPath')}`);
      continue;
    }
    const absolute = path.resolve(given);
    if (stat.isDirectory()) walk(absolute, { ...context, root: absolute }, options);
    else readOne(absolute, context, false);
  }
  return result;
}
