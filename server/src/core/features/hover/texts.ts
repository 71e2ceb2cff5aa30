/** The texts of hovers in the requested locale. */
import type { TranslationOf } from '../../i18n/catalogue';
import type { Locale } from '../../i18n/locale';
import { de } from './texts.de';
import { en } from './texts.en';

export type HoverTexts = TranslationOf<typeof en>;

export const HOVER_TEXTS: Readonly<Record<Locale, HoverTexts>> = { en, de };

export function hoverTexts(locale: Locale | undefined): HoverTexts {
  return HOVER_TEXTS[locale ?? 'en'];
}
