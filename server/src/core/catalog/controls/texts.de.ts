/** Die deutschen Wörter rund um die zugehörigen Anforderungen einer Maßnahme. */
import type { TranslationOf } from '../../i18n/catalogue';
import type { en } from './texts.en';

export const de: TranslationOf<typeof en> = {
  heading: 'Zugehörige Anforderungen und Maßnahmen',
  kompendium: 'IT-Grundschutz-Kompendium 2022: {id}',
  annexA: 'ISO/IEC 27001:2022 Anhang A',
  annexAFacts: 'ISO/IEC 27001:2022 Anhang A: {controls}',
  grundschutz: 'Grundschutz++',
  grundschutzFacts: 'Grundschutz++: {controls}',
  mapsTo: '{relationship} Grundschutz++ (Eintrag {mapUuid} der BSI-Zuordnung):',
  noMapping: 'keine Zuordnung zu Grundschutz++',
  notInCatalog: 'nicht in der Katalogversion enthalten',
  titlesInGerman: 'Titel der Grundschutz++-Anforderungen wie vom BSI veröffentlicht.',
  measureToAnnexA: 'Maßnahme → Anhang A: Einschätzung dieses Projekts.',
  annexAToGrundschutz:
    'Anhang A → Grundschutz++: BSI-Zuordnungssammlung „{title}“, Version {version}; `subset-of` heißt, die Maßnahme aus Anhang A deckt einen Teil dessen ab, was die Grundschutz++-Anforderungen verlangen, `equivalent-to` dasselbe.',
  more: 'und {count} weitere, siehe `outsourcing-policy explain {measure}`',
  reachedBy: 'Maßnahmen, die {id} erreichen (über Anhang A, BSI-Zuordnung):',
  details: 'Titel und Quellen: `outsourcing-policy explain {measure}`',
};
