/**
 * A small pool of worker threads (`poolWorker.ts`) that check documents off the main thread:
 * `size` slots, each with a worker started when a job needs it and then reused; terminated by
 * `dispose`. A job may ask for the slot whose worker kept the parses it needs (`slot`); others
 * take any free slot. Jobs have a key: a newer job with the same key supersedes the older one (a
 * queued one is dropped at once, a running one's answer is dropped when it comes). A worker
 * that dies is replaced (with no kept parses) and its job run once more; a second death fails it.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AnswerMessage, CheckRequest, CheckResult, JobMessage } from './jobs';

export type JobOutcome =
  | { kind: 'done'; results: CheckResult[]; slot: number }
  | { kind: 'failed'; error: string }
  | { kind: 'superseded' };

interface Job {
  id: number;
  key: string;
  request: CheckRequest;
  /** The slot whose worker must run it, if any. */
  slot: number | undefined;
  attempts: number;
  done: (outcome: JobOutcome) => void;
}

interface PoolThread {
  worker: Worker;
  job: Job | undefined;
}

/** What the pool did so far (for the debug statistics of the tests). */
export interface PoolStats {
  started: number;
  finished: number;
  superseded: number;
  retried: number;
  failed: number;
  workersStarted: number;
  /** The keys of the jobs running now. */
  running: string[];
}

/** Tests only: `first` ends the first worker in its first job; `always` ends every worker so. */
export const WORKER_DIES_VARIABLE = 'OUTSOURCING_POLICY_TEST_POOL_WORKER_DIES';

/** The worker script: next to this module (out/) or next to the server bundle (dist/). */
export const WORKER_SCRIPT = path.join(__dirname, 'poolWorker.js');

export function defaultPoolSize(): number {
  return Math.max(1, Math.min(2, os.availableParallelism()));
}

export class WorkerPool {
  private readonly slots: (PoolThread | undefined)[];
  private readonly queue: Job[] = [];
  /** The newest job per key: an answer of any other job with that key is dropped. */
  private readonly newest = new Map<string, number>();
  private nextId = 1;
  private disposed = false;
  readonly stats: Omit<PoolStats, 'running'> = {
    started: 0,
    finished: 0,
    superseded: 0,
    retried: 0,
    failed: 0,
    workersStarted: 0,
  };

  constructor(
    readonly size: number,
    private readonly script = WORKER_SCRIPT,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {
    this.slots = Array.from({ length: size }, () => undefined);
  }

  /** Runs `request` under `key` (in `slot`, if given); `done` gets its outcome exactly once. */
  submit(
    key: string,
    request: CheckRequest,
    done: (outcome: JobOutcome) => void,
    slot?: number,
  ): void {
    if (this.disposed) return done({ kind: 'superseded' });
    for (const queued of this.queue.filter((job) => job.key === key)) {
      this.queue.splice(this.queue.indexOf(queued), 1);
      this.supersede(queued);
    }
    const job: Job = { id: this.nextId++, key, request, slot, attempts: 0, done };
    this.newest.set(key, job.id);
    this.queue.push(job);
    this.dispatch();
  }

  /** The workers may drop the parses they kept of these URIs (changed or gone). */
  forget(uris: string[]): void {
    const message: JobMessage = { forget: uris };
    for (const thread of this.slots) thread?.worker.postMessage(message);
  }

  /** The keys of the running jobs and the counters. */
  snapshot(): PoolStats {
    const running = this.slots.flatMap((thread) => (thread?.job ? [thread.job.key] : []));
    return { ...this.stats, running };
  }

  dispose(): void {
    this.disposed = true;
    for (const job of this.queue.splice(0)) this.supersede(job);
    this.slots.forEach((thread, slot) => {
      this.slots[slot] = undefined;
      void thread?.worker.terminate();
    });
  }

  private supersede(job: Job): void {
    this.stats.superseded++;
    job.done({ kind: 'superseded' });
  }

  /** Hands queued jobs, in order, to the free slots they may run in. */
  private dispatch(): void {
    for (let i = 0; i < this.queue.length;) {
      const job = this.queue[i];
      const slot = this.freeSlotFor(job);
      if (slot === undefined) {
        i++;
        continue;
      }
      this.queue.splice(i, 1);
      const thread = this.slots[slot] ?? this.startThread(slot);
      thread.job = job;
      job.attempts++;
      this.stats.started++;
      const message: JobMessage = { job: job.id, request: job.request };
      thread.worker.postMessage(message);
    }
  }

  /** A free slot for `job`: its own, else a started idle one, else one not started yet. */
  private freeSlotFor(job: Job): number | undefined {
    const free = (slot: number) => !this.slots[slot]?.job;
    if (job.slot !== undefined) return free(job.slot) ? job.slot : undefined;
    const idle = this.slots.findIndex((thread) => thread && !thread.job);
    if (idle >= 0) return idle;
    const empty = this.slots.findIndex((thread) => !thread);
    return empty >= 0 ? empty : undefined;
  }

  private startThread(slot: number): PoolThread {
    const dies = this.env[WORKER_DIES_VARIABLE];
    const first = this.stats.workersStarted === 0;
    const workerData = { dies: dies === 'always' || (dies === 'first' && first) };
    const worker = new Worker(this.script, { workerData });
    this.stats.workersStarted++;
    const thread: PoolThread = { worker, job: undefined };
    worker.on('message', (answer: AnswerMessage) => this.answered(slot, thread, answer));
    worker.on('error', (error) => this.lost(slot, thread, error.stack ?? error.message));
    worker.on('exit', (code) => this.lost(slot, thread, `the worker ended with exit code ${code}`));
    worker.unref(); // an idle pool never keeps the process alive
    this.slots[slot] = thread;
    return thread;
  }

  private answered(slot: number, thread: PoolThread, answer: AnswerMessage): void {
    const job = thread.job;
    thread.job = undefined;
    if (job?.id === answer.job) this.finish(job, answer, slot);
    this.dispatch();
  }

  private finish(job: Job, answer: AnswerMessage, slot: number): void {
    if (this.newest.get(job.key) !== job.id) return this.supersede(job);
    this.newest.delete(job.key);
    if ('results' in answer) {
      this.stats.finished++;
      job.done({ kind: 'done', results: answer.results, slot });
    } else {
      this.stats.failed++;
      job.done({ kind: 'failed', error: answer.error });
    }
  }

  /** A worker died (or failed to start): it is replaced; its job runs once more, or fails. */
  private lost(slot: number, thread: PoolThread, reason: string): void {
    if (this.slots[slot] !== thread) return; // already handled ('error' is followed by 'exit')
    this.slots[slot] = undefined;
    const job = thread.job;
    thread.job = undefined;
    if (this.disposed || !job) return;
    if (this.newest.get(job.key) !== job.id) this.supersede(job);
    else if (job.attempts < 2) {
      this.stats.retried++;
      this.queue.unshift(job);
    } else this.finish(job, { job: job.id, error: reason }, slot);
    this.dispatch();
  }
}
