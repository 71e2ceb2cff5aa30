/**
 * From data paths to source offsets, using the `yaml` node ranges. Every range the engine
 * reports comes from here, so it always points at real text: a key, a scalar value, or
 * (for a path that does not exist) the key of the nearest ancestor that does.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import type { DataPath } from './types';

export type Span = [start: number, end: number];

export interface LocatedNode {
  /** The key node of the last map step, when the path ended in a map key. */
  key: Node | undefined;
  /** The value node (undefined when the key has no value node). */
  value: Node | undefined;
  /** How many path segments were found; equals path.length when the whole path exists. */
  depth: number;
}

function span(node: Node | undefined | null, end: 'value' | 'node' = 'value'): Span | undefined {
  const range = node?.range;
  if (!range) return undefined;
  return [range[0], end === 'value' ? range[1] : range[2]];
}

function deref(doc: Document, node: unknown): Node | undefined {
  if (isAlias(node)) return (node.resolve(doc) as Node | undefined) ?? undefined;
  return (node as Node | null) ?? undefined;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

type MapNode = Extract<Node, { items: unknown[] }> & { items: Pair[] };

/** Key indexes of large mappings, built once per parsed node (a parse is never mutated). */
const keyIndexes = new WeakMap<object, Map<string, Pair>>();

/** The pair of `key` in a mapping: a scan for small ones, an index for large ones (no quadratic walks). */
function pairOf(map: MapNode, key: string): Pair | undefined {
  if (map.items.length < 32)
    return map.items.find((item) => isPair(item) && keyText(item.key) === key);
  let index = keyIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const item of map.items) {
      const name = isPair(item) ? keyText(item.key) : undefined;
      if (name !== undefined && !index.has(name)) index.set(name, item);
    }
    keyIndexes.set(map, index);
  }
  return index.get(key);
}

/** Walks `path` through the document's nodes as far as it exists. */
export function locate(doc: Document, path: DataPath): LocatedNode {
  let value = deref(doc, doc.contents);
  let key: Node | undefined;
  let depth = 0;
  for (const segment of path) {
    if (isMap(value) && typeof segment === 'string') {
      const pair = pairOf(value, segment);
      if (!pair) break;
      key = (pair.key as Node | null) ?? undefined;
      value = deref(doc, pair.value);
    } else if (isSeq(value) && typeof segment === 'number' && segment < value.items.length) {
      key = undefined;
      value = deref(doc, value.items[segment]);
    } else {
      break;
    }
    depth++;
  }
  return { key, value, depth };
}

/** The first key of a mapping node (for findings about a list item or the document root). */
function firstKey(node: Node | undefined): Node | undefined {
  if (!isMap(node)) return undefined;
  const first = node.items[0];
  return isPair(first) ? ((first.key as Node | null) ?? undefined) : undefined;
}

function rootAnchor(doc: Document): Span {
  const contents = deref(doc, doc.contents);
  if (isMap(contents)) {
    const kindPair = contents.items.find((item) => isPair(item) && keyText(item.key) === 'kind');
    const key = kindPair ? (kindPair.key as Node) : firstKey(contents);
    const found = span(key);
    if (found) return found;
  }
  const start = contents?.range?.[0] ?? doc.range?.[0] ?? 0;
  return [start, start];
}

/** The span that names the thing at `located`: its key, or for a list item its first key. */
export function keySpan(doc: Document, located: LocatedNode): Span {
  if (located.depth === 0) return rootAnchor(doc);
  const own = span(located.key) ?? span(firstKey(located.value));
  if (own) return own;
  const valueSpan = span(located.value);
  return valueSpan ?? rootAnchor(doc);
}

/**
 * Where to report something about `path`:
 * - `key`: the key of the path (missing children and unknown keys are reported on keys);
 * - `value`: a scalar value itself; for a mapping or list value, its key (never a whole block).
 * A path that does not exist falls back to the key of its deepest existing ancestor.
 */
export function spanOfPath(doc: Document, path: DataPath, part: 'key' | 'value'): Span {
  const located = locate(doc, path);
  if (located.depth < path.length) return keySpan(doc, locate(doc, path.slice(0, located.depth)));
  if (part === 'value' && isScalarValue(located.value)) {
    const valueSpan = span(located.value);
    if (valueSpan && valueSpan[1] > valueSpan[0]) return valueSpan;
  }
  return keySpan(doc, located);
}

function isScalarValue(node: Node | undefined): boolean {
  return isScalar(node);
}

/** The full span of the node at `path` (key through the end of its value), for edits. */
export function fullSpanOfPath(doc: Document, path: DataPath): Span | undefined {
  const located = locate(doc, path);
  if (located.depth < path.length) return undefined;
  return fullSpanOf(located);
}

/**
 * The node of one pair of a mapping at `depth`, as `locate` would find it: walking a mapping's
 * pairs in order needs no lookup by key (and finds every pair of a repeated key, not the first).
 */
export function locatedPair(doc: Document, pair: Pair, depth: number): LocatedNode {
  return { key: (pair.key as Node | null) ?? undefined, value: deref(doc, pair.value), depth };
}

/** Key through the end of the value of a found node (see `fullSpanOfPath`). */
export function fullSpanOf(located: LocatedNode): Span | undefined {
  const start = located.key?.range?.[0] ?? located.value?.range?.[0];
  const end = span(located.value, 'node')?.[1] ?? span(located.key)?.[1];
  // an alias value ends where the alias is written, not where the node it names ends (earlier)
  return start === undefined || end === undefined
    ? undefined
    : [start, Math.max(end, span(located.key)?.[1] ?? start)];
}

export interface PathAtOffset {
  /** The data path of the innermost key or item that contains the offset. */
  path: DataPath;
  /** Whether the offset is on the key itself or inside its value. */
  part: 'key' | 'value';
  /** The node under the offset (a key scalar, or the value node). */
  node: Node | undefined;
}

function contains(node: unknown, offset: number): boolean {
  const range = (node as Node | null)?.range;
  return !!range && offset >= range[0] && offset <= range[1];
}

/** The reverse of `locate`: which data path the text at `offset` belongs to. */
export function pathAtOffset(doc: Document, offset: number): PathAtOffset {
  const path: (string | number)[] = [];
  let node = deref(doc, doc.contents);
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => contains(item.key, offset) || contains(item.value, offset),
      );
      if (!pair) break;
      const key = keyText(pair.key);
      if (key === undefined) break;
      path.push(key);
      if (contains(pair.key, offset)) return { path, part: 'key', node: pair.key as Node };
      node = deref(doc, pair.value);
      if (isAlias(pair.value)) break; // a recursive alias (&a [*a]) would lead back here for ever
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => contains(item, offset));
      if (index < 0) break;
      path.push(index);
      const item = node.items[index];
      node = deref(doc, item);
      if (isAlias(item)) break;
    } else {
      break;
    }
  }
  return { path, part: 'value', node };
}
