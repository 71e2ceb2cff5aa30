/**
 * The start-up scan parses and checks the files on disk in worker threads (issue 13), each file
 * once: the diagnostics of a workspace with references across the workers' chunks (DCA ->
 * engagement, broken references, duplicate ids) are exactly the engine's over the same files,
 * and files re-checked once the index is complete are not parsed again.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { createPolicyService, type ValidationOptions } from '../../server/src/core';
import { toDiagnostic } from '../../server/src/lsp/convert';
import { WORKER_DIES_VARIABLE } from '../../server/src/lsp/pool/workerPool';
import { DEBUG_STATS_REQUEST, type DebugStatsResult } from '../../server/src/lsp/protocol';
import { effectiveSettings, normalizeSettings } from '../../server/src/lsp/settings';
import { tempTree } from '../support/cli';
import { CLEAN_DCA, CLEAN_ENGAGEMENT } from '../support/examples';
import { TestLanguageClient, uriOf } from '../support/lspClient';

const OPTIONS: ValidationOptions = {
  ...effectiveSettings(normalizeSettings(undefined), undefined).options,
  today: '2026-11-27',
};

const withIds = (text: string, engagement: string, dca: string) =>
  text.replaceAll('ENG-2025-004', engagement).replaceAll('DCA-2025-004-01', dca);

/**
 * 70 files in name order (the order of the scan): DCAs at the front whose engagements are at the
 * back (other chunks), a DCA naming no engagement, ids used twice far apart, clean pairs between.
 */
function workspaceFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let n = 0; n < 5; n++)
    files[`a-${n}.dca.yaml`] = withIds(CLEAN_DCA, `ENG-Z-${n}`, `DCA-A-${n}`);
  files['a-broken.dca.yaml'] = withIds(CLEAN_DCA, 'ENG-MISSING', 'DCA-BROKEN');
  files['a-twice.engagement.yaml'] = withIds(CLEAN_ENGAGEMENT, 'ENG-TWICE', 'DCA-NONE');
  for (let n = 0; n < 28; n++) {
    const pair = `m-${String(n).padStart(2, '0')}`;
    files[`${pair}.dca.yaml`] = withIds(CLEAN_DCA, `ENG-M-${n}`, `DCA-M-${n}`);
    files[`${pair}.engagement.yaml`] = withIds(CLEAN_ENGAGEMENT, `ENG-M-${n}`, `DCA-M-${n}`);
  }
  for (let n = 0; n < 5; n++)
    files[`z-${n}.engagement.yaml`] = withIds(CLEAN_ENGAGEMENT, `ENG-Z-${n}`, `DCA-A-${n}`);
  files['z-twice.engagement.yaml'] = withIds(CLEAN_ENGAGEMENT, 'ENG-TWICE', 'DCA-NONE');
  return files;
}

/** The engine's diagnostics of every file, the files indexed in the order given. */
function engineDiagnostics(
  files: [string, string][],
  options = OPTIONS,
): Map<string, Diagnostic[]> {
  const service = createPolicyService();
  const parsed = files.map(([uri, text]) => service.parse(uri, text, options));
  const index = service.index(parsed);
  return new Map(
    parsed.map((file) => [
      file.uri,
      service.findings(file, index, options).map((finding) => toDiagnostic(file, finding)),
    ]),
  );
}

const stats = (client: TestLanguageClient): Promise<DebugStatsResult> =>
  client.connection.sendRequest(DEBUG_STATS_REQUEST);

let client: TestLanguageClient | undefined;
afterEach(async () => {
  delete process.env[WORKER_DIES_VARIABLE];
  await client?.shutdown();
  client = undefined;
});

/** Starts a server on the workspace (one file open, edited) and waits for the expected findings. */
async function diagnosedAsTheEngine(): Promise<{
  stats: DebugStatsResult;
  uris: string[];
  index: [string, string][];
}> {
  const files = workspaceFiles();
  const root = tempTree(files);
  const names = Object.keys(files).sort((a, b) => a.localeCompare(b));
  const uris = names.map((name) => uriOf(path.join(root, name)));
  const openName = 'm-03.engagement.yaml';
  const openUri = uriOf(path.join(root, openName));
  const openText = `${files[openName]}# edited, not saved\n`;
  // the index: the open document first, then the files on disk in the order of the scan
  const index: [string, string][] = [
    [openUri, openText],
    ...names.flatMap((name, i): [string, string][] =>
      name === openName ? [] : [[uris[i], files[name]]],
    ),
  ];
  const expected = engineDiagnostics(index);
  assert.ok(
    [...expected.values()].some((d) => d.some((x) => x.code === 'document/duplicate-id')),
    'the fixture has duplicate ids',
  );
  assert.ok(
    [...expected.values()].some((d) => d.some((x) => x.code === 'engagement/dca-missing')),
    'the fixture has a broken reference',
  );
  client = new TestLanguageClient();
  await client.initialize(root, { debugStats: true, settings: { validation: { delay: 0 } } });
  await client.open(openUri, openText);
  const c = client;
  await c.waitFor('every document diagnosed as the engine does', () =>
    uris.every(
      (uri) =>
        JSON.stringify(c.published.get(uri)?.at(-1)?.diagnostics) ===
        JSON.stringify(expected.get(uri)),
    )
      ? true
      : undefined,
  );
  return { stats: await stats(c), uris: uris.filter((uri) => uri !== openUri), index };
}

test("start-up in workers: every diagnostic equals the engine's, each file parsed once", async () => {
  const { stats: done, uris } = await diagnosedAsTheEngine();
  assert.equal(done.scanned, true);
  for (const uri of uris) {
    assert.equal(done.parses[uri], 1, `${uri} parsed once`);
    assert.equal(done.workerParses[uri], 1, `${uri} parsed in a worker`);
  }
  assert.ok(done.pool.workersStarted >= 1 && done.pool.workersStarted <= 2);
  assert.ok(done.pool.finished >= 4, 'three chunks and a re-check of the stale files');
});

test("start-up with a worker that dies: replaced, and the diagnostics still equal the engine's", async () => {
  process.env[WORKER_DIES_VARIABLE] = 'first';
  const { stats: done } = await diagnosedAsTheEngine();
  assert.equal(done.pool.retried, 1);
  assert.equal(done.pool.failed, 0);
});

/** Waits until the latest diagnostics of every file equal `expected`'s. */
function publishedAs(c: TestLanguageClient, expected: Map<string, Diagnostic[]>, what: string) {
  return c.waitFor(what, () =>
    [...expected].every(
      ([uri, diagnostics]) =>
        JSON.stringify(c.published.get(uri)?.at(-1)?.diagnostics) === JSON.stringify(diagnostics),
    )
      ? true
      : undefined,
  );
}

test('after a start-up in workers, an edit and a settings change re-check files on disk without parsing them', async () => {
  const { stats: started, index } = await diagnosedAsTheEngine();
  const c = client!;
  // the open engagement takes another id: its DCA on disk loses it
  const [openUri, openText] = index[0];
  const renamed = openText.replace('id: ENG-M-3', 'id: ENG-M-3-NEW');
  assert.notEqual(renamed, openText);
  await c.change(openUri, 2, renamed);
  const edited: [string, string][] = [[openUri, renamed], ...index.slice(1)];
  await publishedAs(c, engineDiagnostics(edited), 'the DCA of the edited engagement re-checked');
  const dca = index.find(([uri]) => uri.endsWith('/m-03.dca.yaml'))![0];
  assert.ok(
    c.published
      .get(dca)!
      .at(-1)!
      .diagnostics.some((d) => d.code === 'engagement/dca-missing'),
  );
  // German: every document published again, in German
  await c.connection.sendNotification('workspace/didChangeConfiguration', {
    settings: { outsourcingPolicy: { locale: 'de', validation: { delay: 0 } } },
  });
  const german = engineDiagnostics(edited, { ...OPTIONS, locale: 'de' });
  await publishedAs(c, german, 'every document in German');
  const done = await stats(c);
  for (const [uri] of index.slice(1)) assert.equal(done.parses[uri], started.parses[uri], uri);
  assert.equal(done.parses[openUri], started.parses[openUri] + 1, 'the open document: its edit');
  assert.ok(done.diskRechecks > started.diskRechecks, 'the files on disk were checked in workers');
});

test('go to definition reaches an engagement on disk that only a worker parsed', async () => {
  const { stats: started, index } = await diagnosedAsTheEngine();
  const c = client!;
  const [dcaUri, dcaText] = index.find(([uri]) => uri.endsWith('/m-05.dca.yaml'))!;
  const [engagementUri, engagementText] = index.find(([uri]) =>
    uri.endsWith('/m-05.engagement.yaml'),
  )!;
  await c.open(dcaUri, dcaText);
  const refLine = dcaText.split('\n').findIndex((l) => l.startsWith('  engagementRef: '));
  const found: { uri: string; range: unknown }[] | { uri: string; range: unknown } | null =
    await c.connection.sendRequest('textDocument/definition', {
      textDocument: { uri: dcaUri },
      position: { line: refLine, character: '  engagementRef: '.length + 2 },
    });
  const idLine = engagementText.split('\n').findIndex((l) => l === '  id: ENG-M-5');
  assert.ok(idLine > 0);
  const target = { start: { line: idLine, character: 6 }, end: { line: idLine, character: 13 } };
  assert.deepEqual(Array.isArray(found) ? found : [found], [{ uri: engagementUri, range: target }]);
  const done = await stats(c);
  assert.equal(done.workerParses[engagementUri], 1);
  assert.equal(
    done.parses[engagementUri],
    started.parses[engagementUri] + 1,
    'parsed here once, for its positions',
  );
});

test('a file on disk changed after a start-up in workers: it and its DCA on disk as the engine says', async () => {
  const { index } = await diagnosedAsTheEngine();
  const c = client!;
  const at = index.findIndex(([uri]) => uri.endsWith('/z-0.engagement.yaml'));
  const [engagementUri, engagementText] = index[at];
  const changed = engagementText.replace('id: ENG-Z-0', 'id: ENG-Z-0-NEW');
  assert.notEqual(changed, engagementText);
  fs.writeFileSync(fileURLToPath(engagementUri), changed);
  await c.connection.sendNotification('workspace/didChangeWatchedFiles', {
    changes: [{ uri: engagementUri, type: 2 }],
  });
  const edited = index.map(([uri, text]): [string, string] => [
    uri,
    uri === engagementUri ? changed : text,
  ]);
  await publishedAs(c, engineDiagnostics(edited), 'the changed file and its DCA re-checked');
  const dca = index.find(([uri]) => uri.endsWith('/a-0.dca.yaml'))![0];
  assert.ok(
    c.published
      .get(dca)!
      .at(-1)!
      .diagnostics.some((d) => d.code === 'engagement/dca-missing'),
  );
});
