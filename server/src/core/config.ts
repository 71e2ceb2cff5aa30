/**
 * The project file `.outsourcing-policy.yaml`: options that the CLI and the editor both read,
 * so that CI and editor agree. Pure: text in, options and problems out.
 */
import { parseDocument } from 'yaml';
import { quotedExcerpt } from './controlCharacters';
import { configTexts, type ConfigTexts } from './config.texts.en';
import { configTextsDe } from './config.texts.de';
import { asRecord } from './data';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './i18n/locale';
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

const TEXTS: Readonly<Record<Locale, ConfigTexts>> = { en: configTexts, de: configTextsDe };

/** A problem of the project file in `locale`; `{file}` is always the project file's name. */
function problemText(
  locale: Locale,
  key: keyof ConfigTexts,
  args: Readonly<Record<string, string>> = {},
): string {
  const values: Record<string, string> = { file: PROJECT_FILE_NAME, ...args };
  return TEXTS[locale][key].replace(
    /\{([A-Za-z]+)\}/g,
    (whole, name: string) => values[name] ?? whole,
  );
}

/** What a list or mapping is called where a single value was expected, per locale. */
const COLLECTION_NAMES: Readonly<Record<Locale, { list: string; mapping: string }>> = {
  en: { list: 'a list', mapping: 'a mapping' },
  de: { list: 'eine Liste', mapping: 'eine Zuordnung' },
};

/**
 * A value as the user wrote it, for messages: a short, escaped excerpt (the file may not be the
 * user's own), and safe for the cyclic data aliases can build.
 */
function shown(value: unknown, locale: Locale): string {
  if (typeof value === 'string') return quotedExcerpt(value);
  if (value === null || typeof value !== 'object') return quotedExcerpt(String(value)).slice(1, -1);
  const names = COLLECTION_NAMES[locale];
  return Array.isArray(value) ? names.list : names.mapping;
}

/**
 * The options of a project file and its problems, written in `locale` (the options themselves
 * do not depend on it).
 */
export function parseProjectConfig(
  text: string,
  locale: Locale = DEFAULT_LOCALE,
): ProjectConfigResult {
  const say = (key: keyof ConfigTexts, args?: Record<string, string>) =>
    problemText(locale, key, args);
  const invalid = (problem: string): ProjectConfigResult => ({ config: {}, problems: [problem] });
  const doc = parseDocument(text, { prettyErrors: false, logLevel: 'error' });
  if (doc.errors.length) return invalid(say('notYaml', { reason: doc.errors[0].message }));
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 10 });
  } catch {
    return invalid(say('aliases'));
  }
  const data = asRecord(value ?? {});
  if (!data) return invalid(say('notMapping', { known: KNOWN.join(', ') }));
  const problems: string[] = [];
  for (const key of Object.keys(data).filter((k) => SCHEMA_KEYS.includes(k)))
    problems.push(say('schemaKey', { key }));
  for (const key of Object.keys(data).filter((k) => !KNOWN.includes(k) && !SCHEMA_KEYS.includes(k)))
    problems.push(say('unknownOption', { key: quotedExcerpt(key), known: KNOWN.join(', ') }));
  const config: ProjectConfig = {};
  const choice = <T extends string>(option: string, allowed: readonly string[]): T | undefined => {
    if (data[option] === undefined) return undefined;
    if (allowed.includes(String(data[option]))) return data[option] as T;
    const args = { option, allowed: allowed.join(', '), value: shown(data[option], locale) };
    problems.push(say('oneOf', args));
    return undefined;
  };
  const level = choice<Level>('level', LEVELS);
  if (level) config.level = level;
  const failOn = choice<NonNullable<ProjectConfig['failOn']>>('failOn', FAIL_ON);
  if (failOn) config.failOn = failOn;
  const chosenLocale = choice<Locale>('locale', LOCALES);
  if (chosenLocale) config.locale = chosenLocale;
  readNumbers(data, config, (key) => problems.push(say(key)));
  if (data.extraGlobs !== undefined) {
    const globs = Array.isArray(data.extraGlobs)
      ? data.extraGlobs.filter((g): g is string => typeof g === 'string')
      : [];
    const unsafe = globs.filter((g) => !isSafeGlob(g));
    if (!Array.isArray(data.extraGlobs) || globs.length !== data.extraGlobs.length)
      problems.push(say('globList'));
    for (const glob of unsafe) problems.push(say('globOutside', { glob: quotedExcerpt(glob) }));
    config.extraGlobs = globs.filter(isSafeGlob);
  }
  return { config, problems };
}

/** `maxDocumentSize` and `maxFindings`: positive whole numbers. */
function readNumbers(
  data: Readonly<Record<string, unknown>>,
  config: ProjectConfig,
  problem: (key: 'maxDocumentSize' | 'maxFindings') => void,
): void {
  for (const key of ['maxDocumentSize', 'maxFindings'] as const) {
    const value = data[key];
    if (value === undefined) continue;
    if (typeof value === 'number' && Number.isInteger(value) && value > 0) config[key] = value;
    else problem(key);
  }
}
