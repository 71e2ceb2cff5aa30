/**
 * Typed placeholder values for a missing key, derived from its schema node: a value that is
 * valid where it stands (so the fix adds no new error) but obviously still to be filled in.
 * What the schema cannot tell (values other fields or rules tie a field to, keys that a rule or
 * a condition makes necessary) comes from the `PlaceholderSource`.
 */
import { DURATION_PATTERN, ID_PATTERN, type RefKind, type SchemaNode } from '../../schema/dsl';
import type { DataPath } from '../../types';

export type PlaceholderValue =
  | { shape: 'scalar'; text: string; confirm?: boolean }
  | { shape: 'map'; entries: (readonly [string, PlaceholderValue])[] }
  | { shape: 'list'; items: PlaceholderValue[] };

/** A value the rules tie a field to; `confirm` when it states a fact the user has to check. */
export interface RuledValue {
  value: string | boolean | readonly string[];
  confirm: boolean;
}

export interface PlaceholderSource {
  /** `YYYY-MM-DD` for date fields. */
  today: string;
  /** The ids a `ref<kind>` field may name, best candidate first. */
  idsOf(kind: RefKind): readonly string[];
  /** The value rules tie the field at `path` to (another field's value, a demanded true). */
  ruledValue(path: DataPath): RuledValue | undefined;
  /** Keys a new mapping at `path` needs beyond its schema's `required`. */
  extraKeys(path: DataPath): readonly string[];
  /** Whether the document already uses `value` somewhere (a new id has to be fresh). */
  isUsed(value: string): boolean;
  /** The text values the existing mapping or list at `path` already holds. */
  valuesIn(path: DataPath): readonly string[];
}

const TEXT_PLACEHOLDER = 'to be defined';
const LONG_TEXT_PLACEHOLDER = 'to be defined in more detail';
const ID_PLACEHOLDER = 'to-be-defined';
const MAX_DEPTH = 6;

const SAFE_PLAIN = /^[A-Za-z0-9][\w .@/+-]*$/;
const CORE_NON_STRING =
  /^(?:[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:[eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|true|True|TRUE|false|False|FALSE|null|Null|NULL|~)$/;

/** A string as a YAML scalar: plain where YAML reads it back as the same string, else quoted. */
export function yamlString(value: string): string {
  const plain = SAFE_PLAIN.test(value) && !value.endsWith(' ') && !CORE_NON_STRING.test(value);
  return plain ? value : JSON.stringify(value);
}

function scalar(text: string, confirm = false): PlaceholderValue {
  return confirm ? { shape: 'scalar', text, confirm } : { shape: 'scalar', text };
}

/** Whether the value states something as true that the user has to confirm. */
export function needsConfirmation(value: PlaceholderValue): boolean {
  switch (value.shape) {
    case 'scalar':
      return value.confirm === true;
    case 'map':
      return value.entries.some(([, child]) => needsConfirmation(child));
    case 'list':
      return value.items.some(needsConfirmation);
  }
}

/** Where a placeholder is built: its path, and the ids its siblings already name. */
interface Site {
  path: DataPath;
  depth: number;
  /** Text values of the same mapping or list: a ref names someone else where it can. */
  siblings: Set<string>;
  /** Ids this placeholder has already invented (two new ids must differ). */
  invented: Set<string>;
}

function child(site: Site, segment: string | number, siblings: Set<string>): Site {
  return { ...site, path: [...site.path, segment], depth: site.depth + 1, siblings };
}

function patternCandidate(schema: SchemaNode): string {
  if (schema.pattern === DURATION_PATTERN) return 'P1Y';
  const example = /such as ([^\s,]+)/.exec(schema['x-type'] ?? '')?.[1];
  const candidates = [TEXT_PLACEHOLDER, ID_PLACEHOLDER, ...(example ? [example] : [])];
  const pattern = new RegExp(schema.pattern ?? '');
  return candidates.find((candidate) => pattern.test(candidate)) ?? TEXT_PLACEHOLDER;
}

/** An id nothing uses yet: `to-be-defined`, else `to-be-defined-2`, … */
function freshId(source: PlaceholderSource, site: Site): string {
  let candidate = ID_PLACEHOLDER;
  for (let n = 2; source.isUsed(candidate) || site.invented.has(candidate); n++)
    candidate = `${ID_PLACEHOLDER}-${n}`;
  site.invented.add(candidate);
  return candidate;
}

/** A known id of `kind`, preferring one that no sibling names yet. */
function refPlaceholder(kind: RefKind, source: PlaceholderSource, site: Site): string {
  const ids = source.idsOf(kind);
  const chosen = ids.find((id) => !site.siblings.has(id)) ?? ids[0] ?? freshId(source, site);
  site.siblings.add(chosen);
  return chosen;
}

function stringPlaceholder(schema: SchemaNode, source: PlaceholderSource, site: Site): string {
  const ref = schema['x-ref'];
  if (ref) return refPlaceholder(ref, source, site);
  if (schema.format === 'date') return source.today;
  if (schema.format === 'email') return 'to-be-defined@example.org';
  if (schema.pattern === ID_PATTERN) return freshId(source, site);
  if (schema.pattern) return patternCandidate(schema);
  return (schema.minLength ?? 0) > TEXT_PLACEHOLDER.length
    ? LONG_TEXT_PLACEHOLDER
    : TEXT_PLACEHOLDER;
}

function listPlaceholder(
  schema: SchemaNode,
  source: PlaceholderSource,
  site: Site,
): PlaceholderValue[] {
  const required = schema['x-required-values'];
  if (required && !required.property) return required.values.map((v) => scalar(yamlString(v)));
  if (!schema.minItems || !schema.items) return [];
  const item = build(schema.items, source, child(site, 0, new Set()));
  return [satisfyContains(item, schema.contains, source, child(site, 0, new Set()))];
}

/** A list that must contain an item with certain values (`contains`) gets them in its one item. */
function satisfyContains(
  item: PlaceholderValue,
  contains: SchemaNode | undefined,
  source: PlaceholderSource,
  site: Site,
): PlaceholderValue {
  const wanted = contains?.properties;
  if (!wanted || item.shape !== 'map') return item;
  const entries = item.entries.map(([key, value]) => {
    const override = wanted[key];
    return [
      key,
      override ? build(override, source, child(site, key, site.siblings)) : value,
    ] as const;
  });
  return { shape: 'map', entries };
}

function mapPlaceholder(
  schema: SchemaNode,
  source: PlaceholderSource,
  site: Site,
): (readonly [string, PlaceholderValue])[] {
  if (site.depth >= MAX_DEPTH) return [];
  const keys = [...new Set([...(schema.required ?? []), ...source.extraKeys(site.path)])];
  const siblings = new Set<string>();
  return keys.flatMap((key) => {
    const childSchema = schema.properties?.[key];
    return childSchema
      ? [[key, build(childSchema, source, child(site, key, siblings))] as const]
      : [];
  });
}

function ruledPlaceholder(ruled: RuledValue): PlaceholderValue {
  const { value, confirm } = ruled;
  if (typeof value === 'boolean') return scalar(String(value), confirm);
  if (typeof value === 'string') return scalar(yamlString(value), confirm);
  return { shape: 'list', items: value.map((item) => scalar(yamlString(item), confirm)) };
}

function build(schema: SchemaNode, source: PlaceholderSource, site: Site): PlaceholderValue {
  const ruled = source.ruledValue(site.path);
  if (ruled) return ruledPlaceholder(ruled);
  if (typeof schema.const === 'boolean') return scalar(String(schema.const));
  if (typeof schema.const === 'string') return scalar(yamlString(schema.const));
  if (schema.enum?.length) return scalar(yamlString(schema.enum[0]));
  const textForm = schema.type ? undefined : schema.anyOf?.find((form) => form.type === 'string');
  if (textForm) return build({ ...schema, anyOf: undefined, ...textForm }, source, site);
  switch (schema.type) {
    case 'boolean':
      return scalar('false');
    case 'integer':
    case 'number':
      return scalar(String(schema.minimum ?? 1));
    case 'array':
      return { shape: 'list', items: listPlaceholder(schema, source, site) };
    case 'object':
      return { shape: 'map', entries: mapPlaceholder(schema, source, site) };
    default:
      return scalar(yamlString(stringPlaceholder(schema, source, site)));
  }
}

/** The placeholder for the value at `path` described by `schema` (required children too). */
export function placeholderFor(
  schema: SchemaNode,
  source: PlaceholderSource,
  path: DataPath,
): PlaceholderValue {
  const siblings = new Set(source.valuesIn(path.slice(0, -1)));
  return build(schema, source, { path, depth: 0, siblings, invented: new Set() });
}
