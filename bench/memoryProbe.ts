/**
 * Preloaded into a language server by `bench/memoryCycles.ts` (`node --expose-gc -r
 * out/bench/memoryProbe.js dist/server.js`): on SIGUSR2 it runs a full garbage collection, then
 * a compacting one, and writes `process.memoryUsage()` a second after each as JSON to the file
 * named by MEMORY_PROBE_FILE, with a heap snapshot beside it when MEMORY_PROBE_SNAPSHOTS is set. The server itself is not changed, so
 * the same probe measures any version of it.
 */
import * as fs from 'node:fs';
import * as v8 from 'node:v8';

const target = process.env.MEMORY_PROBE_FILE;
let probes = 0;

type Collect = (options?: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

function collector(): Collect {
  const gc: unknown = (globalThis as { gc?: unknown }).gc;
  if (typeof gc !== 'function') throw new Error('the memory probe needs node --expose-gc');
  return gc as Collect;
}

/** The memory use a second after `collect` (V8 and the allocator give pages back in the background). */
async function usageAfter(collect: () => void): Promise<NodeJS.MemoryUsage> {
  collect();
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  return process.memoryUsage();
}

async function answer(): Promise<void> {
  const probe = ++probes;
  const gc = collector();
  // a full collection, as V8 does it when it must; then one that also compacts and shrinks the
  // heap as far as it can (what V8 does before giving up with "out of memory")
  const collected = await usageAfter(() => gc());
  const compacted = await usageAfter(() =>
    gc({ type: 'major', execution: 'sync', flavor: 'last-resort' }),
  );
  const snapshot = process.env.MEMORY_PROBE_SNAPSHOTS
    ? v8.writeHeapSnapshot(`${target}.${probe}.heapsnapshot`)
    : undefined;
  fs.writeFileSync(`${target}.tmp`, JSON.stringify({ probe, collected, compacted, snapshot }));
  fs.renameSync(`${target}.tmp`, target!);
}

if (target) process.on('SIGUSR2', () => void answer());
