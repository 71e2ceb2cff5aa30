/**
 * Typed placeholder values for a missing key, derived from its schema node: a value that is
 * valid where it stands (so the fix adds no new error) but obviously still to be filled in.
 */
import { DURATION_PATTERN, type RefKind, type SchemaNode } from '../../schema/dsl';

export type PlaceholderValue =
  | { shape: 'scalar'; text: string }
  | { shape: 'map'; entries: (readonly [string, PlaceholderValue])[] }
  | { shape: 'list'; items: PlaceholderValue[] };

export interface PlaceholderSource {
  /** `YYYY-MM-DD` for date fields. */
  today: string;
  /** The ids a `ref<kind>` field may name, best candidate first. */
  idsOf(kind: RefKind): readonly string[];
}

const TEXT_PLACEHOLDER = 'to be defined';
const LONG_TEXT_PLACEHOLDER = 'to be defined in more detail';
const MAX_DEPTH = 6;

const SAFE_PLAIN = /^[A-Za-z0-9][\w .@/+-]*$/;
const CORE_NON_STRING =
  /^(?:[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:[eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|true|True|TRUE|false|False|FALSE|null|Null|NULL|~)$/;

/** A string as a YAML scalar: plain where YAML reads it back as the same string, else quoted. */
export function yamlString(value: string): string {
  const plain = SAFE_PLAIN.test(value) && !value.endsWith(' ') && !CORE_NON_STRING.test(value);
  return plain ? value : JSON.stringify(value);
}

function scalar(text: string): PlaceholderValue {
  return { shape: 'scalar', text };
}

function patternCandidate(schema: SchemaNode): string {
  if (schema.pattern === DURATION_PATTERN) return 'P1Y';
  const example = /such as ([^\s,]+)/.exec(schema['x-type'] ?? '')?.[1];
  const candidates = [TEXT_PLACEHOLDER, 'to-be-defined', ...(example ? [example] : [])];
  const pattern = new RegExp(schema.pattern ?? '');
  return candidates.find((candidate) => pattern.test(candidate)) ?? TEXT_PLACEHOLDER;
}

function stringPlaceholder(schema: SchemaNode, source: PlaceholderSource): string {
  const ref = schema['x-ref'];
  if (ref) return source.idsOf(ref)[0] ?? 'to-be-defined';
  if (schema.format === 'date') return source.today;
  if (schema.format === 'email') return 'to-be-defined@example.org';
  if (schema.pattern) return patternCandidate(schema);
  return (schema.minLength ?? 0) > TEXT_PLACEHOLDER.length
    ? LONG_TEXT_PLACEHOLDER
    : TEXT_PLACEHOLDER;
}

function listPlaceholder(
  schema: SchemaNode,
  source: PlaceholderSource,
  depth: number,
): PlaceholderValue[] {
  const required = schema['x-required-values'];
  if (required && !required.property) return required.values.map((v) => scalar(yamlString(v)));
  if (!schema.minItems || !schema.items) return [];
  return [
    satisfyContains(placeholderFor(schema.items, source, depth + 1), schema.contains, source),
  ];
}

/** A list that must contain an item with certain values (`contains`) gets them in its one item. */
function satisfyContains(
  item: PlaceholderValue,
  contains: SchemaNode | undefined,
  source: PlaceholderSource,
): PlaceholderValue {
  const wanted = contains?.properties;
  if (!wanted || item.shape !== 'map') return item;
  const entries = item.entries.map(([key, value]) => {
    const override = wanted[key];
    return [key, override ? placeholderFor(override, source) : value] as const;
  });
  return { shape: 'map', entries };
}

function mapPlaceholder(
  schema: SchemaNode,
  source: PlaceholderSource,
  depth: number,
): (readonly [string, PlaceholderValue])[] {
  if (depth >= MAX_DEPTH) return [];
  return (schema.required ?? []).flatMap((key) => {
    const child = schema.properties?.[key];
    return child ? [[key, placeholderFor(child, source, depth + 1)] as const] : [];
  });
}

/** The placeholder for a value described by `schema` (its required children filled in too). */
export function placeholderFor(
  schema: SchemaNode,
  source: PlaceholderSource,
  depth = 0,
): PlaceholderValue {
  if (typeof schema.const === 'boolean') return scalar(String(schema.const));
  if (typeof schema.const === 'string') return scalar(yamlString(schema.const));
  if (schema.enum?.length) return scalar(yamlString(schema.enum[0]));
  switch (schema.type) {
    case 'boolean':
      return scalar('false');
    case 'integer':
    case 'number':
      return scalar(String(schema.minimum ?? 1));
    case 'array':
      return { shape: 'list', items: listPlaceholder(schema, source, depth) };
    case 'object':
      return { shape: 'map', entries: mapPlaceholder(schema, source, depth) };
    default:
      return scalar(yamlString(stringPlaceholder(schema, source)));
  }
}
