/**
 * The sixteen measures of building block OPS.3.1, defined once: their ids, the Kompendium
 * requirement each matches, their tier, their short titles in every locale and the top-level
 * sections they govern. Schema, rules, catalogue, hovers and coverage all ask this module.
 */
import type { Localized } from '../i18n/locale';

export const MEASURE_IDS = [
  'OPS.3.1.M1',
  'OPS.3.1.M2',
  'OPS.3.1.M3',
  'OPS.3.1.M4',
  'OPS.3.1.M5',
  'OPS.3.1.M6',
  'OPS.3.1.M7',
  'OPS.3.1.M8',
  'OPS.3.1.M9',
  'OPS.3.1.M10',
  'OPS.3.1.M11',
  'OPS.3.1.M12',
  'OPS.3.1.M13',
  'OPS.3.1.M14',
  'OPS.3.1.M15',
  'OPS.3.1.M16',
] as const;

/** `OPS.3.1.M1` … `OPS.3.1.M16`. */
export type MeasureId = (typeof MEASURE_IDS)[number];

/** basic (A1), standard (A2-A15) or for high protection needs (A16). */
export type MeasureTier = 'basic' | 'standard' | 'high';

/** The one spelling of a measure id, anchored: the schema's `pattern` for measure fields. */
export const MEASURE_ID_PATTERN = '^OPS\\.3\\.1\\.M([1-9]|1[0-6])$';

/** The same spelling for searching in running text (no anchors; not followed by a digit). */
export const MEASURE_ID_SOURCE = 'OPS\\.3\\.1\\.M(?:[1-9]|1[0-6])(?![0-9])';

const EXACT_MEASURE_ID = new RegExp(MEASURE_ID_PATTERN);

/** Whether `value` is one of the sixteen measure ids, spelled exactly. */
export function isMeasureId(value: unknown): value is MeasureId {
  return typeof value === 'string' && EXACT_MEASURE_ID.test(value);
}

/** Every measure id written in `text`, with its offsets (`end` exclusive). */
export function measureIdsIn(text: string): { id: MeasureId; start: number; end: number }[] {
  return [...text.matchAll(new RegExp(MEASURE_ID_SOURCE, 'g'))].map((match) => ({
    id: match[0] as MeasureId,
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** A measure id written loosely: `OPS.3.1.M7`, `M7`, `7` or the Kompendium id `OPS.3.1.A7`. */
export function parseMeasureId(text: string): MeasureId | undefined {
  const match = /^(?:OPS\.3\.1\.)?[MA]?(\d{1,2})$/i.exec(text.trim());
  const id = match ? `OPS.3.1.M${Number(match[1])}` : undefined;
  return isMeasureId(id) ? id : undefined;
}

export interface MeasureDefinition {
  id: MeasureId;
  /** The matching requirement of the IT-Grundschutz Kompendium (editions 2019-2022). */
  kompendium: string;
  tier: MeasureTier;
  /** The top-level keys of an engagement the measure governs. */
  sections: readonly string[];
  /** A document kind the measure governs as a whole (M8: the data connection agreements). */
  documentKind?: 'DataConnectionAgreement';
  /** The short title; in German the official title of the Kompendium requirement. */
  title: Localized<string>;
}

function measure(
  n: number,
  tier: MeasureTier,
  sections: readonly string[],
  title: Localized<string>,
): MeasureDefinition {
  return { id: `OPS.3.1.M${n}` as MeasureId, kompendium: `OPS.3.1.A${n}`, tier, sections, title };
}

export const MEASURE_DEFINITIONS: Readonly<Record<MeasureId, MeasureDefinition>> = {
  'OPS.3.1.M1': measure(1, 'basic', ['roughConcept', 'metadata', 'parties'], {
    en: 'Rough concept of the outsourcing service',
    de: 'Erstellung eines Grobkonzeptes für die Outsourcing-Dienstleistung',
  }),
  'OPS.3.1.M2': measure(2, 'standard', ['contract'], {
    en: 'Contract design with the customer',
    de: 'Vertragsgestaltung mit den Outsourcing-Kunden',
  }),
  'OPS.3.1.M3': measure(3, 'standard', ['securityConcept', 'protectionNeeds'], {
    en: 'Security concept for the outsourcing service',
    de: 'Erstellung eines Sicherheitskonzepts für das Outsourcing-Vorhaben',
  }),
  'OPS.3.1.M4': measure(4, 'standard', ['communication'], {
    en: 'Permitted communication partners',
    de: 'Festlegung der möglichen Kommunikationspartner',
  }),
  'OPS.3.1.M5': measure(5, 'standard', ['staff'], {
    en: 'Rules for the provider\u2019s own staff',
    de: 'Regelungen für den Einsatz des Personals des Outsourcing-Dienstleisters',
  }),
  'OPS.3.1.M6': measure(6, 'standard', ['externalStaff'], {
    en: 'Rules for external staff',
    de: 'Regelungen für den Einsatz von Fremdpersonal',
  }),
  'OPS.3.1.M7': measure(7, 'standard', ['clientConcept'], {
    en: 'Client (tenant) concept',
    de: 'Erstellung eines Mandantentrennungskonzeptes durch den Outsourcing-Dienstleister',
  }),
  'OPS.3.1.M8': {
    ...measure(8, 'standard', ['dataConnectionAgreements'], {
      en: 'Agreement on connecting the partners\u2019 networks',
      de: 'Vereinbarung über die Anbindung an Netze der Outsourcing-Partner',
    }),
    documentKind: 'DataConnectionAgreement',
  },
  'OPS.3.1.M9': measure(9, 'standard', ['dataExchange'], {
    en: 'Agreement on data exchange',
    de: 'Vereinbarung über Datenaustausch zwischen den Outsourcing-Partnern',
  }),
  'OPS.3.1.M10': measure(10, 'standard', ['operations', 'tenancy'], {
    en: 'Information security in ongoing operations',
    de: 'Planung und Aufrechterhaltung des Informationssicherheitsniveaus im laufenden Outsourcing-Betrieb',
  }),
  'OPS.3.1.M11': measure(11, 'standard', ['accessControl'], {
    en: 'Access control for premises, systems and applications',
    de: 'Zutritts-, Zugangs- und Zugriffskontrolle',
  }),
  'OPS.3.1.M12': measure(12, 'standard', ['changeManagement'], {
    en: 'Change management',
    de: 'Änderungsmanagement',
  }),
  'OPS.3.1.M13': measure(13, 'standard', ['migration', 'contacts'], {
    en: 'Secure migration',
    de: 'Sichere Migration bei Outsourcing-Vorhaben',
  }),
  'OPS.3.1.M14': measure(14, 'standard', ['emergencyPreparedness'], {
    en: 'Emergency preparedness for the outsourced service',
    de: 'Notfallvorsorge beim Outsourcing',
  }),
  'OPS.3.1.M15': measure(15, 'standard', ['termination'], {
    en: 'Orderly termination',
    de: 'Geordnete Beendigung eines Outsourcing-Verhältnisses',
  }),
  'OPS.3.1.M16': measure(16, 'high', ['personnelScreening'], {
    en: 'Security screening of employees',
    de: 'Sicherheitsüberprüfung von Mitarbeitern',
  }),
};

export function measureDefinition(id: MeasureId): MeasureDefinition {
  return MEASURE_DEFINITIONS[id];
}

/** The measures in order M1 … M16. */
export function allMeasureDefinitions(): readonly MeasureDefinition[] {
  return MEASURE_IDS.map((id) => MEASURE_DEFINITIONS[id]);
}

/** The measures of a tier (basic: M1), in order. */
export function measuresOfTier(tier: MeasureTier): MeasureId[] {
  return MEASURE_IDS.filter((id) => MEASURE_DEFINITIONS[id].tier === tier);
}

/** The measures that govern a top-level section of an engagement. */
export function measuresGoverning(section: string): MeasureId[] {
  return MEASURE_IDS.filter((id) => MEASURE_DEFINITIONS[id].sections.includes(section));
}
