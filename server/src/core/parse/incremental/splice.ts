/**
 * The new document made of the previous one's unchanged pairs and the changed sections parsed
 * again on their own. The changed run is parsed between two sentinel keys, so that it is read
 * in the same surroundings as in the whole text (after a pair, before a pair); its nodes are
 * then moved to their offsets in the whole text.
 */
import { isMap, isScalar, parseAllDocuments, type Document, type Pair } from 'yaml';
import { PARSE_OPTIONS } from '../../recovery';
import type { Plan } from './plan';
import type { Section } from './sections';
import { moved, shiftNode, shiftRange, type Range } from './shift';

const BEFORE = 'y: 0\n';
export const AFTER = 'z: 0\n';

/** The changed sections parsed in their surroundings, or undefined if they read differently. */
function parseChanged(
  text: string,
  run: Section[],
  plan: Plan,
): { document: Document.Parsed; pairs: Pair[] } | undefined {
  const start = run[0].start;
  const end = run[run.length - 1].end;
  const before = plan.before > 0 ? BEFORE : '';
  const after = plan.after > 0 ? AFTER : '';
  const source = before + text.slice(start, end) + after;
  const documents = parseAllDocuments(source, PARSE_OPTIONS);
  if (!Array.isArray(documents) || documents.length !== 1) return undefined;
  const [document] = documents;
  const map = document.contents;
  if (document.errors.length > 0 || document.warnings.length > 0) return undefined;
  if (!isMap(map) || map.flow) return undefined;
  const first = before ? 1 : 0;
  if (map.items.length !== first + run.length + (after ? 1 : 0)) return undefined;
  const offset = start - before.length;
  const pairs = map.items.slice(first, first + run.length) as Pair[];
  const keyed = pairs.every(
    (pair, i) => isScalar(pair.key) && pair.key.range?.[0] === run[i].keyStart - offset,
  );
  const sentinel = after ? map.items[map.items.length - 1].key : undefined;
  if (!keyed || (after && (!isScalar(sentinel) || sentinel.range?.[0] !== end - offset)))
    return undefined;
  for (const pair of pairs) shiftNode(pair, offset);
  shiftRange(document.range as Range, offset);
  shiftRange(map.range as Range, offset);
  return { document, pairs };
}

/** Spans of the spliced document and mapping: the start from the first part, the end from the last. */
export function joined(first: Range, last: Range, delta: number): Range {
  return [first[0], last[1] + delta, last[2] + delta];
}

/** The spliced document of `text` for `plan`, or undefined when the shortcut does not apply. */
export function splicedDocument(text: string, plan: Plan): Document.Parsed | undefined {
  const { previous, newSections, before, after, delta } = plan;
  const run = newSections.slice(before, newSections.length - after);
  const changed = parseChanged(text, run, plan);
  if (!changed) return undefined;
  const { document } = changed;
  const oldMap = previous.contents as { items: Pair[]; range: Range };
  const newMap = document.contents as { items: Pair[]; range: Range };
  const oldItems = oldMap.items;
  const kept = oldItems.slice(oldItems.length - after).map((pair) => moved(pair, delta));
  const head = before > 0;
  const tail = after > 0;
  newMap.range = joined(
    head ? oldMap.range : newMap.range,
    tail ? oldMap.range : newMap.range,
    tail ? delta : 0,
  );
  document.range = joined(
    head ? (previous.range as Range) : (document.range as Range),
    tail ? (previous.range as Range) : (document.range as Range),
    tail ? delta : 0,
  );
  if (head) document.commentBefore = previous.commentBefore;
  if (tail) document.comment = previous.comment;
  newMap.items = [...oldItems.slice(0, before), ...changed.pairs, ...kept];
  return document;
}
