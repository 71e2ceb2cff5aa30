/** Die deutschen Texte von `outsourcing-policy explain` rund um die Texte des Katalogs. */
import type { TranslationOf } from '../i18n/catalogue';
import type { en } from './explainTexts.en';

export const de: TranslationOf<typeof en> = {
  measureFacts: 'Kompendium {kompendium} · {tier} · Abschnitte: {sections}',
  asks: 'Die Maßnahme verlangt:',
  fieldsIn: {
    Engagement: 'Felder im Outsourcing-Vorhaben (Engagement):',
    DataConnectionAgreement: 'Felder in der Netzanbindungsvereinbarung (DataConnectionAgreement):',
  },
  fieldsMore: 'Jedes Feld mit Beschreibung und Beispiel finden Sie in {page}',
  ruleFacts: 'Schweregrad: {severity} · Maßnahme: {measure}',
  severity: {
    error: 'Fehler',
    warning: 'Warnung',
    info: 'Hinweis',
    varies: 'je nach Fall',
  },
  measureOfField: 'die Maßnahme des betroffenen Feldes',
  noMeasure: 'keine',
  howToFix: 'Behebung: {fix}',
  insteadOf: 'Statt:',
  write: 'besser:',
  documentation: 'Dokumentation: {page}',
};
