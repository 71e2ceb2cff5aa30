/**
 * A small vocabulary for writing the measure schemas in TypeScript. The result is plain
 * JSON Schema (draft-07) plus a few `x-` annotations; `writeSchemas.ts` emits it to
 * `schemas/*.json` so that other YAML tooling can use the very same files.
 *
 * Descriptions are one plain sentence, lower-case, without a final full stop, that completes
 * "<field> …: <description>", e.g. "a non-disclosure agreement has to be part of the contract".
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
  /** The field holds the id of something defined elsewhere. */
  'x-ref'?: RefKind;
  /** A list must contain all of these values (of `property` when the items are objects). */
  'x-required-values'?: { values: string[]; property?: string };
  /** The status from which a top-level section is required. */
  'x-required-from'?: LifecycleStatus;
  /** What to say when `contains` fails. */
  'x-contains-message'?: string;
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

export const DATE_TYPE = 'a date (YYYY-MM-DD)';
export const DURATION_TYPE = 'an ISO 8601 duration such as PT4H, P30D, P3M or P1Y';

/** ISO 8601 durations: P1Y2M10DT2H30M, PT4H, P3M, P2W. At least one component is required. */
export const DURATION_PATTERN =
  '^P(?!$)(\\d+(\\.\\d+)?Y)?(\\d+(\\.\\d+)?M)?(\\d+(\\.\\d+)?W)?(\\d+(\\.\\d+)?D)?(T(?!$)(\\d+(\\.\\d+)?H)?(\\d+(\\.\\d+)?M)?(\\d+(\\.\\d+)?S)?)?$';

export const ID_PATTERN = '^[A-Za-z][A-Za-z0-9._-]{1,63}$';

export function text(description: string): SchemaNode {
  return { type: 'string', minLength: 1, 'x-type': 'text', description };
}

export function date(description: string): SchemaNode {
  return { type: 'string', format: 'date', 'x-type': DATE_TYPE, description };
}

export function duration(description: string): SchemaNode {
  return { type: 'string', pattern: DURATION_PATTERN, 'x-type': DURATION_TYPE, description };
}

export function bool(description: string): SchemaNode {
  return { type: 'boolean', 'x-type': 'true or false', description };
}

/** A `true!` field: a boolean that has to be true; false is a finding, not a type error. */
export function mustBeTrue(description: string): SchemaNode {
  return { type: 'boolean', const: true, 'x-type': 'true or false', description };
}

/** A boolean that has to be false (e.g. an operator admin that must not read tenant data). */
export function mustBeFalse(description: string): SchemaNode {
  return { type: 'boolean', const: false, 'x-type': 'true or false', description };
}

export function integer(description: string, minimum?: number): SchemaNode {
  return {
    type: 'integer',
    'x-type': minimum === undefined ? 'a whole number' : `a whole number of at least ${minimum}`,
    ...(minimum === undefined ? {} : { minimum }),
    description,
  };
}

export function choice(values: readonly string[], description: string): SchemaNode {
  return {
    type: 'string',
    enum: [...values],
    'x-type': `one of ${values.join(', ')}`,
    description,
  };
}

export const LEVELS = ['normal', 'high', 'very-high'] as const;

export function level(description: string): SchemaNode {
  return choice(LEVELS, description);
}

export function id(description: string): SchemaNode {
  return {
    type: 'string',
    pattern: ID_PATTERN,
    'x-type': 'an id (a letter, then 1-63 letters, digits, dots, underscores or hyphens)',
    description,
  };
}

export function ref(kind: RefKind, description: string): SchemaNode {
  return {
    type: 'string',
    minLength: 1,
    'x-ref': kind,
    'x-type': `the id of a ${kind}`,
    description,
  };
}

export function list(items: SchemaNode, description: string, minItems?: number): SchemaNode {
  return {
    type: 'array',
    items,
    'x-type': 'a list',
    ...(minItems === undefined ? {} : { minItems }),
    description,
  };
}

export function textList(description: string, minItems = 1): SchemaNode {
  return list(text('an entry of the list'), description, minItems);
}

export function refList(kind: RefKind, description: string, minItems = 1): SchemaNode {
  return list(ref(kind, `the id of a ${kind}`), description, minItems);
}

export function choiceList(
  values: readonly string[],
  description: string,
  minItems = 1,
): SchemaNode {
  return list(choice(values, 'one of the allowed values'), description, minItems);
}

/** Free text or a list of text, for fields the format leaves loose ("procedure", "topics"). */
export function textOrList(description: string): SchemaNode {
  return {
    anyOf: [
      { type: 'string', minLength: 1 },
      { type: 'array', items: { type: 'string', minLength: 1 } },
    ],
    'x-type': 'text or a list of text',
    description,
  };
}

/** A closed object: unknown keys are reported; must keys are `required`, should keys `x-should`. */
export function object(description: string, fields: ObjectFields): SchemaNode {
  const must = fields.must ?? {};
  const should = fields.should ?? {};
  const node: SchemaNode = {
    type: 'object',
    'x-type': 'a mapping',
    description,
    properties: { ...must, ...should, ...(fields.optional ?? {}) },
    additionalProperties: false,
  };
  if (Object.keys(must).length > 0) node.required = Object.keys(must);
  if (Object.keys(should).length > 0) node['x-should'] = Object.keys(should);
  return node;
}

/** A mapping from free keys (e.g. severities) to values of one schema. */
export function mapOf(values: SchemaNode, description: string): SchemaNode {
  return { type: 'object', 'x-type': 'a mapping', additionalProperties: values, description };
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
