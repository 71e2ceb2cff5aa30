/**
 * The server parses each document once per version, never on a request's path (issue 13):
 * counted through `outsourcingPolicy/debug/stats` (the initialization option `debugStats`), not
 * timed. Requests on one document never parse another; settings re-validate without parsing;
 * the start-up scan parses each file once, in the background, while requests are answered.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { DEBUG_STATS_REQUEST, type DebugStatsResult } from '../../server/src/lsp/protocol';
import { tempTree } from '../support/cli';
import { CLEAN_DCA, CLEAN_ENGAGEMENT } from '../support/examples';
import { TestLanguageClient, uriOf } from '../support/lspClient';

/** `count` engagement + DCA pairs with ids of their own, as files of a workspace. */
function pairs(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let n = 0; n < count; n++) {
    const ids = (text: string) =>
      text
        .replaceAll('DCA-2025-004-01', `DCA-2025-${n}-01`)
        .replaceAll('ENG-2025-004', `ENG-2025-${n}`);
    files[`erp-${n}.engagement.yaml`] = ids(CLEAN_ENGAGEMENT);
    files[`erp-${n}.dca.yaml`] = ids(CLEAN_DCA);
  }
  return files;
}

const stats = (client: TestLanguageClient): Promise<DebugStatsResult> =>
  client.connection.sendRequest(DEBUG_STATS_REQUEST);

/** The position just after the first `needle` in `text`. */
function positionAfter(text: string, needle: string): { line: number; character: number } {
  const lines = text.slice(0, text.indexOf(needle) + needle.length).split('\n');
  return { line: lines.length - 1, character: lines.at(-1)!.length };
}

/** Waits until every one of `uris` has had findings published `times` times at least. */
function publishedAll(client: TestLanguageClient, uris: readonly string[], times = 1) {
  return client.waitFor(`${uris.length} documents published ${times} time(s)`, () =>
    uris.every((uri) => (client.published.get(uri)?.length ?? 0) >= times) ? true : undefined,
  );
}

test('the stats request is refused unless the client asked for it', async () => {
  const client = new TestLanguageClient();
  try {
    await client.initialize(tempTree({}));
    await assert.rejects(stats(client), /not enabled/);
  } finally {
    await client.shutdown();
  }
});

test('requests on one document parse nothing of another with unvalidated edits', async () => {
  const root = tempTree({});
  const small = uriOf(path.join(root, 'small.engagement.yaml'));
  const edited = uriOf(path.join(root, 'edited.engagement.yaml'));
  const client = new TestLanguageClient();
  try {
    // the longest delay: the edits below stay unvalidated while the requests run
    await client.initialize(root, { debugStats: true, settings: { validation: { delay: 5000 } } });
    await client.open(small, CLEAN_ENGAGEMENT, 1);
    await client.open(edited, CLEAN_ENGAGEMENT.replaceAll('ENG-2025-004', 'ENG-2025-999'), 1);
    for (let version = 2; version <= 4; version++)
      await client.change(edited, version, `${CLEAN_ENGAGEMENT}# edit ${version}\n`);
    const at = {
      textDocument: { uri: small },
      position: positionAfter(CLEAN_ENGAGEMENT, 'model: '),
    };
    const hover = await client.connection.sendRequest('textDocument/hover', at);
    assert.ok(hover, 'the hover is answered');
    await client.connection.sendRequest('textDocument/completion', at);
    await client.connection.sendRequest('textDocument/documentSymbol', {
      textDocument: { uri: small },
    });
    await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: small } });
    await client.connection.sendRequest('textDocument/definition', at);
    const during = await stats(client);
    assert.equal(during.parses[edited], 1, 'only the opened version of the edited document');
    assert.equal(during.parses[small], 1, 'the requested document was parsed once, on open');

    // its validation parses the latest version once (version 2 and 3 never)
    await client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { outsourcingPolicy: { validation: { delay: 0 } } },
    });
    await client.diagnosticsFor(edited, 4);
    await client.diagnosticsFor(small, 1);
    const after = await stats(client);
    assert.equal(after.parses[edited], 2);
    assert.equal(after.parses[small], 1);
  } finally {
    await client.shutdown();
  }
});

test('a change of the level or the locale re-validates every document and re-parses none', async () => {
  const files = pairs(3);
  const root = tempTree(files);
  const uris = Object.keys(files).map((name) => uriOf(path.join(root, name)));
  const client = new TestLanguageClient();
  try {
    await client.initialize(root, { debugStats: true, settings: { validation: { delay: 0 } } });
    await client.open(uris[0], `${files['erp-0.engagement.yaml']}# open\n`, 1);
    await publishedAll(client, uris);
    const before = await stats(client);
    const published = uris.map((uri) => client.published.get(uri)!.length);
    await client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { outsourcingPolicy: { locale: 'de', validation: { level: 'basic', delay: 0 } } },
    });
    await client.waitFor('every document published again', () =>
      uris.every((uri, i) => client.published.get(uri)!.length > published[i]) ? true : undefined,
    );
    assert.deepEqual((await stats(client)).parses, before.parses);
  } finally {
    await client.shutdown();
  }
});

test('a smaller size limit re-parses only the files it affects', async () => {
  const files = {
    ...pairs(1),
    'big.engagement.yaml': `${CLEAN_ENGAGEMENT}${'# pad\n'.repeat(2000)}`,
  };
  const root = tempTree(files);
  const uris = Object.keys(files).map((name) => uriOf(path.join(root, name)));
  const big = uriOf(path.join(root, 'big.engagement.yaml'));
  const client = new TestLanguageClient();
  try {
    await client.initialize(root, { debugStats: true, settings: { validation: { delay: 0 } } });
    await publishedAll(client, uris);
    const maxDocumentSize = CLEAN_ENGAGEMENT.length + 100;
    await client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { outsourcingPolicy: { validation: { maxDocumentSize, delay: 0 } } },
    });
    const tooLarge = await client.waitFor('the big file reported too large', () =>
      client.published
        .get(big)
        ?.at(-1)
        ?.diagnostics.find((d) => d.code === 'document/too-large'),
    );
    assert.ok(tooLarge);
    const { parses } = await stats(client);
    for (const uri of uris) assert.equal(parses[uri], uri === big ? 2 : 1, uri);
  } finally {
    await client.shutdown();
  }
});

test('start-up parses each file once, after the settings pull, and a configuration change parses none', async () => {
  const files = pairs(10);
  const root = tempTree(files);
  const uris = Object.keys(files).map((name) => uriOf(path.join(root, name)));
  const client = new TestLanguageClient();
  try {
    await client.initialize(root, { debugStats: true }, {}, {}, { configuration: true });
    await publishedAll(client, uris);
    const started = await stats(client);
    assert.equal(started.scanned, true);
    assert.deepEqual(started.parses, Object.fromEntries(uris.map((uri) => [uri, 1])));
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await publishedAll(client, uris, 2);
    assert.deepEqual((await stats(client)).parses, started.parses);
  } finally {
    await client.shutdown();
  }
});

test('a request right after initialized is answered while the workspace is still being scanned', async () => {
  const files = pairs(100);
  const root = tempTree(files);
  const uris = Object.keys(files).map((name) => uriOf(path.join(root, name)));
  const client = new TestLanguageClient();
  try {
    await client.initialize(root, { debugStats: true, settings: { validation: { delay: 0 } } });
    const target = { uri: uris[0] };
    const [, during] = await Promise.all([
      client.connection.sendRequest('textDocument/documentSymbol', { textDocument: target }),
      stats(client), // answered after the symbols: the scan had not finished when they were
    ]);
    assert.equal(during.scanned, false);
    assert.ok(Object.keys(during.parses).length < uris.length, 'not every file parsed yet');
    assert.equal(client.published.size, 0, 'nothing diagnosed before the scan is complete');
    await publishedAll(client, uris);
    const done = await stats(client);
    assert.equal(done.scanned, true);
    assert.deepEqual(done.parses, Object.fromEntries(uris.map((uri) => [uri, 1])));
  } finally {
    await client.shutdown();
  }
});
