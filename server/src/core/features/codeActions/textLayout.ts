/** Where lines begin and end in a text, and which line break it uses: for minimal edits. */
import type { LineIndex } from '../../position';

/** The text `lineBreakOf` last looked at: fix-all asks once per finding about the same text. */
let lastText: string | undefined;
let lastBreak = '\n';

/** The line break the file already uses (CRLF files stay CRLF). */
export function lineBreakOf(text: string): string {
  if (text !== lastText) {
    lastBreak = text.includes('\r\n') ? '\r\n' : '\n';
    lastText = text;
  }
  return lastBreak;
}

/** The offset of the line break (or the end of the text) of the line that contains `offset`. */
export function lineEndAt(text: string, offset: number): number {
  for (let i = offset; i < text.length; i++) {
    const char = text[i];
    if (char === '\n' || char === '\r') return i;
  }
  return text.length;
}

/** The offset where the line that contains `offset` starts. */
export function lineStartAt(text: string, offset: number): number {
  let i = Math.min(offset, text.length);
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/** The offset of the last character before `end` that is not white space (or -1). */
export function lastContentBefore(text: string, end: number): number {
  let i = Math.min(end, text.length) - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return i;
}

/** The column of `offset` as a run of spaces, for indenting a new line like an existing one. */
export function indentOfColumn(lineIndex: LineIndex, offset: number): string {
  return ' '.repeat(lineIndex.positionAt(offset).character);
}
