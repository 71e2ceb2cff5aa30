/** Nothing leaves the machine; no schema is fetched; the project file cannot point elsewhere. */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { expectFinding } from '../support/harness';
import { REPO_ROOT, runCli, tempTree } from '../support/cli';
import { TestLanguageClient, uriOf } from '../support/lspClient';

const NO_NETWORK = path.join(REPO_ROOT, 'out/test/support/noNetwork.js');
const NETWORK_MARKER = 'NETWORK-ACCESS-ATTEMPTED';

test('the preload really catches network access (the guard itself works)', () => {
  const probe = tempTree({ 'probe.js': "require('node:https').get('https://example.org');" });
  const run = runCli(['--version'], probe, {
    NODE_OPTIONS: `--require ${NO_NETWORK} --require ${path.join(probe, 'probe.js')}`,
  });
  assert.match(run.stderr, new RegExp(NETWORK_MARKER));
});

test('a full CLI run with every report format opens no network connection', () => {
  const out = tempTree({});
  const run = runCli(
    [
      'check',
      'examples',
      '--format',
      'sarif',
      '--output',
      path.join(out, 'r.sarif'),
      '--format',
      'junit',
      '--output',
      path.join(out, 'r.xml'),
      '--format',
      'markdown',
      '--output',
      path.join(out, 'r.md'),
      '--format',
      'github',
    ],
    REPO_ROOT,
    { NODE_OPTIONS: `--require ${NO_NETWORK}` },
  );
  assert.equal(run.status, 1);
  assert.doesNotMatch(run.stderr, new RegExp(NETWORK_MARKER));
  assert.match(run.stdout, /::error file=/);
});

test('a language server session opens no network connection', async () => {
  const root = tempTree({
    'a.engagement.yaml': fs.readFileSync(
      path.join(REPO_ROOT, 'examples/clean/erp-hosting.engagement.yaml'),
      'utf8',
    ),
    'a.dca.yaml': fs.readFileSync(
      path.join(REPO_ROOT, 'examples/clean/erp-hosting.dca.yaml'),
      'utf8',
    ),
  });
  const client = new TestLanguageClient(['--stdio'], ['--require', NO_NETWORK]);
  await client.initialize(root);
  const uri = uriOf(path.join(root, 'a.engagement.yaml'));
  const text = fs
    .readFileSync(path.join(root, 'a.engagement.yaml'), 'utf8')
    .replace('model: multi-tenant', 'model: multitenant');
  await client.open(uri, text);
  const diagnostics = await client.diagnosticsFor(uri, 1);
  assert.ok(diagnostics.length > 0);
  for (const method of [
    'textDocument/hover',
    'textDocument/completion',
    'textDocument/documentSymbol',
    'textDocument/definition',
  ]) {
    await client.connection.sendRequest(method, {
      textDocument: { uri },
      position: { line: 30, character: 6 },
    });
  }
  await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostics[0].range,
    context: { diagnostics },
  });
  await client.shutdown();
  assert.doesNotMatch(client.stderr.join(''), new RegExp(NETWORK_MARKER));
});

test('the published schemas reference nothing outside themselves', () => {
  const files = fs
    .readdirSync(path.join(REPO_ROOT, 'schemas'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.json'));
  assert.ok(files.length > 2);
  for (const file of files) {
    const text = fs.readFileSync(path.join(REPO_ROOT, 'schemas', file), 'utf8');
    for (const match of text.matchAll(/"\$ref":\s*"([^"]*)"/g))
      assert.ok(match[1].startsWith('#'), `${file}: $ref ${match[1]} is not local`);
    assert.doesNotMatch(text, /"\$id":\s*"[a-z]+:/i, `${file} has no remote $id`);
  }
});

test('a project file that names a schema gets a clear error', () => {
  for (const line of [
    'schema: https://example.org/engagement.schema.json',
    'schemas: ["../../elsewhere/schema.json"]',
  ]) {
    const run = runCli(['check', '.'], tempTree({ '.outsourcing-policy.yaml': `${line}\n` }));
    assert.equal(run.status, 2);
    assert.match(run.stderr, /never loads a schema from a URL or another file/);
  }
});

test('a document whose modeline names a remote schema is told that it is not fetched', () => {
  expectFinding(
    `# yaml-language-server: $schema=⟦https://example.org/s.json⟧\napiVersion: outsourcing-policy/v1\nkind: Engagement\n`,
    {
      ruleId: 'document/external-schema',
      measure: null,
      severity: 'warning',
      message: 'never fetches schemas',
    },
  );
});
