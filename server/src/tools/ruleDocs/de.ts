/** Die Wörter der erzeugten Regel- und Maßnahmenseiten auf Deutsch; Schlüssel wie in `en.ts`. */
import type { TranslationOf } from '../../core/i18n/catalogue';
import type { DocTexts } from './en';

export const de: TranslationOf<DocTexts> = {
  generated:
    '<!-- Erzeugt von server/src/tools/writeRuleDocs.ts aus server/src/core/catalog; bitte nicht von Hand ändern. -->',
  tier: {
    basic: 'Basis-Anforderung',
    standard: 'Standard-Anforderung',
    high: 'Anforderung bei erhöhtem Schutzbedarf',
  },
  severity: {
    error: 'Fehler',
    warning: 'Warnung',
    info: 'Hinweis',
    varies: 'je nach Fall (siehe unten)',
  },
  rule: {
    severity: 'Schweregrad',
    measure: 'Maßnahme',
    whenItFires: 'Wann die Regel anschlägt',
    howToFix: 'Behebung',
    example: 'Beispiel',
    reported: 'Gemeldet wird:',
    fixed: 'Korrigiert:',
    allRules: 'Alle Regeln',
    allMeasures: 'Alle Maßnahmen',
    noMeasure: 'keine (ein Problem der Datei selbst, nicht einer Maßnahme)',
    fieldMeasure:
      'die Maßnahme des Feldes oder Eintrags, um den es im Befund geht ([Liste der Maßnahmen]({link}))',
    annexA: 'ISO/IEC 27001:2022 Anhang A',
    grundschutz: 'Grundschutz++',
    grundschutzNote: '{controls} (über Anhang A, BSI-Zuordnung; [Titel und Quellen]({link}))',
  },
  index: {
    title: 'Regeln',
    intro: [
      'Jeder Befund der Prüfung trägt eine dieser Regel-IDs (im Editor der `code` der Diagnose, in SARIF die `ruleId`).',
      'Schweregrad „je nach Fall“ heißt: Die Regel meldet je nach Sachverhalt einen Fehler oder eine Warnung; wann, steht auf der Seite der Regel.',
      'Die Maßnahme „des Feldes“ ist die Maßnahme, zu der das YAML-Feld oder der Eintrag des Befunds gehört.',
      'Was jede Maßnahme von OPS.3.1 verlangt, beschreibt [die Übersicht der Maßnahmen](../measures.md).',
    ].join('\n'),
    rule: 'Regel',
    severity: 'Schweregrad',
    measure: 'Maßnahme',
    summary: 'Kurzbeschreibung',
    ofTheField: 'des Feldes',
  },
};
