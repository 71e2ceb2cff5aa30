/**
 * The words every surface uses for the related controls of a measure: a Grundschutz++ control's
 * label (id and title, or that the catalog version lacks it), the source lines and the measures
 * that reach a Grundschutz++ control. Plain text; each surface escapes for its own format.
 */
import { allMeasureDefinitions, type MeasureId } from '../../domain/measures';
import type { TranslationOf } from '../../i18n/catalogue';
import type { Locale } from '../../i18n/locale';
import { renderTemplate } from '../../i18n/renderFinding';
import {
  GRUNDSCHUTZ_ATTRIBUTION,
  GRUNDSCHUTZ_SOURCES,
  measureControls,
  type GrundschutzControl,
  type MappingRelationship,
} from './index';
import { de } from './texts.de';
import { en } from './texts.en';

export type ControlTexts = TranslationOf<typeof en>;

export const CONTROL_TEXTS: Readonly<Record<Locale, ControlTexts>> = { en, de };

export function controlTexts(locale: Locale): ControlTexts {
  return CONTROL_TEXTS[locale];
}

/** The title as the BSI publishes it, or that the shipped catalog version lacks the control. */
export function grundschutzTitle(control: GrundschutzControl, locale: Locale): string {
  return control.inCatalog && control.title !== undefined
    ? control.title
    : `(${controlTexts(locale).notInCatalog})`;
}

/** `BES.5.2 Title` or `BER.5.1.2 (not in the catalog version)`. */
export function grundschutzLabel(control: GrundschutzControl, locale: Locale): string {
  return `${control.id} ${grundschutzTitle(control, locale)}`;
}

/** `subset-of Grundschutz++ (BSI mapping entry …):` */
export function mappingLine(
  relationship: MappingRelationship,
  mapUuid: string,
  locale: Locale,
): string {
  return renderTemplate(controlTexts(locale).mapsTo, { relationship, mapUuid }, locale);
}

/**
 * Where the links come from, in three sentences: measure -> Annex A (this project), Annex A ->
 * Grundschutz++ (the BSI collection with title and version) and the titles being German; then
 * the data's attribution.
 */
export function controlSourceLines(locale: Locale): string[] {
  const texts = controlTexts(locale);
  const { title, version } = GRUNDSCHUTZ_SOURCES.mapping;
  return [
    texts.measureToAnnexA,
    renderTemplate(texts.annexAToGrundschutz, { title, version }, locale),
    texts.titlesInGerman,
    GRUNDSCHUTZ_ATTRIBUTION[locale],
  ];
}

/** The measures whose Annex A controls map to the Grundschutz++ control `id` (case-sensitive). */
export function measuresReaching(id: string): MeasureId[] {
  return allMeasureDefinitions()
    .map((definition) => definition.id)
    .filter((measure) =>
      measureControls(measure, 'en').grundschutz.some((entry) => entry.control.id === id),
    );
}

/** The Grundschutz++ control `id` as any measure reaches it, or undefined. */
export function reachedGrundschutzControl(id: string): GrundschutzControl | undefined {
  for (const definition of allMeasureDefinitions()) {
    const found = measureControls(definition.id, 'en').grundschutz.find(
      (entry) => entry.control.id === id,
    );
    if (found) return found.control;
  }
  return undefined;
}
