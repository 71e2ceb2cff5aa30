/**
 * A hostile workspace: links to devices and to files outside the workspace, FIFOs, and
 * watched-file events naming outside files. The server answers and indexes nothing from outside.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import type { CompletionItem, CompletionList } from 'vscode-languageserver-protocol';
import { tempTree } from '../support/cli';
import { TestLanguageClient, uriOf } from '../support/lspClient';
import { CLEAN_ENGAGEMENT, CLEAN_DCA } from '../support/examples';

const CREATED = 1;

function engagementWithId(id: string): string {
  return CLEAN_ENGAGEMENT.replace('id: ENG-2025-004', `id: ${id}`);
}

function mkfifo(file: string): void {
  const made = spawnSync('mkfifo', [file]);
  assert.equal(made.status, 0, `mkfifo ${file}: ${String(made.stderr)}`);
}

/** The engagement ids completion offers for the DCA's `engagementRef`. */
async function offeredEngagementIds(client: TestLanguageClient, root: string): Promise<string[]> {
  const uri = uriOf(path.join(root, 'probe.dca.yaml'));
  const text = CLEAN_DCA.replace('engagementRef: ENG-2025-004', 'engagementRef: ');
  await client.open(uri, text);
  const line = text.split('\n').findIndex((l) => l.startsWith('  engagementRef: '));
  const answer: CompletionItem[] | CompletionList | null = await client.connection.sendRequest(
    'textDocument/completion',
    { textDocument: { uri }, position: { line, character: '  engagementRef: '.length } },
  );
  const items = Array.isArray(answer) ? answer : (answer?.items ?? []);
  return items.map((item) => item.label).filter((label) => label.startsWith('ENG-'));
}

test('a project file that is a FIFO or a link to /dev/zero does not stop initialize', async () => {
  for (const make of [
    (file: string) => mkfifo(file),
    (file: string) => fs.symlinkSync('/dev/zero', file),
  ]) {
    const root = tempTree({ 'a.engagement.yaml': CLEAN_ENGAGEMENT, 'a.dca.yaml': CLEAN_DCA });
    make(path.join(root, '.outsourcing-policy.yaml'));
    const client = new TestLanguageClient();
    await client.initialize(root);
    const uri = uriOf(path.join(root, 'a.engagement.yaml'));
    await client.open(uri, CLEAN_ENGAGEMENT.replace('model: multi-tenant', 'model: multitenant'));
    const diagnostics = await client.diagnosticsFor(uri, 1);
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['schema/enum'],
    );
    await client.shutdown();
    assert.equal(client.exitCode, 0);
  }
});

test('watched-file events for outside files and links leaving the workspace index nothing', async () => {
  const outside = tempTree({
    'far.engagement.yaml': engagementWithId('ENG-OUTSIDE'),
    'linked.engagement.yaml': engagementWithId('ENG-LINKED'),
  });
  const root = tempTree({ 'erp.engagement.yaml': CLEAN_ENGAGEMENT });
  const link = path.join(root, 'link.engagement.yaml');
  fs.symlinkSync(path.join(outside, 'linked.engagement.yaml'), link);
  const client = new TestLanguageClient();
  await client.initialize(root);
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
    changes: [
      { uri: uriOf(path.join(outside, 'far.engagement.yaml')), type: CREATED },
      { uri: uriOf(link), type: CREATED },
    ],
  });
  const ids = await offeredEngagementIds(client, root);
  await client.shutdown();
  assert.deepEqual(ids, ['ENG-2025-004']);
});

test('a project file linked to a file outside the workspace is not read', async () => {
  const outside = tempTree({ 'elsewhere.yaml': 'level: basic\n' });
  const root = tempTree({ 'a.engagement.yaml': CLEAN_ENGAGEMENT, 'a.dca.yaml': CLEAN_DCA });
  const project = path.join(root, '.outsourcing-policy.yaml');
  fs.symlinkSync(path.join(outside, 'elsewhere.yaml'), project);
  const client = new TestLanguageClient();
  await client.initialize(root);
  const status = await client.waitFor('a status notification', () =>
    client.notifications.find((n) => n.method === 'outsourcingPolicy/status'),
  );
  await client.shutdown();
  assert.deepEqual(
    { level: 'standard', levelSource: 'settings' },
    {
      level: (status.params as { level: string }).level,
      levelSource: (status.params as { levelSource: string }).levelSource,
    },
  );
});
