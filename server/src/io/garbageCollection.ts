/**
 * A full garbage collection on request, for the places that know a large amount of parse
 * garbage has just been left behind (the language server after a large document, the CLI after
 * many files): V8 collects lazily and would let the heap grow to many times what is alive.
 * Without a way to collect (`--expose-gc` refused), it does nothing.
 */
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

let collect: (() => void) | null | undefined;

function collector(): (() => void) | null {
  if (collect === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      const gc: unknown = vm.runInNewContext('gc');
      collect = typeof gc === 'function' ? () => (gc as () => void)() : null;
    } catch {
      collect = null;
    }
  }
  return collect;
}

/** Runs a full garbage collection now (tens of milliseconds), where the runtime allows it. */
export function collectGarbage(): void {
  collector()?.();
}
