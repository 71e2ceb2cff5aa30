/**
 * The top-level sections of a block-mapping document: each starts at a key written at column 0
 * and runs to the next one (its value, and the comment and blank lines after it). The first
 * section also holds what comes before the first key. Texts this cannot split safely (another
 * line start at column 0 than a key, a comment or a `- ` list item, markers, anchors, tabs, carriage returns, a byte order mark) give no
 * sections, and the caller parses them whole.
 */

/** One top-level section: `[start, end)` of the text, its key at `keyStart`. */
export interface Section {
  start: number;
  end: number;
  /** Where its key is written (the start of the section, except before the first key). */
  keyStart: number;
}

/** A key at column 0: a letter, digit, underscore or quote (not `-`, `?`, `[`, `{`, `&`, ...). */
export const KEY_START = /[A-Za-z0-9_"']/;

/**
 * Characters whose meaning reaches across sections (anchors and aliases), or that the parser
 * reads differently by position (carriage returns, tabs at line start, a byte order mark). Their
 * presence anywhere sends the text to the full parse.
 */
const UNSAFE = /[&*\r\uFEFF]/; // NUL never gets here: such a text is not parsed at all

/** What a line starting with this character is: a key, the continuation of a section, or unsafe. */
function lineStart(char: string | undefined): 'key' | 'continuation' | 'unsafe' {
  if (char === undefined || char === ' ' || char === '\n' || char === '#') return 'continuation';
  return KEY_START.test(char) ? 'key' : 'unsafe';
}

/** A list item at column 0 (`- x`, a value of the key above); not a `---` marker. */
export const isListItem = (text: string, at: number) =>
  text[at] === '-' && (text[at + 1] === ' ' || text[at + 1] === '\n');

/** The top-level sections of `text`, or undefined when it is not safe to split it. */
export function splitSections(text: string): Section[] | undefined {
  if (UNSAFE.test(text)) return undefined;
  const keyStarts: number[] = [];
  for (let at = 0; at < text.length;) {
    const kind = isListItem(text, at) ? 'continuation' : lineStart(text[at]);
    if (kind === 'unsafe') return undefined;
    if (kind === 'key') keyStarts.push(at);
    const newline = text.indexOf('\n', at);
    if (newline < 0) break;
    at = newline + 1;
  }
  if (keyStarts.length === 0) return undefined;
  return keyStarts.map((keyStart, i) => ({
    start: i === 0 ? 0 : keyStart,
    end: keyStarts[i + 1] ?? text.length,
    keyStart,
  }));
}
