/**
 * The start-up scan of the workspace folders, in the background: the files found are parsed one
 * per turn of the event loop, so that requests are answered meanwhile. A file that changes on
 * disk (or is opened) while the scan runs keeps its newer state: the scan skips it.
 */
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
  async run<T extends { uri: string }>(
    files: readonly T[],
    index: (file: T) => void,
  ): Promise<void> {
    this.running = true;
    try {
      for (const file of files) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (!this.touched.has(file.uri)) index(file);
      }
    } finally {
      this.running = false;
      this.done = true;
      this.touched.clear();
    }
  }
}
