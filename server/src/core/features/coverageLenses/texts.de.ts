/** Die deutschen Texte der Code Lenses zum Umsetzungsstand der Maßnahmen. */
import type { TranslationOf } from '../../i18n/catalogue';
import type { en } from './texts.en';

export const de: TranslationOf<typeof en> = {
  summary: '{fulfilled} von {total} Maßnahmen erfüllt',
  statusCount: '{count} {status}',
  errors: { one: '1 Fehler', other: '{count} Fehler' },
  warnings: { one: '1 Warnung', other: '{count} Warnungen' },
  waivers: { one: '1 Abweichung', other: '{count} Abweichungen' },
  waivedWith: '{status} ({waivers})',
  ofEngagement: '{measure} des Outsourcing-Vorhabens {engagement}',
};
