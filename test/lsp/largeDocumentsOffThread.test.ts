/**
 * Large open documents are parsed and checked in worker threads (issue 13): their diagnostics
 * equal the engine's, requests on other documents are answered while their check runs, an edit
 * during a check publishes only the latest version, and a worker that dies is replaced. Asserted
 * through `outsourcingPolicy/debug/stats` (what ran where), never by time.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { afterEach, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { createPolicyService, type ValidationOptions } from '../../server/src/core';
import { toDiagnostic } from '../../server/src/lsp/convert';
import { CHECK_FAILED_CODE } from '../../server/src/lsp/pool/offThreadChecks';
import { WORKER_DIES_VARIABLE } from '../../server/src/lsp/pool/workerPool';
import { DEBUG_STATS_REQUEST, type DebugStatsResult } from '../../server/src/lsp/protocol';
import { effectiveSettings, normalizeSettings } from '../../server/src/lsp/settings';
import { tempTree } from '../support/cli';
import { CLEAN_DCA, CLEAN_ENGAGEMENT } from '../support/examples';
import { TestLanguageClient, uriOf } from '../support/lspClient';

const TODAY = '2026-11-27';
const OPTIONS: ValidationOptions = {
  ...effectiveSettings(normalizeSettings(undefined), undefined).options,
  today: TODAY,
};

/** The clean engagement grown to about `size` characters with unknown keys, every tenth twice. */
function largeEngagement(size: number, mark = ''): string {
  const lines: string[] = [];
  let length = CLEAN_ENGAGEMENT.length;
  for (let i = 0; length < size; i++) {
    const line = i % 10 === 9 ? `dup${mark}: 1` : `unknownKey${mark}${i}: value`;
    lines.push(line);
    length += line.length + 1;
  }
  return `${CLEAN_ENGAGEMENT}${lines.join('\n')}\n`;
}

/** The engine's diagnostics of `uri` among `files` (URI -> text, in the server's index order). */
function engineDiagnostics(files: [string, string][], uri: string): Diagnostic[] {
  const service = createPolicyService();
  const parsed = files.map(([u, text]) => service.parse(u, text, OPTIONS));
  const index = service.index(parsed);
  const file = parsed.find((f) => f.uri === uri)!;
  return service.findings(file, index, OPTIONS).map((finding) => toDiagnostic(file, finding));
}

const stats = (client: TestLanguageClient): Promise<DebugStatsResult> =>
  client.connection.sendRequest(DEBUG_STATS_REQUEST);

/** Asks for the stats until `accept` takes them (a condition, not a sleep). */
async function statsWhen(
  client: TestLanguageClient,
  what: string,
  accept: (s: DebugStatsResult) => boolean,
): Promise<DebugStatsResult> {
  for (let asked = 0; asked < 100_000; asked++) {
    const now = await stats(client);
    if (accept(now)) return now;
  }
  throw new Error(`the stats never showed ${what}`);
}

/** Waits until the latest diagnostics of `uri` are of `version` and returns them. */
const latestOf = (client: TestLanguageClient, uri: string, version: number) =>
  client.waitFor(
    `diagnostics of ${uri} v${version}`,
    () => {
      const last = client.published.get(uri)?.at(-1);
      return last?.version === version ? last.diagnostics : undefined;
    },
    120_000,
  );

let client: TestLanguageClient | undefined;
afterEach(async () => {
  delete process.env[WORKER_DIES_VARIABLE];
  await client?.shutdown();
  client = undefined;
});

async function started(): Promise<{ client: TestLanguageClient; root: string }> {
  const root = tempTree({});
  client = new TestLanguageClient();
  await client.initialize(root, { debugStats: true, settings: { validation: { delay: 0 } } });
  return { client, root };
}

test("a large document is checked in a worker; its and its DCA's diagnostics equal the engine's", async () => {
  const { client, root } = await started();
  const large = uriOf(path.join(root, 'large.engagement.yaml'));
  const dca = uriOf(path.join(root, 'erp.dca.yaml'));
  const text = largeEngagement(300_000);
  await client.open(dca, CLEAN_DCA);
  await client.open(large, text);
  const files: [string, string][] = [
    [dca, CLEAN_DCA],
    [large, text],
  ];
  const expected = engineDiagnostics(files, large);
  assert.ok(
    expected.some((d) => d.code === 'yaml/duplicate-key'),
    'the fixture has errors',
  );
  assert.deepEqual(await latestOf(client, large, 1), expected);
  // the DCA is validated again once the engagement is in the index
  const dcaExpected = engineDiagnostics(files, dca);
  await client.waitFor('the DCA checked against the large engagement', () =>
    JSON.stringify(client.published.get(dca)?.at(-1)?.diagnostics) === JSON.stringify(dcaExpected)
      ? true
      : undefined,
  );
  const done = await stats(client);
  assert.equal(done.parses[large], 1, 'parsed once');
  assert.equal(done.workerParses[large], 1, 'in a worker: the main thread never parsed it');
  assert.equal(done.pool.finished, 1);
  assert.equal(done.pool.workersStarted, 1);
});

test('a hover on a small document is answered while the large one is checked', async () => {
  const { client, root } = await started();
  const large = uriOf(path.join(root, 'large.engagement.yaml'));
  const small = uriOf(path.join(root, 'small.engagement.yaml'));
  await client.open(small, CLEAN_ENGAGEMENT);
  await client.diagnosticsFor(small, 1);
  await client.open(large, largeEngagement(2_000_000));
  await statsWhen(client, 'the large check running', (s) => s.pool.running.includes(large));
  const line = CLEAN_ENGAGEMENT.split('\n').findIndex((l) => l.startsWith('tenancy:'));
  const [hover, during] = await Promise.all([
    client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: small },
      position: { line, character: 2 },
    }),
    stats(client), // answered after the hover
  ]);
  assert.ok(hover, 'the hover has an answer');
  assert.deepEqual(during.pool.running, [large], 'the large check still ran');
  assert.equal(during.pool.finished, 0);
  await latestOf(client, large, 1);
});

test('an edit while the check runs publishes the latest version only', async () => {
  const { client, root } = await started();
  const large = uriOf(path.join(root, 'large.engagement.yaml'));
  await client.open(large, largeEngagement(1_000_000, 'a'));
  await statsWhen(client, 'the first check running', (s) => s.pool.running.includes(large));
  await client.change(large, 2, largeEngagement(1_000_000, 'b'));
  await statsWhen(client, 'the second check started', (s) => s.pool.started === 2);
  const latest = largeEngagement(300_000, 'c');
  await client.change(large, 3, latest);
  const diagnostics = await latestOf(client, large, 3);
  assert.deepEqual(diagnostics, engineDiagnostics([[large, latest]], large));
  const versions = client.published.get(large)!.map((p) => p.version);
  assert.deepEqual(versions, [3], 'versions 1 and 2 were never published');
  const done = await stats(client);
  assert.equal(done.pool.superseded, 2);
  assert.equal(done.pool.finished, 1);
});

test('a worker that dies is replaced and the diagnostics still arrive', async () => {
  process.env[WORKER_DIES_VARIABLE] = 'first';
  const { client, root } = await started();
  const large = uriOf(path.join(root, 'large.engagement.yaml'));
  const text = largeEngagement(300_000);
  await client.open(large, text);
  assert.deepEqual(await latestOf(client, large, 1), engineDiagnostics([[large, text]], large));
  const done = await stats(client);
  assert.equal(done.pool.retried, 1);
  assert.equal(done.pool.workersStarted, 2);
  assert.equal(done.pool.finished, 1);
});

test('a document whose check dies twice gets an error diagnostic and the server goes on', async () => {
  process.env[WORKER_DIES_VARIABLE] = 'always';
  const { client, root } = await started();
  const large = uriOf(path.join(root, 'large.engagement.yaml'));
  const small = uriOf(path.join(root, 'small.engagement.yaml'));
  await client.open(large, largeEngagement(300_000));
  const [failed] = await latestOf(client, large, 1);
  assert.equal(failed.code, CHECK_FAILED_CODE);
  assert.equal(failed.severity, 1);
  assert.match(String(failed.message), /^This document could not be checked .*exit code 1/);
  await client.open(small, CLEAN_ENGAGEMENT);
  assert.deepEqual(
    await client.diagnosticsFor(small, 1),
    engineDiagnostics([[small, CLEAN_ENGAGEMENT]], small),
  );
  const done = await stats(client);
  assert.equal(done.pool.failed, 1);
  assert.equal(done.pool.retried, 1);
});
