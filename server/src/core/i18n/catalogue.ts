/**
 * The shape of translated texts. English is written first; every other locale is typed from it
 * with `TranslationOf`, so a missing or extra key is a compile error, and the catalogue test
 * checks that each text uses the same placeholders as its English original.
 */

/** The same nested keys as `T`, every leaf a string. */
export type TranslationOf<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : TranslationOf<T[K]>;
};

/** A catalogue as plain data: nested records of strings (for tests and tools). */
export interface TextTree {
  readonly [key: string]: string | TextTree | undefined;
}

/** Every leaf of a text tree with its dotted key: `[['tenancy/client-concept.title', '…'], …]`. */
export function leavesOf(tree: TextTree, prefix = ''): [string, string][] {
  const leaves: [string, string][] = [];
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') leaves.push([name, value]);
    else if (value) leaves.push(...leavesOf(value, name));
  }
  return leaves;
}
