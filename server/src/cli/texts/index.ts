/** The command line's texts in a locale, with placeholders filled and counted words inflected. */
import type { Locale } from '../../core';
import { de } from './de';
import { en, type CliTexts } from './en';

const CATALOGUES: Readonly<Record<Locale, CliTexts>> = { en, de };

export type { CliTexts };

export function cliTexts(locale: Locale): CliTexts {
  return CATALOGUES[locale];
}

/** The template with every `{name}` replaced; an unknown name stays visible so tests catch it. */
export function fill(template: string, args: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (whole, name: string) =>
    name in args ? String(args[name]) : whole,
  );
}

/** A word with its count in the right form: `1 error`, `2 errors`; `1 Warnung`, `2 Warnungen`. */
export function counted(locale: Locale, word: keyof CliTexts['counts'], count: number): string {
  const forms = CATALOGUES[locale].counts[word];
  return fill(count === 1 ? forms.one : forms.other, { count });
}
