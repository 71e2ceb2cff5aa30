/**
 * The SARIF taxonomies of the report: "OPS.3.1" (the sixteen measures, each with its Kompendium
 * requirement) and "Grundschutz++" (the BSI's controls the measures reach through ISO/IEC
 * 27001:2022 Annex A). They are defined once per run; rules relate to their measure's taxon and
 * results only reference taxa by id and index, which keeps the log small.
 */
import {
  GRUNDSCHUTZ_ATTRIBUTION,
  GRUNDSCHUTZ_SOURCES,
  allGrundschutzControls,
  grundschutzTitle,
  measureCatalogue,
  measureControls,
  type Locale,
  type MeasureControls,
} from '../../core';

type MeasureId = MeasureControls['measure'];

export const MEASURE_TAXONOMY = 'OPS.3.1';
export const GRUNDSCHUTZ_TAXONOMY = 'Grundschutz++';
const MEASURE_TAXONOMY_INDEX = 0;
const GRUNDSCHUTZ_TAXONOMY_INDEX = 1;
const BSI = 'Bundesamt für Sicherheit in der Informationstechnik (BSI)';

const TEXTS: Readonly<Record<Locale, { measures: string; grundschutz: string }>> = {
  en: {
    measures:
      'The measures M1-M16 of IT-Grundschutz building block OPS.3.1 "Outsourcing for service providers"; each matches Kompendium 2022 requirement OPS.3.1.An.',
    grundschutz:
      'The Grundschutz++ controls the measures reach through ISO/IEC 27001:2022 Annex A (measure -> Annex A: this project; Annex A -> Grundschutz++: the BSI mapping collection). Titles as published by the BSI, in German.',
  },
  de: {
    measures:
      'Die Maßnahmen M1-M16 des IT-Grundschutz-Bausteins OPS.3.1 „Outsourcing für Dienstleister“; jede entspricht der Anforderung OPS.3.1.An des Kompendiums 2022.',
    grundschutz:
      'Die Grundschutz++-Anforderungen, die die Maßnahmen über ISO/IEC 27001:2022 Anhang A erreichen (Maßnahme -> Anhang A: dieses Projekt; Anhang A -> Grundschutz++: die Zuordnungssammlung des BSI).',
  },
};

export interface TaxonReference {
  id: string;
  index: number;
  /** Results name the component by index only (it is one of `runs[0].taxonomies`): smaller logs. */
  toolComponent: { name?: string; index: number };
}

function measureTaxa(locale: Locale) {
  return measureCatalogue(locale).map((measure) => ({
    id: measure.id,
    name: measure.kompendium,
    shortDescription: { text: measure.title },
    fullDescription: { text: measure.summary },
    properties: { kompendium: measure.kompendium },
  }));
}

function grundschutzTaxa(locale: Locale) {
  return allGrundschutzControls().map((control) => ({
    id: control.id,
    shortDescription: { text: grundschutzTitle(control, locale) },
    ...(control.inCatalog && {
      properties: { group: control.group, statementId: control.statementId },
    }),
  }));
}

/** The two taxonomies, in the order their indexes in references assume. */
export function sarifTaxonomies(locale: Locale) {
  const texts = TEXTS[locale];
  return [
    {
      name: MEASURE_TAXONOMY,
      organization: BSI,
      version: 'IT-Grundschutz-Kompendium 2022',
      shortDescription: { text: texts.measures },
      isComprehensive: true,
      taxa: measureTaxa(locale),
    },
    {
      name: GRUNDSCHUTZ_TAXONOMY,
      organization: BSI,
      version: GRUNDSCHUTZ_SOURCES.kernel.version,
      informationUri: GRUNDSCHUTZ_SOURCES.repository,
      shortDescription: { text: `${texts.grundschutz} ${GRUNDSCHUTZ_ATTRIBUTION[locale]}` },
      isComprehensive: false,
      taxa: grundschutzTaxa(locale),
    },
  ];
}

/** `supportedTaxonomies` of the driver. */
export const SUPPORTED_TAXONOMIES = [
  { name: MEASURE_TAXONOMY, index: MEASURE_TAXONOMY_INDEX },
  { name: GRUNDSCHUTZ_TAXONOMY, index: GRUNDSCHUTZ_TAXONOMY_INDEX },
];

/** The index of each measure's and control's taxon, made when a SARIF report first asks. */
let indexes: { measures: Map<string, number>; controls: Map<string, number> } | undefined;

function taxonIndexes(): { measures: Map<string, number>; controls: Map<string, number> } {
  indexes ??= {
    measures: new Map(measureCatalogue('en').map((measure, index) => [measure.id, index])),
    controls: new Map(allGrundschutzControls().map((control, index) => [control.id, index])),
  };
  return indexes;
}

function isMeasureId(id: string): id is MeasureId {
  return taxonIndexes().measures.has(id);
}

/** The reference to a measure's taxon, or undefined for an id that names no measure. */
export function measureTaxon(measure: string): TaxonReference | undefined {
  if (!isMeasureId(measure)) return undefined;
  return {
    id: measure,
    index: taxonIndexes().measures.get(measure) ?? 0,
    toolComponent: { name: MEASURE_TAXONOMY, index: MEASURE_TAXONOMY_INDEX },
  };
}

/** The measure's taxon, then the taxa of the Grundschutz++ controls it reaches. */
export function resultTaxa(measure: string): TaxonReference[] {
  const taxon = measureTaxon(measure);
  if (!taxon || !isMeasureId(measure)) return [];
  const grundschutz = measureControls(measure, 'en').grundschutz.map(({ control }) => ({
    id: control.id,
    index: taxonIndexes().controls.get(control.id) ?? 0,
    toolComponent: { index: GRUNDSCHUTZ_TAXONOMY_INDEX },
  }));
  return [{ ...taxon, toolComponent: { index: MEASURE_TAXONOMY_INDEX } }, ...grundschutz];
}
