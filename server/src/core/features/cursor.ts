/**
 * What the user is typing at a position of a policy document: a key of some mapping, or the
 * value of a key or list item, and which data path that belongs to. Read from the text by
 * indentation, so it works while the document is half-typed and does not parse.
 */
import { kindFromFileName, KINDS, type PolicyDocument, type PolicyFile } from '../parse';
import { schemaForKind } from '../schema';
import { schemaAt } from '../schema/lookup';
import type { DataPath, PolicyKind } from '../types';
import {
  commentStart,
  lineOfOffset,
  readLine,
  splitLines,
  type BlockLine,
  type LineEntry,
  type TextLine,
} from './completion/blockLines';
import { pathOfColumn, siblingKeys } from './completion/blockPath';
import { documentAt } from './context';

export interface CursorContext {
  /** The document at the cursor; undefined in a file without any document (empty file). */
  doc: PolicyDocument | undefined;
  /** The kind of the document (declared, from the file name, or read from a broken text). */
  kind: PolicyKind | undefined;
  /** The mapping (key mode, or value of a key) or list (value of a list item) the cursor is in. */
  path: DataPath;
  mode: 'key' | 'value';
  /** In value mode: the key whose value is being typed (absent for a list item). */
  key?: string;
  /** The word typed so far. */
  prefix: string;
  /** The span a completion replaces (the word under the cursor). */
  replaceStart: number;
  replaceEnd: number;
  /** The indentation of the current line. */
  indent: string;
  /** Spaces up to the column of the key being typed (or whose value is): where its block goes. */
  keyIndent: string;
  /** The cursor line starts a list item (`- `). */
  inSequenceItem: boolean;
  /** Offset of the `-` of that list item, when `inSequenceItem`. */
  itemStart?: number;
  /** Key mode: keys already present in the mapping (other lines). */
  existingKeys: string[];
  /** Key mode: a `:` already follows the word under the cursor. */
  colonFollows: boolean;
  /** Value mode: the quote the value was opened with. */
  quote?: '"' | "'";
}

/** Where the cursor is; undefined where nothing completes (comments, flow style, scalars). */
export function cursorContext(file: PolicyFile, offset: number): CursorContext | undefined {
  const lines = splitLines(file.text);
  const lineNumber = lineOfOffset(lines, offset);
  const line = lines[lineNumber];
  const before = line.content.slice(0, offset - line.start);
  if (commentStart(before) >= 0) return undefined;
  const doc = documentAt(file, offset);
  const place: Place = {
    lines,
    lineNumber,
    line,
    offset,
    after: line.content.slice(offset - line.start),
    read: readLine(before),
    doc,
    kind: kindOf(file, doc),
  };
  const last = place.read.entries[place.read.entries.length - 1];
  if (last?.type === 'key') return valueOfKey(place, last);
  if (last?.type === 'item') return listItem(place, last);
  return keyInMapping(place, place.read.entries, place.read.indent, false);
}

/** What cursorContext knows about the cursor line. */
interface Place {
  lines: TextLine[];
  lineNumber: number;
  line: TextLine;
  offset: number;
  /** The rest of the line after the cursor. */
  after: string;
  /** The line up to the cursor, read as structure. */
  read: BlockLine;
  doc: PolicyDocument | undefined;
  kind: PolicyKind | undefined;
}

const KIND_LINE = /^kind:[ \t]*["']?(\w+)["']?[ \t]*(#.*)?$/m;

function kindOf(file: PolicyFile, doc: PolicyDocument | undefined): PolicyKind | undefined {
  if (!doc) return kindFromFileName(file.uri);
  if (doc.kind || !doc.hasSyntaxErrors) return doc.kind;
  const [start, , end] = doc.yaml.range;
  const declared = KIND_LINE.exec(file.text.slice(start, end))?.[1];
  return KINDS.find((kind) => kind === declared);
}

const WORD = /^[\w.$-]*/;

function spaces(count: number): string {
  return ' '.repeat(count);
}

function keyInMapping(
  place: Place,
  leading: readonly LineEntry[],
  column: number,
  inSequenceItem: boolean,
): CursorContext | undefined {
  const prefix = place.read.rest;
  if (!/^([\w.$][\w.$-]*)?$/.test(prefix)) return undefined;
  const path = pathOfColumn(place.lines, place.lineNumber, leading, column);
  if (!path) return undefined;
  const wordAfter = WORD.exec(place.after)?.[0] ?? '';
  const item = leading[leading.length - 1];
  return {
    doc: place.doc,
    kind: place.kind,
    path,
    mode: 'key',
    prefix,
    replaceStart: place.offset - prefix.length,
    replaceEnd: place.offset + wordAfter.length,
    indent: spaces(place.read.indent),
    keyIndent: spaces(column),
    inSequenceItem,
    ...(inSequenceItem && item ? { itemStart: place.line.start + item.column } : {}),
    existingKeys: siblingKeys(place.lines, place.lineNumber, column, inSequenceItem),
    colonFollows: /^[ \t]*:/.test(place.after.slice(wordAfter.length)),
  };
}

interface TypedValue {
  prefix: string;
  replaceStart: number;
  replaceEnd: number;
  quote?: '"' | "'";
}

/** The value typed so far from `valueStart`; undefined for flow style, block scalars, aliases. */
function typedValue(place: Place, valueStart: number): TypedValue | undefined {
  const typed = place.line.content.slice(
    valueStart - place.line.start,
    place.offset - place.line.start,
  );
  if (/^[[{|>&*!]/.test(typed)) return undefined;
  const quote = typed[0] === '"' || typed[0] === "'" ? typed[0] : undefined;
  if (quote) {
    const closing = place.after.indexOf(quote);
    const end = closing < 0 ? place.after.trimEnd().length : closing;
    return {
      prefix: typed.slice(1),
      replaceStart: valueStart + 1,
      replaceEnd: place.offset + end,
      quote,
    };
  }
  const comment = commentStart(place.after);
  const rest = (comment < 0 ? place.after : place.after.slice(0, comment)).trimEnd();
  return { prefix: typed, replaceStart: valueStart, replaceEnd: place.offset + rest.length };
}

function valueOfKey(place: Place, entry: LineEntry): CursorContext | undefined {
  const value = typedValue(place, place.line.start + (entry.valueColumn ?? place.read.restColumn));
  if (!value) return undefined;
  const leading = place.read.entries.slice(0, -1);
  const path = pathOfColumn(place.lines, place.lineNumber, leading, entry.column);
  if (!path) return undefined;
  return valueContext(place, value, path, entry.column, entry.key, leading.length > 0);
}

function valueContext(
  place: Place,
  value: TypedValue,
  path: DataPath,
  column: number,
  key: string | undefined,
  inSequenceItem: boolean,
): CursorContext {
  return {
    doc: place.doc,
    kind: place.kind,
    path,
    mode: 'value',
    ...(key === undefined ? {} : { key }),
    ...value,
    indent: spaces(place.read.indent),
    keyIndent: spaces(column),
    inSequenceItem,
    existingKeys: [],
    colonFollows: false,
  };
}

/** Whether the items of the list at `path` are mappings (then `- ` starts a mapping). */
function itemsAreMappings(kind: PolicyKind | undefined, path: DataPath): boolean {
  if (!kind) return false;
  const items = schemaAt(schemaForKind(kind), [...path, 0]);
  return items?.type === 'object' || items?.properties !== undefined;
}

function listItem(place: Place, item: LineEntry): CursorContext | undefined {
  if (place.read.restColumn === item.column + 1) return undefined;
  const leading = place.read.entries;
  const itemPath = pathOfColumn(place.lines, place.lineNumber, leading, item.column);
  if (!itemPath) return undefined;
  const listPath = itemPath.slice(0, -1);
  if (itemsAreMappings(place.kind, listPath))
    return keyInMapping(place, leading, place.read.restColumn, true);
  const value = typedValue(place, place.line.start + place.read.restColumn);
  if (!value) return undefined;
  const context = valueContext(place, value, listPath, place.read.restColumn, undefined, true);
  return { ...context, itemStart: place.line.start + item.column };
}
