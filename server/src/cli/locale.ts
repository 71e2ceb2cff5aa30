/**
 * Which language the command line speaks. `--locale` wins; then the project file's `locale`
 * (a setting the team committed with its documents); then the environment (`LC_ALL`,
 * `LC_MESSAGES`, `LANG`, as POSIX orders them); then English. The choice is made before the
 * command line is fully parsed, so that even a usage error comes in the user's language.
 */
import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import { LOCALES, localeFromEnvironment, type Locale } from '../core';
import { parseProjectConfig, PROJECT_FILE_NAME, type ProjectConfigResult } from '../core';
import { PROJECT_FILE_MAX_BYTES, readRegularFile } from '../io/readRegularFile';

export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * The project file, read as `check` reads it: the default one must be a regular file inside the
 * current folder; a missing default file means no options. A file that cannot be read gives
 * its reason as `unreadable`.
 */
export function readProjectFile(
  explicit: string | undefined,
  locale: Locale = 'en',
): ProjectConfigResult | { unreadable: string; file: string } {
  const file = explicit ?? PROJECT_FILE_NAME;
  if (explicit === undefined && !exists(file)) return { config: {}, problems: [] };
  // the default project file is part of the checked-out tree: it must not lead out of it
  const root = explicit === undefined ? process.cwd() : undefined;
  const read = readRegularFile(file, { maxBytes: PROJECT_FILE_MAX_BYTES, root, locale });
  if ('problem' in read) return { unreadable: read.problem, file };
  return parseProjectConfig(read.text, locale);
}

/** Whether something (even a dangling link) has this name. */
function exists(file: string): boolean {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

/** `--locale` and `--config` as given, without judging the rest of the command line. */
function earlyOptions(argv: readonly string[]): { locale?: string; config?: string } {
  try {
    const { values } = parseArgs({
      args: [...argv],
      strict: false,
      allowPositionals: true,
      options: { locale: { type: 'string' }, config: { type: 'string' } },
    });
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    return { locale: text(values.locale), config: text(values.config) };
  } catch {
    return {};
  }
}

/** The locale of a command line; never fails (a wrong `--locale` is reported later, in this locale). */
export function commandLineLocale(argv: readonly string[], env: Environment): Locale {
  const early = earlyOptions(argv);
  const flag = LOCALES.find((locale) => locale === early.locale);
  if (flag) return flag;
  const project = readProjectFile(early.config);
  const fromProject = 'config' in project ? project.config.locale : undefined;
  return fromProject ?? localeFromEnvironment(env);
}
