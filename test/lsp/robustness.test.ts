/** The server under stress: rapid edits, cancellation, open/close races, malformed input, trust. */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { afterEach, describe, test } from 'node:test';
import { CancellationTokenSource, type Diagnostic } from 'vscode-languageserver-protocol';
import { tempTree } from '../support/cli';
import { TestLanguageClient, uriOf } from '../support/lspClient';
import { CLEAN_ENGAGEMENT as ENGAGEMENT, CLEAN_DCA as DCA } from '../support/examples';

function withStatus(version: number): string {
  return ENGAGEMENT.replace('status: operation', `status: v${version}`);
}

function mentions(diagnostics: Diagnostic[], text: string): boolean {
  return diagnostics.some((d) => String(d.message).includes(text));
}

/** A hang guard, not a speed assertion: wide enough that a loaded machine cannot break it. */
const HANG_MS = 30_000;

function answeredWithinHangGuard<T>(what: string, answer: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer to ${what} in ${HANG_MS} ms`)), HANG_MS);
  });
  return Promise.race([answer, hang]).finally(() => clearTimeout(timer));
}

/** Servers started by the current test; killed afterwards whatever happened, so no test can hang the run. */
const running: TestLanguageClient[] = [];

async function started(
  files: Record<string, string>,
  init: Record<string, unknown> = {},
): Promise<{ client: TestLanguageClient; root: string }> {
  const root = tempTree(files);
  const client = new TestLanguageClient();
  running.push(client);
  await client.initialize(root, init);
  return { client, root };
}

function unhandled(client: TestLanguageClient): string[] {
  const logged = client.notifications
    .filter((n) => n.method === 'window/logMessage')
    .map((n) => (n.params as { message: string }).message);
  return [...logged, ...client.stderr].filter((line) => /unhandled|failed:/i.test(line));
}

describe('language server robustness', () => {
  afterEach(() => {
    for (const client of running.splice(0)) if (client.exitCode === null) client.kill();
  });

  test('300 rapid edits: the last version is published and nothing stale arrives after it', async () => {
    const { client, root } = await started({ 'a.engagement.yaml': ENGAGEMENT, 'a.dca.yaml': DCA });
    const uri = uriOf(path.join(root, 'a.engagement.yaml'));
    await client.open(uri, withStatus(1));
    await Promise.all(
      Array.from({ length: 299 }, (_, i) => client.change(uri, i + 2, withStatus(i + 2))),
    );
    const last = await client.diagnosticsFor(uri, 300);
    assert.ok(mentions(last, '"v300"'));
    // a round trip after the last publish: anything stale would have arrived before the answer
    await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 0, character: 0 },
    });
    const published = client.published.get(uri)!;
    assert.equal(published.at(-1)!.version, 300);
    assert.ok(published.length < 20, `debounced: ${published.length} publishes for 300 edits`);
    const versions = published.map((p) => p.version ?? 0);
    assert.deepEqual(
      versions,
      [...versions].sort((a, b) => a - b),
      'versions only go forward',
    );
    assert.deepEqual(unhandled(client), []);
    await client.shutdown();
  });

  test('requests cancelled in any order get an answer or a cancellation, and the server carries on', async () => {
    const { client, root } = await started({ 'a.engagement.yaml': ENGAGEMENT, 'a.dca.yaml': DCA });
    const uri = uriOf(path.join(root, 'a.engagement.yaml'));
    await client.open(uri, ENGAGEMENT);
    const pending = Array.from({ length: 40 }, (_, i) => {
      const source = new CancellationTokenSource();
      const request = client.connection.sendRequest(
        'textDocument/completion',
        { textDocument: { uri }, position: { line: 20 + i, character: 2 } },
        source.token,
      );
      return {
        source,
        request: request.then(
          () => 'answered',
          (error: { code?: number }) =>
            error.code === -32800 ? 'cancelled' : `failed ${error.code}`,
        ),
      };
    });
    for (const index of [39, 3, 17, 0, 25, 8, 31, 12]) pending[index].source.cancel();
    const outcomes = await Promise.all(pending.map((p) => p.request));
    assert.ok(
      outcomes.every((o) => o === 'answered' || o === 'cancelled'),
      outcomes.join(', '),
    );
    assert.deepEqual(await client.diagnosticsFor(uri, 1), []);
    await client.shutdown();
  });

  test('open/close races: closing clears the diagnostics, reopening shows the new content', async () => {
    const { client, root } = await started({});
    const uri = uriOf(path.join(root, 'race.engagement.yaml'));
    for (let round = 0; round < 20; round++) {
      await client.open(uri, withStatus(round), 1);
      await client.change(uri, 2, withStatus(round + 1000));
      await client.close(uri);
    }
    await client.waitFor('the cleared diagnostics', () =>
      client.published.get(uri)?.at(-1)?.diagnostics.length === 0 ? true : undefined,
    );
    await client.open(uri, withStatus(7777), 1);
    const reopened = await client.waitFor('the reopened document', () => {
      const last = client.published.get(uri)?.at(-1);
      return last && mentions(last.diagnostics, '"v7777"') ? last.diagnostics : undefined;
    });
    assert.ok(!mentions(reopened, '"v1019"'));
    assert.deepEqual(unhandled(client), []);
    await client.shutdown();
  });

  test('malformed messages and unknown methods do not stop the server', async () => {
    const { client, root } = await started({ 'a.engagement.yaml': ENGAGEMENT });
    const uri = uriOf(path.join(root, 'a.engagement.yaml'));
    client.writeRaw('Content-Length: 12\r\n\r\n{not json!!}');
    client.writeRaw('Content-Length: 40\r\n\r\n{"jsonrpc":"2.0","id":99,"method":5}    ');
    await assert.rejects(
      client.connection.sendRequest('outsourcingPolicy/doesNotExist', {}),
      (error: { code?: number }) => error.code === -32601,
    );
    await client.connection.sendNotification('outsourcingPolicy/unknownNotification', { x: 1 });
    await client.open(uri, ENGAGEMENT.replace('model: multi-tenant', 'model: multitenant'));
    const diagnostics = await client.diagnosticsFor(uri, 1);
    assert.ok(diagnostics.some((d) => d.code === 'schema/enum'));
    assert.equal(client.exitCode, null, 'still running');
    await client.shutdown();
    assert.equal(client.exitCode, 0);
  });

  test('a large document does not keep other documents waiting for long', async () => {
    const big =
      ENGAGEMENT +
      Array.from({ length: 40_000 }, (_, i) => `extra${i}: value ${i}`).join('\n') +
      '\n';
    const { client, root } = await started({ 'small.engagement.yaml': ENGAGEMENT });
    const bigUri = uriOf(path.join(root, 'big.engagement.yaml'));
    const smallUri = uriOf(path.join(root, 'small.engagement.yaml'));
    await client.open(bigUri, big);
    await client.open(smallUri, ENGAGEMENT.replace('status: operation', 'status: operatoin'));
    await client.diagnosticsFor(smallUri, 1);
    const hover = await answeredWithinHangGuard(
      'the hover on the small document',
      client.connection.sendRequest('textDocument/hover', {
        textDocument: { uri: smallUri },
        position: { line: 7, character: 3 },
      }),
    );
    assert.ok(hover !== undefined);
    const bigDiagnostics = await client.diagnosticsFor(bigUri, 1);
    assert.ok(bigDiagnostics.some((d) => d.code === 'document/truncated'));
    await client.shutdown();
  });

  test('in an untrusted workspace the project file cannot widen which files are read', async () => {
    const files = {
      '.outsourcing-policy.yaml': 'extraGlobs: ["policies/*.yaml"]\n',
      'policies/x.yaml': 'kind: Engagement\n',
      'a.engagement.yaml': ENGAGEMENT,
    };
    const count = async (trusted: boolean) => {
      const { client, root } = await started(files, { workspaceTrusted: trusted });
      const uri = uriOf(path.join(root, 'a.engagement.yaml'));
      await client.open(uri, ENGAGEMENT);
      await client.diagnosticsFor(uri, 1);
      const status = await client.waitFor(
        'a status',
        () =>
          client.notifications.filter((n) => n.method === 'outsourcingPolicy/status').at(-1)
            ?.params as { documentCount: number } | undefined,
      );
      await client.shutdown();
      return status.documentCount;
    };
    assert.equal(await count(true), 2);
    assert.equal(await count(false), 1);
  });
});
