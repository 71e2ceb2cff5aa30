/**
 * Below the top level: an edit inside one item of a block collection (a key of a mapping, an
 * entry of a sequence) is followed down while it stays inside one item; the run of items it
 * touched at the deepest such level is parsed again on its own, under a made-up path of the
 * same indentation and between sentinel items, so that it is read in the same surroundings as
 * in the whole text. The collections on the path are copied with the new items; the items
 * before the edit are kept, those after it copied with shifted offsets.
 */
import { isMap, isSeq, parseAllDocuments, type Document, type Pair } from 'yaml';
import { PARSE_OPTIONS } from '../../recovery';
import {
  blockCollectionOf,
  columnOf,
  itemSpans,
  keyStart,
  matchesSpans,
  type BlockCollection,
  type ItemSpan,
} from './children';
import type { Plan } from './plan';
import { movedItem, shiftNode, type Range } from './shift';
import { AFTER, joined } from './splice';

/** One collection on the path down to the edit. */
interface Level {
  old: BlockCollection;
  column: number;
  seq: boolean;
  /** Items kept before and after the edit. */
  before: number;
  after: number;
  newSpans: ItemSpan[];
}

/** A shallow copy that keeps V8's and `yaml`'s hidden properties (the node type symbol). */
function copyOf<T extends object>(node: T): T {
  return Object.create(Object.getPrototypeOf(node), Object.getOwnPropertyDescriptors(node)) as T;
}

/** The items kept before and after `changed` (both spans lists of one collection). */
function keptAround(
  oldSpans: readonly ItemSpan[],
  newSpans: readonly ItemSpan[],
  changed: Plan['changed'],
  delta: number,
): { before: number; after: number } {
  let before = 0;
  const most = Math.min(oldSpans.length, newSpans.length) - 1;
  while (
    before < most &&
    oldSpans[before].end <= changed.start &&
    oldSpans[before].start === newSpans[before].start &&
    oldSpans[before].end === newSpans[before].end
  )
    before++;
  let after = 0;
  const oldLast = oldSpans.length - 1;
  const newLast = newSpans.length - 1;
  while (
    oldLast - after > before &&
    newLast - after > before &&
    oldSpans[oldLast - after].start >= changed.oldEnd &&
    oldSpans[oldLast - after].start + delta === newSpans[newLast - after].start
  )
    after++;
  return { before, after };
}

/** The levels from `collection` down to the deepest one whose run of changed items is parsed. */
function levelsDown(
  oldText: string,
  text: string,
  collection: BlockCollection,
  oldEnd: number,
  plan: Plan,
): Level[] {
  const levels: Level[] = [];
  for (let old: BlockCollection | undefined = collection; old;) {
    const from = (old.range as Range)[0];
    if (plan.changed.start < from) break;
    const column = columnOf(oldText, from);
    const seq = isSeq(old);
    const oldSpans = itemSpans(oldText, from, oldEnd, column, seq);
    const newSpans = itemSpans(text, from, oldEnd + plan.delta, column, seq);
    if (!oldSpans || !newSpans || !matchesSpans(old, oldSpans, column)) break;
    const { before, after } = keptAround(oldSpans, newSpans, plan.changed, plan.delta);
    levels.push({ old, column, seq, before, after, newSpans });
    const one = oldSpans.length - before - after === 1 && newSpans.length - before - after === 1;
    old = one ? blockCollectionOf(old.items[before]) : undefined;
    oldEnd = one ? oldSpans[before].end : oldEnd;
  }
  // the run is parsed where items before it exist, so that the sentinel before is a sibling
  while (levels.length > 0 && levels[levels.length - 1].before === 0) levels.pop();
  return levels;
}

const sentinel = (level: { column: number; seq: boolean }, key: string) =>
  `${' '.repeat(level.column)}${level.seq ? '- 0' : `${key}: 0`}\n`;

const opener = (level: Level) => `${' '.repeat(level.column)}${level.seq ? '-' : 'k:'}\n`;

/** The collection under `collection`'s first item (the made-up path). */
function firstInner(collection: unknown): unknown {
  if (!isMap(collection) && !isSeq(collection)) return undefined;
  const item = collection.items[0];
  return isSeq(collection) ? item : (item as Pair | undefined)?.value;
}

interface ParsedRun {
  document: Document.Parsed;
  /** The collection of each level in the made-up source (ends valid after `offset`). */
  parsed: BlockCollection[];
  items: unknown[];
  offset: number;
}

/** Parses the run of the last level under its path; undefined when it reads differently. */
function parseRun(text: string, levels: Level[], topAfter: boolean): ParsedRun | undefined {
  const last = levels[levels.length - 1];
  const runSpans = last.newSpans.slice(last.before, last.newSpans.length - last.after);
  const runStart = runSpans[0].start;
  const runEnd = runSpans[runSpans.length - 1].end;
  const closing = [...levels].reverse().find((level) => level.after > 0);
  let source = 'k:\n';
  for (const level of levels.slice(0, -1)) source += opener(level);
  source += sentinel(last, 'y');
  const offset = runStart - source.length;
  source += text.slice(runStart, runEnd);
  if (closing) source += sentinel(closing, 'z');
  else if (topAfter) source += AFTER;
  const documents = parseAllDocuments(source, PARSE_OPTIONS);
  if (!Array.isArray(documents) || documents.length !== 1) return undefined;
  const [document] = documents;
  if (document.errors.length > 0 || document.warnings.length > 0) return undefined;
  const top = document.contents;
  if (!isMap(top) || top.flow || top.items.length !== (!closing && topAfter ? 2 : 1))
    return undefined;
  const parsed: BlockCollection[] = [];
  let node = firstInner(top);
  for (const level of levels) {
    const expected = (level === last ? 1 + runSpans.length : 1) + (level === closing ? 1 : 0);
    const kindMatches = level.seq ? isSeq(node) : isMap(node);
    if (!kindMatches || (node as BlockCollection).flow) return undefined;
    const collection = node as BlockCollection;
    if (collection.items.length !== expected || !collection.range) return undefined;
    parsed.push(collection);
    node = firstInner(collection);
  }
  const items = parsed[parsed.length - 1].items.slice(1, 1 + runSpans.length);
  if (!last.seq) {
    const keyed = (items as Pair[]).every(
      (pair, i) =>
        (pair.key as { range?: Range } | null)?.range?.[0] ===
        keyStart(runSpans[i], 1, last.column) - offset,
    );
    if (!keyed) return undefined;
  }
  for (const item of items) shiftNode(item, offset);
  return { document, parsed, items, offset };
}

/** The path's collections rebuilt from the deepest: new items inside, old ones around them. */
function rebuild(levels: Level[], run: ParsedRun, delta: number): BlockCollection {
  let inner: unknown;
  let endKept = false;
  for (let depth = levels.length - 1; depth >= 0; depth--) {
    const level = levels[depth];
    const oldItems = level.old.items as unknown[];
    const isLast = depth === levels.length - 1;
    const runItems = isLast ? run.items : [pathItem(oldItems[level.before], inner)];
    const keptAfter = oldItems
      .slice(oldItems.length - level.after)
      .map((item) => movedItem(item, delta));
    endKept ||= level.after > 0;
    const copy = copyOf(level.old);
    copy.items = [
      ...oldItems.slice(0, level.before),
      ...runItems,
      ...keptAfter,
    ] as typeof copy.items;
    const oldRange = level.old.range as Range;
    copy.range = endKept
      ? joined(oldRange, oldRange, delta)
      : joined(oldRange, run.parsed[depth].range as Range, run.offset);
    inner = copy;
  }
  return inner as BlockCollection;
}

/** The item of a path level holding `inner`: the pair with it as value, or `inner` itself. */
function pathItem(oldItem: unknown, inner: unknown): unknown {
  if (isMap(oldItem) || isSeq(oldItem)) return inner;
  const pair = copyOf(oldItem as Pair);
  pair.value = inner as Pair['value'];
  return pair;
}

/**
 * The document of `text` with only the items below the top level that the edit touched parsed
 * again, or undefined when the plan's one changed section cannot be followed down.
 */
export function nestedDocument(
  oldText: string,
  text: string,
  plan: Plan,
): { document: Document.Parsed; depth: number } | undefined {
  const { previous, oldSections, newSections, before, after, delta } = plan;
  if (before === 0 || oldSections.length - before - after !== 1) return undefined;
  if (newSections.length - before - after !== 1) return undefined;
  const oldTop = previous.contents as { items: Pair[]; range: Range };
  const section = oldTop.items[before];
  const collection = blockCollectionOf(section);
  if (!collection) return undefined;
  const levels = levelsDown(oldText, text, collection, oldSections[before].end, plan);
  if (levels.length === 0) return undefined;
  const run = parseRun(text, levels, after > 0);
  if (!run) return undefined;
  const value = rebuild(levels, run, delta);
  const sectionPair = copyOf(section);
  sectionPair.value = value;
  const endKept = after > 0 || levels.some((level) => level.after > 0);
  const top = copyOf(previous.contents as BlockCollection);
  const kept = oldTop.items
    .slice(oldTop.items.length - after)
    .map((item) => movedItem(item, delta));
  top.items = [...oldTop.items.slice(0, before), sectionPair, ...kept] as typeof top.items;
  const parsedTop = run.document.contents as BlockCollection;
  top.range = endKept
    ? joined(oldTop.range, oldTop.range, delta)
    : joined(oldTop.range, parsedTop.range as Range, run.offset);
  const { document } = run;
  const previousRange = previous.range as Range;
  document.range = endKept
    ? joined(previousRange, previousRange, delta)
    : joined(previousRange, document.range as Range, run.offset);
  document.contents = top as Document.Parsed['contents'];
  document.commentBefore = previous.commentBefore;
  if (endKept) document.comment = previous.comment;
  return { document, depth: levels.length };
}
