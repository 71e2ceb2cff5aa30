/**
 * The words of the OSCAL document in English and German (German with the terms of the project's
 * glossary: Befund, Umsetzungsstand, begründete Abweichung …). Placeholders are `{name}`.
 */
import type { Locale } from '../i18n/locale';

const en = {
  documentTitle: 'Outsourcing Policy: assessment results of the OPS.3.1 check',
  resultTitle: 'Automated check of outsourcing documents against BSI IT-Grundschutz OPS.3.1',
  resultDescription:
    'Outsourcing Policy {version} checked the outsourcing engagements and data connection ' +
    'agreements against OPS.3.1 (measures M1-M16) at the {level} level, reference date ' +
    '{today}. Files checked: {files}. Diagnostics: {observations}. Open measures: {findings} ' +
    'in {engagements} engagements.',
  planTitle: 'No assessment plan',
  planDescription:
    'No assessment plan: automated document check by Outsourcing Policy {version}. There is no ' +
    'OSCAL assessment plan; the reviewed controls are the measures OPS.3.1.M1-M16 and the ' +
    'Grundschutz++ controls they reach.',
  planRemarks: 'Placeholder: see the back-matter resource "No assessment plan".',
  measuresSelection: 'The measures OPS.3.1.M1-M16 of BSI IT-Grundschutz (OPS.3.1 Outsourcing).',
  grundschutzSelection:
    'The Grundschutz++ controls the measures reach through ISO/IEC 27001:2022 Annex A and the ' +
    "BSI's mapping collection.",
  platformTitle: 'Outsourcing Policy {version}',
  componentTitle: 'Engagement {id}',
  componentDescription: 'Outsourcing engagement {id} ({title}), written in {file}.',
  findingTitle: '{measure} {title}: {status}',
  findingDescription:
    'Engagement {engagement} ({file}): measure {measure} ({title}) is {status}. Errors: ' +
    '{errors}, warnings: {warnings}. Grundschutz++ controls: {controls}.',
  noControls: 'none',
  statusRemarks: {
    failing: 'At least one error finding of the measure (a missing required section counts).',
    partial: 'Warnings of the measure that no waiver silences.',
    pending:
      "None of the measure's sections is required at the engagement's status and none is present.",
    waived: "The measure's only findings are silenced by waivers in force.",
  },
  evidence: '{file}, line {line}, column {column}',
  via: 'via {annexA} ({relationship}), BSI mapping entry {mapUuid}',
  notInCatalog: 'not in the shipped version of the Grundschutz++ catalog',
  sourceDescription:
    'Source of the Grundschutz++ control ids, titles and mapping links: {file}. {attribution}',
} as const;

/** The open statuses: those a finding is written for. */
export type OpenStatus = keyof (typeof en)['statusRemarks'];

type OscalTexts = {
  [K in keyof typeof en]: (typeof en)[K] extends string ? string : Record<OpenStatus, string>;
};

const de: OscalTexts = {
  documentTitle: 'Outsourcing Policy: Prüfergebnisse der OPS.3.1-Prüfung',
  resultTitle: 'Automatische Prüfung von Outsourcing-Dokumenten gegen BSI IT-Grundschutz OPS.3.1',
  resultDescription:
    'Outsourcing Policy {version} hat die Outsourcing-Vorhaben und ' +
    'Netzanbindungsvereinbarungen gegen OPS.3.1 (Maßnahmen M1-M16) auf der Stufe {level} geprüft, ' +
    'Stichtag {today}. Geprüfte Dateien: {files}. Befunde: {observations}. Offene Maßnahmen: ' +
    '{findings} in {engagements} Outsourcing-Vorhaben.',
  planTitle: 'Kein Prüfplan',
  planDescription:
    'Kein Prüfplan: automatische Dokumentenprüfung durch Outsourcing Policy {version}. Es gibt ' +
    'keinen OSCAL-Prüfplan (assessment plan); geprüft wurden die Maßnahmen OPS.3.1.M1-M16 und ' +
    'die Grundschutz++-Anforderungen, zu denen sie führen.',
  planRemarks: 'Platzhalter: siehe die Ressource „Kein Prüfplan“ im Anhang (back-matter).',
  measuresSelection: 'Die Maßnahmen OPS.3.1.M1-M16 des BSI IT-Grundschutz (OPS.3.1 Outsourcing).',
  grundschutzSelection:
    'Die Grundschutz++-Anforderungen, zu denen die Maßnahmen über ISO/IEC 27001:2022 Anhang A ' +
    'und die Zuordnung des BSI führen.',
  platformTitle: 'Outsourcing Policy {version}',
  componentTitle: 'Outsourcing-Vorhaben {id}',
  componentDescription: 'Outsourcing-Vorhaben {id} ({title}), beschrieben in {file}.',
  findingTitle: '{measure} {title}: {status}',
  findingDescription:
    'Outsourcing-Vorhaben {engagement} ({file}): Maßnahme {measure} ({title}) ist {status}. ' +
    'Fehler: {errors}, Warnungen: {warnings}. Grundschutz++-Anforderungen: {controls}.',
  noControls: 'keine',
  statusRemarks: {
    failing:
      'Mindestens ein Befund der Maßnahme mit Schweregrad Fehler (ein fehlender Pflichtabschnitt zählt mit).',
    partial: 'Warnungen der Maßnahme, die keine begründete Abweichung abdeckt.',
    pending:
      'Beim Status des Outsourcing-Vorhabens ist noch keiner der Abschnitte der Maßnahme ' +
      'gefordert, und keiner ist vorhanden.',
    waived: 'Alle Befunde der Maßnahme sind durch gültige begründete Abweichungen abgedeckt.',
  },
  evidence: '{file}, Zeile {line}, Spalte {column}',
  via: 'über {annexA} ({relationship}), Eintrag {mapUuid} der BSI-Zuordnung',
  notInCatalog: 'nicht in der ausgelieferten Fassung des Grundschutz++-Katalogs',
  sourceDescription:
    'Quelle der Kennungen, Titel und Zuordnungen der Grundschutz++-Anforderungen: {file}. {attribution}',
};

export const OSCAL_TEXTS: Readonly<Record<Locale, OscalTexts>> = { en, de };
