/**
 * Reads the block structure of YAML from raw lines, the way a person reads indentation:
 * `- ` item markers and `key:` entries with their columns. Works on text that does not parse
 * (half-typed documents), which is why it does not use the YAML parser.
 */

/** One structural entry on a line: a `- ` list item marker or a `key:`. */
export interface LineEntry {
  type: 'item' | 'key';
  /** 0-based column of the `-` or of the key's first character. */
  column: number;
  /** The key's text (unquoted); only for keys. */
  key?: string;
  /** Column where the key's value text starts (after `: `); only for keys. */
  valueColumn?: number;
  /** The value text after the colon without a trailing comment, trimmed; only for keys. */
  value?: string;
}

export interface BlockLine {
  /** Empty or only a comment: says nothing about structure. */
  blank: boolean;
  /** A document marker (`---` or `...`): nothing above it belongs to the same document. */
  boundary: boolean;
  indent: number;
  entries: LineEntry[];
  /** Whatever follows the entries when the line does not end in a `key:` entry. */
  rest: string;
  restColumn: number;
}

export interface TextLine {
  content: string;
  start: number;
}

/** The lines of a text (`\n`, `\r\n` or `\r` breaks) with the offset where each starts. */
export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    lines.push({ content: text.slice(start, match.index), start });
    start = match.index + match[0].length;
  }
  lines.push({ content: text.slice(start), start });
  return lines;
}

/** The index of the line that contains `offset`. */
export function lineOfOffset(lines: readonly TextLine[], offset: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lines[mid].start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

const KEY =
  /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s"'#{}[\],&*!|>%@`-][^:#]*?|-[^\s:#][^:#]*?))[ \t]*:(?=[ \t]|$)/;

/** Index of a comment (`#` at the start or after a space), or -1. */
export function commentStart(text: string): number {
  const match = /(^|[ \t])#/.exec(text);
  return match ? match.index + match[1].length : -1;
}

function withoutComment(text: string): string {
  const at = commentStart(text);
  return (at < 0 ? text : text.slice(0, at)).trim();
}

function readKey(content: string, column: number): LineEntry | undefined {
  const match = KEY.exec(content.slice(column));
  if (!match) return undefined;
  const key = match[1] ?? match[2]?.replace(/''/g, "'") ?? match[3].trimEnd();
  let valueColumn = column + match[0].length;
  while (content[valueColumn] === ' ' || content[valueColumn] === '\t') valueColumn++;
  const value = withoutComment(content.slice(valueColumn));
  return { type: 'key', column, key, valueColumn, value };
}

function isItemMarker(content: string, column: number): boolean {
  const next = content[column + 1];
  return content[column] === '-' && (next === undefined || next === ' ' || next === '\t');
}

function skipSpaces(content: string, column: number): number {
  let at = column;
  while (content[at] === ' ' || content[at] === '\t') at++;
  return at;
}

/** The structure of one line. */
export function readLine(content: string): BlockLine {
  const indent = content.length - content.replace(/^ +/, '').length;
  const trimmed = content.trim();
  const blank = trimmed === '' || trimmed.startsWith('#');
  const boundary = /^(---|\.\.\.)([ \t]|$)/.test(content);
  const entries: LineEntry[] = [];
  let column = indent;
  while (isItemMarker(content, column)) {
    entries.push({ type: 'item', column });
    column = skipSpaces(content, column + 1);
  }
  const key = readKey(content, column);
  if (key) entries.push(key);
  const restColumn = key ? content.length : column;
  return { blank, boundary, indent, entries, rest: content.slice(restColumn), restColumn };
}

/** A key whose value may continue on the next lines as a block (nothing, an anchor or a tag). */
export function opensBlock(entry: LineEntry): boolean {
  return entry.value === undefined || /^([&!][^\s]*)?$/.test(entry.value);
}
