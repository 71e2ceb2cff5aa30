/** Waiting for a condition in the running editor, with a deadline instead of fixed sleeps. */

const POLL_INTERVAL_MS = 100;
export const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * Calls `probe` until it returns something other than undefined, and returns that. Fails with
 * `what` in the message once `timeoutMs` have passed.
 */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs = DEFAULT_TIMEOUT_MS,
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
