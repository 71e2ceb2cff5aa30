/**
 * Every field of the two document kinds, read from the annotated schemas: its path, its type in
 * the words of the format (text, date, duration, level, ref<…>, list of …, true!), how strongly
 * it is asked for, its measure and the `metadata.status` from which it is required. The format
 * reference (docs/format.md) and `explain OPS.3.1.Mn` are written from this list, so they cannot
 * drift from what the checker does.
 */
import type { Locale, Localized } from '../i18n/locale';
import { LIFECYCLE, type LifecycleStatus, type MeasureId, type PolicyKind } from '../types';
import { fieldDescription } from './describe';
import { DURATION_PATTERN, ID_PATTERN, LEVELS, type Obligation, type SchemaNode } from './dsl';
import { DCA_SCHEMA, ENGAGEMENT_SCHEMA } from './index';

export interface FieldInfo {
  kind: PolicyKind;
  /** As users write it; list entries as `[]`, free mapping keys as `<name>`: `a.b[].c`. */
  path: string;
  /** The keys from the document root; `[]` and `<name>` stand for any entry. */
  segments: string[];
  /** The type in the format's words, joined in English (`types.en`). */
  type: string;
  /** The type per locale: `list of text`, `Liste von text`. */
  types: Localized<string>;
  obligation: Obligation;
  /** A condition of the enclosing mapping that makes the field must or should. */
  condition?: { obligation: Obligation; when: Condition };
  /** The nearest enclosing field that is optional: the obligation holds only when it is given. */
  within?: string;
  /** For engagements: the status from which the field is required (or recommended). */
  requiredFrom?: LifecycleStatus;
  measure: MeasureId | null;
  /** The English description (`descriptions.en`). */
  description: string;
  descriptions: Localized<string>;
}

/** "status is completed", "type is short-term or visitor" or "leftOn is given". */
export type Condition =
  { property: string; isOneOf: readonly string[] } | { given: readonly string[] };

const KEY_OF_ENTRY = '[]';
const KEY_OF_NAME = '<name>';

/** The words that join the format's type names, per locale; the names themselves stay. */
interface TypeWords {
  boolean: string;
  or: string;
  list: string;
  listOf: (type: string) => string;
  mappingOf: (type: string) => string;
  any: string;
}

const TYPE_WORDS: Localized<TypeWords> = {
  en: {
    boolean: 'true or false',
    or: ' or ',
    list: 'list',
    // `list of mappings`, but `list of text` and `list of ref<party>`
    listOf: (type) => `list of ${type === 'mapping' ? 'mappings' : type}`,
    mappingOf: (type) => `mapping of names to ${type}`,
    any: 'any value',
  },
  de: {
    boolean: 'true oder false',
    or: ' oder ',
    list: 'Liste',
    listOf: (type) => `Liste von ${type === 'mapping' ? 'Zuordnungen' : type}`,
    mappingOf: (type) => `Zuordnung von Namen zu ${type}`,
    any: 'beliebiger Wert',
  },
};

/**
 * The type of a value in the format's own words (text, date, duration, id, level, ref<…>,
 * true!, the allowed values), joined by the words of `locale`: `list of text`, `Liste von text`.
 */
export function typeName(node: SchemaNode, locale: Locale = 'en'): string {
  const words = TYPE_WORDS[locale];
  const nested = (inner: SchemaNode) => typeName(inner, locale);
  if (node['x-ref']) return `ref<${node['x-ref']}>`;
  if (node.const === true) return 'true!';
  if (node.const === false) return 'false!';
  if (typeof node.const === 'string') return node.const;
  if (node.enum) return enumName(node.enum);
  if (node.anyOf) return [...new Set(node.anyOf.map(nested))].join(words.or);
  switch (node.type) {
    case 'string':
      return stringName(node);
    case 'boolean':
      return words.boolean;
    case 'integer':
    case 'number':
      return node.minimum === undefined ? node.type : `${node.type} ≥ ${node.minimum}`;
    case 'array':
      return node.items ? words.listOf(nested(node.items)) : words.list;
    case 'object':
      return mappingName(node, words, nested);
  }
  return node['x-type'] ?? words.any;
}

function enumName(values: readonly string[]): string {
  const isLevel = values.length === LEVELS.length && LEVELS.every((l, i) => values[i] === l);
  return isLevel ? 'level' : values.join(' | ');
}

function stringName(node: SchemaNode): string {
  if (node.format === 'date') return 'date';
  if (node.pattern === DURATION_PATTERN) return 'duration';
  if (node.pattern === ID_PATTERN) return 'id';
  return 'text';
}

function mappingName(
  node: SchemaNode,
  words: TypeWords,
  nested: (inner: SchemaNode) => string,
): string {
  const values = node.additionalProperties;
  if (!node.properties && typeof values === 'object') return words.mappingOf(nested(values));
  return 'mapping';
}

/** Where a field sits while walking: what the walk needs from the fields above it. */
interface Place {
  kind: PolicyKind;
  segments: string[];
  /** The nearest optional ancestor's path, if any. */
  within?: string;
  requiredFrom?: LifecycleStatus;
}

export function formatFieldPath(segments: readonly string[]): string {
  return segments.reduce(
    (out, key) => (key === KEY_OF_ENTRY ? `${out}[]` : out === '' ? key : `${out}.${key}`),
    '',
  );
}

/** The condition an `if` of the schema asks: a property's value, or keys that are present. */
function conditionOf(condition: SchemaNode): Condition {
  const [property, test] = Object.entries(condition.properties ?? {})[0] ?? [];
  if (property && test?.enum) return { property, isOneOf: test.enum };
  if (property && test && test.const !== undefined)
    return { property, isOneOf: [String(test.const)] };
  return { given: condition.required ?? [] };
}

/** "status is completed", "engagement is short-term", "leftOn is given", in `locale`. */
export function conditionText(condition: Condition, locale: Locale = 'en'): string {
  const german = locale === 'de';
  if ('property' in condition) {
    const values = condition.isOneOf.join(german ? ' oder ' : ' or ');
    return german ? `${condition.property} ${values} ist` : `${condition.property} is ${values}`;
  }
  if (condition.given.length === 0)
    return german ? 'eine Bedingung erfüllt ist' : 'a condition holds';
  const several = condition.given.length > 1;
  if (!german) return `${condition.given.join(' and ')} ${several ? 'are' : 'is'} given`;
  return `${condition.given.join(' und ')} angegeben ${several ? 'sind' : 'ist'}`;
}

/** The conditions of a mapping that make some of its keys must or should. */
function conditionsOf(node: SchemaNode): Conditions {
  const found: Conditions = new Map();
  for (const entry of node.allOf ?? []) {
    if (!entry.if || !entry.then) continue;
    const when = conditionOf(entry.if);
    for (const key of entry.then['x-should'] ?? []) found.set(key, { obligation: 'should', when });
    for (const key of entry.then.required ?? []) found.set(key, { obligation: 'must', when });
  }
  return found;
}

/** From the lifecycle conditions of the engagement: `contract.signedOn` -> migration. */
function nestedRequiredFrom(root: SchemaNode): Map<string, LifecycleStatus> {
  const found = new Map<string, LifecycleStatus>();
  for (const entry of root.allOf ?? []) {
    const statuses = entry.if?.properties?.metadata?.properties?.status?.enum;
    const status = LIFECYCLE.find((candidate) => candidate === statuses?.[0]);
    if (!status) continue;
    for (const [section, then] of Object.entries(entry.then?.properties ?? {}))
      for (const key of then.required ?? []) found.set(`${section}.${key}`, status);
  }
  return found;
}

type Conditions = Map<string, NonNullable<FieldInfo['condition']>>;

function fieldOf(node: SchemaNode, place: Place, conditions: Conditions): FieldInfo {
  const key = place.segments[place.segments.length - 1];
  const field: FieldInfo = {
    kind: place.kind,
    path: formatFieldPath(place.segments),
    segments: place.segments,
    type: typeName(node, 'en'),
    types: { en: typeName(node, 'en'), de: typeName(node, 'de') },
    obligation: node['x-obligation'] ?? 'optional',
    measure: node['x-measure'] ?? null,
    description: node.description ?? '',
    descriptions: {
      en: fieldDescription(node, 'en') ?? '',
      de: fieldDescription(node, 'de') ?? '',
    },
  };
  const condition = conditions.get(key);
  if (condition) field.condition = condition;
  if (place.within) field.within = place.within;
  if (place.requiredFrom && field.obligation !== 'optional')
    field.requiredFrom = place.requiredFrom;
  return field;
}

function walk(node: SchemaNode, place: Place, out: FieldInfo[]): void {
  const conditions = conditionsOf(node);
  const children: [string, SchemaNode][] = Object.entries(node.properties ?? {});
  if (node.items) children.push([KEY_OF_ENTRY, node.items]);
  if (typeof node.additionalProperties === 'object')
    children.push([KEY_OF_NAME, node.additionalProperties]);
  for (const [key, child] of children) {
    const segments = [...place.segments, key];
    const isEntry = key === KEY_OF_ENTRY || key === KEY_OF_NAME;
    if (!isEntry) out.push(fieldOf(child, { ...place, segments }, conditions));
    // Below a field that may be left out (optional, or asked for only under a condition), an
    // obligation holds only when that field is given.
    const mayBeLeftOut =
      !isEntry && ((child['x-obligation'] ?? 'optional') === 'optional' || conditions.has(key));
    const within = mayBeLeftOut && !place.within ? formatFieldPath(segments) : place.within;
    const requiredFrom = mayBeLeftOut ? undefined : place.requiredFrom;
    walk(child, { ...place, segments, within, requiredFrom }, out);
  }
}

function engagementFields(): FieldInfo[] {
  const out: FieldInfo[] = [];
  const nested = nestedRequiredFrom(ENGAGEMENT_SCHEMA);
  for (const [section, node] of Object.entries(ENGAGEMENT_SCHEMA.properties ?? {})) {
    const requiredFrom =
      node['x-required-from'] ?? (node['x-obligation'] === 'must' ? LIFECYCLE[0] : undefined);
    const place: Place = { kind: 'Engagement', segments: [section], requiredFrom };
    out.push(fieldOf(node, place, new Map()));
    if (!requiredFrom) place.within = section;
    walk(node, place, out);
  }
  for (const field of out) {
    const status = nested.get(field.path);
    if (!status) continue;
    field.obligation = 'must';
    field.requiredFrom = status;
    delete field.within;
  }
  return out;
}

function dcaFields(): FieldInfo[] {
  const out: FieldInfo[] = [];
  const place: Place = { kind: 'DataConnectionAgreement', segments: [] };
  walk(DCA_SCHEMA, place, out);
  return out;
}

let cached: FieldInfo[] | undefined;

/** Every field of both document kinds, engagement first, each in schema order. */
export function allFields(): readonly FieldInfo[] {
  cached ??= [...engagementFields(), ...dcaFields()];
  return cached;
}

export function fieldsOfMeasure(measure: MeasureId): FieldInfo[] {
  return allFields().filter((field) => field.measure === measure);
}

const OBLIGATION_DE: Record<Obligation, string> = {
  must: 'muss',
  should: 'sollte',
  optional: 'optional',
};

/** "must from negotiation", "should when status is completed", "must if contract.x is given". */
export function obligationText(field: FieldInfo, locale: Locale = 'en'): string {
  if (locale === 'de') return obligationTextDe(field);
  if (field.condition)
    return `${field.condition.obligation} when ${conditionText(field.condition.when)}`;
  if (field.obligation === 'optional') return 'optional';
  if (field.requiredFrom) return `${field.obligation} from ${field.requiredFrom}`;
  if (field.within) return `${field.obligation} if ${field.within} is given`;
  return field.obligation;
}

/** "muss ab negotiation", "sollte, wenn status completed ist", "muss, wenn contract.x angegeben ist". */
function obligationTextDe(field: FieldInfo): string {
  if (field.condition) {
    const when = conditionText(field.condition.when, 'de');
    return `${OBLIGATION_DE[field.condition.obligation]}, wenn ${when}`;
  }
  const obligation = OBLIGATION_DE[field.obligation];
  if (field.obligation === 'optional') return obligation;
  if (field.requiredFrom) return `${obligation} ab ${field.requiredFrom}`;
  if (field.within) return `${obligation}, wenn ${field.within} angegeben ist`;
  return obligation;
}
