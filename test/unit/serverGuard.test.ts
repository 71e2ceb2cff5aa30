/** The one guard of the language server: failures outside request handlers are logged, never raised. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Connection } from 'vscode-languageserver/node';
import { DiagnosticsScheduler } from '../../server/src/lsp/diagnostics';
import { guardedConnection } from '../../server/src/lsp/guardedConnection';
import { guardWith, runGuarded, type Logger } from '../../server/src/lsp/runSafe';
import type { PolicyWorkspace } from '../../server/src/lsp/workspace';

function recordingLogger(): Logger & { errors: string[]; next(): Promise<string> } {
  const errors: string[] = [];
  let waiting: ((message: string) => void) | undefined;
  return {
    errors,
    info: () => undefined,
    error: (message) => {
      errors.push(message);
      waiting?.(message);
    },
    next: () => new Promise((resolve) => (waiting = resolve)),
  };
}

describe('the server guard', () => {
  test('a thrown error is logged with the name of the work', () => {
    const logger = recordingLogger();
    runGuarded(logger, 'scan', () => {
      throw new TypeError('text.indexOf is not a function');
    });
    assert.equal(logger.errors.length, 1);
    assert.match(logger.errors[0], /^scan failed: TypeError: text\.indexOf is not a function/);
  });

  test('a rejected promise is logged, not left unhandled', async () => {
    const logger = recordingLogger();
    const logged = logger.next();
    runGuarded(logger, 'loading the settings', () => Promise.reject(new Error('no answer')));
    assert.match(await logged, /^loading the settings failed: Error: no answer/);
  });

  test('validation started by the debounce timer runs inside the guard', async () => {
    const logger = recordingLogger();
    const workspace = {
      isPolicy: () => {
        throw new TypeError('text2.indexOf is not a function');
      },
      dependents: () => [],
    } as unknown as PolicyWorkspace; // only what validating a document reaches
    const scheduler = new DiagnosticsScheduler(
      workspace,
      { versionOf: () => 1 },
      { publish: () => undefined, roundDone: () => undefined },
      () => ({}) as never,
      () => 0,
      guardWith(logger),
    );
    const logged = logger.next();
    scheduler.changed('file:///a.engagement.yaml');
    assert.match(
      await logged,
      /^validating file:\/\/\/a\.engagement\.yaml failed: TypeError: text2\.indexOf/,
    );
  });

  test('notification handlers registered through the guarded connection are guarded', () => {
    const logger = recordingLogger();
    const registered: ((params: unknown) => void)[] = [];
    const register = (handler: (params: unknown) => void) => registered.push(handler);
    const raw = {
      onInitialized: register,
      onDidChangeConfiguration: register,
      onDidChangeWatchedFiles: register,
      onShutdown: register,
      onExit: register,
    } as unknown as Connection; // a stand-in that records what is registered
    const connection = guardedConnection(raw, guardWith(logger));
    const failing = () => {
      throw new Error('boom');
    };
    connection.onInitialized(failing);
    connection.onDidChangeConfiguration(failing);
    connection.onDidChangeWatchedFiles(failing);
    connection.onShutdown(failing);
    connection.onExit(failing);
    for (const handler of registered) handler({});
    assert.deepEqual(
      logger.errors.map((m) => m.split(' failed:')[0]),
      [
        'initialized',
        'workspace/didChangeConfiguration',
        'workspace/didChangeWatchedFiles',
        'shutdown',
        'exit',
      ],
    );
  });
});
