/**
 * Keys that the schema's `if … then` conditions make required at a path, for the data the
 * document has: e.g. `contract.signedOn` once `metadata.status` is past negotiation. A new
 * mapping gets them as placeholders, so that inserting it does not add a finding.
 */
import { asRecord } from '../../data';
import type { SchemaNode } from '../../schema/dsl';
import { childSchema } from '../../schema/lookup';
import type { DataPath } from '../../types';

/** Whether `data` meets an `if` schema (the subset the schemas use: const, enum, properties, required). */
function meets(condition: SchemaNode, data: unknown): boolean {
  if (condition.const !== undefined) return data === condition.const;
  if (condition.enum) return typeof data === 'string' && condition.enum.includes(data);
  const record = asRecord(data);
  if (condition.required?.some((key) => record?.[key] === undefined)) return false;
  return Object.entries(condition.properties ?? {}).every(
    ([key, property]) => record?.[key] === undefined || meets(property, record[key]),
  );
}

/** The `then` schemas of the conditions of `schema` that `data` meets. */
function thenBranches(schema: SchemaNode, data: unknown): SchemaNode[] {
  return (schema.allOf ?? []).flatMap((condition) =>
    condition.if && condition.then && meets(condition.if, data) ? [condition.then] : [],
  );
}

function childData(data: unknown, segment: string | number): unknown {
  if (typeof segment === 'number') return Array.isArray(data) ? data[segment] : undefined;
  return asRecord(data)?.[segment];
}

/** The keys the schema at `path` requires, with those of the conditions met along the way. */
export function conditionallyRequired(root: SchemaNode, data: unknown, path: DataPath): string[] {
  let views: SchemaNode[] = [root];
  let current = data;
  for (const segment of path) {
    const applying = [...views, ...views.flatMap((view) => thenBranches(view, current))];
    views = applying.flatMap((view) => {
      const next = childSchema(view, segment);
      return next ? [next] : [];
    });
    current = childData(current, segment);
  }
  const applying = [...views, ...views.flatMap((view) => thenBranches(view, current))];
  return [...new Set(applying.flatMap((view) => view.required ?? []))];
}
