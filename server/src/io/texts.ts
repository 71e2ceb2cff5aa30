/** The io layer's phrases in a locale. */
import { DEFAULT_LOCALE, type Locale } from '../core/i18n/locale';
import { ioTextsDe } from './texts.de';
import { ioTexts, type IoTexts } from './texts.en';

const TEXTS: Readonly<Record<Locale, IoTexts>> = { en: ioTexts, de: ioTextsDe };

type PhraseKey = Exclude<keyof IoTexts, 'kind'>;

/** A phrase with its placeholders filled. */
export function ioText(
  locale: Locale | undefined,
  key: PhraseKey,
  args: Readonly<Record<string, string | number>> = {},
): string {
  return TEXTS[locale ?? DEFAULT_LOCALE][key].replace(/\{([A-Za-z]+)\}/g, (whole, name: string) =>
    name in args ? String(args[name]) : whole,
  );
}

/** What a thing that is not a regular file is: `a folder`, `ein Ordner`. */
export function kindText(locale: Locale | undefined, kind: keyof IoTexts['kind']): string {
  return TEXTS[locale ?? DEFAULT_LOCALE].kind[kind];
}
