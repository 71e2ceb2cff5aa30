/**
 * Questions about the schema at a data path: which schema node describes it, which measure
 * it implements, how strongly it is required. Used for messages, hovers and completion.
 */
import type { DataPath, MeasureId } from '../types';
import type { Obligation, SchemaNode } from './dsl';

/** The schema node that describes the value at `path`, or undefined where the schema says nothing. */
export function schemaAt(root: SchemaNode, path: DataPath): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const segment of path) {
    if (!node) return undefined;
    node = childSchema(node, segment);
  }
  return node;
}

export function childSchema(node: SchemaNode, segment: string | number): SchemaNode | undefined {
  if (typeof segment === 'number') return node.items;
  const property = node.properties?.[segment];
  if (property) return property;
  return typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined;
}

/** The measure of the nearest annotated schema node along `path` (the deepest one wins). */
export function measureOf(root: SchemaNode, path: DataPath): MeasureId | null {
  let node: SchemaNode | undefined = root;
  let measure: MeasureId | null = root['x-measure'] ?? null;
  for (const segment of path) {
    node = node && childSchema(node, segment);
    if (!node) break;
    measure = node['x-measure'] ?? measure;
  }
  return measure;
}

export function obligationOf(root: SchemaNode, path: DataPath): Obligation {
  return schemaAt(root, path)?.['x-obligation'] ?? 'optional';
}

/** Formats a data path the way users write it: `contract.emergency.escalationLevels[0].after`. */
export function formatPath(path: DataPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}
