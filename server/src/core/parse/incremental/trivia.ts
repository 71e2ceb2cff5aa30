/**
 * Edits of the comment and blank lines at column 0 between two sections (a comment typed or
 * changed above a top-level key): no node changes, so nothing is parsed. The parser lets such
 * lines reach into the nodes of the section above only where its last value is still open to
 * them (an empty value, a block scalar); there, and for anything else, the caller parses.
 */
import { isCollection, isPair, isScalar, Scalar, type Document, type Pair } from 'yaml';
import type { Plan } from './plan';
import { moved, type Range } from './shift';

/** Whether every line of `text` is empty or a comment starting at column 0. */
function onlyColumnZeroTrivia(text: string): boolean {
  return text.split('\n').every((line) => line === '' || line.startsWith('#'));
}

/** Where the trailing column-0 comment and blank lines of `[start, end)` begin. */
function triviaStart(text: string, start: number, end: number): number {
  let at = end;
  while (at > start) {
    const lineStart = text.lastIndexOf('\n', at - 2) + 1;
    const line = text.slice(Math.max(lineStart, start), at - 1);
    if (line !== '' && !line.startsWith('#')) break;
    at = Math.max(lineStart, start);
  }
  return at;
}

/** Whether the last line of `[start, end)` holds content (not an indented comment, not blank). */
function endsWithContent(text: string, start: number, end: number): boolean {
  const lineStart = Math.max(start, text.lastIndexOf('\n', end - 2) + 1);
  const line = text.slice(lineStart, end - 1).trim();
  return line !== '' && !line.startsWith('#');
}

/** The node a value ends with: the last item of the last item ... of the pair's value. */
function lastLeaf(pair: Pair): unknown {
  let node: unknown = pair.value;
  for (;;) {
    if (isPair(node)) node = node.value ?? node.key;
    else if (isCollection(node) && !node.flow && node.items.length > 0)
      node = node.items[node.items.length - 1];
    else return node;
  }
}

/** A value whose end no following line can move: a written plain or quoted scalar, a flow collection. */
function closed(node: unknown): boolean {
  if (isCollection(node)) return node.flow === true;
  if (!isScalar(node) || node.value === null || !node.range) return false;
  return (
    node.range[1] > node.range[0] &&
    (node.type === Scalar.PLAIN ||
      node.type === Scalar.QUOTE_DOUBLE ||
      node.type === Scalar.QUOTE_SINGLE)
  );
}

/** A shallow copy of a node or document (its hidden type marker too), with some fields replaced. */
function copied<T extends object>(original: T, fields: Record<string, unknown>): T {
  const copy = Object.create(
    Object.getPrototypeOf(original) as object,
    Object.getOwnPropertyDescriptors(original),
  ) as T;
  return Object.assign(copy, fields);
}

/**
 * The new document when the edit changed only column-0 comment and blank lines after the
 * content of one section that is not the last: the previous nodes, those after it moved.
 */
export function triviaEditDocument(
  previousText: string,
  text: string,
  plan: Plan,
): Document.Parsed | undefined {
  const { previous, oldSections, newSections, before, after, delta, changed } = plan;
  const k = before;
  if (oldSections.length !== newSections.length || before + after !== oldSections.length - 1)
    return undefined;
  if (k === oldSections.length - 1) return undefined; // the end of the document: parse
  const section = oldSections[k];
  const contentEnd = triviaStart(previousText, section.keyStart, section.end);
  if (changed.start < contentEnd || changed.oldEnd > section.end) return undefined;
  if (!endsWithContent(previousText, section.keyStart, contentEnd)) return undefined;
  if (!onlyColumnZeroTrivia(text.slice(contentEnd, newSections[k].end - 1))) return undefined;
  const map = previous.contents as unknown as { items: Pair[]; range: Range };
  if (!closed(lastLeaf(map.items[k]))) return undefined;
  const items = [
    ...map.items.slice(0, k + 1),
    ...map.items.slice(k + 1).map((pair) => moved(pair, delta)),
  ];
  const contents = copied(map, {
    items,
    range: [map.range[0], map.range[1] + delta, map.range[2] + delta],
  });
  const range = previous.range as Range;
  return copied(previous, {
    contents,
    range: [range[0], range[1] + delta, range[2] + delta],
    errors: [],
    warnings: [],
  });
}
