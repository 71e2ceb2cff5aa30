/**
 * The data path of a place in the text, found from indentation alone: walk up to the nearest
 * line with a smaller indentation, read its `key:` or `- ` entry, and repeat. Used while the
 * user types, when the document often does not parse.
 */
import type { DataPath } from '../../types';
import { opensBlock, readLine, type BlockLine, type LineEntry, type TextLine } from './blockLines';

/** Something that holds the entries at a column: a key (its mapping value) or a list item. */
interface Owner {
  line: number;
  /** The entries on that line left of the column, outermost first. */
  entries: LineEntry[];
}

function nonBlankLinesAbove(
  lines: readonly TextLine[],
  from: number,
  visit: (line: BlockLine, index: number) => 'next' | 'stop',
): void {
  for (let index = from - 1; index >= 0; index--) {
    const line = readLine(lines[index].content);
    if (line.boundary) return;
    if (line.blank) continue;
    if (visit(line, index) === 'stop') return;
  }
}

/** A `key:` at the same column as a list's `-` markers owns the list (`key:\n- a`). */
function ownsCompactList(line: BlockLine, column: number): boolean {
  const first = line.entries[0];
  return line.indent === column && first?.type === 'key' && opensBlock(first);
}

/**
 * The line whose entries hold the node at `column` (found above line `from`), or undefined at
 * the document root. `null` means the place lies inside a scalar (a block scalar or a multi-line
 * text), where no structure can be completed.
 */
function ownerAbove(
  lines: readonly TextLine[],
  from: number,
  column: number,
  isListItem: boolean,
): Owner | undefined | null {
  let owner: Owner | undefined | null;
  nonBlankLinesAbove(lines, from, (line, index) => {
    if (isListItem && ownsCompactList(line, column)) {
      owner = { line: index, entries: [line.entries[0]] };
      return 'stop';
    }
    if (line.indent >= column) return 'next';
    const entries = line.entries.filter((entry) => entry.column < column);
    if (entries.length === 0) return 'next';
    const last = entries[entries.length - 1];
    owner = last.type === 'key' && !opensBlock(last) ? null : { line: index, entries };
    return 'stop';
  });
  return owner;
}

/** The position of the list item whose `-` is at `column` on line `from`, among its siblings. */
export function itemIndex(lines: readonly TextLine[], from: number, column: number): number {
  let count = 0;
  nonBlankLinesAbove(lines, from, (line) => {
    if (line.indent > column) return 'next';
    if (line.indent === column && line.entries[0]?.type === 'item') {
      count++;
      return 'next';
    }
    return 'stop';
  });
  return count;
}

/**
 * The data path of the node that owns `column` on line `from`, where `leading` are the entries
 * on that line left of the column (outermost first). Undefined inside scalars.
 */
export function pathOfColumn(
  lines: readonly TextLine[],
  from: number,
  leading: readonly LineEntry[],
  column: number,
): DataPath | undefined {
  const path: (string | number)[] = [];
  let pending = [...leading];
  let line = from;
  let target = column;
  let isListItem = false;
  for (;;) {
    for (let entry = pending.pop(); entry; entry = pending.pop()) {
      if (entry.type === 'key') path.unshift(entry.key ?? '');
      else path.unshift(itemIndex(lines, line, entry.column));
      target = entry.column;
      isListItem = entry.type === 'item';
    }
    const owner = ownerAbove(lines, line, target, isListItem);
    if (owner === null) return undefined;
    if (owner === undefined) return path;
    line = owner.line;
    pending = owner.entries;
  }
}

/** The keys already present in the mapping whose keys start at `column` around line `from`. */
export function siblingKeys(
  lines: readonly TextLine[],
  from: number,
  column: number,
  startsItem: boolean,
): string[] {
  const keys: string[] = [];
  const collect = (line: BlockLine): void => {
    const entry = line.entries.find((e) => e.column === column);
    if (entry?.type === 'key' && entry.key !== undefined) keys.push(entry.key);
  };
  if (!startsItem) {
    nonBlankLinesAbove(lines, from, (line) => {
      if (line.indent > column) return 'next';
      collect(line);
      return line.indent < column ? 'stop' : 'next';
    });
  }
  for (let index = from + 1; index < lines.length; index++) {
    const line = readLine(lines[index].content);
    if (line.boundary || (!line.blank && line.indent < column)) break;
    if (!line.blank && line.indent === column) collect(line);
  }
  return keys;
}
