/**
 * A language-server driver for benchmarks: starts any server speaking LSP over stdio (ours,
 * yaml-language-server), answers its configuration pulls from given settings, and records
 * every diagnostics publication with its arrival time, so that the same code measures both.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const uriOf = (file: string): string => pathToFileURL(file).toString();

export interface ServerCommand {
  /** Shown in results. */
  name: string;
  command: string;
  args: string[];
  /** Answers to `workspace/configuration`, by section (`yaml`, `outsourcingPolicy`, ...). */
  settings: Record<string, unknown>;
  initializationOptions?: Record<string, unknown>;
}

export interface Publication {
  at: number;
  version: number | undefined;
  count: number;
}

const now = (): number => performance.now();

export class LspDriver {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  /** Every publication per URI, in arrival order. */
  readonly published = new Map<string, Publication[]>();
  readonly started = now();
  private waiters: (() => void)[] = [];
  private exited = false;

  constructor(readonly server: ServerCommand) {
    this.process = spawn(server.command, server.args, { stdio: ['pipe', 'pipe', 'ignore'] });
    this.process.on('exit', () => {
      this.exited = true;
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
        list.push({ at: now(), version: params.version, count: params.diagnostics.length });
        this.published.set(params.uri, list);
        this.wake();
      },
    );
    this.connection.onRequest(
      'workspace/configuration',
      (params: { items: { section?: string }[] }) =>
        params.items.map((item) => this.server.settings[item.section ?? ''] ?? null),
    );
    for (const method of ['client/registerCapability', 'window/workDoneProgress/create'])
      this.connection.onRequest(method, () => null);
    this.connection.onRequest('workspace/codeLens/refresh', () => null);
    this.connection.onRequest('window/showMessageRequest', () => null);
    this.connection.listen();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters) waiter();
  }

  /** Waits until `condition` gives a value, re-checking on every message; fails after the timeout. */
  async waitFor<T>(what: string, condition: () => T | undefined, timeoutMs = 60_000): Promise<T> {
    const deadline = now() + timeoutMs;
    for (;;) {
      const value = condition();
      if (value !== undefined) return value;
      if (this.exited) throw new Error(`${this.server.name} exited while waiting for ${what}`);
      const left = deadline - now();
      if (left <= 0) throw new Error(`${this.server.name}: timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  publicationCount(uri: string): number {
    return this.published.get(uri)?.length ?? 0;
  }

  /** The time of the first publication for `uri` after the `seen`-th one. */
  nextPublication(uri: string, seen: number, timeoutMs?: number): Promise<number> {
    return this.waitFor(
      `diagnostics of ${uri}`,
      () => this.published.get(uri)?.[seen]?.at,
      timeoutMs,
    );
  }

  async initialize(rootPath: string): Promise<void> {
    const root = uriOf(rootPath);
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: root,
      workspaceFolders: [{ uri: root, name: 'bench' }],
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          publishDiagnostics: { versionSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { snippetSupport: true } },
        },
      },
      initializationOptions: this.server.initializationOptions ?? {},
    });
    await this.connection.sendNotification('initialized', {});
    await this.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: this.server.settings,
    });
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

  /** Milliseconds a request takes to be answered. */
  async timed(method: string, params: unknown): Promise<number> {
    const start = now();
    await this.connection.sendRequest(method, params);
    return now() - start;
  }

  /**
   * Waits until no diagnostics were published for `quietMs` (the server has settled), at most
   * `timeoutMs`; polls, as silence sends no message to wake on.
   */
  async settle(quietMs: number, timeoutMs = 60_000): Promise<void> {
    const deadline = now() + timeoutMs;
    const last = () =>
      Math.max(this.started, ...[...this.published.values()].map((list) => list.at(-1)!.at));
    while (now() - last() < quietMs && now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, quietMs / 4));
  }

  /** Peak resident memory of the server process so far in MB (VmHWM). */
  peakMb(): number {
    const status = fs.readFileSync(`/proc/${this.process.pid}/status`, 'utf8');
    const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
    return match ? Number(match[1]) / 1024 : NaN;
  }

  /** Resident memory of the server process in MB (Linux /proc). */
  rssMb(): number {
    const status = fs.readFileSync(`/proc/${this.process.pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+) kB/m.exec(status);
    return match ? Number(match[1]) / 1024 : NaN;
  }

  async stop(): Promise<void> {
    try {
      if (!this.exited) {
        await Promise.race([
          this.connection
            .sendRequest('shutdown')
            .then(() => this.connection.sendNotification('exit')),
          new Promise((resolve) => setTimeout(resolve, 5_000)),
        ]);
        await this.waitFor('exit', () => (this.exited ? true : undefined), 5_000);
      }
    } catch {
      this.process.kill('SIGKILL');
    }
    this.connection.dispose();
  }
}
