/**
 * The catalogue of the sixteen measures of building block OPS.3.1 "Outsourcing for service
 * providers", in every locale. It feeds `outsourcing-policy explain`, hovers, SARIF rule metadata
 * and the generated documentation. Ids, tiers, Kompendium ids, titles and sections come from the
 * domain model (`domain/measures.ts`); the texts here are paraphrases written for this project.
 */
import {
  allMeasureDefinitions,
  parseMeasureId,
  type MeasureDefinition,
  type MeasureId,
  type MeasureTier,
} from '../domain/measures';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import { de } from './measureTexts.de';
import { en } from './measureTexts.en';
import { CROSS_REFERENCE_NOTES, ISO_CONTROL_TITLES } from './standards';

export type { MeasureTier } from '../domain/measures';

export interface MeasureInfo {
  id: MeasureId;
  /** The short title in the locale (German: the official title of the Kompendium requirement). */
  title: string;
  /** The matching Kompendium requirement, e.g. `OPS.3.1.A1` (editions 2019-2022). */
  kompendium: string;
  /** basic (A1), standard (A2-A15) or high protection needs (A16). */
  tier: MeasureTier;
  /** The top-level YAML key(s) the measure governs, comma-separated, in the locale's words. */
  section: string;
  /** One sentence. */
  summary: string;
  /** Four to ten short points: what the measure asks for. */
  asks: readonly string[];
  /** The closest controls of ISO/IEC 27001:2022 Annex A. */
  iso: readonly string[];
}

const TEXTS = { en, de } as const;

const ISO_CONTROLS_OF: Readonly<Record<MeasureId, readonly string[]>> = {
  'OPS.3.1.M1': ['A.5.19', 'A.5.21'],
  'OPS.3.1.M2': ['A.5.20', 'A.5.21', 'A.6.6'],
  'OPS.3.1.M3': ['A.5.20', 'A.5.22'],
  'OPS.3.1.M4': ['A.5.19', 'A.5.20'],
  'OPS.3.1.M5': ['A.5.20', 'A.6.6'],
  'OPS.3.1.M6': ['A.5.19', 'A.5.21', 'A.6.6'],
  'OPS.3.1.M7': ['A.5.23', 'A.5.15', 'A.8.15'],
  'OPS.3.1.M8': ['A.5.20', 'A.5.15', 'A.8.15'],
  'OPS.3.1.M9': ['A.5.20', 'A.6.6'],
  'OPS.3.1.M10': ['A.5.22', 'A.5.30'],
  'OPS.3.1.M11': ['A.5.15', 'A.8.2'],
  'OPS.3.1.M12': ['A.8.32', 'A.5.22'],
  'OPS.3.1.M13': ['A.5.20', 'A.8.32'],
  'OPS.3.1.M14': ['A.5.29', 'A.5.30'],
  'OPS.3.1.M15': ['A.5.20', 'A.5.15'],
  'OPS.3.1.M16': ['A.6.1', 'A.5.20'],
};

const DOCUMENT_KIND_WORDS: Readonly<Record<Locale, (kind: string) => string>> = {
  en: (kind) => `${kind} documents`,
  de: (kind) => `Dokumente vom Typ ${kind}`,
};

function sectionText(definition: MeasureDefinition, locale: Locale): string {
  const kind = definition.documentKind;
  const documents = kind ? [DOCUMENT_KIND_WORDS[locale](kind)] : [];
  return [...documents, ...definition.sections].join(', ');
}

function infoOf(definition: MeasureDefinition, locale: Locale): MeasureInfo {
  const texts = TEXTS[locale][definition.id];
  return {
    id: definition.id,
    title: definition.title[locale],
    kompendium: definition.kompendium,
    tier: definition.tier,
    section: sectionText(definition, locale),
    summary: texts.summary,
    asks: texts.asks,
    iso: ISO_CONTROLS_OF[definition.id],
  };
}

const CATALOGUES: Readonly<Record<Locale, readonly MeasureInfo[]>> = {
  en: allMeasureDefinitions().map((definition) => infoOf(definition, 'en')),
  de: allMeasureDefinitions().map((definition) => infoOf(definition, 'de')),
};

/** The sixteen measures in order, with their texts in `locale`. */
export function measureCatalogue(locale: Locale = DEFAULT_LOCALE): readonly MeasureInfo[] {
  return CATALOGUES[locale];
}

/** The measures in English. */
export const MEASURES: readonly MeasureInfo[] = CATALOGUES.en;

/** Looks a measure up by `OPS.3.1.Mn`; also accepts `Mn`, `n` and the Kompendium id `OPS.3.1.An`. */
export function measureInfo(id: string, locale: Locale = DEFAULT_LOCALE): MeasureInfo | undefined {
  const measureId = parseMeasureId(id);
  return measureId ? CATALOGUES[locale].find((measure) => measure.id === measureId) : undefined;
}

/** The anchor of a measure's section in docs/measures.md, e.g. `ops-3-1-m1`. */
export function measureAnchor(id: MeasureId): string {
  return id.toLowerCase().replace(/\./g, '-');
}

/** How the measures relate to other editions and standards (shown by `explain` and the docs). */
export const CROSS_REFERENCES = CROSS_REFERENCE_NOTES.en;

/** Titles of the ISO/IEC 27001:2022 Annex A controls named in `MeasureInfo.iso`, in English. */
export const ISO_CONTROLS: Readonly<Record<string, string>> = ISO_CONTROL_TITLES.en;
