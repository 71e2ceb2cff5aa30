/**
 * A read-only view of a growing map of index entries that records every question asked of it,
 * each as a `Question`: whether the map, as it is when the question is asked again, gives the
 * same answer. Entries are only ever added, so a count that stayed the same means the same answer.
 */

/** Whether the answer given earlier is still the answer. */
export type Question = () => boolean;

export class RecordedMap<V> implements ReadonlyMap<string, readonly V[]> {
  /** Counts additions: iterating questions are unchanged only while nothing was added. */
  private version = 0;

  constructor(
    private readonly lists: Map<string, V[]>,
    private readonly ask: (question: Question) => void,
  ) {}

  /** Tells the view that an entry was added to the map. */
  changed(): void {
    this.version++;
  }

  get size(): number {
    this.askSize();
    return this.lists.size;
  }

  has(key: string): boolean {
    const answer = this.lists.has(key);
    this.ask(() => this.lists.has(key) === answer);
    return answer;
  }

  get(key: string): readonly V[] | undefined {
    const list = this.lists.get(key);
    const count = list?.length ?? 0;
    this.ask(() => (this.lists.get(key)?.length ?? 0) === count);
    return list;
  }

  /** The keys: they are only ever added, so the same count means the same keys. */
  keys(): MapIterator<string> {
    this.askSize();
    return this.lists.keys();
  }

  values(): MapIterator<readonly V[]> {
    this.askEverything();
    return this.lists.values();
  }

  entries(): MapIterator<[string, readonly V[]]> {
    this.askEverything();
    return this.lists.entries();
  }

  [Symbol.iterator](): MapIterator<[string, readonly V[]]> {
    return this.entries();
  }

  forEach(
    callback: (value: readonly V[], key: string, map: ReadonlyMap<string, readonly V[]>) => void,
    thisArg?: unknown,
  ): void {
    this.askEverything();
    this.lists.forEach((value, key) => callback.call(thisArg, value, key, this));
  }

  private askSize(): void {
    const size = this.lists.size;
    this.ask(() => this.lists.size === size);
  }

  private askEverything(): void {
    const version = this.version;
    this.ask(() => this.version === version);
  }
}
