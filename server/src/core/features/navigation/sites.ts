/**
 * Where ids are defined: the data paths at which a party, contact, dependency, partner,
 * classification level, data connection agreement or engagement gets its name.
 */
import { asArray, asRecord } from '../../data';
import type { RefKind } from '../../schema/dsl';
import type { DataPath, PolicyKind } from '../../types';

/** Stands for "any list index" in a definition pattern. */
const ANY_INDEX = '[]';

type PathPattern = readonly string[];

interface DefinitionSite {
  kind: RefKind;
  documentKind: PolicyKind;
  pattern: PathPattern;
}

const DEFINITION_SITES: readonly DefinitionSite[] = [
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
];

/** Kinds whose ids are unique in the whole workspace rather than within one engagement. */
const WORKSPACE_WIDE_KINDS: ReadonlySet<RefKind> = new Set<RefKind>(['engagement', 'dca']);

export function isWorkspaceWide(kind: RefKind): boolean {
  return WORKSPACE_WIDE_KINDS.has(kind);
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

/** Every path in a document's data where an id of `kind` is defined. */
export function definitionPaths(
  documentKind: PolicyKind,
  data: unknown,
  kind: RefKind,
): DataPath[] {
  return DEFINITION_SITES.filter(
    (site) => site.kind === kind && site.documentKind === documentKind,
  ).flatMap((site) => expand(data, site.pattern));
}
