/** Waiting for a condition with a deadline, never for a fixed time. */

const POLL_INTERVAL_MS = 100;

/**
 * Calls `probe` until it returns something other than undefined and returns that; fails with
 * `what` and the last value seen once `timeoutMs` have passed. An error thrown by `probe` ends
 * the wait at once.
 */
export async function waitUntil<T>(
  what: string,
  timeoutMs: number,
  probe: () => Promise<T | undefined>,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}
