/**
 * The options in force: the editor settings, overridden by the project file
 * `.outsourcing-policy.yaml` where it sets an option (so that editor and CI agree).
 */
import {
  DEFAULT_LOCALE,
  parseLocale,
  parseProjectConfig,
  type Locale,
  type ProjectConfig,
  type ValidationOptions,
} from '../core';
import {
  DEFAULT_SETTINGS,
  LOCALE_SETTINGS,
  type LocaleSetting,
  type ServerSettings,
} from './protocol';

export interface EffectiveSettings {
  options: Omit<ValidationOptions, 'today'> & { locale: Locale };
  delay: number;
  extraGlobs: string[];
  levelSource: 'settings' | 'project file';
  /** Problems with the project file, to be shown to the user. */
  problems: string[];
}

function pick<T>(value: unknown, valid: (v: unknown) => boolean, fallback: T): T {
  return valid(value) ? (value as T) : fallback;
}

/** Settings as the client sent them, with anything missing or malformed replaced by defaults. */
export function normalizeSettings(raw: unknown): ServerSettings {
  const record = (raw ?? {}) as Partial<Record<'validation' | 'files', Record<string, unknown>>> & {
    locale?: unknown;
  };
  const validation = record.validation ?? {};
  const files = record.files ?? {};
  const defaults = DEFAULT_SETTINGS;
  return {
    locale: pick(
      record.locale,
      (v) => LOCALE_SETTINGS.includes(v as LocaleSetting),
      defaults.locale,
    ),
    validation: {
      level: pick(
        validation.level,
        (v) => v === 'basic' || v === 'standard' || v === 'increased',
        defaults.validation.level,
      ),
      delay: pick(
        validation.delay,
        (v) => typeof v === 'number' && v >= 0 && v <= 5000,
        defaults.validation.delay,
      ),
      maxDocumentSize: pick(
        validation.maxDocumentSize,
        (v) => typeof v === 'number' && v > 0,
        defaults.validation.maxDocumentSize,
      ),
      maxFindings: pick(
        validation.maxFindings,
        (v) => Number.isInteger(v) && (v as number) > 0,
        defaults.validation.maxFindings,
      ),
    },
    files: {
      extraGlobs: pick(
        files.extraGlobs,
        (v) => Array.isArray(v) && v.every((g) => typeof g === 'string'),
        defaults.files.extraGlobs,
      ),
    },
  };
}

/**
 * The locale texts are rendered in: the setting when it names one, else the project file's
 * `locale` (a team's explicit choice), else the editor's own (`InitializeParams.locale`,
 * `de-DE` -> `de`), else English.
 */
export function localeOf(
  setting: LocaleSetting,
  clientLocale: string | undefined,
  projectLocale?: Locale,
): Locale {
  if (setting !== 'auto') return setting;
  return projectLocale ?? parseLocale(clientLocale) ?? DEFAULT_LOCALE;
}

/** The project file's options and its problems, the problems written in the locale in force. */
function readProjectFile(
  text: string | undefined,
  localeFor: (config: ProjectConfig) => Locale,
): { config: ProjectConfig; problems: string[]; locale: Locale } {
  if (text === undefined) return { config: {}, problems: [], locale: localeFor({}) };
  const first = parseProjectConfig(text);
  const locale = localeFor(first.config);
  return { ...(locale === DEFAULT_LOCALE ? first : parseProjectConfig(text, locale)), locale };
}

export function effectiveSettings(
  settings: ServerSettings,
  projectFileText: string | undefined,
  clientLocale?: string,
): EffectiveSettings {
  const project = readProjectFile(projectFileText, (config) =>
    localeOf(settings.locale, clientLocale, config.locale),
  );
  const { config } = project;
  return {
    options: {
      level: config.level ?? settings.validation.level,
      maxDocumentSize: config.maxDocumentSize ?? settings.validation.maxDocumentSize,
      maxFindings: config.maxFindings ?? settings.validation.maxFindings,
      locale: project.locale,
    },
    delay: settings.validation.delay,
    extraGlobs: [...settings.files.extraGlobs, ...(config.extraGlobs ?? [])],
    levelSource: config.level ? 'project file' : 'settings',
    problems: project.problems,
  };
}
