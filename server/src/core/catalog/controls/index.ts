/**
 * The controls of other catalogues each measure concerns, in one traceable chain:
 *
 *   measure OPS.3.1.Mn --(this project: closest Annex A controls)--> ISO/IEC 27001:2022 Annex A
 *   Annex A control   --(BSI mapping collection, with its relationship)--> Grundschutz++ controls
 *
 * plus the matching Kompendium 2022 requirement OPS.3.1.An. Nothing here is guessed: every link to
 * a Grundschutz++ control names the BSI mapping entry (`mapUuid`) it comes from. The data is an
 * extract of the BSI's OSCAL publication (CC BY-SA 4.0, see `grundschutzData.ts`).
 */
import { allMeasureDefinitions, type MeasureId } from '../../domain/measures';
import type { Locale } from '../../i18n/locale';
import { measureInfo } from '../measures';
import { ISO_CONTROL_TITLES } from '../standards';
import { GRUNDSCHUTZ_DATA } from './grundschutzData';

/** The relationships of OSCAL 1.1 control mappings. */
export type MappingRelationship =
  'equivalent-to' | 'equal-to' | 'subset-of' | 'superset-of' | 'intersects-with';

export interface GrundschutzControl {
  /** e.g. `BES.5.2`. */
  id: string;
  /** Its title as the BSI publishes it (German); undefined when the catalog lacks the control. */
  title: string | undefined;
  /** The title of its top-level group, e.g. `Beschaffungsmanagement`. */
  group: string | undefined;
  /** The id of its statement part, e.g. `BES.5.2_stm` (for OSCAL `statement-id` targets). */
  statementId: string | undefined;
  /** False when the BSI mapping names a control the shipped catalog version does not contain. */
  inCatalog: boolean;
}

/** One entry of the BSI's Annex A -> Grundschutz++ mapping collection. */
export interface GrundschutzMapping {
  /** How the Annex A control relates to the targets (source `subset-of` targets, ...). */
  relationship: MappingRelationship;
  /** The uuid of the mapping entry in the BSI's collection: where the link comes from. */
  mapUuid: string;
  controls: readonly GrundschutzControl[];
}

export interface AnnexAControl {
  /** e.g. `A.5.20`. */
  id: string;
  /** Its title in the locale. */
  title: string;
  mappings: readonly GrundschutzMapping[];
}

export interface MeasureControls {
  measure: MeasureId;
  /** The matching requirement of the IT-Grundschutz-Kompendium 2019-2022, e.g. `OPS.3.1.A8`. */
  kompendium: string;
  /** The closest Annex A controls (this project's judgement), each with its BSI mappings. */
  annexA: readonly AnnexAControl[];
  /** The Grundschutz++ controls reached, each once, in order, with the Annex A links that reach it. */
  grundschutz: readonly {
    control: GrundschutzControl;
    via: readonly { annexA: string; relationship: MappingRelationship; mapUuid: string }[];
  }[];
}

type ControlEntry = {
  readonly title?: string;
  readonly group?: string;
  readonly statement?: string;
  readonly missing?: boolean;
};

function grundschutzControl(id: string): GrundschutzControl {
  const entry: ControlEntry | undefined = (
    GRUNDSCHUTZ_DATA.controls as Readonly<Record<string, ControlEntry>>
  )[id];
  return {
    id,
    title: entry?.title,
    group: entry?.group,
    statementId: entry?.statement,
    inCatalog: entry !== undefined && entry.missing !== true,
  };
}

type AnnexEntry = {
  readonly links: readonly {
    readonly relationship: string;
    readonly mapUuid: string;
    readonly targets: readonly string[];
  }[];
};

function annexAControl(id: string, locale: Locale): AnnexAControl {
  const entry = (GRUNDSCHUTZ_DATA.annexA as Readonly<Record<string, AnnexEntry>>)[id];
  return {
    id,
    title: ISO_CONTROL_TITLES[locale][id] ?? id,
    mappings: (entry?.links ?? []).map((link) => ({
      relationship: link.relationship as MappingRelationship,
      mapUuid: link.mapUuid,
      controls: link.targets.map(grundschutzControl),
    })),
  };
}

function controlsOf(measure: MeasureId, locale: Locale): MeasureControls {
  const info = measureInfo(measure, locale);
  if (!info) throw new Error(`unknown measure ${measure}`);
  const annexA = info.iso.map((id) => annexAControl(id, locale));
  const reached = new Map<string, MeasureControls['grundschutz'][number]>();
  for (const annex of annexA)
    for (const mapping of annex.mappings)
      for (const control of mapping.controls) {
        const link = {
          annexA: annex.id,
          relationship: mapping.relationship,
          mapUuid: mapping.mapUuid,
        };
        const known = reached.get(control.id);
        reached.set(control.id, { control, via: [...(known?.via ?? []), link] });
      }
  return { measure, kompendium: info.kompendium, annexA, grundschutz: [...reached.values()] };
}

const CACHE: Record<Locale, Map<MeasureId, MeasureControls>> = { en: new Map(), de: new Map() };

/** The Kompendium requirement, Annex A controls and Grundschutz++ controls of a measure. */
export function measureControls(measure: MeasureId, locale: Locale): MeasureControls {
  const cache = CACHE[locale];
  const known = cache.get(measure);
  if (known) return known;
  const computed = controlsOf(measure, locale);
  cache.set(measure, computed);
  return computed;
}

let allControls: readonly GrundschutzControl[] | undefined;

/** Every Grundschutz++ control any measure reaches, each once, sorted by id. */
export function allGrundschutzControls(): readonly GrundschutzControl[] {
  if (allControls) return allControls;
  const ids = new Set(
    allMeasureDefinitions().flatMap((definition) =>
      measureControls(definition.id, 'en').grundschutz.map((entry) => entry.control.id),
    ),
  );
  // one collator: `localeCompare` with options makes one per comparison
  const byId = new Intl.Collator('en', { numeric: true }).compare;
  allControls = [...ids].sort(byId).map(grundschutzControl);
  return allControls;
}

/** Where the Grundschutz++ data comes from: repository, commit, licence and the three files. */
export const GRUNDSCHUTZ_SOURCES = GRUNDSCHUTZ_DATA.sources;

/** One line naming the source and licence of the Grundschutz++ data, for every place showing it. */
export const GRUNDSCHUTZ_ATTRIBUTION: Readonly<Record<Locale, string>> = {
  en:
    'Grundschutz++ controls and the Annex A mapping: BSI, Stand-der-Technik-Bibliothek ' +
    `(commit ${GRUNDSCHUTZ_DATA.sources.commit.slice(0, 7)}), CC BY-SA 4.0.`,
  de:
    'Grundschutz++-Anforderungen und die Zuordnung zu Anhang A: BSI, Stand-der-Technik-Bibliothek ' +
    `(Commit ${GRUNDSCHUTZ_DATA.sources.commit.slice(0, 7)}), CC BY-SA 4.0.`,
};
