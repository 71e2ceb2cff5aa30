/**
 * The schemas as published for other YAML tools (yaml-language-server, generic validators).
 * JSON Schema has no warnings: whatever it checks is an error. So a published schema may only
 * hold a constraint where this checker also reports an error; where the checker only warns
 * (a should field, a key it does not know) the constraint becomes an `x-` annotation that other
 * tools ignore and readers still see. Pure: returns a new tree.
 */
import type { DataPath } from '../types';
import type { SchemaNode } from './dsl';
import { schemaAt } from './lookup';

/** Stands for any key of an `additionalProperties` mapping when looking up obligations. */
const ANY_KEY = '\u0000any';

interface Walk {
  root: SchemaNode;
  path: DataPath;
}

/** The checker warns (instead of erring) on a value check at `path` (see schemaFindings.ts). */
function checkerWarnsOnValue(walk: Walk): boolean {
  const obligation = schemaAt(walk.root, walk.path)?.['x-obligation'];
  return obligation === 'should' || obligation === 'optional';
}

/** The checker warns on a list check (`minItems`, `contains`) at `path`. */
function checkerWarnsOnList(walk: Walk): boolean {
  return schemaAt(walk.root, walk.path)?.['x-obligation'] === 'should';
}

function softenRequired(node: SchemaNode, walk: Walk): void {
  if (!node.required) return;
  const isShould = (key: string) =>
    schemaAt(walk.root, [...walk.path, key])?.['x-obligation'] === 'should';
  const should = node.required.filter(isShould);
  if (should.length === 0) return;
  const must = node.required.filter((key) => !isShould(key));
  if (must.length) node.required = must;
  else delete node.required;
  node['x-should'] = [...new Set([...(node['x-should'] ?? []), ...should])];
}

function softenConstraints(node: SchemaNode, walk: Walk): void {
  if (typeof node.const === 'boolean' && checkerWarnsOnValue(walk)) {
    node['x-expected'] = node.const;
    if (node.markdownDescription)
      node.markdownDescription += `\n\nRecommended value: ${String(node.const)}.`;
    delete node.const;
  }
  if (node.minItems !== undefined && checkerWarnsOnList(walk)) {
    node['x-min-items'] = node.minItems;
    delete node.minItems;
  }
  if (node.contains && checkerWarnsOnList(walk)) {
    node['x-contains'] = node.contains;
    delete node.contains;
  }
  // The checker reports an unknown key as a warning (a likely typo), never as an error.
  if (node.additionalProperties === false) delete node.additionalProperties;
  softenRequired(node, walk);
}

function publishNode(source: SchemaNode, walk: Walk): SchemaNode {
  const node: SchemaNode = { ...source };
  softenConstraints(node, walk);
  const at = (segment: string | number): Walk => ({
    root: walk.root,
    path: [...walk.path, segment],
  });
  if (source.properties) {
    node.properties = Object.fromEntries(
      Object.entries(source.properties).map(([key, child]) => [key, publishNode(child, at(key))]),
    );
  }
  if (source.items) node.items = publishNode(source.items, at(0));
  if (typeof source.additionalProperties === 'object')
    node.additionalProperties = publishNode(source.additionalProperties, at(ANY_KEY));
  // Branches constrain the same value; an `if` only asks a question and stays as it is.
  if (source.allOf) node.allOf = source.allOf.map((branch) => publishNode(branch, walk));
  if (source.anyOf) node.anyOf = source.anyOf.map((branch) => publishNode(branch, walk));
  if (source.then) node.then = publishNode(source.then, walk);
  if (source.else) node.else = publishNode(source.else, walk);
  return node;
}

/** The schema of a document kind as published: only the checker's errors are constraints. */
export function publishedSchema(root: SchemaNode): SchemaNode {
  return publishNode(root, { root, path: [] });
}
