/** Protocol tests of the custom editor requests: Insert Clause and Explain Rule. */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-protocol';
import { REPO_ROOT, tempTree } from '../support/cli';
import { TestLanguageClient, uriOf } from '../support/lspClient';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/insert-clause');
const INPUT = fs.readFileSync(path.join(FIXTURES, 'last-line.engagement.yaml'), 'utf8');
const GOLDEN = fs.readFileSync(path.join(FIXTURES, 'last-line.engagement.golden.yaml'), 'utf8');

interface ClauseOffer {
  id: string;
  label: string;
  measure: string;
  scope: string;
}

describe('insert clause over stdio', () => {
  let client: TestLanguageClient;
  let uri: string;
  /** Column 1 of the last line, `waivers: []`: the cursor of the reported corruption. */
  const lastLine = { line: INPUT.split('\n').length - 1, character: 0 };

  before(async () => {
    const root = tempTree({ 'clause.engagement.yaml': INPUT });
    uri = uriOf(path.join(root, 'clause.engagement.yaml'));
    client = new TestLanguageClient();
    await client.initialize(root);
    await client.open(uri, INPUT);
    await client.diagnosticsFor(uri, 1);
  });

  after(async () => {
    await client.shutdown();
    assert.equal(client.exitCode, 0);
  });

  test('offers only the clauses the document does not have, with measure and place', async () => {
    const { clauses } = await client.connection.sendRequest<{ clauses: ClauseOffer[] }>(
      'outsourcingPolicy/clauses',
      { textDocument: { uri }, position: lastLine },
    );
    const ids = clauses.map((clause) => clause.id);
    assert.ok(!ids.includes('contract-legal'), 'contract.legal is already there');
    assert.ok(!ids.includes('engagement'), 'whole documents are no clauses');
    const term = clauses.find((clause) => clause.id === 'contract-term');
    assert.deepEqual(term && { ...term, description: undefined }, {
      id: 'contract-term',
      label: 'Contract term',
      description: undefined,
      measure: 'OPS.3.1.M2',
      scope: 'contract',
    });
  });

  test('inserts the contract term under contract, not at the cursor on the last line', async () => {
    const { edits } = await client.connection.sendRequest<{ edits: TextEdit[] }>(
      'outsourcingPolicy/insertClause',
      { textDocument: { uri }, position: lastLine, clauseId: 'contract-term' },
    );
    const doc = TextDocument.create(uri, 'yaml', 1, INPUT);
    assert.equal(TextDocument.applyEdits(doc, edits), GOLDEN);
  });

  test('a clause the document has, or an unknown one, gives no edits', async () => {
    for (const clauseId of ['contract-legal', 'no-such-clause']) {
      const { edits } = await client.connection.sendRequest<{ edits: TextEdit[] }>(
        'outsourcingPolicy/insertClause',
        { textDocument: { uri }, position: lastLine, clauseId },
      );
      assert.deepEqual(edits, [], clauseId);
    }
  });
});

describe('explain over stdio', () => {
  let client: TestLanguageClient;

  before(async () => {
    client = new TestLanguageClient();
    await client.initialize(tempTree({}));
  });

  after(async () => {
    await client.shutdown();
  });

  test('a finding is explained by its rule and then by what its measure asks', async () => {
    const { markdown } = await client.connection.sendRequest<{ markdown: string | null }>(
      'outsourcingPolicy/explain',
      { topic: 'schema/enum', measure: 'OPS.3.1.M10' },
    );
    const [rule, measure] = (markdown ?? '').split('\n\n---\n\n');
    assert.match(rule, /^# schema\/enum/);
    assert.match(measure, /^# OPS\.3\.1\.M10 Information security in ongoing operations/);
    assert.match(measure, /make sure other customers can neither disturb this customer/);
  });

  test('without a measure, or with an unknown one, only the rule is explained', async () => {
    for (const measure of [undefined, 'OPS.3.1.M99']) {
      const { markdown } = await client.connection.sendRequest<{ markdown: string | null }>(
        'outsourcingPolicy/explain',
        { topic: 'schema/enum', measure },
      );
      assert.ok(markdown && !markdown.includes('---\n'), String(measure));
    }
  });
});
