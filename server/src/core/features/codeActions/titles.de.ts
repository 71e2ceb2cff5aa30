/** Die Titel der Schnellkorrekturen auf Deutsch. */
import type { TranslationOf } from '../../i18n/catalogue';
import type { en } from './titles.en';

export const de: TranslationOf<typeof en> = {
  replaceWith: 'Durch {value} ersetzen',
  putInQuotes: '{value} in Anführungszeichen setzen',
  setTrue: 'Auf true setzen (bitte prüfen, ob das wirklich zutrifft)',
  changeTo: 'In {value} ändern',
  replaceTab: 'Tabulator durch Leerzeichen ersetzen',
  changeApiVersion: 'apiVersion auf {apiVersion} ändern',
  insertHeader: '{header} einfügen',
  insertHeaderAndKind: '{header} und {kindLine} einfügen',
  insertKind: 'kind: {kind} einfügen',
  addValue: '{key}: {value} ergänzen',
  addValueToConfirm: '{key}: {value} ergänzen (bitte prüfen, ob das wirklich zutrifft)',
  addWithPlaceholders: '{key} mit Platzhaltern ergänzen',
  addWithPlaceholdersToConfirm:
    '{key} mit Platzhaltern ergänzen (bitte die auf true gesetzten Werte prüfen)',
  insertClause: 'Vorlage „{label}“ einfügen',
  insertNamedClause: 'Vorlage „{label}“ einfügen',
  addWaiver: 'Begründete Abweichung für {measure} ergänzen',
  fixAll: 'Alle automatisch behebbaren Probleme beheben',
};
