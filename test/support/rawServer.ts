/**
 * The built language server spoken to byte by byte, for framing and protocol tests that the
 * JSON-RPC client library cannot express (broken frames, a numeric method). Every wait has a hang
 * guard, generous enough for a loaded machine: it is no speed assertion.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { SERVER } from './lspClient';

export const HANG_GUARD_MS = 30_000;

export type RawMessage = Record<string, unknown>;

export function frame(message: unknown): string {
  const body = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

export const INITIALIZE = frame({
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { processId: null, rootUri: null, capabilities: {} },
});

export class RawServer {
  private readonly process: ChildProcess;
  private stdout = Buffer.alloc(0);
  readonly messages: RawMessage[] = [];
  stderr = '';
  exitCode: number | null = null;
  private waiters: (() => void)[] = [];

  constructor() {
    this.process = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
    this.process.stdout!.on('data', (chunk: Buffer) => this.read(chunk));
    this.process.stderr!.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString();
      this.wake();
    });
    // a server that exits on broken input closes its stdin: later writes fail with EPIPE, which
    // these tests expect; what they assert is the exit code and stderr
    this.process.stdin!.on('error', () => undefined);
    this.process.on('exit', (code) => {
      this.exitCode = code;
      this.wake();
    });
  }

  write(bytes: string): void {
    this.process.stdin!.write(bytes);
  }

  end(): void {
    this.process.stdin!.end();
  }

  kill(): void {
    if (this.exitCode === null) this.process.kill();
  }

  /** Waits until `condition` holds, re-checked on every output of the server. */
  async waitFor<T>(what: string, condition: () => T | undefined): Promise<T> {
    const deadline = Date.now() + HANG_GUARD_MS;
    for (;;) {
      const value = condition();
      if (value !== undefined) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no ${what} within the hang guard; stderr: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  answerTo(id: number | string): Promise<RawMessage> {
    return this.waitFor(`answer to request ${id}`, () =>
      this.messages.find((m) => m.id === id && !('method' in m)),
    );
  }

  exited(): Promise<number> {
    return this.waitFor('exit', () => this.exitCode ?? undefined);
  }

  private read(chunk: Buffer): void {
    this.stdout = Buffer.concat([this.stdout, chunk]);
    for (;;) {
      const end = this.stdout.indexOf('\r\n\r\n');
      if (end < 0) break;
      const length = Number(
        /Content-Length: (\d+)/i.exec(this.stdout.subarray(0, end).toString())?.[1],
      );
      if (this.stdout.length < end + 4 + length) break;
      const body = this.stdout.subarray(end + 4, end + 4 + length).toString();
      this.messages.push(JSON.parse(body) as RawMessage);
      this.stdout = this.stdout.subarray(end + 4 + length);
    }
    this.wake();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters) waiter();
  }
}
