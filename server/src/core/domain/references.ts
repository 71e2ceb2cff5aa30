/**
 * References between ids, defined once: the kinds of id a `ref<…>` field can name, where ids of
 * each kind are defined, and which of them are unique in the whole workspace. Rules,
 * completion, navigation and quick-fixes resolve references through this module.
 */
import { asArray, asRecord, valueAt, type DataRecord } from '../data';
import type { Localized } from '../i18n/locale';
import type { DataPath, PolicyKind } from '../types';

export const REFERENCE_KINDS = [
  'party',
  'contact',
  'dependency',
  'partner',
  'classification',
  'severity',
  'dca',
  'engagement',
] as const;

/** The kinds of id a `ref<…>` field can point at. */
export type RefKind = (typeof REFERENCE_KINDS)[number];

/** What one id of each kind is called, in running text ("no contact …", "kein Kontakt …"). */
export const REFERENCE_KIND_NAMES: Readonly<Record<RefKind, Localized<string>>> = {
  party: { en: 'party', de: 'Vertragspartei' },
  contact: { en: 'contact', de: 'Kontakt' },
  dependency: { en: 'dependency', de: 'Abhängigkeit' },
  partner: { en: 'communication partner', de: 'Kommunikationspartner' },
  classification: { en: 'classification level', de: 'Klassifizierungsstufe' },
  severity: { en: 'severity', de: 'Schweregrad' },
  dca: { en: 'data connection agreement', de: 'Netzanbindungsvereinbarung' },
  engagement: { en: 'engagement', de: 'Outsourcing-Vorhaben' },
};

/** Stands for "any list index" in a definition pattern. */
const ANY_INDEX = '[]';

type PathPattern = readonly string[];

interface DefinitionSite {
  kind: RefKind;
  documentKind: PolicyKind;
  pattern: PathPattern;
}

const DEFINITION_SITES = [
  { kind: 'party', documentKind: 'Engagement', pattern: ['parties', 'provider', 'id'] },
  { kind: 'party', documentKind: 'Engagement', pattern: ['parties', 'customer', 'id'] },
  { kind: 'contact', documentKind: 'Engagement', pattern: ['contacts', ANY_INDEX, 'id'] },
  {
    kind: 'dependency',
    documentKind: 'Engagement',
    pattern: ['roughConcept', 'dependencies', ANY_INDEX, 'id'],
  },
  {
    kind: 'partner',
    documentKind: 'Engagement',
    pattern: ['communication', 'partners', ANY_INDEX, 'id'],
  },
  {
    kind: 'classification',
    documentKind: 'Engagement',
    pattern: ['securityConcept', 'classification', 'scheme', ANY_INDEX],
  },
  { kind: 'engagement', documentKind: 'Engagement', pattern: ['metadata', 'id'] },
  { kind: 'dca', documentKind: 'DataConnectionAgreement', pattern: ['metadata', 'id'] },
] as const satisfies readonly DefinitionSite[];

/** Kinds whose ids are unique in the whole workspace rather than within one engagement. */
const WORKSPACE_WIDE_KINDS = ['engagement', 'dca'] as const satisfies readonly RefKind[];

export function isWorkspaceWide(kind: RefKind): boolean {
  return (WORKSPACE_WIDE_KINDS as readonly RefKind[]).includes(kind);
}

/**
 * The kinds whose ids an engagement defines for its own documents (parties, contacts,
 * dependencies, partners, classification levels): a DCA resolves them in its engagement.
 */
export type EngagementRefKind = Exclude<
  Extract<(typeof DEFINITION_SITES)[number], { documentKind: 'Engagement' }>['kind'],
  (typeof WORKSPACE_WIDE_KINDS)[number]
>;

export function isEngagementRefKind(kind: RefKind): kind is EngagementRefKind {
  return !isWorkspaceWide(kind) && sitesOf(kind, 'Engagement').length > 0;
}

function matches(path: DataPath, pattern: PathPattern): boolean {
  if (path.length !== pattern.length) return false;
  return pattern.every((step, i) =>
    step === ANY_INDEX ? typeof path[i] === 'number' : path[i] === step,
  );
}

/** The kind of id defined at `path` of a document, if the path is a definition site. */
export function definitionKindAt(documentKind: PolicyKind, path: DataPath): RefKind | undefined {
  return DEFINITION_SITES.find(
    (site) => site.documentKind === documentKind && matches(path, site.pattern),
  )?.kind;
}

/** The concrete paths matching `pattern` in `data` whose value is a string. */
function expand(data: unknown, pattern: PathPattern, prefix: DataPath = []): DataPath[] {
  if (pattern.length === 0) return typeof data === 'string' ? [prefix] : [];
  const [step, ...rest] = pattern;
  if (step === ANY_INDEX) {
    return asArray(data).flatMap((item, i) => expand(item, rest, [...prefix, i]));
  }
  const record = asRecord(data);
  return record && step in record ? expand(record[step], rest, [...prefix, step]) : [];
}

function sitesOf(kind: RefKind, documentKind: PolicyKind): readonly DefinitionSite[] {
  return (DEFINITION_SITES as readonly DefinitionSite[]).filter(
    (site) => site.kind === kind && site.documentKind === documentKind,
  );
}

/** Every path in a document's data where an id of `kind` is defined. */
export function definitionPaths(
  documentKind: PolicyKind,
  data: unknown,
  kind: RefKind,
): DataPath[] {
  return sitesOf(kind, documentKind).flatMap((site) => expand(data, site.pattern));
}

/** One id a reference of some kind may name, where it is defined, and the entry defining it. */
export interface ReferenceTarget {
  id: string;
  path: DataPath;
  /** The mapping that holds the id (a contact, a party, …); undefined for a bare list value. */
  entry?: DataRecord;
}

/**
 * The ids an engagement defines for a kind defined within engagements (party, contact,
 * dependency, partner, classification), in document order; none for workspace-wide kinds.
 */
export function referenceTargets(engagement: DataRecord, kind: RefKind): ReferenceTarget[] {
  if (isWorkspaceWide(kind)) return [];
  return definitionPaths('Engagement', engagement, kind).map((path) => {
    const entry = path.length > 1 ? asRecord(valueAt(engagement, path.slice(0, -1))) : undefined;
    const isKeyOfEntry = typeof path[path.length - 1] === 'string';
    return {
      id: valueAt(engagement, path) as string,
      path,
      ...(entry && isKeyOfEntry ? { entry } : {}),
    };
  });
}

/** The ids an engagement defines for `kind` (see `referenceTargets`). */
export function targetIds(engagement: DataRecord, kind: RefKind): string[] {
  return referenceTargets(engagement, kind).map((target) => target.id);
}

/**
 * Where ids of `kind` are defined, written as field paths, several separated by commas:
 * `contacts[].id`, `parties.provider.id, parties.customer.id`; for ids that are the entries of
 * a list themselves, the list: `securityConcept.classification.scheme`.
 */
export function definitionWhere(kind: RefKind, documentKind: PolicyKind = 'Engagement'): string {
  return sitesOf(kind, documentKind)
    .map((site) =>
      site.pattern
        .join('.')
        .replace(/\.\[\]$/, '')
        .replace(/\.\[\]/g, '[]'),
    )
    .join(', ');
}

/** The ids a reference of an engagement kind may name, as a check needs them. */
export interface TargetList {
  readonly kind: EngagementRefKind;
  /** The ids, in document order (may contain repeats). */
  readonly ids: readonly string[];
  /** Where they are defined, as field paths (see `definitionWhere`). */
  readonly definedIn: string;
  /** False when a list the ids are the entries of does not exist at all (no classification scheme). */
  readonly listExists: boolean;
}

/** Whether every list whose entries are ids of `kind` exists in the engagement. */
function entryListsExist(engagement: DataRecord, kind: RefKind): boolean {
  return sitesOf(kind, 'Engagement')
    .filter((site) => site.pattern[site.pattern.length - 1] === ANY_INDEX)
    .every((site) => Array.isArray(valueAt(engagement, site.pattern.slice(0, -1))));
}

/** The targets of a ref kind in an engagement; undefined for kinds that are defined elsewhere. */
export function targetList(engagement: DataRecord, kind: RefKind): TargetList | undefined {
  if (!isEngagementRefKind(kind)) return undefined;
  return {
    kind,
    ids: targetIds(engagement, kind),
    definedIn: definitionWhere(kind),
    listExists: entryListsExist(engagement, kind),
  };
}
