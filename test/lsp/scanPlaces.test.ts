/**
 * The start-up scan in workers gives each file on disk the place the complete index gives it,
 * also when a document is already open (the open document comes first in the index, its file
 * is not among the files on disk): then only the checks that asked about the open document are
 * stale, not every check after it.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { workspaceFiles } from '../../bench/generate/workspace';
import { defaultOptions } from '../../server/src/core';
import { DiskChecks } from '../../server/src/lsp/pool/diskChecks';
import { WorkerPool } from '../../server/src/lsp/pool/workerPool';
import { PolicyWorkspace } from '../../server/src/lsp/workspace';
import { REPO_ROOT } from '../support/cli';

const OPTIONS = defaultOptions('2026-11-27');
const uriOf = (name: string) => `file:///w/${name}`;

test('an open document leaves the places of the scanned files as the index has them', async () => {
  const files = [...workspaceFiles(60)].map((file) => ({ uri: uriOf(file.name), text: file.text }));
  const open = files.find((file) => file.uri.endsWith('/erp-2.engagement.yaml'))!;
  const document = TextDocument.create(open.uri, 'yaml', 1, open.text);
  const documents = {
    get: (uri: string) => (uri === open.uri ? document : undefined),
    all: () => [document],
  };
  const workspace = new PolicyWorkspace(documents, () => OPTIONS);
  workspace.documentOpened(open.uri);
  const pool = new WorkerPool(2, path.join(REPO_ROOT, 'dist', 'poolWorker.js'));
  const guard =
    <A extends unknown[]>(_what: string, run: (...args: A) => void) =>
    (...args: A) =>
      run(...args);
  // the pool's workers do not keep a process alive (the server's connection does); here this does
  const alive = setInterval(() => undefined, 1_000);
  try {
    const checks = new DiskChecks(workspace, pool, guard);
    const scanned = await checks.scan(files, OPTIONS);
    assert.equal(scanned.size, files.length - 1, 'the open document is not sent to the workers');
    assert.ok(!scanned.has(open.uri));
    for (const file of files) {
      const worked = scanned.get(file.uri);
      if (worked) workspace.setCheckedDiskFile(file.uri, worked.file);
      else workspace.setDiskFile(file.uri, file.text, true);
    }
    const isStale = checks.staleness();
    const stale = [...scanned.values()].filter(isStale).map((worked) => worked.result.uri);
    // only the DCA that asked about the open engagement, whose place moved to the front
    assert.deepEqual(stale, [uriOf('customer-000/erp-2.dca.yaml')]);
  } finally {
    clearInterval(alive);
    pool.dispose();
  }
});
