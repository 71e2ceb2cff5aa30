/**
 * A small vocabulary for writing the measure schemas in TypeScript. The result is plain
 * JSON Schema (draft-07) plus a few `x-` annotations; `writeSchemas.ts` emits it to
 * `schemas/*.json` so that other YAML tooling can use the very same files.
 *
 * Descriptions are one plain sentence, lower-case, without a final full stop, that completes
 * "<field> …: <description>", e.g. "a non-disclosure agreement has to be part of the contract".
 * Every description is written in English and German in one place, `d('…', '…')`: the English
 * is the node's `description` (what the published schemas and other YAML tools show), the German
 * its `x-description-de`. `fieldDescription` in describe.ts picks one for a locale.
 */
import type { RefKind } from '../domain/references';
import type { LifecycleStatus, MeasureId } from '../types';

export type Obligation = 'must' | 'should' | 'optional';

export type { RefKind } from '../domain/references';
export { MEASURE_ID_PATTERN } from '../domain/measures';

export interface SchemaNode {
  $schema?: string;
  $id?: string;
  title?: string;
  type?: 'object' | 'array' | 'string' | 'boolean' | 'integer' | 'number';
  description?: string;
  /** The German twin of `description` (see `d`). */
  'x-description-de'?: string;
  markdownDescription?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: boolean | SchemaNode;
  propertyNames?: SchemaNode;
  items?: SchemaNode;
  enum?: string[];
  const?: string | boolean;
  pattern?: string;
  format?: string;
  minLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  contains?: SchemaNode;
  anyOf?: SchemaNode[];
  allOf?: SchemaNode[];
  if?: SchemaNode;
  then?: SchemaNode;
  else?: SchemaNode;
  default?: unknown;
  /** The measure a property implements; inherited by everything below it. */
  'x-measure'?: MeasureId;
  /** Effective obligation (filled in by `annotate`, or set by hand for conditional fields). */
  'x-obligation'?: Obligation;
  /** Keys that should be present (a missing one is a warning). */
  'x-should'?: string[];
  /** A human name of the expected type, used in messages: "a date (YYYY-MM-DD)". */
  'x-type'?: string;
  /** The German twin of `x-type`: "ein Datum (JJJJ-MM-TT)". */
  'x-type-de'?: string;
  /** The field holds the id of something defined elsewhere. */
  'x-ref'?: RefKind;
  /** A list must contain all of these values (of `property` when the items are objects). */
  'x-required-values'?: { values: string[]; property?: string };
  /** The status from which a top-level section is required. */
  'x-required-from'?: LifecycleStatus;
  /** What to say when `contains` fails. */
  'x-contains-message'?: string;
  /** The German twin of `x-contains-message`. */
  'x-contains-message-de'?: string;
  /** Published schemas only: the value a should field is expected to have (`const` for a must). */
  'x-expected'?: boolean;
  /** Published schemas only: the recommended least number of entries of a should list. */
  'x-min-items'?: number;
  /** Published schemas only: an entry a should list is recommended to contain. */
  'x-contains'?: SchemaNode;
  /** What editors and validators show when the value fails: plain words, never the pattern. */
  errorMessage?: string;
  /** What yaml-language-server shows when `pattern` fails. */
  patternErrorMessage?: string;
}

export type Properties = Record<string, SchemaNode>;

export interface ObjectFields {
  must?: Properties;
  should?: Properties;
  optional?: Properties;
}

/** What a field is for, in English and German: written together, in one place, with `d`. */
export interface Description {
  en: string;
  de: string;
}

/** A description in both locales: `d('the day the contract was signed', 'der Tag, an dem …')`. */
export function d(en: string, de: string): Description {
  return { en, de };
}

/** The keys a description becomes on a schema node. */
export function described(
  description: Description,
): Required<Pick<SchemaNode, 'description' | 'x-description-de'>> {
  return { description: description.en, 'x-description-de': description.de };
}

/** The name of an expected type in both locales, stored as `x-type` and `x-type-de`. */
export function typed(en: string, de: string): Required<Pick<SchemaNode, 'x-type' | 'x-type-de'>> {
  return { 'x-type': en, 'x-type-de': de };
}

export const DATE_TYPE = 'a date (YYYY-MM-DD)';
export const DURATION_TYPE = 'an ISO 8601 duration such as PT4H, P30D, P3M or P1Y';
const DATE_TYPE_DE = 'ein Datum (JJJJ-MM-TT)';
const DURATION_TYPE_DE = 'eine Dauer nach ISO 8601, z. B. PT4H, P30D, P3M oder P1Y';
const BOOLEAN_TYPE = typed('true or false', 'true oder false');

/** ISO 8601 durations: P1Y2M10DT2H30M, PT4H, P3M, P2W. At least one component is required. */
export const DURATION_PATTERN =
  '^P(?!$)(\\d+(\\.\\d+)?Y)?(\\d+(\\.\\d+)?M)?(\\d+(\\.\\d+)?W)?(\\d+(\\.\\d+)?D)?(T(?!$)(\\d+(\\.\\d+)?H)?(\\d+(\\.\\d+)?M)?(\\d+(\\.\\d+)?S)?)?$';

export const ID_PATTERN = '^[A-Za-z][A-Za-z0-9._-]{1,63}$';

/** "the id of a party" / "die ID einer Partei": what a `ref<kind>` field holds. */
const REF_TARGET: Record<RefKind, Description> = {
  party: d('the id of a party', 'die ID einer Partei'),
  contact: d('the id of a contact', 'die ID einer Ansprechperson'),
  dependency: d('the id of a dependency', 'die ID einer Abhängigkeit (eines Dritten)'),
  partner: d('the id of a partner', 'die ID eines Kommunikationspartners'),
  classification: d('the id of a classification', 'die ID einer Klassifizierungsstufe'),
  severity: d('the id of a severity', 'die ID eines Schweregrads'),
  dca: d('the id of a dca', 'die ID einer Netzanbindungsvereinbarung'),
  engagement: d('the id of a engagement', 'die ID eines Outsourcing-Vorhabens'),
};

export function text(description: Description): SchemaNode {
  return { type: 'string', minLength: 1, ...typed('text', 'Text'), ...described(description) };
}

export function date(description: Description): SchemaNode {
  return {
    type: 'string',
    format: 'date',
    ...typed(DATE_TYPE, DATE_TYPE_DE),
    ...described(description),
  };
}

export function duration(description: Description): SchemaNode {
  return {
    type: 'string',
    pattern: DURATION_PATTERN,
    ...typed(DURATION_TYPE, DURATION_TYPE_DE),
    ...described(description),
  };
}

export function bool(description: Description): SchemaNode {
  return { type: 'boolean', ...BOOLEAN_TYPE, ...described(description) };
}

/** A `true!` field: a boolean that has to be true; false is a finding, not a type error. */
export function mustBeTrue(description: Description): SchemaNode {
  return { type: 'boolean', const: true, ...BOOLEAN_TYPE, ...described(description) };
}

/** A boolean that has to be false (e.g. an operator admin that must not read tenant data). */
export function mustBeFalse(description: Description): SchemaNode {
  return { type: 'boolean', const: false, ...BOOLEAN_TYPE, ...described(description) };
}

export function integer(description: Description, minimum?: number): SchemaNode {
  const type =
    minimum === undefined
      ? typed('a whole number', 'eine ganze Zahl')
      : typed(`a whole number of at least ${minimum}`, `eine ganze Zahl, mindestens ${minimum}`);
  return {
    type: 'integer',
    ...type,
    ...(minimum === undefined ? {} : { minimum }),
    ...described(description),
  };
}

export function choice(values: readonly string[], description: Description): SchemaNode {
  return {
    type: 'string',
    enum: [...values],
    ...typed(`one of ${values.join(', ')}`, `einer der Werte ${values.join(', ')}`),
    ...described(description),
  };
}

export const LEVELS = ['normal', 'high', 'very-high'] as const;

export function level(description: Description): SchemaNode {
  return choice(LEVELS, description);
}

export function id(description: Description): SchemaNode {
  return {
    type: 'string',
    pattern: ID_PATTERN,
    ...typed(
      'an id (a letter, then 1-63 letters, digits, dots, underscores or hyphens)',
      'eine ID (ein Buchstabe, dann 1-63 Buchstaben, Ziffern, Punkte, Unterstriche oder Bindestriche)',
    ),
    ...described(description),
  };
}

export function ref(kind: RefKind, description: Description): SchemaNode {
  return {
    type: 'string',
    minLength: 1,
    'x-ref': kind,
    ...typed(REF_TARGET[kind].en, REF_TARGET[kind].de),
    ...described(description),
  };
}

export function list(items: SchemaNode, description: Description, minItems?: number): SchemaNode {
  return {
    type: 'array',
    items,
    ...typed('a list', 'eine Liste'),
    ...(minItems === undefined ? {} : { minItems }),
    ...described(description),
  };
}

export function textList(description: Description, minItems = 1): SchemaNode {
  return list(text(d('an entry of the list', 'ein Eintrag der Liste')), description, minItems);
}

export function refList(kind: RefKind, description: Description, minItems = 1): SchemaNode {
  return list(ref(kind, REF_TARGET[kind]), description, minItems);
}

export function choiceList(
  values: readonly string[],
  description: Description,
  minItems = 1,
): SchemaNode {
  const entry = choice(values, d('one of the allowed values', 'einer der zulässigen Werte'));
  return list(entry, description, minItems);
}

/** Free text or a list of text, for fields the format leaves loose ("procedure", "topics"). */
export function textOrList(description: Description): SchemaNode {
  return {
    anyOf: [
      { type: 'string', minLength: 1 },
      { type: 'array', items: { type: 'string', minLength: 1 } },
    ],
    ...typed('text or a list of text', 'Text oder eine Liste von Texten'),
    ...described(description),
  };
}

const MAPPING_TYPE = typed('a mapping', 'eine Zuordnung (YAML-Mapping)');

/** A closed object: unknown keys are reported; must keys are `required`, should keys `x-should`. */
export function object(description: Description, fields: ObjectFields): SchemaNode {
  const must = fields.must ?? {};
  const should = fields.should ?? {};
  const node: SchemaNode = {
    type: 'object',
    ...MAPPING_TYPE,
    ...described(description),
    properties: { ...must, ...should, ...(fields.optional ?? {}) },
    additionalProperties: false,
  };
  if (Object.keys(must).length > 0) node.required = Object.keys(must);
  if (Object.keys(should).length > 0) node['x-should'] = Object.keys(should);
  return node;
}

/** A mapping from free keys (e.g. severities) to values of one schema. */
export function mapOf(values: SchemaNode, description: Description): SchemaNode {
  return {
    type: 'object',
    ...MAPPING_TYPE,
    additionalProperties: values,
    ...described(description),
  };
}

/** Marks a node as implementing a measure (inherited by everything below it). */
export function measure(id: MeasureId, node: SchemaNode): SchemaNode {
  return { ...node, 'x-measure': id };
}

/** Fixes a field's obligation by hand: for fields a condition makes required. */
export function withObligation(obligation: Obligation, node: SchemaNode): SchemaNode {
  return { ...node, 'x-obligation': obligation };
}

/** A list that has to contain every one of `values` (of `property` for lists of objects). */
export function requireValues(
  node: SchemaNode,
  values: readonly string[],
  property?: string,
): SchemaNode {
  return {
    ...node,
    'x-required-values': { values: [...values], ...(property ? { property } : {}) },
  };
}

/** `if <property> is one of <values> then <then>` on an object schema. */
export function when(
  property: string,
  values: readonly (string | boolean)[],
  then: SchemaNode,
): SchemaNode {
  const condition: SchemaNode =
    values.length === 1 && typeof values[0] === 'boolean'
      ? { const: values[0] }
      : { enum: values.map(String) };
  return { if: { properties: { [property]: condition }, required: [property] }, then };
}

/** `if <property> is present then <then>`. */
export function whenPresent(property: string, then: SchemaNode): SchemaNode {
  return { if: { required: [property] }, then };
}

export function withConditions(node: SchemaNode, ...conditions: SchemaNode[]): SchemaNode {
  return { ...node, allOf: [...(node.allOf ?? []), ...conditions] };
}
