/**
 * The measures catalogue in a locale, for the CLI's reports and the generated docs. The one
 * seam between them and `measures.ts`: when the catalogue has no text of a locale yet, the
 * English text stands in.
 */
import type { Locale } from '../i18n/locale';
import { MEASURES, type MeasureInfo } from './measures';

export function measuresIn(locale: Locale): readonly MeasureInfo[] {
  void locale; // German measure texts come with catalog/measures.ts per locale
  return MEASURES;
}
