/**
 * The one wrapper around every request handler: an exception becomes a logged error and the
 * handler's fallback result; a cancelled request answers with the LSP cancellation error.
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
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    logger.error(`${name} failed: ${detail}`);
    return fallback;
  }
}
