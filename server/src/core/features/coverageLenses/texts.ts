/** The texts of the coverage code lenses in the requested locale. */
import type { TranslationOf } from '../../i18n/catalogue';
import type { Locale } from '../../i18n/locale';
import { de } from './texts.de';
import { en } from './texts.en';

export type CoverageLensTexts = TranslationOf<typeof en>;

export const COVERAGE_LENS_TEXTS: Readonly<Record<Locale, CoverageLensTexts>> = { en, de };
