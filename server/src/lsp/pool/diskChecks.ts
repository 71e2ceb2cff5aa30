/**
 * Files on disk (not open) checked in the worker pool. The start-up scan sends every file found,
 * in chunks, each chunk with an index of its own files only (as the CLI's streaming check does);
 * the workers keep the parses. Once the complete index is built, a file whose check asked a
 * question that index answers differently is checked again (`recheck`), now with the whole index
 * shipped, by the worker that kept its parse (so nothing is parsed again). Settings changes and
 * changed engagements re-check files on disk the same way.
 */
import { endKeepingPairs, type ValidationOptions } from '../../core';
import type { Guard } from '../runSafe';
import type { PolicyWorkspace } from '../workspace';
import { DeferredFile } from './deferredFile';
import { shippedIndex, stalenessCheck } from './indexShipping';
import type { CheckResult } from './jobs';
import { failedCheck, type CheckedDocument } from './offThreadChecks';
import type { JobOutcome, WorkerPool } from './workerPool';

/** Chunks per worker: enough to even out their speeds, few enough to keep most references local. */
const CHUNKS_PER_WORKER = 4;
/** Chunk sizes stay in these bounds (a chunk ends after the DCA or engagement named alike). */
const FEWEST_PER_CHUNK = 24;
const MOST_PER_CHUNK = 50;

/** A file of the scan as a worker checked it (none: its chunk failed twice). */
export interface ScannedFile {
  file: DeferredFile;
  result: CheckResult;
}

function chunkSize(files: number, workers: number): number {
  const even = Math.ceil(files / (workers * CHUNKS_PER_WORKER));
  return Math.min(MOST_PER_CHUNK, Math.max(FEWEST_PER_CHUNK, even));
}

export class DiskChecks {
  private nextBatch = 1;
  /** How many files on disk were sent to be checked again (debug statistics). */
  rechecked = 0;
  /** The latest re-check batch of each URI: answers of older batches are dropped. */
  private readonly latestBatch = new Map<string, number>();

  constructor(
    private readonly workspace: PolicyWorkspace,
    private readonly pool: WorkerPool,
    private readonly guard: Guard,
  ) {}

  /** Checks the files found by the scan; resolves with what the workers made of each. */
  scan(
    files: readonly { uri: string; text: string }[],
    options: ValidationOptions,
  ): Promise<Map<string, ScannedFile>> {
    const scanned = new Map<string, ScannedFile>();
    // the scanned files follow the open documents in the index; an open document has its place
    // there (not its file's), so its file is left to the main thread: sent, it would move every
    // file after it by one place, and every check asking about those places would be stale
    const opened = this.workspace.indexSlots().length;
    const closed = files.filter((file) => !this.workspace.isOpen(file.uri));
    const size = chunkSize(closed.length, this.pool.size);
    const chunks: { first: number; files: { uri: string; text: string }[] }[] = [];
    for (let first = 0; first < closed.length;) {
      const end = endKeepingPairs(closed.length, (i) => closed[i].uri, first + size);
      chunks.push({ first, files: closed.slice(first, end) });
      first = end;
    }
    return new Promise((resolve) => {
      let left = chunks.length;
      if (left === 0) resolve(scanned);
      chunks.forEach(({ first, files: chunk }, n) => {
        const places = chunk.map((file) => ({ ...file, keep: true }));
        const request = { options, firstFile: opened + first, places };
        const answered = this.guard('scanning the workspace in a worker', (outcome: JobOutcome) => {
          try {
            if (outcome.kind !== 'done') return; // its files are parsed and checked here
            const texts = new Map(chunk.map((file) => [file.uri, file.text]));
            for (const result of outcome.results) {
              const file = this.deferred(result, texts.get(result.uri) ?? '', outcome.slot);
              scanned.set(result.uri, { file, result });
            }
          } finally {
            if (--left === 0) resolve(scanned);
          }
        });
        this.pool.submit(`scan:${n}`, request, answered);
      });
    });
  }

  private deferred(result: CheckResult, text: string, slot: number): DeferredFile {
    if (result.parsed) this.workspace.countWorkerParse(result.uri);
    const file = new DeferredFile(result.uri, text, result.documents, (u, t) =>
      this.workspace.parseOnMainThread(u, t),
    );
    file.holder = slot;
    return file;
  }

  /** Whether the complete index answers a question of the scanned file's check differently. */
  staleness(): (scanned: ScannedFile) => boolean {
    const isStale = stalenessCheck(this.workspace);
    return (scanned) => isStale(scanned.result.questions);
  }

  /**
   * Checks files on disk again with the whole index, each by the worker that kept its parse;
   * `done` gets each one's findings (not when the file changed or was checked again meanwhile).
   */
  recheck(
    uris: readonly string[],
    options: ValidationOptions,
    done: (uri: string, checked: CheckedDocument) => void,
  ): void {
    const batch = this.nextBatch++;
    const byHolder = new Map<number | undefined, Map<string, DeferredFile>>();
    for (const uri of uris) {
      const file = this.workspace.deferredDiskFile(uri);
      if (!file) continue;
      this.rechecked++;
      this.latestBatch.set(uri, batch);
      const group = byHolder.get(file.holder) ?? new Map<string, DeferredFile>();
      byHolder.set(file.holder, group.set(uri, file));
    }
    for (const [holder, group] of byHolder) this.submit(batch, holder, group, options, done);
  }

  private submit(
    batch: number,
    holder: number | undefined,
    group: Map<string, DeferredFile>,
    options: ValidationOptions,
    done: (uri: string, checked: CheckedDocument) => void,
  ): void {
    const texts = new Map([...group].map(([uri, file]) => [uri, { text: file.text, keep: true }]));
    const request = { options, firstFile: 0, places: shippedIndex(this.workspace, texts) };
    const current = (uri: string) =>
      this.latestBatch.get(uri) === batch &&
      this.workspace.deferredDiskFile(uri) === group.get(uri);
    const answered = this.guard('checking files on disk in a worker', (outcome: JobOutcome) => {
      if (outcome.kind === 'superseded') return;
      if (outcome.kind === 'failed') {
        for (const uri of group.keys())
          if (current(uri)) done(uri, failedCheck(options, outcome.error));
        return;
      }
      const isStale = stalenessCheck(this.workspace);
      const again: string[] = [];
      for (const result of outcome.results) {
        if (result.parsed) this.workspace.countWorkerParse(result.uri);
        const file = group.get(result.uri);
        if (file) file.holder = outcome.slot;
        if (!current(result.uri)) continue;
        if (isStale(result.questions)) again.push(result.uri);
        else done(result.uri, result);
      }
      if (again.length) this.recheck(again, options, done);
    });
    this.pool.submit(`recheck:${batch}:${holder ?? 'any'}`, request, answered, holder);
  }
}
