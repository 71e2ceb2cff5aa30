/**
 * Protocol misuse answered as LSP asks, and malformed document notifications refused at the edge:
 * the process lives on and keeps answering.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { afterEach, describe, test } from 'node:test';
import { tempTree } from '../support/cli';
import { TestLanguageClient, uriOf } from '../support/lspClient';
import { frame, INITIALIZE, RawServer } from '../support/rawServer';
import { CLEAN_ENGAGEMENT as ENGAGEMENT } from '../support/examples';

const BROKEN = ENGAGEMENT.replace('model: multi-tenant', 'model: multitenant');

const running: { kill(): void }[] = [];

async function started(): Promise<{ client: TestLanguageClient; root: string }> {
  const root = tempTree({});
  const client = new TestLanguageClient();
  running.push(client);
  await client.initialize(root);
  return { client, root };
}

function logged(client: TestLanguageClient): string[] {
  return client.notifications
    .filter((n) => n.method === 'window/logMessage')
    .map((n) => (n.params as { message: string }).message);
}

describe('protocol errors', () => {
  afterEach(() => {
    for (const server of running.splice(0)) server.kill();
  });

  test('a request after shutdown gets InvalidRequest; exit still ends the process with 0', async () => {
    const { client, root } = await started();
    const uri = uriOf(path.join(root, 'a.engagement.yaml'));
    await client.connection.sendRequest('shutdown');
    await assert.rejects(
      client.connection.sendRequest('textDocument/hover', {
        textDocument: { uri },
        position: { line: 0, character: 0 },
      }),
      (error: { code?: number; message?: string }) =>
        error.code === -32600 &&
        error.message === 'Invalid request: textDocument/hover after shutdown.',
    );
    await client.connection.sendNotification('exit');
    const code = await client.waitFor('the exit', () => client.exitCode ?? undefined);
    assert.equal(code, 0);
  });

  test('a message whose method is a number gets InvalidRequest for its id', async () => {
    const server = new RawServer();
    running.push(server);
    server.write(INITIALIZE);
    await server.answerTo(1);
    server.write(frame({ jsonrpc: '2.0', id: 99, method: 5 }));
    const answer = await server.answerTo(99);
    assert.deepEqual(answer.error, {
      code: -32600,
      message: 'Invalid request: method is not a string.',
    });
    server.write(frame({ jsonrpc: '2.0', id: 100, method: 'shutdown' }));
    assert.deepEqual(await server.answerTo(100), { jsonrpc: '2.0', id: 100, result: null });
  });

  test('closing a file URI with a host (file://server/share/...) clears its diagnostics', async () => {
    const { client } = await started();
    const uri = 'file://server/share/policies/a.engagement.yaml';
    await client.open(uri, BROKEN);
    const before = await client.diagnosticsFor(uri, 1);
    assert.ok(before.some((d) => d.code === 'schema/enum'));
    await client.close(uri);
    await client.waitFor('the cleared diagnostics', () =>
      client.published.get(uri)?.at(-1)?.diagnostics.length === 0 ? true : undefined,
    );
    assert.deepEqual(
      logged(client).filter((m) => /failed|ERR_/.test(m)),
      [],
    );
    await client.shutdown();
  });

  for (const [name, text] of [
    ['a number', 5],
    ['null', null],
    ['an object', { a: 1 }],
  ] as const) {
    test(`didOpen and didChange with text ${name}: refused and logged, the server carries on`, async () => {
      const { client, root } = await started();
      const bad = uriOf(path.join(root, 'bad.engagement.yaml'));
      const good = uriOf(path.join(root, 'good.engagement.yaml'));
      await client.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri: bad, languageId: 'yaml', version: 1, text },
      });
      await client.open(good, BROKEN);
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: good, version: 2 },
        contentChanges: [{ text }],
      });
      // a later edit is validated after the debounce: the refused ones would have failed first
      await client.change(good, 3, BROKEN.replace('status: operation', 'status: operatoin'));
      const diagnostics = await client.diagnosticsFor(good, 3);
      assert.deepEqual(
        diagnostics.map((d) => d.code),
        ['schema/enum', 'schema/enum', 'engagement/dca-missing'],
      );
      assert.equal(client.published.get(bad), undefined, 'the refused document is not stored');
      assert.deepEqual(
        logged(client).filter((m) => m.startsWith('Refused')),
        [
          'Refused textDocument/didOpen: text is not a string.',
          'Refused textDocument/didChange: a change text is not a string.',
        ],
      );
      assert.equal(client.exitCode, null);
      await client.shutdown();
      assert.equal(client.exitCode, 0);
    });
  }
});
