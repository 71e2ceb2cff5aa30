/**
 * Broken stdio framing: the server logs the problem to stderr and exits with a non-zero code (the
 * client restarts it) instead of staying alive without ever answering again.
 */
import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { frame, INITIALIZE, RawServer } from '../support/rawServer';

const running: RawServer[] = [];

async function initialized(): Promise<RawServer> {
  const server = new RawServer();
  running.push(server);
  server.write(INITIALIZE);
  const answer = await server.answerTo(1);
  assert.ok('result' in answer);
  return server;
}

const SHUTDOWN = frame({ jsonrpc: '2.0', id: 2, method: 'shutdown' });

const broken: { name: string; bytes: string; endInput?: boolean; logged: RegExp }[] = [
  {
    name: 'a header without Content-Length',
    bytes: 'Content-Type: application/json\r\n\r\n{"jsonrpc":"2.0","id":7,"method":"shutdown"}',
    logged: /broken message framing: header without Content-Length/,
  },
  {
    name: 'Content-Length: -5',
    bytes: 'Content-Length: -5\r\n\r\n{"jsonrpc":"2.0"}',
    logged: /broken message framing: Content-Length is not a valid length: "-5"/,
  },
  {
    name: 'headers ending in \\n\\n',
    bytes: 'Content-Length: 17\n\n{"jsonrpc":"2.0"}',
    logged: /broken message framing: header line not ended by \\r\\n/,
  },
  {
    name: 'a Content-Length larger than the body, then the end of the input',
    bytes: 'Content-Length: 500\r\n\r\n{"jsonrpc":"2.0"}',
    endInput: true,
    logged: /broken message framing: input ended inside a message, 483 bytes short/,
  },
];

describe('broken framing over stdio', () => {
  afterEach(() => {
    for (const server of running.splice(0)) server.kill();
  });

  for (const { name, bytes, endInput, logged } of broken) {
    test(`${name}: logged to stderr, then a non-zero exit`, async () => {
      const server = await initialized();
      server.write(bytes);
      if (endInput) server.end();
      else server.write(SHUTDOWN);
      const code = await server.exited();
      assert.notEqual(code, 0);
      assert.match(server.stderr, logged);
    });
  }

  test('well-framed messages split at odd places still work', async () => {
    const server = new RawServer();
    running.push(server);
    const bytes = INITIALIZE + SHUTDOWN;
    for (let at = 0; at < bytes.length; at += 7) server.write(bytes.slice(at, at + 7));
    assert.ok('result' in (await server.answerTo(2)));
    server.write(frame({ jsonrpc: '2.0', method: 'exit' }));
    assert.equal(await server.exited(), 0);
    assert.equal(server.stderr, '');
  });
});
