/**
 * Checks the files in chunks on every core: the main thread and one worker per further core
 * take chunks in turn (a shared counter hands them out) and check each with `checkChunk`.
 * Workers run this same script (the bundle re-entered: see the end of this module) and send
 * their results back; the main thread waits for them without an event loop, so the command
 * stays synchronous. Results come back in file order whatever thread checked them.
 */
import * as os from 'node:os';
import {
  isMainThread,
  MessageChannel,
  receiveMessageOnPort,
  Worker,
  workerData,
  type MessagePort,
} from 'node:worker_threads';
import { endKeepingPairs } from '../../core';
import { checkChunk, type CheckedFile, type CheckSettings, type FileToCheck } from './chunk';

const ROLE = 'outsourcing-policy/check';
/** From this many files on, workers pay for their start. */
export const PARALLEL_FROM = 200;
/** The most files in a chunk: its index keeps the data of its documents until it is done. */
const MOST_PER_CHUNK = 1000;
/** The fewest files in a chunk: each chunk boundary may cost a file checked again at the end. */
const FEWEST_PER_CHUNK = 16;
/** `OUTSOURCING_POLICY_WORKERS=n` sets the number of workers (0: none), whatever the count. */
const WORKERS_VARIABLE = 'OUTSOURCING_POLICY_WORKERS';

/** Counters shared by the threads: the next chunk to take, and how many chunks are finished. */
const NEXT = 0;
const FINISHED = 1;

interface Job {
  role: typeof ROLE;
  chunks: { files: FileToCheck[]; firstFile: number }[];
  settings: CheckSettings;
  counters: Int32Array;
  port: MessagePort;
}

type ChunkMessage = { chunk: number; results: CheckedFile[] } | { chunk: number; error: string };

export function workerCount(files: number, env: NodeJS.ProcessEnv): number {
  const forced = env[WORKERS_VARIABLE];
  if (forced !== undefined && /^\d+$/.test(forced)) return Number(forced);
  return files >= PARALLEL_FROM ? os.availableParallelism() - 1 : 0;
}

/**
 * Chunks that shrink towards the end (each a share of the files left): the threads take the
 * large ones first and finish at nearly the same time, on the small ones, whatever their
 * speeds (a worker starts later, and a core may be busy with other programs).
 */
export function chunksOf(files: readonly FileToCheck[], threads: number): Job['chunks'] {
  const chunks: Job['chunks'] = [];
  for (let first = 0; first < files.length;) {
    const share = Math.ceil((files.length - first) / (2 * threads));
    const size = Math.min(MOST_PER_CHUNK, Math.max(FEWEST_PER_CHUNK, share));
    const end = endKeepingPairs(files.length, (i) => files[i].path, first + size);
    chunks.push({ files: files.slice(first, end), firstFile: first });
    first = end;
  }
  return chunks;
}

/** Takes chunks until none are left; `done` gets each chunk's results. */
function takeChunks(job: Omit<Job, 'port'>, done: (message: ChunkMessage) => void): void {
  for (;;) {
    const chunk = Atomics.add(job.counters, NEXT, 1);
    const next = job.chunks[chunk];
    if (next === undefined) return;
    try {
      done({ chunk, results: checkChunk(next.files, next.firstFile, job.settings) });
    } catch (error) {
      done({
        chunk,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
    }
    Atomics.add(job.counters, FINISHED, 1);
    Atomics.notify(job.counters, FINISHED);
  }
}

/**
 * Waits (blocking) until every chunk has its results, handing on what the workers sent. When a
 * second passes with no chunk finished, this thread checks the earliest chunk a worker took and
 * has not answered yet itself (giving up as soon as the worker's answer arrives): a worker that
 * died in the middle of a chunk (out of memory, killed) can therefore never make the check hang.
 */
function awaitChunks(
  counters: Int32Array,
  job: Omit<Job, 'port'>,
  ports: readonly MessagePort[],
  results: (CheckedFile[] | undefined)[],
): void {
  const receive = (): void => {
    for (const port of ports)
      for (let got = receiveMessageOnPort(port); got; got = receiveMessageOnPort(port)) {
        const message = got.message as ChunkMessage;
        if ('results' in message) results[message.chunk] ??= message.results;
      }
  };
  const missing = (): number => {
    for (let chunk = 0; chunk < job.chunks.length; chunk++)
      if (results[chunk] === undefined) return chunk;
    return -1;
  };
  for (;;) {
    const finished = Atomics.load(counters, FINISHED);
    receive();
    const chunk = missing();
    if (chunk < 0) return;
    if (Atomics.wait(counters, FINISHED, finished, 1000) !== 'timed-out') continue;
    const { files, firstFile } = job.chunks[chunk];
    const abandon = (): boolean => (receive(), results[chunk] !== undefined);
    results[chunk] ??= checkChunk(files, firstFile, job.settings, abandon);
  }
}

/** The results of every file, in order, checked in chunks by this thread and `workers` others. */
export function checkInParallel(
  files: readonly FileToCheck[],
  settings: CheckSettings,
  workers: number,
): CheckedFile[] {
  const counters = new Int32Array(new SharedArrayBuffer(8));
  const chunks = chunksOf(files, workers + 1);
  const ports: MessagePort[] = [];
  const threads = Array.from({ length: workers }, () => {
    const { port1, port2 } = new MessageChannel();
    ports.push(port1);
    const job: Job = { role: ROLE, chunks, settings, counters, port: port2 };
    return new Worker(__filename, { workerData: job, transferList: [port2] });
  });
  const results: (CheckedFile[] | undefined)[] = [];
  const failed: number[] = [];
  const done = (message: ChunkMessage): void => {
    if ('results' in message) results[message.chunk] = message.results;
    else failed.push(message.chunk);
  };
  const own = { role: ROLE, chunks, settings, counters } as const;
  takeChunks(own, done);
  // a chunk that failed here or in a worker is checked again here, where its error is reported
  // as any other; a worker's failure message leaves its chunk without results until then
  for (const chunk of failed) {
    const again = chunks[chunk];
    if (again) results[chunk] = checkChunk(again.files, again.firstFile, settings);
  }
  awaitChunks(counters, own, ports, results);
  for (const thread of threads) void thread.terminate();
  for (const port of ports) port.close();
  return results.flatMap((chunk) => chunk ?? []);
}

function isJob(data: unknown): data is Job {
  return typeof data === 'object' && data !== null && (data as Partial<Job>).role === ROLE;
}

/** Tests only: a worker ends after checking its first chunk, before it sends the results. */
const DIES_VARIABLE = 'OUTSOURCING_POLICY_TEST_WORKER_DIES';

// In a worker started by `checkInParallel`: take chunks, send their results, end.
if (!isMainThread && isJob(workerData)) {
  const job = workerData;
  const dies = process.env[DIES_VARIABLE] === '1';
  takeChunks(job, (message) => {
    if (dies) process.exit(1); // in a worker, this ends the worker only
    job.port.postMessage(message);
  });
  job.port.close();
}
