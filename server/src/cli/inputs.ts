/**
 * What `check` and `coverage` share before they do their work: the project file, the policy
 * files found under the paths (with notices for unreadable and skipped ones), the validation
 * options, and paths as the user gave them.
 */
import * as path from 'node:path';
import {
  API_VERSION,
  DEFAULT_MAX_DOCUMENT_SIZE,
  DEFAULT_MAX_FINDINGS,
  escapeControlCharacters,
  isoDate,
  type Level,
  type Locale,
  type ProjectConfig,
  type ValidationOptions,
} from '../core';
import { collectPolicyFiles } from '../io/policyFiles';
import { UsageError } from './args';
import { readProjectFile, type Environment } from './locale';
import { cliTexts, fill } from './texts';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  writeFile(file: string, text: string): void;
  colour: boolean;
  now: Date;
  /** The environment that names the user's language (`LANG` …); the process's when not given. */
  env?: Environment;
}

/** The project file's options, or a usage error when it is broken (CI must not silently ignore it). */
export function readProjectConfig(config: string | undefined, locale: Locale): ProjectConfig {
  const read = readProjectFile(config, locale);
  if ('unreadable' in read)
    throw new UsageError({
      key: 'projectFile',
      args: { file: read.file, problem: read.unreadable },
    });
  if (read.problems.length)
    throw new UsageError({ key: 'verbatim', args: { text: read.problems.join('\n') } });
  return read.config;
}

/** Paths as the user gave them: relative to the current folder where possible. */
export function displayName(file: string): string {
  const relative = path.relative(process.cwd(), file);
  const inside = relative && !relative.startsWith('..') && !path.isAbsolute(relative);
  return (inside ? relative : file).split(path.sep).join('/');
}

/** The options of a command that choose how documents are read and checked. */
export interface InputOptions {
  paths: readonly string[];
  level: Level | undefined;
  today: string | undefined;
  maxSize: number | undefined;
  maxFindings?: number | undefined;
}

export interface Inputs {
  /** The policy files found, named as the user gave them. */
  sources: { uri: string; text: string }[];
  options: ValidationOptions;
  /** Whether a path could not be read (exit code 2). */
  problems: boolean;
}

/** The validation options of a command, and the bound on a file's size in characters. */
export function inputOptions(
  command: InputOptions,
  project: ProjectConfig,
  io: Io,
  locale: Locale,
): ValidationOptions & { maxDocumentSize: number } {
  return {
    level: command.level ?? project.level ?? 'standard',
    today: command.today ?? isoDate(io.now),
    maxDocumentSize: command.maxSize ?? project.maxDocumentSize ?? DEFAULT_MAX_DOCUMENT_SIZE,
    maxFindings: command.maxFindings ?? project.maxFindings ?? DEFAULT_MAX_FINDINGS,
    locale,
  };
}

/** What a walk over the paths found besides policy files: unreadable paths and skipped files. */
export interface WalkNotices {
  problems: readonly string[];
  skipped: readonly string[];
}

/** Writes the notices about unreadable paths and skipped files to stderr. */
export function reportWalkNotices(read: WalkNotices, io: Io, locale: Locale): void {
  const notices = cliTexts(locale).notices;
  for (const problem of read.problems)
    io.stderr(`outsourcing-policy: ${escapeControlCharacters(problem)}\n`);
  for (const skipped of read.skipped) {
    const file = escapeControlCharacters(displayName(skipped));
    const notice = fill(notices.skipped, { file, apiVersion: API_VERSION });
    io.stderr(`outsourcing-policy: ${notice}\n`);
  }
}

/** Reads the policy files under the paths; notices about unreadable and skipped ones go to stderr. */
export function readInputs(
  command: InputOptions,
  project: ProjectConfig,
  io: Io,
  locale: Locale,
): Inputs {
  const options = inputOptions(command, project, io, locale);
  const read = collectPolicyFiles(command.paths, {
    extraGlobs: project.extraGlobs,
    maxDocumentSize: options.maxDocumentSize,
    locale,
  });
  reportWalkNotices(read, io, locale);
  const sources = read.files.map((file) => ({ uri: displayName(file.path), text: file.text }));
  return { sources, options, problems: read.problems.length > 0 };
}
