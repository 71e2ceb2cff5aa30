/** Die deutschen Texte der Autovervollständigung: Details und Erläuterungen zu Schlüsseln und Werten. */
import type { TranslationOf } from '../../i18n/catalogue';
import type { en } from './texts.en';

export const de: TranslationOf<typeof en> = {
  obligation: {
    must: 'muss',
    should: 'sollte',
    optional: 'optional',
  },
  obligationLabel: {
    must: 'Pflichtangabe (MUSS)',
    should: 'empfohlen (SOLLTE)',
    optional: 'optional',
  },
  expected: 'Erwartet wird: {type}.',
  clauseLabel: '{label} (Klausel)',
  clauseDetail: '{measure} · Klausel',
  classificationLevel: 'Klassifizierungsstufe',
  today: 'heute',
  durations: {
    PT4H: '4 Stunden',
    P1D: '1 Tag',
    P30D: '30 Tage',
    P3M: '3 Monate',
    P1Y: '1 Jahr',
  },
};
