/**
 * Full garbage collections during a long check. Each file's parse is garbage once its findings
 * are out, but V8 collects it lazily and lets the heap grow to many times what is alive (10,000
 * files reached 840 MB). A collection after every `TEXT_PER_COLLECTION` characters read (tens
 * of milliseconds each) keeps the peak near what the index and the findings need.
 * (The language server does the same after large documents: `lsp/memory.ts`; both use
 * `io/garbageCollection.ts`.)
 */
import { collectGarbage } from '../../io/garbageCollection';

const TEXT_PER_COLLECTION = 16 * 1024 * 1024;

/** Characters read by this thread since its last collection. */
let sinceCollection = 0;

/** Counts text read and done with; collects garbage after every `TEXT_PER_COLLECTION` characters. */
export function textDone(length: number): void {
  sinceCollection += length;
  if (sinceCollection < TEXT_PER_COLLECTION) return;
  sinceCollection = 0;
  collectGarbage();
}
