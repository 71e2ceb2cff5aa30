/**
 * Cursor fixtures for completion tests: text with one `|` marking the cursor, and the text
 * that results from accepting a completion item there.
 */
import assert from 'node:assert/strict';
import type { CompletionItem } from 'vscode-languageserver-types';
import { applyEdits, withCursor, type TextWithCursor } from './offsets';

export { withCursor, type TextWithCursor };

/** The text after accepting `item` (whose textEdit must be a plain edit with a range). */
export function applyCompletion(text: string, item: CompletionItem): string {
  const edit = item.textEdit;
  assert.ok(edit && 'range' in edit, `${item.label} has no textEdit with a range`);
  return applyEdits(text, [edit]);
}
