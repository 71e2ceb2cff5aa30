/**
 * The memory scenario of `npm run bench` on its own, with the heap measured too: opens N
 * generated documents (not on disk) in the built server, then closes and re-opens them C times
 * (`memoryWithOpenDocuments`, the bench's own loop). When the server is quiet after each phase it
 * reads the RSS (again 3 s later), then asks the preloaded probe (`bench/memoryProbe.ts`) for the heap after a full
 * garbage collection: a leak grows that heap, garbage not yet collected grows only the RSS.
 *
 *   npx tsc -p . && node esbuild.js && node out/bench/memoryCycles.js [documents] [cycles] [--snapshots]
 *
 * SERVER_NODE_ARGS adds Node options to the server (e.g. `--max-semi-space-size=4`), SERVER_SCRIPT
 * runs another build of it (a baseline's `dist/server.js`, to compare in the same minutes); with
 * `--snapshots` the probe writes a heap snapshot per phase into the temporary folder printed.
 * Linux only (/proc).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { LspDriver } from './lsp/driver';
import { ourServer } from './lsp/servers';
import { memoryWithOpenDocuments } from './lsp/workspaceScenarios';

const DEFAULT_DELAY = 150;
/** The RSS is read when the server was quiet for 2 s (as the bench does) and this much later. */
const LATER_MS = 3_000;

interface Probe {
  /** A second after a full garbage collection. */
  collected: NodeJS.MemoryUsage;
  /** A second after a further, compacting one. */
  compacted: NodeJS.MemoryUsage;
  snapshot?: string;
}

/** User + system CPU seconds of a process so far (/proc/<pid>/stat, clock ticks of 10 ms). */
function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Signals the probe and waits for its answer (polling: the probe writes a file). */
async function probe(driver: LspDriver, file: string, count: number): Promise<Probe> {
  fs.rmSync(file, { force: true });
  driver.process.kill('SIGUSR2');
  for (let waited = 0; waited < 600_000; waited += 50) {
    if (driver.process.exitCode !== null || driver.process.signalCode !== null)
      throw new Error('the server exited while the memory probe ran');
    if (fs.existsSync(file)) {
      const answer = JSON.parse(fs.readFileSync(file, 'utf8')) as Probe & { probe: number };
      if (answer.probe === count) return answer;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the memory probe did not answer');
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function main(): Promise<void> {
  const [documents = 100, cycles = 1_000] = process.argv.slice(2, 4).map(Number);
  const snapshots = process.argv.includes('--snapshots');
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'outsourcing-policy-memory-cycles-'));
  const file = path.join(folder, 'probe.json');
  process.env.MEMORY_PROBE_FILE = file;
  if (snapshots) process.env.MEMORY_PROBE_SNAPSHOTS = '1';
  const server = ourServer(DEFAULT_DELAY);
  const extra = (process.env.SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const preload = path.join(__dirname, 'memoryProbe.js');
  const [script, ...serverArgs] = server.args;
  server.args = [
    '--expose-gc',
    '-r',
    preload,
    ...extra,
    process.env.SERVER_SCRIPT ?? script,
    ...serverArgs,
  ];
  const seen: string[] = [];
  let probes = 0;
  const started = Date.now();
  const memory = await memoryWithOpenDocuments(server, documents, cycles, async (phase, driver) => {
    const pid = driver.process.pid!;
    const rss = driver.rssMb();
    const cpu = cpuSeconds(pid);
    // what V8 and the allocator give back a little later, before anything is forced
    await new Promise((resolve) => setTimeout(resolve, LATER_MS));
    const later = driver.rssMb();
    const heap = await probe(driver, file, ++probes);
    const { collected: gc, compacted: compact } = heap;
    seen.push(
      `- ${phase}: RSS ${rss.toFixed(0)} MB, ${LATER_MS / 1000} s later ${later.toFixed(0)} MB, ` +
        `server CPU ${cpu.toFixed(1)} s; ` +
        `1 s after a full GC: heap used ${mb(gc.heapUsed)} of ${mb(gc.heapTotal)}, RSS ${mb(gc.rss)}; ` +
        `after a compacting GC: heap used ${mb(compact.heapUsed)} of ${mb(compact.heapTotal)}, RSS ${mb(compact.rss)}` +
        (heap.snapshot ? `; snapshot ${heap.snapshot}` : ''),
    );
  });
  console.log(
    `${documents} documents, ${cycles} open/close cycles; server ${process.env.SERVER_SCRIPT ?? 'dist/server.js'} ${extra.join(' ') || '(default flags)'}; ` +
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}; ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  for (const line of seen) console.log(line);
  console.log(`- peak RSS (VmHWM, before the last GC): ${memory.peakMb.toFixed(0)} MB`);
  if (!snapshots) fs.rmSync(folder, { recursive: true, force: true });
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
