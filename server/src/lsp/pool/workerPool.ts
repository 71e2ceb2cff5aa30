/**
 * A small pool of worker threads (`poolWorker.ts`) that check documents off the main thread:
 * at most `size` workers, started when a job needs one and reused; terminated by `dispose`.
 * Jobs have a key (the document's URI): a newer job with the same key supersedes the older one
 * (a queued one is dropped at once, a running one's answer is dropped when it comes). A worker
 * that dies is replaced and its job run once more; a job whose second run dies fails.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AnswerMessage, CheckRequest, CheckResult, JobMessage } from './jobs';

export type JobOutcome =
  | { kind: 'done'; result: CheckResult }
  | { kind: 'failed'; error: string }
  | { kind: 'superseded' };

interface Job {
  id: number;
  key: string;
  request: CheckRequest;
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
  private readonly threads: PoolThread[] = [];
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
    private readonly size: number,
    private readonly script = WORKER_SCRIPT,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  /** Runs `request` under `key`; `done` gets its outcome exactly once. */
  submit(key: string, request: CheckRequest, done: (outcome: JobOutcome) => void): void {
    if (this.disposed) return done({ kind: 'superseded' });
    for (const queued of this.queue.filter((job) => job.key === key)) {
      this.queue.splice(this.queue.indexOf(queued), 1);
      this.supersede(queued);
    }
    const job: Job = { id: this.nextId++, key, request, attempts: 0, done };
    this.newest.set(key, job.id);
    this.queue.push(job);
    this.dispatch();
  }

  /** The keys of the running jobs and the counters. */
  snapshot(): PoolStats {
    const running = this.threads.flatMap((thread) => (thread.job ? [thread.job.key] : []));
    return { ...this.stats, running };
  }

  dispose(): void {
    this.disposed = true;
    for (const job of this.queue.splice(0)) this.supersede(job);
    for (const thread of this.threads.splice(0)) void thread.worker.terminate();
  }

  private supersede(job: Job): void {
    this.stats.superseded++;
    job.done({ kind: 'superseded' });
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const thread = this.threads.find((t) => !t.job) ?? this.startThread();
      if (!thread) return;
      const job = this.queue.shift()!;
      thread.job = job;
      job.attempts++;
      this.stats.started++;
      const message: JobMessage = { job: job.id, request: job.request };
      thread.worker.postMessage(message);
    }
  }

  private startThread(): PoolThread | undefined {
    if (this.threads.length >= this.size) return undefined;
    const dies = this.env[WORKER_DIES_VARIABLE];
    const workerData = {
      dies: dies === 'always' || (dies === 'first' && this.stats.workersStarted === 0),
    };
    const worker = new Worker(this.script, { workerData });
    this.stats.workersStarted++;
    const thread: PoolThread = { worker, job: undefined };
    worker.on('message', (answer: AnswerMessage) => this.answered(thread, answer));
    worker.on('error', (error) => this.lost(thread, error.stack ?? error.message));
    worker.on('exit', (code) => this.lost(thread, `the worker ended with exit code ${code}`));
    worker.unref(); // an idle pool never keeps the process alive
    this.threads.push(thread);
    return thread;
  }

  private answered(thread: PoolThread, answer: AnswerMessage): void {
    const job = thread.job;
    thread.job = undefined;
    if (job?.id === answer.job) this.finish(job, answer);
    this.dispatch();
  }

  private finish(job: Job, answer: AnswerMessage): void {
    if (this.newest.get(job.key) !== job.id) return this.supersede(job);
    this.newest.delete(job.key);
    if ('result' in answer) {
      this.stats.finished++;
      job.done({ kind: 'done', result: answer.result });
    } else {
      this.stats.failed++;
      job.done({ kind: 'failed', error: answer.error });
    }
  }

  /** A worker died (or failed to start): it is replaced; its job runs once more, or fails. */
  private lost(thread: PoolThread, reason: string): void {
    const at = this.threads.indexOf(thread);
    if (at < 0) return; // already handled ('error' is followed by 'exit')
    this.threads.splice(at, 1);
    const job = thread.job;
    thread.job = undefined;
    if (this.disposed || !job) return;
    if (this.newest.get(job.key) !== job.id) this.supersede(job);
    else if (job.attempts < 2) {
      this.stats.retried++;
      this.queue.unshift(job);
    } else this.finish(job, { job: job.id, error: reason });
    this.dispatch();
  }
}
