/**
 * The start-up scan of the workspace folders, in the background, so that requests are answered
 * meanwhile: a few files are parsed here, one per turn of the event loop (`run`); many are
 * parsed and checked in worker threads first and then indexed (`runChecked`, with
 * `pool/diskChecks.ts`). A file that changes on disk (or is opened) while the scan runs keeps
 * its newer state: the scan skips it.
 */

/** From this many files on, the scan's files are parsed and checked in workers. */
export const SCAN_IN_WORKERS_FROM = 50;

export class WorkspaceScan {
  private running = false;
  private done = false;
  private readonly touched = new Set<string>();

  /** Whether the scan has finished. */
  get finished(): boolean {
    return this.done;
  }

  /** A file was read anew (a watch event, a close) while the scan may still reach it. */
  touch(uri: string): void {
    if (this.running) this.touched.add(uri);
  }

  /** Hands each of `files` to `index`, one per turn, skipping the ones touched meanwhile. */
  run<T extends { uri: string }>(files: readonly T[], index: (file: T) => void): Promise<void> {
    return this.scanning(async () => {
      for (const file of files) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (!this.touched.has(file.uri)) index(file);
      }
    });
  }

  /**
   * Runs `check` over all `files` (in workers), then hands each file to `index`, skipping the
   * ones touched meanwhile.
   */
  runChecked<T extends { uri: string }>(
    files: readonly T[],
    check: (files: readonly T[]) => Promise<void>,
    index: (file: T) => void,
  ): Promise<void> {
    return this.scanning(async () => {
      await check(files);
      for (const file of files) if (!this.touched.has(file.uri)) index(file);
    });
  }

  private async scanning(work: () => Promise<void>): Promise<void> {
    this.running = true;
    try {
      await work();
    } finally {
      this.running = false;
      this.done = true;
      this.touched.clear();
    }
  }
}
