/**
 * Building completion items: every item replaces exactly the word under the cursor, in the
 * line breaks of the file, with values written so YAML reads them back as the same string.
 */
import type { CompletionItem } from 'vscode-languageserver-types';
import type { PolicyFile } from '../../parse';
import { toRange } from '../../position';

/** Numeric CompletionItemKind values (the core does not load the LSP library at runtime). */
export const ItemKind = {
  Keyword: 14,
  Property: 10,
  Value: 12,
  Snippet: 15,
  Reference: 18,
  EnumMember: 20,
} as const;

export const PLAIN_TEXT = 1;
export const SNIPPET = 2;

/** What the client can take; decided from its capabilities at the LSP edge. */
export interface CompletionOptions {
  /** The client expands snippet syntax (`${1:default}`, `${1|a,b|}`, `$0`). */
  snippets: boolean;
}

export interface Replacement {
  file: PolicyFile;
  start: number;
  end: number;
}

/** The line break the file uses (`\r\n` when its first line break is one). */
export function lineBreakOf(text: string): string {
  const first = /\r\n|\r|\n/.exec(text);
  return first ? first[0] : '\n';
}

/** An item whose `newText` replaces the span; `\n` in it becomes the file's line break. */
export function replacingItem(
  replacement: Replacement,
  item: Omit<CompletionItem, 'textEdit'>,
  newText: string,
): CompletionItem {
  const lineBreak = lineBreakOf(replacement.file.text);
  const range = toRange(replacement.file.lineIndex, replacement.start, replacement.end);
  return {
    ...item,
    textEdit: { range, newText: newText.replace(/\r?\n/g, lineBreak) },
    // the text is indented already; without this, VS Code indents every further line once more
    ...(newText.includes('\n') ? { insertTextMode: 1 as const } : {}),
  };
}

const NEEDS_QUOTES =
  /^$|^[\s\-?:,[\]{}#&*!|>'"%@`]|[\s]$|: | #|^(true|false|null|~|yes|no|on|off)$|^[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?$|^0[xo]/i;

/** `value` as a plain YAML scalar, or double-quoted when plain text would read differently. */
export function yamlScalar(value: string): string {
  return NEEDS_QUOTES.test(value) ? JSON.stringify(value) : value;
}

/** Escapes a value for a `${1|a,b|}` snippet choice. */
export function snippetChoice(values: readonly string[]): string {
  return `\${1|${values.map((value) => value.replace(/[,|\\$}]/g, '\\$&')).join(',')}|}`;
}
