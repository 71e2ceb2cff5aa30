/**
 * The items of a block collection below the top level, as spans of the text: the first starts
 * where the collection does, each later one at a line that starts at the collection's column
 * with a key (mapping) or a `- ` (sequence); comment, blank and deeper lines continue the item
 * above. Anything else (a line further left, another character at the column) gives no
 * spans, and the caller parses a level higher.
 */
import { isMap, isScalar, isSeq, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { isListItem, KEY_START } from './sections';

/** One item: `[start, end)` of the text. */
export interface ItemSpan {
  start: number;
  end: number;
}

export type BlockCollection = YAMLMap | YAMLSeq;

export const columnOf = (text: string, at: number) => at - (text.lastIndexOf('\n', at - 1) + 1);

/** What the line at `lineStart` is within a collection at `column`: an item, more of one, or neither. */
function lineKind(
  text: string,
  lineStart: number,
  column: number,
  seq: boolean,
): 'item' | 'continuation' | 'unsafe' {
  let at = lineStart;
  while (text[at] === ' ') at++;
  const char = text[at];
  if (char === undefined || char === '\n' || char === '#') return 'continuation';
  const indent = at - lineStart;
  if (indent > column) return 'continuation';
  if (indent < column) return 'unsafe';
  if (seq) return isListItem(text, at) ? 'item' : 'unsafe';
  if (isListItem(text, at)) return 'continuation'; // a sequence written at its key's column
  return KEY_START.test(char) ? 'item' : 'unsafe';
}

/** The item spans of the collection at `[from, to)` written at `column`, or undefined. */
export function itemSpans(
  text: string,
  from: number,
  to: number,
  column: number,
  seq: boolean,
): ItemSpan[] | undefined {
  const starts = [from];
  for (let newline = text.indexOf('\n', from); newline >= 0 && newline + 1 < to;) {
    const lineStart = newline + 1;
    const kind = lineKind(text, lineStart, column, seq);
    if (kind === 'unsafe') return undefined;
    if (kind === 'item') starts.push(lineStart);
    newline = text.indexOf('\n', lineStart);
  }
  return starts.map((start, i) => ({ start, end: starts[i + 1] ?? to }));
}

/** Where the key of a mapping's item is: the start of the first, after the indentation of others. */
export function keyStart(span: ItemSpan, index: number, column: number): number {
  return index === 0 ? span.start : span.start + column;
}

/** Whether the parsed collection's items are the spans (keys where the spans say). */
export function matchesSpans(
  collection: BlockCollection,
  spans: readonly ItemSpan[],
  column: number,
): boolean {
  if (collection.items.length !== spans.length) return false;
  if (isSeq(collection)) return true;
  return (collection.items as Pair[]).every(
    (pair, i) => isScalar(pair.key) && pair.key.range?.[0] === keyStart(spans[i], i, column),
  );
}

/** The block collection an item holds (a key's value, a sequence entry), if it is one. */
export function blockCollectionOf(item: unknown): BlockCollection | undefined {
  const node = isSeq(item) || isMap(item) ? item : (item as Pair | null)?.value;
  if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length > 0 && node.range)
    return node;
  return undefined;
}
