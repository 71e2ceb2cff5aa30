/**
 * When the server collects garbage on its own. After a large document was parsed again: parsing
 * and checking a 2 MB document allocates hundreds of MB that are garbage once its findings are
 * out; V8 collects it lazily, so a few edits in a row let the server's memory swing up to a
 * gigabyte. A collection per large version (tens of milliseconds) keeps the peak near one parse.
 * And once the server has been idle a while after validating: V8 grows its heap for the work and
 * gives it back only after collections that an idle process does not trigger.
 */
import { collectGarbage } from '../io/garbageCollection';

/** Texts at least this long are large enough to collect after. */
export const LARGE_TEXT = 512 * 1024;

/** Collects garbage now when the text that was just replaced or parsed is large. */
export function afterLargeText(length: number): void {
  if (length >= LARGE_TEXT) collectGarbage();
}

/**
 * Two full collections: V8 keeps the pages the first one frees for reuse and gives them back to
 * the system at the next one (measured: after one, the RSS stayed where the work left it).
 */
export function collectTwice(): void {
  collectGarbage();
  collectGarbage();
}

/** How long the server must have been idle after work before it collects. */
export const IDLE_COLLECTION_MS = 1_000;

/**
 * One full collection once no work was reported for `idleMs`: each report moves the moment on,
 * so a burst of work is followed by one collection, and an idle server collects nothing.
 */
export class IdleCollection {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly idleMs = IDLE_COLLECTION_MS,
    private readonly collect: () => void = collectGarbage,
  ) {}

  /** Work was done: collect once the server was idle for `idleMs` after it. */
  workDone(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.collect();
    }, this.idleMs);
    // a pending collection never keeps the process alive
    this.timer.unref();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
