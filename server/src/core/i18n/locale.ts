/**
 * The languages the product speaks and how one is chosen. Ids, field paths and rule ids never
 * change with the locale; only the texts a person reads do.
 */
export const LOCALES = ['en', 'de'] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** One value per locale: TypeScript refuses a catalogue that lacks a language. */
export type Localized<T> = { readonly [L in Locale]: T };

/**
 * The product locale a locale tag names: `de`, `de-DE`, `de_AT.UTF-8` -> `de`; `en`, `en-GB`,
 * `C`, `POSIX` -> `en`; anything else (or nothing) -> undefined, so that the caller falls back.
 */
export function parseLocale(tag: string | undefined | null): Locale | undefined {
  if (!tag) return undefined;
  const language = tag
    .trim()
    .toLowerCase()
    .split(/[-_.@]/)[0];
  if (language === 'de') return 'de';
  if (language === 'en' || language === 'c' || language === 'posix') return 'en';
  return undefined;
}

/**
 * The locale of a command-line environment, as POSIX decides it: `LC_ALL`, then `LC_MESSAGES`,
 * then `LANG`; the first that is set wins. Unknown languages fall back to English.
 */
export function localeFromEnvironment(env: Readonly<Record<string, string | undefined>>): Locale {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value) return parseLocale(value) ?? DEFAULT_LOCALE;
  }
  return DEFAULT_LOCALE;
}

/** The first locale that is set and known, else English: `chooseLocale(flag, projectFile, env)`. */
export function chooseLocale(...candidates: (string | undefined | null)[]): Locale {
  for (const candidate of candidates) {
    const locale = parseLocale(candidate);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}
