/**
 * A strict check of the stdio framing (`Content-Length: N\r\n\r\n` then N bytes), in front of the
 * JSON-RPC reader. The reader of vscode-jsonrpc skips or waits forever on a broken frame (a header
 * without Content-Length, a negative length, headers ending in `\n\n`, input ending inside a
 * message), after which the server never answers again. This stream passes well-framed bytes on
 * unchanged and reports the first framing error instead; the caller logs it and exits, and the
 * client restarts the server.
 */
import { Transform, type TransformCallback } from 'node:stream';

const CR = 0x0d;
const LF = 0x0a;
/** Headers are two short lines in practice; anything longer is no LSP header. */
const MAX_HEADER_BYTES = 8 * 1024;
/** A message larger than this is refused (the largest policy document is a few megabytes). */
export const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;

/** The problem with a complete header block (without its final blank line), or its length. */
export function parseHeader(block: string): { length: number } | { problem: string } {
  let length: number | undefined;
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) return { problem: `header line without a name: ${JSON.stringify(line)}` };
    if (line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
    const value = line.slice(colon + 1).trim();
    if (!/^\d{1,10}$/.test(value) || Number(value) > MAX_MESSAGE_BYTES)
      return { problem: `Content-Length is not a valid length: ${JSON.stringify(value)}` };
    length = Number(value);
  }
  return length === undefined ? { problem: 'header without Content-Length' } : { length };
}

export class FramingCheck extends Transform {
  private header: number[] = [];
  /** Body bytes still expected; -1 while reading a header. */
  private bodyLeft = -1;
  private failed = false;

  constructor(private readonly onError: (problem: string) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: string, done: TransformCallback): void {
    if (!this.failed) {
      const problem = this.check(chunk);
      if (problem) this.fail(problem);
      else this.push(chunk);
    }
    done();
  }

  override _flush(done: TransformCallback): void {
    if (!this.failed && this.bodyLeft > 0)
      this.fail(`input ended inside a message, ${this.bodyLeft} bytes short`);
    else if (!this.failed && this.header.length > 0)
      this.fail('input ended inside a message header');
    done();
  }

  private fail(problem: string): void {
    this.failed = true;
    this.onError(problem);
  }

  /** Follows the frames through `chunk`; returns the first framing problem. */
  private check(chunk: Buffer): string | undefined {
    let offset = 0;
    while (offset < chunk.length) {
      if (this.bodyLeft >= 0) {
        const taken = Math.min(this.bodyLeft, chunk.length - offset);
        offset += taken;
        this.bodyLeft -= taken;
        if (this.bodyLeft === 0) this.bodyLeft = -1;
        continue;
      }
      const problem = this.headerByte(chunk[offset]);
      offset++;
      if (problem) return problem;
    }
    return undefined;
  }

  private headerByte(byte: number): string | undefined {
    const previous = this.header.at(-1);
    this.header.push(byte);
    if (byte === LF && previous !== CR) return 'header line not ended by \\r\\n';
    if (this.header.length > MAX_HEADER_BYTES)
      return `header longer than ${MAX_HEADER_BYTES} bytes`;
    const n = this.header.length;
    const ended =
      n >= 4 &&
      this.header[n - 4] === CR &&
      this.header[n - 3] === LF &&
      this.header[n - 2] === CR &&
      byte === LF;
    if (!ended) return undefined;
    const block = Buffer.from(this.header.slice(0, n - 4)).toString('ascii');
    this.header = [];
    const parsed = parseHeader(block);
    if ('problem' in parsed) return parsed.problem;
    this.bodyLeft = parsed.length === 0 ? -1 : parsed.length;
    return undefined;
  }
}
