/**
 * A small LSP client for protocol tests: starts the real server bundle (dist/server.js) as a
 * child process and speaks JSON-RPC over its stdio, as Neovim or Helix would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { REPO_ROOT } from './cli';

export const SERVER = path.join(REPO_ROOT, 'dist/server.js');

export function uriOf(file: string): string {
  return pathToFileURL(file).toString();
}

export interface Published {
  version: number | undefined;
  diagnostics: Diagnostic[];
}

export class TestLanguageClient {
  readonly connection: ProtocolConnection;
  private readonly process: ChildProcess;
  /** Every publishDiagnostics notification, in arrival order, per URI. */
  readonly published = new Map<string, Published[]>();
  readonly notifications: { method: string; params: unknown }[] = [];
  /** How many `workspace/codeLens/refresh` requests the server sent. */
  codeLensRefreshes = 0;
  readonly stderr: string[] = [];
  private waiters: (() => void)[] = [];
  exitCode: number | null = null;

  constructor(
    args: string[] = ['--stdio'],
    nodeArgs: string[] = [],
    /** The server bundle to start (a benchmark compares another build). */
    server = SERVER,
  ) {
    this.process = spawn(process.execPath, [...nodeArgs, server, ...args], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.process.stderr!.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    this.process.on('exit', (code) => {
      this.exitCode = code;
      this.wake();
    });
    this.connection = createProtocolConnection(
      new StreamMessageReader(this.process.stdout!),
      new StreamMessageWriter(this.process.stdin!),
    );
    this.connection.onNotification(
      'textDocument/publishDiagnostics',
      (params: PublishDiagnosticsParams) => {
        const list = this.published.get(params.uri) ?? [];
        list.push({ version: params.version, diagnostics: params.diagnostics });
        this.published.set(params.uri, list);
        this.wake();
      },
    );
    for (const method of ['outsourcingPolicy/status', 'window/logMessage', 'window/showMessage']) {
      this.connection.onNotification(method, (params: unknown) => {
        this.notifications.push({ method, params });
        this.wake();
      });
    }
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
      params.items.map(() => null),
    );
    this.connection.onRequest('window/showMessageRequest', () => null);
    this.connection.onRequest('workspace/codeLens/refresh', () => {
      this.codeLensRefreshes++;
      this.wake();
      return null;
    });
    this.connection.listen();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters) waiter();
  }

  /**
   * Waits until `condition` holds, re-checking whenever a message arrives; fails after
   * `timeoutMs`. The default is a hang guard, generous enough for a loaded machine, not a
   * speed assertion.
   */
  async waitFor<T>(what: string, condition: () => T | undefined, timeoutMs = 30_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = condition();
      if (value !== undefined) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The latest diagnostics published for `uri` once they are for `version` (when given). */
  diagnosticsFor(uri: string, version?: number): Promise<Diagnostic[]> {
    return this.waitFor(`diagnostics of ${uri} v${version ?? 'any'}`, () => {
      const last = this.published.get(uri)?.at(-1);
      if (!last || (version !== undefined && last.version !== version)) return undefined;
      return last.diagnostics;
    });
  }

  async initialize(
    rootPath: string,
    initializationOptions: Record<string, unknown> = {},
    textDocumentCapabilities: Record<string, unknown> = {},
    /** Further InitializeParams, such as the editor's `locale`. */
    initializeParams: Record<string, unknown> = {},
    /** Further workspace client capabilities, such as `codeLens: { refreshSupport: true }`. */
    workspaceCapabilities: Record<string, unknown> = {},
  ): Promise<void> {
    await this.connection.sendRequest('initialize', {
      ...initializeParams,
      processId: process.pid,
      rootUri: uriOf(rootPath),
      workspaceFolders: [{ uri: uriOf(rootPath), name: 'test' }],
      capabilities: {
        workspace: {
          didChangeWatchedFiles: { dynamicRegistration: true },
          ...workspaceCapabilities,
        },
        textDocument: { rename: { prepareSupport: true }, ...textDocumentCapabilities },
      },
      initializationOptions: { today: '2026-11-27', ...initializationOptions },
    });
    await this.connection.sendNotification('initialized', {});
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'yaml', version, text },
    });
  }

  change(uri: string, version: number, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  async shutdown(): Promise<void> {
    if (this.exitCode === null) {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
      await this.waitFor('the server to exit', () =>
        this.exitCode === null ? undefined : this.exitCode,
      );
    }
    this.connection.dispose();
  }

  /** Writes raw bytes to the server's input, bypassing JSON-RPC framing (for malformed messages). */
  writeRaw(bytes: string): void {
    this.process.stdin!.write(bytes);
  }

  kill(): void {
    this.process.kill();
  }

  /** The server's process id (the memory benchmark reads its /proc status). */
  get pid(): number | undefined {
    return this.process.pid;
  }
}
