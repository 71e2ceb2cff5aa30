/**
 * A full garbage collection after a large document was parsed again. Parsing and checking a
 * 2 MB document allocates hundreds of MB that are garbage once its findings are out; V8 collects
 * it lazily, so a few edits in a row let the server's memory swing up to a gigabyte. A collection
 * per large version (tens of milliseconds) keeps the peak near one parse.
 */
import { collectGarbage } from '../io/garbageCollection';

/** Texts at least this long are large enough to collect after. */
export const LARGE_TEXT = 512 * 1024;

/** Collects garbage now when the text that was just replaced or parsed is large. */
export function afterLargeText(length: number): void {
  if (length >= LARGE_TEXT) collectGarbage();
}
