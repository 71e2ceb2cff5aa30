/**
 * The streaming `check` (each file read, checked against the summary index and released; files
 * checked before a document they ask about are checked again), on one thread or in chunks on
 * several, reports exactly what `validateTexts` reports over all files at once, in its order.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { writeWorkspace } from '../../bench/generate/workspace';
import {
  DEFAULT_MAX_DOCUMENT_SIZE,
  DEFAULT_MAX_FINDINGS,
  validateTexts,
  type Level,
} from '../../server/src/core';
import { chunksOf } from '../../server/src/cli/check/parallel';
import { formatJson } from '../../server/src/cli/format/json';
import { toReported } from '../../server/src/cli/report';
import { collectPolicyFiles } from '../../server/src/io/policyFiles';
import { REPO_ROOT, runCli, tempTree } from '../support/cli';

const TODAY = '2026-03-01';
const ENGAGEMENT = fs.readFileSync(
  path.join(REPO_ROOT, 'examples/clean/erp-hosting.engagement.yaml'),
  'utf8',
);
const DCA = fs.readFileSync(path.join(REPO_ROOT, 'examples/clean/erp-hosting.dca.yaml'), 'utf8');

/** The example engagement and DCA with other ids (and the DCA naming another engagement). */
function engagement(id: string, dcaId: string): string {
  return ENGAGEMENT.replaceAll('ENG-2025-004', id).replaceAll('DCA-2025-004-01', dcaId);
}
function dca(id: string, engagementId: string): string {
  return DCA.replaceAll('DCA-2025-004-01', id).replaceAll('ENG-2025-004', engagementId);
}

/** What `check --format json` must print: `validateTexts` over the files in walk order. */
function expectedJson(root: string, level: Level = 'standard'): string {
  const read = collectPolicyFiles([root]);
  const sources = read.files.map((file) => ({
    uri: path.relative(root, file.path).split(path.sep).join('/'),
    text: file.text,
  }));
  const options = {
    level,
    today: TODAY,
    maxDocumentSize: DEFAULT_MAX_DOCUMENT_SIZE,
    maxFindings: DEFAULT_MAX_FINDINGS,
    locale: 'en' as const,
  };
  const findings = toReported(validateTexts(sources, options), () => true);
  const files = sources.map((source) => source.uri);
  return formatJson({ findings, files, version: 'test', locale: 'en' });
}

function checkJson(root: string, env: NodeJS.ProcessEnv = {}): string {
  const run = runCli(
    ['check', '.', '--format', 'json', '--today', TODAY, '--locale', 'en', '--fail-on', 'never'],
    root,
    env,
  );
  assert.equal(run.stderr, '');
  assert.equal(run.status, 0);
  return run.stdout;
}

/** Cross-document cases: references across folders, in both orders, duplicates, near misses. */
const CROSS_REFERENCES: Record<string, string> = {
  // a DCA met before its engagement, in another folder
  'a/late.dca.yaml': dca('DCA-LATE-01', 'ENG-LATE'),
  'z/late.engagement.yaml': engagement('ENG-LATE', 'DCA-LATE-01'),
  // the same engagement id in two files, and the same DCA id in files around another DCA
  'b/twin-1.engagement.yaml': engagement('ENG-TWIN', 'DCA-TWIN-01'),
  'c/twin-2.engagement.yaml': engagement('ENG-TWIN', 'DCA-TWIN-02'),
  'b/twin-a.dca.yaml': dca('DCA-TWIN-01', 'ENG-TWIN'),
  'b/twin-b.dca.yaml': dca('DCA-TWIN-02', 'ENG-TWIN'),
  'd/twin-c.dca.yaml': dca('DCA-TWIN-01', 'ENG-TWIN'),
  // references that miss, with and without a close id defined later
  'a/typo.dca.yaml': dca('DCA-TYPO-01', 'ENG-LATX'),
  'a/nowhere.dca.yaml': dca('DCA-NOWHERE-01', 'ENG-NOWHERE-AT-ALL'),
  'e/lists-missing.engagement.yaml': engagement('ENG-LISTS', 'DCA-LATE-02'),
  // an engagement and its DCA in one file
  'f/both.yaml': `${engagement('ENG-BOTH', 'DCA-BOTH-01')}\n---\n${dca('DCA-BOTH-01', 'ENG-BOTH')}`,
};

describe('streaming check', () => {
  it('reports what validateTexts reports for the examples', () => {
    const files: Record<string, string> = {};
    for (const folder of ['clean', 'broken'])
      for (const name of fs.readdirSync(path.join(REPO_ROOT, 'examples', folder)))
        files[`${folder}/${name}`] = fs.readFileSync(
          path.join(REPO_ROOT, 'examples', folder, name),
          'utf8',
        );
    const root = tempTree(files);
    const expected = expectedJson(root);
    assert.ok(JSON.parse(expected).diagnostics.length > 10);
    assert.equal(checkJson(root), expected);
  });

  it('reports what validateTexts reports for a workspace with cross-references', () => {
    const root = tempTree(CROSS_REFERENCES);
    writeWorkspace(path.join(root, 'generated'), 300);
    const expected = expectedJson(root);
    const diagnostics = JSON.parse(expected).diagnostics as { ruleId: string }[];
    const rules = new Set(diagnostics.map((d) => d.ruleId));
    for (const rule of ['document/duplicate-id', 'engagement/dca-missing'])
      assert.ok(rules.has(rule), `the workspace exercises ${rule}`);
    // 311 files: in chunks of 78, one after the other on the main thread
    assert.equal(checkJson(root, { OUTSOURCING_POLICY_WORKERS: '0' }), expected);
  });

  it('reports the same when the files are checked in chunks by a worker and the main thread', () => {
    const root = tempTree(CROSS_REFERENCES);
    writeWorkspace(path.join(root, 'generated'), 120);
    const expected = expectedJson(root);
    // 131 files in 8 chunks: references cross chunks in both directions
    assert.equal(checkJson(root, { OUTSOURCING_POLICY_WORKERS: '1' }), expected);
    assert.equal(checkJson(root, { OUTSOURCING_POLICY_WORKERS: '3' }), expected);
  });

  it('does not hang when a worker dies in the middle of a chunk: the main thread checks it', () => {
    const root = tempTree(CROSS_REFERENCES);
    writeWorkspace(path.join(root, 'generated'), 120);
    const expected = expectedJson(root);
    const dying = { OUTSOURCING_POLICY_WORKERS: '2', OUTSOURCING_POLICY_TEST_WORKER_DIES: '1' };
    assert.equal(checkJson(root, dying), expected);
  });
});

describe('chunks of a parallel check', () => {
  it('keep an engagement and its DCA of the same name together, and cover every file in order', () => {
    const files = [...Array(300).keys()].map((n) => {
      const name = `customer/erp-${Math.floor(n / 2)}.${n % 2 ? 'engagement' : 'dca'}.yaml`;
      return { path: path.join('/w', name), uri: name };
    });
    const chunks = chunksOf(files, 2);
    assert.ok(chunks.length > 4, `${chunks.length} chunks`);
    assert.deepEqual(
      chunks.flatMap((chunk) => chunk.files),
      files,
    );
    chunks.forEach((chunk, i) => {
      assert.equal(chunk.firstFile, files.indexOf(chunk.files[0]));
      if (i > 0) assert.match(chunk.files[0].uri, /\.dca\.yaml$/, `chunk ${i} starts a pair`);
    });
  });
});
