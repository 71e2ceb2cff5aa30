/**
 * Keeps a driver process from outliving its purpose: a deadline for the whole run, and an
 * orderly exit on SIGINT/SIGTERM (from `timeout` or Ctrl+C), so that the 'exit' handlers of
 * codeServer.ts and browser.ts stop the processes they started.
 */

export function limitRunTime(what: string, timeoutMs: number): void {
  const deadline = setTimeout(() => {
    console.error(`${what} took longer than ${Math.round(timeoutMs / 1000)} s: stopping`);
    process.exit(1);
  }, timeoutMs);
  deadline.unref();
}

export function exitOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      console.error(`${signal}: stopping`);
      process.exit(1);
    });
  }
}
