/**
 * Shared phrases: fragments that several messages use as arguments (type names, value kinds),
 * so that a message can say "must be {expected}" in every language. English is the reference;
 * `de.ts` must have exactly the same keys and placeholders.
 */
export const en = {
  'document.itself': 'the document',
} as const satisfies Readonly<Record<string, string>>;

export type PhraseId = keyof typeof en;
