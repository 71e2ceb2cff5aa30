/** Test helpers for cursor positions and for applying text edits to a text. */
import assert from 'node:assert/strict';
import { LineIndex } from '../../server/src/core/position';

export interface TextWithCursor {
  text: string;
  offset: number;
}

/** Removes the one `|` in `text` and returns the text without it and the offset where it was. */
export function withCursor(text: string): TextWithCursor {
  const offset = text.indexOf('|');
  assert.ok(offset >= 0, 'the fixture must mark the cursor with |');
  assert.equal(text.indexOf('|', offset + 1), -1, 'the fixture must contain only one |');
  return { text: text.slice(0, offset) + text.slice(offset + 1), offset };
}

export interface LineCharacterEdit {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  newText: string;
}

/** Applies LSP-style edits (non-overlapping, in any order) to `text`. */
export function applyEdits(text: string, edits: readonly LineCharacterEdit[]): string {
  const lines = new LineIndex(text);
  const byOffset = edits
    .map((edit) => ({
      start: lines.offsetAt(edit.range.start),
      end: lines.offsetAt(edit.range.end),
      newText: edit.newText,
    }))
    .sort((a, b) => b.start - a.start);
  return byOffset.reduce(
    (out, edit) => out.slice(0, edit.start) + edit.newText + out.slice(edit.end),
    text,
  );
}

/** The text a line/character range covers. */
export function textOfRange(text: string, range: LineCharacterEdit['range']): string {
  const lines = new LineIndex(text);
  return text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}
