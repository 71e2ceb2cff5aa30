/**
 * Generated documents of about 2 MB, shared by the tests and `npm run bench`: the sizes that made
 * the outline, fix-all and the server slow or large (issue 10).
 */

export const TWO_MB = 2_000_000;

const HEADER =
  'apiVersion: outsourcing-policy/v1\nkind: Engagement\n' +
  'metadata: {id: ENG-1, title: t, version: "1", status: planning}\n';

/** Lines made by `line(i)` after the header until the text has `size` characters. */
function grown(header: string, size: number, line: (i: number) => string): string {
  const lines: string[] = [];
  let length = header.length;
  for (let i = 0; length < size; i++) {
    const next = line(i);
    lines.push(next);
    length += next.length + 1;
  }
  return `${header}${lines.join('\n')}\n`;
}

/** `count` distinct top-level keys that the format does not know (warnings). */
export function manyKeys(count: number): string {
  const lines = Array.from({ length: count }, (_, i) => `key${i}: value ${i}`);
  return `${HEADER}${lines.join('\n')}\n`;
}

/** One top-level key written `count` times (errors). */
export function duplicateKeys(count: number): string {
  return `${HEADER}${'dup: 1\n'.repeat(count)}`;
}

/** About `size` characters of unknown keys (warnings), every tenth line a duplicate key (an error). */
export function unknownAndDuplicateKeys(size = TWO_MB): string {
  return grown(HEADER, size, (i) => (i % 10 === 9 ? 'dup: 1' : `unknownKey${i}: vvvvvvvv`));
}

const CONTACTS_HEADER =
  HEADER +
  'parties:\n  provider: {id: p, name: P, country: DE}\n  customer: {id: c, name: C, country: DE}\n' +
  'contacts:\n';

/**
 * About `size` characters of contacts, each without its id, with a misspelt party and role, a
 * phone written as a number and a date in the wrong format: thousands of findings, most of which
 * fix-all can fix (and a missing id asks the fix for an id the document does not use yet).
 */
export function fixableContacts(size = TWO_MB): string {
  const contact = (i: number) =>
    `  - party: provder\n    role: isbb\n    name: N ${i}\n` +
    `    email: x${i}@example.org\n    phone: 12345\n    since: 10.01.2024`;
  return grown(CONTACTS_HEADER, size, contact);
}
