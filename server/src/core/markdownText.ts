/**
 * Text from documents in Markdown (the `check` and `coverage` Markdown reports): escaped so that
 * it cannot format, link, add HTML or open a table column. Control characters are made visible.
 */
import { escapeControlCharacters } from './controlCharacters';

/** Text safe in running Markdown and in a table cell (line breaks become `<br>`). */
export function markdownText(text: string): string {
  return escapeControlCharacters(text, '\n')
    .replace(/[\\`*_[\]<>|~&]/g, '\\$&')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/** A code span that survives backticks, pipes and line breaks in `text`. */
export function markdownCode(text: string): string {
  const clean = escapeControlCharacters(text).replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}
