/** The texts of navigation in the requested locale. */
import type { TranslationOf } from '../../i18n/catalogue';
import type { Locale } from '../../i18n/locale';
import { de } from './texts.de';
import { en } from './texts.en';

export type NavigationTexts = TranslationOf<typeof en>;

export const NAVIGATION_TEXTS: Readonly<Record<Locale, NavigationTexts>> = { en, de };

export function navigationTexts(locale: Locale | undefined): NavigationTexts {
  return NAVIGATION_TEXTS[locale ?? 'en'];
}
