/**
 * Moving parsed nodes to other offsets: the nodes of a fresh parse in place, the previous
 * parse's pairs as copies (so that the previous parse stays intact).
 */
import { isCollection, isPair, type Node, type Pair } from 'yaml';

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

/** A pair of the previous parse at its new offsets: itself if they did not move, else a copy. */
export function moved(pair: Pair, delta: number): Pair {
  if (delta === 0) return pair;
  const copy = pair.clone();
  shiftNode(copy, delta);
  return copy;
}
