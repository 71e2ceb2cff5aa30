/**
 * Minimal insertions into existing YAML collections: a new line after the last line of a
 * block mapping or sequence (indented like its entries), `, entry` before the closing bracket
 * of a flow collection, or new lines under a key whose value is still empty.
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { locate } from '../../locate';
import type { DataPath } from '../../types';
import type { FixContext, OffsetEdit } from './fix';
import {
  indentOfColumn,
  lastContentBefore,
  lineBreakOf,
  lineEndAt,
  lineStartAt,
} from './textLayout';

/** What to insert: block lines for a given indentation, and optionally the flow form. */
export interface NewEntry {
  lines(indent: string): string[];
  flow: string | undefined;
}

const STEP = '  ';

function startOf(node: Node | null | undefined): number | undefined {
  return node?.range?.[0];
}

function insertLinesAfter(fc: FixContext, offset: number, lines: string[]): OffsetEdit {
  const at = lineEndAt(fc.text, offset);
  const lineBreak = lineBreakOf(fc.text);
  return { start: at, end: at, newText: lineBreak + lines.join(lineBreak) };
}

/** After the last line of a block collection whose entries start at `entryStart`. */
function appendToBlock(
  fc: FixContext,
  collection: Node,
  entryStart: number,
  entry: NewEntry,
): OffsetEdit | undefined {
  const end = collection.range?.[1];
  if (end === undefined) return undefined;
  const indent = indentOfColumn(fc.feature.file.lineIndex, entryStart);
  return insertLinesAfter(fc, lastContentBefore(fc.text, end), entry.lines(indent));
}

function appendToFlow(fc: FixContext, collection: Node, flow: string): OffsetEdit | undefined {
  const end = collection.range?.[1];
  if (end === undefined || !'}]'.includes(fc.text[end - 1] ?? '')) return undefined;
  const previous = lastContentBefore(fc.text, end - 1);
  const before = fc.text[previous];
  const separator = before === '{' || before === '[' ? '' : before === ',' ? ' ' : ', ';
  return { start: previous + 1, end: previous + 1, newText: separator + flow };
}

/** Under `key:` with an empty value: the entries become its block value. */
function insertUnderKey(fc: FixContext, key: Node, entry: NewEntry): OffsetEdit | undefined {
  const keyStart = startOf(key);
  const keyEnd = key.range?.[1];
  if (keyStart === undefined || keyEnd === undefined) return undefined;
  const indent = indentOfColumn(fc.feature.file.lineIndex, keyStart) + STEP;
  return insertLinesAfter(fc, keyEnd, entry.lines(indent));
}

function isEmptyValue(node: Node | undefined): boolean {
  if (node === undefined) return true;
  const range = node.range;
  return isScalar(node) && node.value === null && !!range && range[0] === range[1];
}

/** Adds an entry (`key: value` lines) to the mapping at `path`. */
export function insertIntoMapping(
  fc: FixContext,
  path: DataPath,
  entry: NewEntry,
): OffsetEdit | undefined {
  const located = locate(fc.doc.yaml, path);
  if (located.depth < path.length) return undefined;
  const node = located.value;
  if (isMap(node)) {
    if (node.flow) return entry.flow === undefined ? undefined : appendToFlow(fc, node, entry.flow);
    const first = node.items[0];
    const firstKey = startOf(first?.key as Node | null);
    return firstKey === undefined ? undefined : appendToBlock(fc, node, firstKey, entry);
  }
  if (located.key && isEmptyValue(node)) return insertUnderKey(fc, located.key, entry);
  return undefined;
}

/** Adds an item (`- …` lines) to the sequence at `path`. */
export function appendToSequence(
  fc: FixContext,
  path: DataPath,
  entry: NewEntry,
): OffsetEdit | undefined {
  const located = locate(fc.doc.yaml, path);
  if (located.depth < path.length) return undefined;
  const node = located.value;
  if (isSeq(node)) {
    if (node.flow) return entry.flow === undefined ? undefined : appendToFlow(fc, node, entry.flow);
    const dash = startOf(node);
    return dash === undefined || node.items.length === 0
      ? undefined
      : appendToBlock(fc, node, dash, entry);
  }
  if (located.key && isEmptyValue(node)) return insertUnderKey(fc, located.key, entry);
  return undefined;
}

/** The start of the line on which the document's first key stands (after leading comments). */
export function documentContentStart(fc: FixContext): number | undefined {
  const start = startOf(fc.doc.yaml.contents as Node | null);
  return start === undefined ? undefined : lineStartAt(fc.text, start);
}
