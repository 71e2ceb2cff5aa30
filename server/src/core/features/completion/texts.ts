/** The texts of completion in the requested locale. */
import type { TranslationOf } from '../../i18n/catalogue';
import type { Locale } from '../../i18n/locale';
import { de } from './texts.de';
import { en } from './texts.en';

export type CompletionTexts = TranslationOf<typeof en>;

export const COMPLETION_TEXTS: Readonly<Record<Locale, CompletionTexts>> = { en, de };

export function completionTexts(locale: Locale | undefined): CompletionTexts {
  return COMPLETION_TEXTS[locale ?? 'en'];
}
