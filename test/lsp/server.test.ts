/** Protocol tests: the real server bundle over stdio, as any LSP client sees it. */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  CompletionItem,
  Hover,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { tempTree } from '../support/cli';
import { TestLanguageClient, uriOf } from '../support/lspClient';
import { CLEAN_ENGAGEMENT, CLEAN_DCA } from '../support/examples';

function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'yaml', 1, text), edits);
}

function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `${needle} is in the text`);
  const doc = TextDocument.create('file:///x', 'yaml', 1, text);
  return doc.positionAt(offset + delta);
}

describe('language server over stdio', () => {
  let client: TestLanguageClient;
  let root: string;
  let engagementUri: string;
  let dcaUri: string;

  before(async () => {
    root = tempTree({
      'erp.engagement.yaml': CLEAN_ENGAGEMENT,
      'erp.dca.yaml': CLEAN_DCA,
      'other.yaml': 'just: yaml\n',
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

  test('a clean engagement gets an empty diagnostic set, resolved against the indexed DCA on disk', async () => {
    await client.open(engagementUri, CLEAN_ENGAGEMENT);
    assert.deepEqual(await client.diagnosticsFor(engagementUri, 1), []);
  });

  test('a typo is published with code, source, documentation link, measure and exact range', async () => {
    const broken = CLEAN_ENGAGEMENT.replace('model: multi-tenant', 'model: multitenant');
    await client.change(engagementUri, 2, broken);
    const diagnostics = await client.diagnosticsFor(engagementUri, 2);
    const typo = diagnostics.find((d) => d.code === 'schema/enum');
    assert.ok(typo, JSON.stringify(diagnostics));
    assert.equal(typo.source, 'OPS.3.1.M10', 'the source names the measure');
    assert.equal(typo.severity, 1);
    assert.match(typo.codeDescription!.href, /docs\/rules\/schema\/enum\.md$/);
    assert.equal((typo.data as { measure: string }).measure, 'OPS.3.1.M10');
    const start = positionOf(broken, 'multitenant');
    assert.deepEqual(typo.range, {
      start,
      end: { line: start.line, character: start.character + 'multitenant'.length },
    });
    assert.match(String(typo.message), /OPS\.3\.1\.M10/);
  });

  test('the quick-fix for the typo yields the corrected text', async () => {
    const broken = CLEAN_ENGAGEMENT.replace('model: multi-tenant', 'model: multitenant');
    const diagnostics = await client.diagnosticsFor(engagementUri, 2);
    const typo = diagnostics.find((d) => d.code === 'schema/enum')!;
    const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: engagementUri },
      range: typo.range,
      context: { diagnostics: [typo] },
    });
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    assert.deepEqual(
      fix.diagnostics?.map((d) => d.code),
      ['schema/enum'],
    );
    assert.equal(applyEdits(broken, fix.edit!.changes![engagementUri]), CLEAN_ENGAGEMENT);
  });

  test('rapid edits: only the last version gets diagnostics', async () => {
    const before = client.published.get(engagementUri)?.length ?? 0;
    for (let version = 3; version <= 30; version++) {
      await client.change(
        engagementUri,
        version,
        CLEAN_ENGAGEMENT.replace('status: operation', `status: x${version}`),
      );
    }
    const last = await client.diagnosticsFor(engagementUri, 30);
    assert.ok(last.some((d) => d.code === 'schema/enum' && String(d.message).includes('"x30"')));
    const versions = client.published
      .get(engagementUri)!
      .slice(before)
      .map((p) => p.version);
    assert.deepEqual(versions, [30]);
    await client.change(engagementUri, 31, CLEAN_ENGAGEMENT);
    assert.deepEqual(await client.diagnosticsFor(engagementUri, 31), []);
  });

  test('editing the engagement re-validates its open DCA', async () => {
    await client.open(dcaUri, CLEAN_DCA);
    assert.deepEqual(await client.diagnosticsFor(dcaUri, 1), []);
    const count = client.published.get(dcaUri)!.length;
    await client.change(
      engagementUri,
      32,
      CLEAN_ENGAGEMENT.replace(/^( {2}availability:) high$/m, '$1 normal'),
    );
    const diagnostics = await client.waitFor('the DCA to be re-validated', () => {
      const list = client.published.get(dcaUri)!;
      return list.length > count ? list.at(-1)!.diagnostics : undefined;
    });
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['dca/protection-mismatch'],
    );
    await client.change(engagementUri, 33, CLEAN_ENGAGEMENT);
    await client.waitFor('the DCA to be clean again', () =>
      client.published.get(dcaUri)!.at(-1)!.diagnostics.length === 0 ? true : undefined,
    );
  });

  test('completion offers the keys of the mapping at the cursor', async () => {
    const uri = uriOf(path.join(root, 'new.engagement.yaml'));
    const text = [
      'apiVersion: outsourcing-policy/v1',
      'kind: Engagement',
      'metadata: {id: ENG-NEW, title: New, version: "1", status: planning}',
      'contract:',
      '  term: {start: 2026-01-01, minimumTerm: P1Y, noticePeriod: P6M}',
      '  ',
      '',
    ].join('\n');
    await client.open(uri, text);
    const items: CompletionItem[] = await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line: 5, character: 2 },
    });
    const labels = items.map((i) => i.label);
    assert.ok(
      labels.includes('organizational') && labels.includes('legal'),
      JSON.stringify(labels),
    );
    assert.ok(!labels.includes('term'), 'term is present already');
    await client.close(uri);
  });

  test('hover on a key names its measure', async () => {
    const position = positionOf(CLEAN_ENGAGEMENT, 'tenancy:', 2);
    const result: Hover | null = await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: engagementUri },
      position,
    });
    assert.ok(result);
    assert.match(JSON.stringify(result.contents), /OPS\.3\.1\.M10/);
  });

  test('rename of a contact id edits the engagement and the DCA that uses it', async () => {
    const position = positionOf(CLEAN_ENGAGEMENT, '- id: nl-isb', '- id: '.length);
    const edit: WorkspaceEdit = await client.connection.sendRequest('textDocument/rename', {
      textDocument: { uri: engagementUri },
      position,
      newName: 'nl-security-officer',
    });
    assert.ok(edit.changes, JSON.stringify(edit));
    const renamedEngagement = applyEdits(CLEAN_ENGAGEMENT, edit.changes[engagementUri]);
    const renamedDca = applyEdits(CLEAN_DCA, edit.changes[dcaUri]);
    // committee.members is free text, not a reference field, so it keeps the old name
    const refLines = (text: string) =>
      text.split('\n').filter((line) => !line.includes('members:'));
    assert.deepEqual(
      refLines(renamedEngagement).filter((line) => /\bnl-isb\b/.test(line)),
      [],
    );
    assert.equal(renamedEngagement.match(/nl-security-officer/g)!.length, 5);
    assert.match(renamedDca, /responsibleForCompliance: \[nl-security-officer, swm-isb\]/);
    assert.doesNotMatch(renamedDca, /\bnl-isb\b/);
  });

  test('a YAML file that is not a policy document gets no diagnostics and no completions', async () => {
    const uri = uriOf(path.join(root, 'other.yaml'));
    await client.open(uri, 'just: yaml\n');
    assert.deepEqual(await client.diagnosticsFor(uri, 1), []);
    const items: CompletionItem[] = await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line: 1, character: 0 },
    });
    assert.deepEqual(items, []);
  });

  test('explain answers with Markdown, and the status notification reports the level', async () => {
    const result: { markdown: string | null } = await client.connection.sendRequest(
      'outsourcingPolicy/explain',
      { topic: 'tenancy/client-concept' },
    );
    assert.match(result.markdown ?? '', /^# tenancy\/client-concept/);
    const status = client.notifications
      .filter((n) => n.method === 'outsourcingPolicy/status')
      .at(-1)?.params as { level: string; documentCount: number };
    assert.equal(status.level, 'standard');
    assert.equal(status.documentCount, 2);
  });

  test('an unknown method is answered with an error and the server keeps working', async () => {
    await assert.rejects(client.connection.sendRequest('outsourcingPolicy/noSuchThing', {}));
    const result: Hover | null = await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: engagementUri },
      position: { line: 0, character: 0 },
    });
    assert.ok(result === null || typeof result === 'object');
  });
});

describe('language server lifecycle', () => {
  test('shutdown and exit end the process with code 0', async () => {
    const client = new TestLanguageClient();
    await client.initialize(tempTree({}));
    await client.shutdown();
    assert.equal(client.exitCode, 0);
  });

  test('--help prints usage', async () => {
    const client = new TestLanguageClient(['--help']);
    await client.waitFor('exit', () => (client.exitCode === null ? undefined : client.exitCode));
    assert.equal(client.exitCode, 0);
    client.connection.dispose();
  });
});
