/**
 * Completion in policy documents: keys of the mapping under the cursor (with clause snippets),
 * or values of the key or list item being typed. Works from the text, so it keeps helping
 * while the document is half-typed. Plain YAML files get nothing.
 */
import type { CompletionItem } from 'vscode-languageserver-types';
import { isPolicyFile } from '../parse';
import type { FeatureContext } from './context';
import { PLAIN_TEXT, SNIPPET, type CompletionOptions } from './completion/items';
import { keyCompletions } from './completion/keys';
import { valueCompletions } from './completion/values';
import { cursorContext, type CursorContext } from './cursor';
import { expandPlaceholders } from './snippets';

export type { CompletionOptions } from './completion/items';

/** A policy document, or a file that declares our apiVersion but has no kind yet. */
function isPolicyPlace(ctx: FeatureContext, cursor: CursorContext): boolean {
  return cursor.kind !== undefined || isPolicyFile(ctx.file.uri, ctx.file.text);
}

/** An item as plain text: every placeholder replaced by its default value, no tab stops. */
function asPlainText(item: CompletionItem): CompletionItem {
  if (item.insertTextFormat !== SNIPPET) return item;
  const plain: CompletionItem = { ...item, insertTextFormat: PLAIN_TEXT };
  if (item.textEdit)
    plain.textEdit = { ...item.textEdit, newText: expandPlaceholders(item.textEdit.newText) };
  if (item.insertText !== undefined) plain.insertText = expandPlaceholders(item.insertText);
  return plain;
}

/**
 * The items at `offset`. A client without snippet support (`snippets: false`, e.g. Neovim 0.7)
 * would insert `${1:P1Y}` literally, so it gets the same items as plain text.
 */
export function complete(
  ctx: FeatureContext,
  offset: number,
  options: CompletionOptions = { snippets: true },
): CompletionItem[] {
  const cursor = cursorContext(ctx.file, offset);
  if (!cursor || !isPolicyPlace(ctx, cursor)) return [];
  const items =
    cursor.mode === 'key' ? keyCompletions(ctx, cursor, options) : valueCompletions(ctx, cursor);
  return options.snippets ? items : items.map(asPlainText);
}
