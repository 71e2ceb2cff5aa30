/**
 * Completion honours the client's capabilities: a client without snippet support (Neovim 0.7)
 * gets plain text with real line breaks and the placeholders' defaults, never `${1:…}`.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  CompletionItem,
  Diagnostic,
  TextEdit,
} from 'vscode-languageserver-protocol';
import { parseDocument } from 'yaml';
import { REPO_ROOT, tempTree } from '../support/cli';
import { TestLanguageClient, uriOf } from '../support/lspClient';

const DOCUMENT = [
  'apiVersion: outsourcing-policy/v1',
  'kind: Engagement',
  'metadata: {id: ENG-NEW, title: New, version: "1", status: planning}',
  'contract:',
  '  signedOn: 2026-01-01',
  '  ',
  '',
].join('\n');
/** The empty line under `contract:` where the cursor stands. */
const CURSOR = { line: 5, character: 2 };

const SNIPPET_SYNTAX = /\$\{?\d|\$\{[A-Za-z_]/;

function applyEdit(text: string, edit: TextEdit): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'yaml', 1, text), [edit]);
}

async function startClient(snippetSupport: boolean | undefined): Promise<TestLanguageClient> {
  const root = tempTree({ 'new.engagement.yaml': DOCUMENT });
  const client = new TestLanguageClient();
  const completionItem = snippetSupport === undefined ? {} : { snippetSupport };
  await client.initialize(root, {}, { completion: { completionItem } });
  const uri = uriOf(path.join(root, 'new.engagement.yaml'));
  await client.open(uri, DOCUMENT);
  await client.diagnosticsFor(uri, 1);
  return client;
}

function completeAt(client: TestLanguageClient, uri: string): Promise<CompletionItem[]> {
  return client.connection.sendRequest('textDocument/completion', {
    textDocument: { uri },
    position: CURSOR,
  });
}

function clauseItem(items: CompletionItem[], label: string): CompletionItem {
  const item = items.find((candidate) => candidate.label === label);
  assert.ok(item, `${label} in ${JSON.stringify(items.map((i) => i.label))}`);
  return item;
}

for (const snippetSupport of [false, undefined]) {
  describe(`a client that declares snippetSupport: ${String(snippetSupport)}`, () => {
    let client: TestLanguageClient;
    let uri: string;

    before(async () => {
      client = await startClient(snippetSupport);
      uri = [...client.published.keys()][0];
    });
    after(() => client.shutdown());

    test('gets no item in snippet format and no snippet syntax in any text', async () => {
      const items = await completeAt(client, uri);
      assert.ok(items.length > 10, `${items.length} items`);
      for (const item of items) {
        assert.notEqual(item.insertTextFormat, 2, `${item.label} is plain text`);
        const texts = [
          item.textEdit?.newText,
          item.insertText,
          ...(item.additionalTextEdits ?? []).map((e) => e.newText),
        ];
        for (const text of texts)
          if (text !== undefined) assert.doesNotMatch(text, SNIPPET_SYNTAX, String(item.label));
      }
    });

    test('a clause lands on several lines, indented under its parent, with the defaults', async () => {
      const item = clauseItem(await completeAt(client, uri), 'Contract term (clause)');
      const edit = item.textEdit as TextEdit;
      const changed = applyEdit(DOCUMENT, edit);
      assert.equal(
        changed,
        [
          'apiVersion: outsourcing-policy/v1',
          'kind: Engagement',
          'metadata: {id: ENG-NEW, title: New, version: "1", status: planning}',
          'contract:',
          '  signedOn: 2026-01-01',
          '  term:',
          '    start: 2026-07-01',
          '    minimumTerm: P3Y',
          '    noticePeriod: P12M',
          '',
        ].join('\n'),
      );
      assert.equal(parseDocument(changed).errors.length, 0);
      assert.doesNotMatch(changed, /\0/);
    });
  });
}

describe('a client that declares snippetSupport: true', () => {
  let client: TestLanguageClient;
  let uri: string;

  before(async () => {
    client = await startClient(true);
    uri = [...client.published.keys()][0];
  });
  after(() => client.shutdown());

  test('gets the clause as a snippet with tab stops, as before', async () => {
    const item = clauseItem(await completeAt(client, uri), 'Contract term (clause)');
    assert.equal(item.insertTextFormat, 2);
    assert.equal(
      item.textEdit?.newText,
      'term:\n    start: ${1:2026-07-01}\n    minimumTerm: ${2:P3Y}\n    noticePeriod: ${3:P12M}',
    );
  });
});

describe('code actions never carry snippet syntax', () => {
  let client: TestLanguageClient;

  after(() => client.shutdown());

  test('every quick fix of a broken example is plain text', async () => {
    const file = 'examples/broken/planning.engagement.yaml';
    const text = fs.readFileSync(path.join(REPO_ROOT, file), 'utf8');
    const root = tempTree({ [path.basename(file)]: text });
    client = new TestLanguageClient();
    await client.initialize(
      root,
      {},
      { completion: { completionItem: { snippetSupport: false } } },
    );
    const uri = uriOf(path.join(root, path.basename(file)));
    await client.open(uri, text);
    const diagnostics: Diagnostic[] = await client.diagnosticsFor(uri, 1);
    assert.ok(diagnostics.length >= 5, `${diagnostics.length} diagnostics`);
    const lines = text.split('\n').length;
    const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } },
      context: { diagnostics },
    });
    assert.ok(actions.length >= 3, `${actions.length} actions`);
    for (const action of actions)
      for (const edits of Object.values(action.edit?.changes ?? {}))
        for (const edit of edits) assert.doesNotMatch(edit.newText, SNIPPET_SYNTAX, action.title);
  });
});
