/** Typed reading of untyped YAML data: the rules never trust a value's shape. */
import type { DataPath } from './types';

export type DataRecord = Record<string, unknown>;

export function asRecord(value: unknown): DataRecord | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as DataRecord)
    : undefined;
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The value at `path`, or undefined when any step is missing or of the wrong shape. */
export function valueAt(data: unknown, path: DataPath): unknown {
  let current = data;
  for (const segment of path) {
    if (typeof segment === 'number')
      current = Array.isArray(current) ? current[segment] : undefined;
    else current = asRecord(current)?.[segment];
    if (current === undefined) return undefined;
  }
  return current;
}

/** Ids of the records in a list (`[{id: a}, {id: b}]` -> ['a', 'b']). */
export function idsOf(list: unknown, key = 'id'): string[] {
  return asArray(list)
    .map((item) => asString(asRecord(item)?.[key]))
    .filter((id): id is string => id !== undefined);
}
