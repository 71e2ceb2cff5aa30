/**
 * Findings for the whole workspace, pushed for open and closed policy files alike (so clients
 * that only know publishDiagnostics, such as Neovim 0.7, show them too).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { tempTree } from '../support/cli';
import { TestLanguageClient, uriOf } from '../support/lspClient';
import { CLEAN_ENGAGEMENT, CLEAN_DCA } from '../support/examples';

const BROKEN_ENGAGEMENT = CLEAN_ENGAGEMENT.replace('model: multi-tenant', 'model: multitenant');
const BROKEN_DCA = CLEAN_DCA.replace('confidentiality: high', 'confidentiality: hihg');

const CHANGED = 2;
const DELETED = 3;

/** The range of the first `needle` in `text`. */
function rangeOf(text: string, needle: string): Diagnostic['range'] {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `${needle} is in the text`);
  const doc = TextDocument.create('file:///x', 'yaml', 1, text);
  return { start: doc.positionAt(offset), end: doc.positionAt(offset + needle.length) };
}

function enumAt(diagnostics: Diagnostic[], text: string, value: string): Diagnostic | undefined {
  const range = rangeOf(text, value);
  return diagnostics.find(
    (d) => d.code === 'schema/enum' && JSON.stringify(d.range) === JSON.stringify(range),
  );
}

describe('findings for the whole workspace', () => {
  let client: TestLanguageClient;
  let root: string;
  let engagementUri: string;
  let dcaUri: string;

  /** Waits until the latest diagnostics published for `uri` satisfy `accept`. */
  const latest = (uri: string, what: string, accept: (d: Diagnostic[]) => boolean) =>
    client.waitFor(what, () => {
      const last = client.published.get(uri)?.at(-1);
      return last && accept(last.diagnostics) ? last : undefined;
    });

  const notifyWatched = (uri: string, type: number) =>
    client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri, type }],
    });

  before(async () => {
    root = tempTree({
      'erp.engagement.yaml': BROKEN_ENGAGEMENT,
      'erp.dca.yaml': CLEAN_DCA,
    });
    engagementUri = uriOf(path.join(root, 'erp.engagement.yaml'));
    dcaUri = uriOf(path.join(root, 'erp.dca.yaml'));
    client = new TestLanguageClient();
    await client.initialize(root);
  });

  after(async () => {
    await client.shutdown();
    assert.equal(client.exitCode, 0);
  });

  test('a closed file gets its findings after initialize, with rule, measure, severity and range', async () => {
    const published = await latest(engagementUri, 'the closed engagement', (d) => d.length > 0);
    assert.equal(published.version, undefined);
    const typo = enumAt(published.diagnostics, BROKEN_ENGAGEMENT, 'multitenant');
    assert.ok(typo, JSON.stringify(published.diagnostics));
    assert.equal(typo.severity, 1);
    assert.equal((typo.data as { measure: string }).measure, 'OPS.3.1.M10');
    assert.deepEqual((await latest(dcaUri, 'the closed DCA', () => true)).diagnostics, []);
  });

  test('closing a document shows the findings of its saved text again', async () => {
    await client.open(engagementUri, CLEAN_ENGAGEMENT);
    assert.deepEqual(await client.diagnosticsFor(engagementUri, 1), []);
    await client.close(engagementUri);
    const published = await latest(engagementUri, 'the saved findings', (d) => d.length > 0);
    assert.ok(enumAt(published.diagnostics, BROKEN_ENGAGEMENT, 'multitenant'));
  });

  test('a file changed on disk gets its new findings', async () => {
    fs.writeFileSync(path.join(root, 'erp.engagement.yaml'), CLEAN_ENGAGEMENT);
    await notifyWatched(engagementUri, CHANGED);
    await latest(engagementUri, 'the fixed engagement', (d) => d.length === 0);

    fs.writeFileSync(path.join(root, 'erp.dca.yaml'), BROKEN_DCA);
    await notifyWatched(dcaUri, CHANGED);
    const published = await latest(dcaUri, 'the broken DCA', (d) => d.length > 0);
    assert.ok(enumAt(published.diagnostics, BROKEN_DCA, 'hihg'), JSON.stringify(published));
  });

  test('a deleted file has its findings cleared, and the documents depending on it are re-checked', async () => {
    fs.rmSync(path.join(root, 'erp.dca.yaml'));
    await notifyWatched(dcaUri, DELETED);
    await latest(dcaUri, 'the deleted DCA to be cleared', (d) => d.length === 0);
    const engagement = await latest(engagementUri, 'the engagement to miss its DCA', (d) =>
      d.some((finding) => finding.code === 'engagement/dca-missing'),
    );
    const missing = engagement.diagnostics.find((d) => d.code === 'engagement/dca-missing')!;
    assert.deepEqual(missing.range, rangeOf(CLEAN_ENGAGEMENT, 'DCA-2025-004-01'));
  });
});
