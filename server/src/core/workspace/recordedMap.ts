/**
 * A read-only view of a growing map of index entries that records every question asked of it
 * with the answer it gave, as data (`Question`), so that the complete index, perhaps in another
 * thread, can tell whether it gives the same answer (`workspace/summary.ts`).
 */

/**
 * A copy of `text` that keeps no other string alive: V8 may make a string taken from a file's
 * data a slice pointing into the whole text of the file, which the index must not keep.
 */
export function ownCopy(text: string): string {
  return structuredClone(text);
}

/** Which map of the index a question is about. */
export type IndexMap = 'engagements' | 'dcas';

/** A question asked of the index, and the answer it got. */
export type Question =
  | { ask: 'has'; of: IndexMap; key: string; answer: boolean }
  /** `get`: the entries with the key (in file order: the same count means the same entries). */
  | { ask: 'count'; of: IndexMap; key: string; answer: number }
  /** `keys` and `size`: the keys, in the order they were first added. */
  | { ask: 'keys'; of: IndexMap; answer: number; prefix: boolean }
  /** Iteration over the entries. */
  | { ask: 'all'; of: IndexMap; answer: number; prefix: boolean }
  /** `dcasOfEngagement`: the DCAs naming it, by `entryIdentity`. */
  | { ask: 'dcasOf'; key: string; answer: string[] };

export class RecordedMap<V> implements ReadonlyMap<string, readonly V[]> {
  /** How many entries were added. */
  private added = 0;

  constructor(
    private readonly of: IndexMap,
    private readonly lists: Map<string, V[]>,
    private readonly ask: (question: Question) => void,
    /** Whether the map holds the first files of the whole set (its order is the set's order). */
    private readonly prefix: boolean,
  ) {}

  /** Adds an entry under `key`. */
  add(key: string, entry: V): void {
    const list = this.lists.get(key);
    if (list) list.push(entry);
    else this.lists.set(key, [entry]);
    this.added++;
  }

  /** The answer `question` (about this map) gets now. */
  answers(question: Question): boolean {
    switch (question.ask) {
      case 'has':
        return this.lists.has(question.key) === question.answer;
      case 'count':
        return (this.lists.get(question.key)?.length ?? 0) === question.answer;
      case 'keys':
        return question.prefix && this.lists.size === question.answer;
      case 'all':
        return question.prefix && this.added === question.answer;
      case 'dcasOf':
        return false;
    }
  }

  get size(): number {
    this.askKeys();
    return this.lists.size;
  }

  has(key: string): boolean {
    const answer = this.lists.has(key);
    this.ask({ ask: 'has', of: this.of, key: ownCopy(key), answer });
    return answer;
  }

  get(key: string): readonly V[] | undefined {
    const list = this.lists.get(key);
    this.ask({ ask: 'count', of: this.of, key: ownCopy(key), answer: list?.length ?? 0 });
    return list;
  }

  keys(): MapIterator<string> {
    this.askKeys();
    return this.lists.keys();
  }

  values(): MapIterator<readonly V[]> {
    this.askAll();
    return this.lists.values();
  }

  entries(): MapIterator<[string, readonly V[]]> {
    this.askAll();
    return this.lists.entries();
  }

  [Symbol.iterator](): MapIterator<[string, readonly V[]]> {
    return this.entries();
  }

  forEach(
    callback: (value: readonly V[], key: string, map: ReadonlyMap<string, readonly V[]>) => void,
    thisArg?: unknown,
  ): void {
    this.askAll();
    this.lists.forEach((value, key) => callback.call(thisArg, value, key, this));
  }

  /** The keys without recording a question (for the index itself). */
  ownKeys(): MapIterator<string> {
    return this.lists.keys();
  }

  /** How many keys there are, without recording a question. */
  get keyCount(): number {
    return this.lists.size;
  }

  /** Whether the key is there, without recording a question. */
  holds(key: string): boolean {
    return this.lists.has(key);
  }

  private askKeys(): void {
    this.ask({ ask: 'keys', of: this.of, answer: this.lists.size, prefix: this.prefix });
  }

  private askAll(): void {
    this.ask({ ask: 'all', of: this.of, answer: this.added, prefix: this.prefix });
  }
}
