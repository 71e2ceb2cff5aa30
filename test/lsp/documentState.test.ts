/**
 * What the server keeps per document follows the documents that exist (issue 13): after many
 * open/close cycles, every per-document map of the server holds the documents still open or on
 * disk and no other. Counted through `outsourcingPolicy/debug/stats` (`documentState`), not
 * weighed: the memory itself is measured by `bench/memoryCycles.ts`.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { DEBUG_STATS_REQUEST, type DebugStatsResult } from '../../server/src/lsp/protocol';
import { tempTree } from '../support/cli';
import { CLEAN_DCA, CLEAN_ENGAGEMENT } from '../support/examples';
import { TestLanguageClient, uriOf } from '../support/lspClient';

/** An engagement and its DCA with ids of their own (`n`). */
function pair(n: number): { engagement: string; dca: string } {
  const ids = (text: string) =>
    text
      .replaceAll('DCA-2025-004-01', `DCA-2025-${n}-01`)
      .replaceAll('ENG-2025-004', `ENG-2025-${n}`);
  return { engagement: ids(CLEAN_ENGAGEMENT), dca: ids(CLEAN_DCA) };
}

const stats = (client: TestLanguageClient): Promise<DebugStatsResult> =>
  client.connection.sendRequest(DEBUG_STATS_REQUEST);

/**
 * The stats once nothing is due any more. The server handles messages in order, so once a
 * stats request after the last notification finds no timer and nothing ready, no work is left.
 */
async function whenIdle(client: TestLanguageClient): Promise<DebugStatsResult> {
  for (;;) {
    const current = await stats(client);
    const { timers, ready } = current.documentState;
    if (timers === 0 && ready === 0) return current;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const last = (client: TestLanguageClient, uri: string) => client.published.get(uri)?.at(-1);

test('after many open/close cycles, the per-document maps hold only open and disk documents', async () => {
  const disk = pair(900);
  const root = tempTree({ 'disk.engagement.yaml': disk.engagement, 'disk.dca.yaml': disk.dca });
  const diskEngagement = uriOf(path.join(root, 'disk.engagement.yaml'));
  const diskDca = uriOf(path.join(root, 'disk.dca.yaml'));
  // 10 pairs only in the editor (not on disk): engagement, then its DCA
  const texts = new Map<string, string>();
  for (let n = 0; n < 10; n++) {
    const { engagement, dca } = pair(n);
    texts.set(uriOf(path.join(root, 'open', `erp-${n}.engagement.yaml`)), engagement);
    texts.set(uriOf(path.join(root, 'open', `erp-${n}.dca.yaml`)), dca);
  }
  const uris = [...texts.keys()];
  const [kept, closed] = [uris.slice(0, 10), uris.slice(10)];
  const rounds = 5;
  const client = new TestLanguageClient();
  try {
    await client.initialize(root, { debugStats: true, settings: { validation: { delay: 0 } } });
    await client.diagnosticsFor(diskEngagement);
    for (const uri of uris) await client.open(uri, texts.get(uri)!, 1);
    await client.open(diskDca, `${disk.dca}# open\n`, 1);
    for (let round = 2; round <= rounds; round++) {
      for (const uri of uris) {
        await client.close(uri);
        await client.open(uri, texts.get(uri)!, round);
      }
    }
    for (const uri of uris) await client.diagnosticsFor(uri, rounds);
    const seen = new Map(closed.map((uri) => [uri, client.published.get(uri)!.length]));
    for (const uri of closed) await client.close(uri);
    await client.close(diskDca);

    const idle = await whenIdle(client);
    // the closed ones were cleared (last), the kept ones show their last version
    for (const uri of closed) {
      assert.ok(client.published.get(uri)!.length > seen.get(uri)!, uri);
      assert.deepEqual(last(client, uri), { version: undefined, diagnostics: [] }, uri);
    }
    for (const uri of kept) assert.equal(last(client, uri)?.version, rounds, uri);
    assert.equal(last(client, diskDca)?.version, undefined, 'the disk copy again');
    assert.deepEqual(idle.documentState, {
      open: 10,
      parsedOpen: 10,
      recognized: 10,
      disk: 2,
      parseCounts: 12,
      workerParseCounts: 0,
      timers: 0,
      ready: 0,
      lastDependents: 12,
      counts: 12,
      fingerprints: 12,
      closedSinceValidated: 0,
    });
    assert.deepEqual(
      Object.keys(idle.parses).sort(),
      [...kept, diskEngagement, diskDca].sort(),
      'parses are counted for the open and disk documents only',
    );
  } finally {
    await client.shutdown();
  }
});
