/**
 * The parser's syntax errors in plain words. One finding per problem, on the problem: a tab in
 * the indentation gets one finding on the tab (with the spaces that replace it), and errors
 * that only echo an earlier one (the parser losing its way after it) are left out. Every error
 * also marks a broken region: the lines whose data the parser could not read reliably, so that
 * findings about that data can be told apart from findings about the rest of the document.
 */
import { visit, type Document, type ErrorCode, type Range, type YAMLError } from 'yaml';
import type { Span } from './locate';
import type { MessageArgs } from './i18n/message';
import type { Finding } from './types';
import { engineFinding } from './validate/engineFinding';

const TAB: SyntaxMessage = { messageId: 'tab', args: {} };

export interface SyntaxReport {
  findings: Finding[];
  /** Offsets whose data the parser could not read reliably, in source order. */
  brokenRegions: Span[];
}

/** A syntax message: the id of a `yaml/syntax` message and its arguments. */
export interface SyntaxMessage {
  messageId: string;
  args: MessageArgs;
}

interface PlainMessage {
  code: ErrorCode;
  raw?: RegExp;
  messageId: string;
  /** The arguments taken from the parser's words (`raw` matched). */
  args?: (match: RegExpExecArray) => MessageArgs;
}

/** The parser's messages in our words, most specific first; the first match wins. */
const PLAIN_MESSAGES: readonly PlainMessage[] = [
  { code: 'TAB_AS_INDENT', messageId: 'tab' },
  {
    code: 'BAD_INDENT',
    raw: /mapping items must start at the same column/,
    messageId: 'keyNotAligned',
  },
  {
    code: 'BAD_INDENT',
    raw: /sequence items must start at the same column/,
    messageId: 'itemNotAligned',
  },
  { code: 'BAD_INDENT', raw: /Flow (map|sequence)/, messageId: 'flowNotClosedOrIndented' },
  { code: 'MISSING_CHAR', raw: /closing "quote/, messageId: 'doubleQuoteOpen' },
  { code: 'MISSING_CHAR', raw: /closing 'quote/, messageId: 'singleQuoteOpen' },
  {
    code: 'MISSING_CHAR',
    raw: /Implicit map keys need to be followed by map values/,
    messageId: 'keyWithoutColon',
  },
  { code: 'MISSING_CHAR', raw: /Missing , (or : )?between/, messageId: 'missingComma' },
  { code: 'MISSING_CHAR', raw: /Comments must be separated/, messageId: 'commentWithoutSpace' },
  { code: 'MISSING_CHAR', raw: /Sequence item without - indicator/, messageId: 'itemWithoutDash' },
  { code: 'MISSING_CHAR', raw: /Flow map must end/, messageId: 'flowMapOpen' },
  { code: 'MISSING_CHAR', raw: /Flow sequence must end/, messageId: 'flowSequenceOpen' },
  { code: 'BLOCK_AS_IMPLICIT_KEY', messageId: 'blockAsKey' },
  { code: 'MULTILINE_IMPLICIT_KEY', messageId: 'multilineKey' },
  {
    code: 'BAD_SCALAR_START',
    raw: /cannot start with (?:.* )?(\S+)$/,
    messageId: 'badValueStart',
    args: (match) => ({ char: match[1] }),
  },
  { code: 'BLOCK_IN_FLOW', messageId: 'blockInFlow' },
  { code: 'BAD_DQ_ESCAPE', messageId: 'badEscape' },
  { code: 'UNEXPECTED_TOKEN', raw: /Unexpected , in/, messageId: 'unexpectedComma' },
  { code: 'UNEXPECTED_TOKEN', messageId: 'unexpectedText' },
  { code: 'MULTIPLE_ANCHORS', messageId: 'twoAnchors' },
  { code: 'MULTIPLE_TAGS', messageId: 'twoTags' },
  { code: 'ALIAS_PROPS', messageId: 'aliasWithProperties' },
  { code: 'BAD_ALIAS', messageId: 'aliasWithoutName' },
  { code: 'KEY_OVER_1024_CHARS', messageId: 'keyTooLong' },
];

/**
 * The plain-words message for a parser error; an error this table does not know keeps the
 * parser's own first line as its argument.
 */
export function plainSyntaxMessage(error: Pick<YAMLError, 'code' | 'message'>): SyntaxMessage {
  if (/call stack/i.test(error.message)) return { messageId: 'tooDeep', args: {} };
  const raw = error.message.split('\n', 1)[0];
  for (const plain of PLAIN_MESSAGES) {
    if (plain.code !== error.code) continue;
    const match = plain.raw ? plain.raw.exec(raw) : /.*/.exec(raw);
    if (!match) continue;
    return { messageId: plain.messageId, args: plain.args ? plain.args(match) : {} };
  }
  return { messageId: 'parserError', args: { raw } };
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end;
}

/** The number of spaces a tab stands for: the file's smallest indentation step, 2 if none. */
export function indentUnit(text: string): number {
  let unit = Infinity;
  for (const match of text.slice(0, 64 * 1024).matchAll(/^( +)\S/gm))
    unit = Math.min(unit, match[1].length);
  return Number.isFinite(unit) && unit <= 8 ? unit : 2;
}

interface TabIndent {
  /** The leading whitespace of the line that holds the tab. */
  span: Span;
  /** The same indentation in spaces, each tab standing for one indentation step. */
  spaces: string;
}

/**
 * The indentations a line after `start` can have, most likely first: the previous line's (a
 * sibling), a child level under a line ending in a colon or the content of a list item, then
 * the levels still open further up.
 */
function openLevels(text: string, start: number, unit: number): number[] {
  const levels: number[] = [];
  let limit = Infinity;
  let offset = start;
  for (let seen = 0; offset > 0 && seen < 200 && limit > 0; seen++) {
    offset = lineStart(text, offset - 1);
    const line = text.slice(offset, lineEnd(text, offset)).replace(/\r$/, '');
    const content = line.trimStart();
    if (content === '' || content.startsWith('#') || /^ *\t/.test(line)) continue;
    const indent = line.length - content.length;
    if (indent >= limit) continue;
    levels.push(indent);
    if (limit === Infinity) {
      const item = /^- +/.exec(content)?.[0].length;
      if (item !== undefined) levels.push(indent + item);
      if (/:\s*(#.*)?$/.test(content)) levels.push((item ?? 0) + indent + unit);
    }
    limit = indent;
  }
  return [...levels, 0];
}

/**
 * The indentation of a line with a tab, in spaces: each tab one indentation step of the file,
 * or a common tab width (4 or 8) where that lines the line up better with the lines above.
 */
function tabIndent(text: string, tabOffset: number, unit: number): TabIndent {
  const start = lineStart(text, tabOffset);
  const whitespace = /^[ \t]*/.exec(text.slice(start, lineEnd(text, start)))![0];
  const widthWith = (tab: number) =>
    [...whitespace].reduce((sum, char) => sum + (char === '\t' ? tab : 1), 0);
  const widths = [unit, 4, 8].map(widthWith);
  const level = openLevels(text, start, unit).find((candidate) => widths.includes(candidate));
  return { span: [start, start + whitespace.length], spaces: ' '.repeat(level ?? widths[0]) };
}

/** The offset after the document that starts at `start`: its end marker, or the end of the text. */
export function documentEnd(text: string, start: number): number {
  const marker = /^(---|\.\.\.)(\s|$)/gm;
  marker.lastIndex = start + 1;
  const next = marker.exec(text);
  return next ? next.index : text.length;
}

/** A line that starts a new top-level entry: text at column 0 that is not a comment or list item. */
function isTopLevel(line: string): boolean {
  return /^[^\s#-]/.test(line) || /^-[^\s-]/.test(line);
}

/** Back from a line start over blank and comment lines, to just after the content before. */
function contentBefore(text: string, start: number): number {
  let from = start;
  for (;;) {
    while (from > 0 && /\s/.test(text[from - 1])) from--;
    const line = text.slice(lineStart(text, from), from);
    if (!/^\s*#/.test(line)) return from;
    from = lineStart(text, from);
  }
}

/**
 * The lines a syntax error throws the parser off for: from the line break before the error's
 * line (an empty value just before it may have lost its content) to the next top-level entry,
 * where the parser finds its way again. The other top-level sections stay reliable.
 */
function brokenRegion(text: string, errorOffset: number, end: number): Span {
  const start = lineStart(text, errorOffset);
  let offset = lineEnd(text, start) + 1;
  while (offset < end && !isTopLevel(text.slice(offset, lineEnd(text, offset))))
    offset = lineEnd(text, offset) + 1;
  return [contentBefore(text, start), Math.min(offset, end)];
}

export function syntaxFinding(
  { messageId, args }: SyntaxMessage,
  start: number,
  end: number,
  suggestion?: string,
): Finding {
  return engineFinding('yaml/syntax', messageId, args, {
    severity: 'error',
    start,
    end,
    ...(suggestion !== undefined ? { data: { suggestion } } : {}),
  });
}

function inRegions(regions: readonly Span[], offset: number): boolean {
  return regions.some(([start, end]) => offset >= start && offset < end);
}

/** Errors the parser reports where an unclosed quote or bracket ends, not where it opens. */
const UNCLOSED = /Missing closing ['"]quote|Flow (map|sequence)/;

/**
 * Where the quoted text or the { } or [ ] starts that is left open: the parser reports the
 * problem where it gives up (often the end of the file); the user has to look at the start.
 */
function opening(yaml: Document.Parsed, errorOffset: number): number | undefined {
  let found: number | undefined;
  const consider = (node: { range?: Range | null }, open: boolean) => {
    const range = node.range;
    if (open && range && range[0] < errorOffset && range[1] >= errorOffset) found = range[0];
  };
  try {
    visit(yaml, {
      Scalar: (_key, node) =>
        consider(node, node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE'),
      Map: (_key, node) => consider(node, node.flow === true),
      Seq: (_key, node) => consider(node, node.flow === true),
    });
  } catch {
    return undefined; // nested too deeply to walk: the error stays where the parser put it
  }
  return found;
}

/** The errors of a parsed document as findings, and the regions they leave unreliable. */
export function syntaxErrors(yaml: Document.Parsed, text: string): SyntaxReport {
  const findings: Finding[] = [];
  const brokenRegions: Span[] = [];
  const clamp = (offset: number) => Math.min(Math.max(0, offset), text.length);
  const end = documentEnd(text, clamp(yaml.range[0]));
  const unit = indentUnit(text);
  // tabs first: what the parser says after a tab is an echo of it, even just before it
  const isTab = (error: YAMLError) => (error.code === 'TAB_AS_INDENT' ? 0 : 1);
  const errors = [...yaml.errors].sort((a, b) => isTab(a) - isTab(b) || a.pos[0] - b.pos[0]);
  for (const error of errors) {
    const start = clamp(error.pos[0]);
    if (error.code === 'TAB_AS_INDENT') {
      // every tab is a problem of its own, with its own fix; one finding per line
      const indent = tabIndent(text, start, unit);
      if (findings.some((f) => f.start === indent.span[0])) continue;
      findings.push(syntaxFinding(TAB, indent.span[0], indent.span[1], indent.spaces));
      brokenRegions.push(brokenRegion(text, start, end));
      continue;
    }
    const quote = UNCLOSED.test(error.message) ? opening(yaml, start) : undefined;
    const [from, to] =
      quote === undefined
        ? [start, clamp(Math.max(error.pos[0], error.pos[1]))]
        : [quote, lineEnd(text, quote)];
    if (inRegions(brokenRegions, from)) continue; // an echo of an earlier error
    findings.push(syntaxFinding(plainSyntaxMessage(error), from, to));
    brokenRegions.push(brokenRegion(text, from, end));
  }
  findings.sort((a, b) => a.start - b.start);
  return { findings, brokenRegions: brokenRegions.sort((a, b) => a[0] - b[0]) };
}

/**
 * The text with the broken regions turned into comment lines (`#` and spaces; line breaks kept,
 * so every offset stays the same). Comments, unlike blank lines of spaces, never join a key.
 */
export function maskRegions(text: string, regions: readonly Span[]): string {
  let masked = '';
  let at = 0;
  for (const [start, end] of regions) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    const blank = text.slice(from, end).replace(/[^\r\n]/g, ' ');
    const atLineStart = from === 0 || text[from - 1] === '\n';
    masked += text.slice(at, from) + blank.replace(atLineStart ? /(^|\n) /g : /(\n) /g, '$1#');
    at = end;
  }
  return masked + text.slice(at);
}
