/**
 * Moving parsed nodes to other offsets: the nodes of a fresh parse in place, the previous
 * parse's pairs as copies (so that the previous parse stays intact).
 */
import { isCollection, isPair, Pair, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';

export type Range = [number, number, number];

export function shiftRange(range: Range, delta: number): void {
  range[0] += delta;
  range[1] += delta;
  range[2] += delta;
}

export function shiftNode(node: unknown, delta: number): void {
  if (isPair(node)) {
    shiftNode(node.key, delta);
    shiftNode(node.value, delta);
    return;
  }
  const range = (node as Node | null)?.range as Range | null | undefined;
  if (range) shiftRange(range, delta);
  if (isCollection(node)) for (const item of node.items) shiftNode(item, delta);
}

const shifted = (range: Range | null | undefined, delta: number): Range | null | undefined =>
  range ? [range[0] + delta, range[1] + delta, range[2] + delta] : range;

/** An empty node of the same class, or undefined for the classes of custom tags (`!!omap` ...). */
function sameClass(node: object): Scalar | YAMLMap | YAMLSeq | undefined {
  const prototype: unknown = Object.getPrototypeOf(node);
  if (prototype === Scalar.prototype) return new Scalar(null);
  if (prototype === YAMLMap.prototype) return new YAMLMap((node as YAMLMap).schema);
  if (prototype === YAMLSeq.prototype) return new YAMLSeq((node as YAMLSeq).schema);
  return undefined;
}

/**
 * A deep copy at offsets moved by `delta`. Made with the node classes' constructors and their
 * own properties: `clone()` copies through property descriptors, which cost more than half the
 * time of an incremental parse of a 2,000-line document.
 */
function shiftedCopy(item: unknown, delta: number): unknown {
  if (item === null || typeof item !== 'object') return item;
  if (isPair(item)) return new Pair(shiftedCopy(item.key, delta), shiftedCopy(item.value, delta));
  const copy = sameClass(item);
  if (!copy) {
    const cloned = (item as Node).clone();
    shiftNode(cloned, delta);
    return cloned;
  }
  Object.assign(copy, item);
  copy.range = shifted((item as Node).range as Range | null | undefined, delta);
  if (isCollection(copy))
    copy.items = (item as YAMLMap | YAMLSeq).items.map((child: unknown) =>
      shiftedCopy(child, delta),
    ) as typeof copy.items;
  return copy;
}

/** A pair of the previous parse at its new offsets: itself if they did not move, else a copy. */
export function moved(pair: Pair, delta: number): Pair {
  return delta === 0 ? pair : (shiftedCopy(pair, delta) as Pair);
}

/** An item of a collection (a pair or a node) at its new offsets, as `moved` does for pairs. */
export function movedItem(item: unknown, delta: number): unknown {
  return delta === 0 ? item : shiftedCopy(item, delta);
}
