/**
 * The one guard around all server work. Request handlers go through `runSafe` (an exception
 * becomes a logged error and the handler's fallback result; a cancelled request answers with the
 * LSP cancellation error); everything else that runs server work (notifications, timers,
 * file-watch events, configuration answers, the workspace scan) goes through `runGuarded`, which
 * logs a failure, sync or async, and lets the server carry on.
 */
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver/node';

export interface Logger {
  error(message: string): void;
  info(message: string): void;
}

export type SafeResult<T> = T | ResponseError<void>;

function cancelled<T>(): SafeResult<T> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
}

function logFailure(logger: Logger, name: string, error: unknown): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  logger.error(`${name} failed: ${detail}`);
}

export function runSafe<T>(
  logger: Logger,
  name: string,
  token: CancellationToken | undefined,
  fallback: T,
  work: () => T,
): SafeResult<T> {
  if (token?.isCancellationRequested) return cancelled();
  try {
    const result = work();
    return token?.isCancellationRequested ? cancelled() : result;
  } catch (error) {
    logFailure(logger, name, error);
    return fallback;
  }
}

/** Runs work that answers nobody; a thrown error or a rejected promise is logged, never raised. */
export function runGuarded(logger: Logger, name: string, work: () => unknown): void {
  try {
    const result = work();
    if (result instanceof Promise)
      result.catch((error: unknown) => logFailure(logger, name, error));
  } catch (error) {
    logFailure(logger, name, error);
  }
}

/** `runGuarded` bound to a logger: wraps a callback so that every call of it is guarded. */
export type Guard = <A extends unknown[]>(
  name: string,
  work: (...args: A) => unknown,
) => (...args: A) => void;

export function guardWith(logger: Logger): Guard {
  return (name, work) =>
    (...args) =>
      runGuarded(logger, name, () => work(...args));
}
