/**
 * Completion in policy documents: keys of the mapping under the cursor (with clause snippets),
 * or values of the key or list item being typed. Works from the text, so it keeps helping
 * while the document is half-typed. Plain YAML files get nothing.
 */
import type { CompletionItem } from 'vscode-languageserver-types';
import { isPolicyFile } from '../parse';
import type { FeatureContext } from './context';
import { keyCompletions } from './completion/keys';
import { valueCompletions } from './completion/values';
import { cursorContext, type CursorContext } from './cursor';

/** A policy document, or a file that declares our apiVersion but has no kind yet. */
function isPolicyPlace(ctx: FeatureContext, cursor: CursorContext): boolean {
  return cursor.kind !== undefined || isPolicyFile(ctx.file.uri, ctx.file.text);
}

export function complete(ctx: FeatureContext, offset: number): CompletionItem[] {
  const cursor = cursorContext(ctx.file, offset);
  if (!cursor || !isPolicyPlace(ctx, cursor)) return [];
  return cursor.mode === 'key' ? keyCompletions(ctx, cursor) : valueCompletions(ctx, cursor);
}
