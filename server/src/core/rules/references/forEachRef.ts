/** Walks a document along its schema to every value of a `ref<…>` field. */
import { asRecord } from '../../data';
import type { RefKind, SchemaNode } from '../../schema/dsl';
import { childSchema } from '../../schema/lookup';
import type { DataPath } from '../../types';

/** One string value of a `ref<…>` field, found by walking the data along its schema. */
export interface RefOccurrence {
  kind: RefKind;
  value: string;
  path: DataPath;
}

/**
 * Calls `visit` for every string value whose schema node carries `x-ref`, following
 * `properties`, `items` and `additionalProperties`. Values of the wrong shape are skipped.
 */
export function forEachRef(
  schema: SchemaNode,
  data: unknown,
  visit: (occurrence: RefOccurrence) => void,
  path: DataPath = [],
): void {
  const kind = schema['x-ref'];
  if (kind !== undefined) {
    if (typeof data === 'string') visit({ kind, value: data, path });
    return;
  }
  if (Array.isArray(data)) {
    if (schema.items)
      data.forEach((item, i) => forEachRef(schema.items!, item, visit, [...path, i]));
    return;
  }
  const record = asRecord(data);
  if (!record) return;
  for (const [key, value] of Object.entries(record)) {
    const child = childSchema(schema, key);
    if (child) forEachRef(child, value, visit, [...path, key]);
  }
}
