/**
 * Preloaded into a language server by `bench/memoryCycles.ts` (`node --expose-gc -r
 * out/bench/memoryProbe.js dist/server.js`): on SIGUSR2 it runs a full garbage collection and
 * writes `process.memoryUsage()` as JSON to the file named by MEMORY_PROBE_FILE, with a heap
 * snapshot beside it when MEMORY_PROBE_SNAPSHOTS is set. The server itself is not changed, so
 * the same probe measures any version of it.
 */
import * as fs from 'node:fs';
import * as v8 from 'node:v8';

const target = process.env.MEMORY_PROBE_FILE;
let probes = 0;

function collect(): void {
  const gc: unknown = (globalThis as { gc?: unknown }).gc;
  if (typeof gc !== 'function') throw new Error('the memory probe needs node --expose-gc');
  (gc as () => void)();
}

if (target) {
  process.on('SIGUSR2', () => {
    probes++;
    collect();
    const usage = process.memoryUsage();
    const snapshot = process.env.MEMORY_PROBE_SNAPSHOTS
      ? v8.writeHeapSnapshot(`${target}.${probes}.heapsnapshot`)
      : undefined;
    fs.writeFileSync(`${target}.tmp`, JSON.stringify({ probe: probes, ...usage, snapshot }));
    fs.renameSync(`${target}.tmp`, target);
  });
}
