/**
 * The project file `.outsourcing-policy.yaml`: options that the CLI and the editor both read,
 * so that CI and editor agree. Pure: text in, options and problems out.
 */
import { parseDocument } from 'yaml';
import { quotedExcerpt } from './controlCharacters';
import { asRecord } from './data';
import { LOCALES, type Locale } from './i18n/locale';
import type { Level } from './types';

export const PROJECT_FILE_NAME = '.outsourcing-policy.yaml';

export interface ProjectConfig {
  level?: Level;
  maxDocumentSize?: number;
  /** Findings reported per file at most. */
  maxFindings?: number;
  /** Extra glob patterns (relative to the project root) of policy files with other names. */
  extraGlobs?: string[];
  /** CLI only: which severity fails the check. */
  failOn?: 'error' | 'warning' | 'info' | 'never';
  /**
   * The language of messages and reports (`en` or `de`), a team's explicit choice: it wins over
   * the environment (`LANG`), only `--locale` or the editor's own setting overrides it.
   */
  locale?: Locale;
}

export interface ProjectConfigResult {
  config: ProjectConfig;
  /** Plain-words problems with the file; the offending options are ignored. */
  problems: string[];
}

const LEVELS = ['basic', 'standard', 'increased'];
const FAIL_ON = ['error', 'warning', 'info', 'never'];
const KNOWN = ['level', 'maxDocumentSize', 'maxFindings', 'extraGlobs', 'failOn', 'locale'];
/** Keys other tools use to point at schemas; refused with a clear reason. */
const SCHEMA_KEYS = ['schema', '$schema', 'schemas', 'schemaUrl'];

function isSafeGlob(glob: string): boolean {
  return (
    !glob.startsWith('/') &&
    !/^[A-Za-z]:/.test(glob) &&
    !glob.split(/[\\/]/).includes('..') &&
    !/^[a-z]+:\/\//i.test(glob)
  );
}

function invalid(problem: string): ProjectConfigResult {
  return { config: {}, problems: [problem] };
}

/**
 * A value as the user wrote it, for messages: a short, escaped excerpt (the file may not be the
 * user's own), and safe for the cyclic data aliases can build.
 */
function shown(value: unknown): string {
  if (typeof value === 'string') return quotedExcerpt(value);
  if (value === null || typeof value !== 'object') return quotedExcerpt(String(value)).slice(1, -1);
  return Array.isArray(value) ? 'a list' : 'a mapping';
}

export function parseProjectConfig(text: string): ProjectConfigResult {
  const problems: string[] = [];
  const doc = parseDocument(text, { prettyErrors: false, logLevel: 'error' });
  if (doc.errors.length)
    return invalid(`${PROJECT_FILE_NAME} is not valid YAML: ${doc.errors[0].message}`);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 10 });
  } catch {
    return invalid(`${PROJECT_FILE_NAME} expands too many aliases (*name) to be read`);
  }
  const data = asRecord(value ?? {});
  if (!data)
    return invalid(`${PROJECT_FILE_NAME} must be a mapping of options (${KNOWN.join(', ')})`);
  const config: ProjectConfig = {};
  for (const key of Object.keys(data).filter((k) => SCHEMA_KEYS.includes(k))) {
    problems.push(
      `${PROJECT_FILE_NAME}: ${key} is not supported: the checker validates only against its built-in schemas and never loads a schema from a URL or another file`,
    );
  }
  for (const key of Object.keys(data).filter((k) => !KNOWN.includes(k) && !SCHEMA_KEYS.includes(k)))
    problems.push(
      `${PROJECT_FILE_NAME}: unknown option ${quotedExcerpt(key)} (known: ${KNOWN.join(', ')})`,
    );
  if (data.level !== undefined) {
    if (LEVELS.includes(String(data.level))) config.level = data.level as Level;
    else
      problems.push(
        `${PROJECT_FILE_NAME}: level must be one of ${LEVELS.join(', ')}, not ${shown(data.level)}`,
      );
  }
  if (data.failOn !== undefined) {
    if (FAIL_ON.includes(String(data.failOn)))
      config.failOn = data.failOn as ProjectConfig['failOn'];
    else
      problems.push(
        `${PROJECT_FILE_NAME}: failOn must be one of ${FAIL_ON.join(', ')}, not ${shown(data.failOn)}`,
      );
  }
  if (data.locale !== undefined) {
    if ((LOCALES as readonly string[]).includes(String(data.locale)))
      config.locale = data.locale as Locale;
    else
      problems.push(
        `${PROJECT_FILE_NAME}: locale must be one of ${LOCALES.join(', ')}, not ${shown(data.locale)}`,
      );
  }
  if (data.maxDocumentSize !== undefined) {
    if (Number.isInteger(data.maxDocumentSize) && (data.maxDocumentSize as number) > 0)
      config.maxDocumentSize = data.maxDocumentSize as number;
    else
      problems.push(
        `${PROJECT_FILE_NAME}: maxDocumentSize must be a positive whole number of characters`,
      );
  }
  if (data.maxFindings !== undefined) {
    if (Number.isInteger(data.maxFindings) && (data.maxFindings as number) > 0)
      config.maxFindings = data.maxFindings as number;
    else problems.push(`${PROJECT_FILE_NAME}: maxFindings must be a positive whole number`);
  }
  if (data.extraGlobs !== undefined) {
    const globs = Array.isArray(data.extraGlobs)
      ? data.extraGlobs.filter((g): g is string => typeof g === 'string')
      : [];
    const unsafe = globs.filter((g) => !isSafeGlob(g));
    if (!Array.isArray(data.extraGlobs) || globs.length !== data.extraGlobs.length)
      problems.push(`${PROJECT_FILE_NAME}: extraGlobs must be a list of glob patterns`);
    for (const glob of unsafe)
      problems.push(
        `${PROJECT_FILE_NAME}: extraGlobs entry ${quotedExcerpt(glob)} points outside the project; only relative patterns inside it are allowed`,
      );
    config.extraGlobs = globs.filter(isSafeGlob);
  }
  return { config, problems };
}
