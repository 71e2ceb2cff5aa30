import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { defaultOptions, parsePolicyFile } from '../../../server/src/core';
import { documentSymbols } from '../../../server/src/core/features/symbols';
import { buildWorkspaceIndex } from '../../../server/src/core/workspace';
import { TODAY, yaml } from '../../support/harness';
import { textOfRange } from '../../support/offsets';

const ENGAGEMENT = yaml`
  apiVersion: outsourcing-policy/v1
  kind: Engagement
  metadata:
    id: ENG-1
    title: ERP hosting
    version: "1"
    status: planning
  contacts:
    - {id: alice, party: provider, role: isb, name: Alice, email: a@example.org}
  parties:
    provider: {id: provider, name: P, country: DE}
    customer: {id: customer, name: C, country: DE}
  protectionNeeds: {confidentiality: high, integrity: normal, availability: normal}
`;

function symbolsOf(uri: string, text: string): DocumentSymbol[] {
  const options = defaultOptions(TODAY);
  const file = parsePolicyFile(uri, text, options);
  return documentSymbols({ file, index: buildWorkspaceIndex([file]), options });
}

/** name (kind) with children indented, for comparing whole outlines at once. */
function outline(symbols: DocumentSymbol[] | undefined, depth = 0): string[] {
  return (symbols ?? []).flatMap((s) => [
    `${'  '.repeat(depth)}${s.name} (${s.kind})`,
    ...outline(s.children, depth + 1),
  ]);
}

const REPO = join(__dirname, '../../../..');

const MORE_SECTIONS = yaml`
  tenancy:
    model: dedicated
  roughConcept:
    rules: [the customer's guideline applies]
  operations:
    patchManagement: monthly
  waivers: []
`;

type Range = DocumentSymbol['range'];

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

function inside(outer: Range, inner: Range): boolean {
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

/**
 * What the outline, breadcrumb and sticky scroll need: each selection inside its range, each
 * child inside its parent, siblings apart, and no child's selection above its parent's.
 */
function assertWellFormed(
  symbols: DocumentSymbol[],
  parent: DocumentSymbol | undefined,
  where: string,
): void {
  symbols.forEach((s, i) => {
    const name = `${where} > ${s.name}`;
    assert.ok(inside(s.range, s.selectionRange), `${name}: selection outside its range`);
    if (parent) {
      assert.ok(inside(parent.range, s.range), `${name}: outside ${parent.name}`);
      assert.ok(
        s.selectionRange.start.line >= parent.selectionRange.start.line,
        `${name}: selected above ${parent.name}`,
      );
    }
    const next = symbols[i + 1];
    if (next) assert.ok(before(s.range.end, next.range.start), `${name} overlaps ${next.name}`);
    assertWellFormed(s.children ?? [], s, name);
  });
}

function find(symbols: DocumentSymbol[] | undefined, name: string): DocumentSymbol {
  for (const s of symbols ?? []) {
    if (s.name === name) return s;
    const below = s.children && find(s.children, name);
    if (below) return below;
  }
  return undefined as unknown as DocumentSymbol;
}

describe('document symbols', () => {
  test('an engagement: header and shared sections under Document, the others under their measure', () => {
    const symbols = symbolsOf('main.engagement.yaml', ENGAGEMENT + MORE_SECTIONS);
    assert.deepEqual(outline(symbols), [
      'Engagement ENG-1 (2)',
      '  Document (3)',
      '    apiVersion (7)',
      '    kind (7)',
      '    metadata (19)',
      '      id (7)',
      '      title (7)',
      '      version (7)',
      '      status (7)',
      '    contacts (18)',
      '      alice (19)',
      '    parties (19)',
      '      provider (7)',
      '      customer (7)',
      '    protectionNeeds (19)',
      '      confidentiality (7)',
      '      integrity (7)',
      '      availability (7)',
      '    tenancy (19)',
      '      model (7)',
      '  OPS.3.1.M1 (3)',
      '    roughConcept (19)',
      '      rules (7)',
      '  OPS.3.1.M10 (3)',
      '    operations (19)',
      '      patchManagement (7)',
      '  waivers (18)',
    ]);
    const groups = symbols[0].children!.filter((s) => s.kind === 3);
    assert.deepEqual(
      groups.map((g) => g.detail),
      [
        'header and shared sections',
        'Rough concept of the outsourcing service',
        'Information security in ongoing operations',
      ],
    );
  });

  test('every group appears once in the clean example, in document order', () => {
    const text = readFileSync(join(REPO, 'examples/clean/erp-hosting.engagement.yaml'), 'utf8');
    const groups = symbolsOf('erp.engagement.yaml', text)[0].children!.map((s) => s.name);
    assert.deepEqual(groups, [
      'Document',
      ...Array.from({ length: 16 }, (_, i) => `OPS.3.1.M${i + 1}`),
    ]);
  });

  test('ranges nest and never overlap, selections lie inside, for the examples and e2e fixtures', () => {
    const files = [
      ...['erp-hosting.engagement.yaml', 'erp-hosting.dca.yaml'].map((f) =>
        join(REPO, 'examples/clean', f),
      ),
      ...readdirSync(join(REPO, 'test/e2e/fixture-workspace')).map((f) =>
        join(REPO, 'test/e2e/fixture-workspace', f),
      ),
    ];
    for (const path of files) {
      const symbols = symbolsOf(path, readFileSync(path, 'utf8'));
      assert.ok(symbols.length > 0, path);
      assertWellFormed(symbols, undefined, path);
    }
  });

  test('ranges span whole nodes and selection ranges the keys', () => {
    const symbols = symbolsOf('main.engagement.yaml', ENGAGEMENT);
    const [document] = symbols;
    assert.equal(document.detail, 'ERP hosting');
    assert.equal(textOfRange(ENGAGEMENT, document.range), ENGAGEMENT);

    const metadata = find(symbols, 'metadata');
    assert.equal(textOfRange(ENGAGEMENT, metadata.selectionRange), 'metadata');
    assert.equal(
      textOfRange(ENGAGEMENT, metadata.range),
      'metadata:\n  id: ENG-1\n  title: ERP hosting\n  version: "1"\n  status: planning\n',
    );
    const status = find(symbols, 'status');
    assert.equal(textOfRange(ENGAGEMENT, status.selectionRange), 'status');
    assert.equal(textOfRange(ENGAGEMENT, status.range), 'status: planning\n');
    assert.equal(status.detail, 'planning');

    const alice = find(symbols, 'alice');
    assert.equal(textOfRange(ENGAGEMENT, alice.selectionRange), 'alice');
    assert.equal(
      textOfRange(ENGAGEMENT, alice.range),
      '{id: alice, party: provider, role: isb, name: Alice, email: a@example.org}\n',
    );

    const group = find(symbols, 'Document');
    assert.equal(textOfRange(ENGAGEMENT, group.selectionRange), 'apiVersion');
    assert.equal(textOfRange(ENGAGEMENT, group.range), ENGAGEMENT.trimEnd() + '\n');
    assert.equal(textOfRange(ENGAGEMENT, document.selectionRange), 'apiVersion');
  });

  test('a file with two documents has a symbol for each', () => {
    const dca = yaml`
      apiVersion: outsourcing-policy/v1
      kind: DataConnectionAgreement
      metadata: {id: DCA-1, title: VPN, version: "1", engagementRef: ENG-1}
    `;
    const symbols = symbolsOf('both.yaml', `${ENGAGEMENT}---\n${dca}`);
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['Engagement ENG-1', 'DataConnectionAgreement DCA-1'],
    );
    assert.deepEqual(outline(symbols[1].children), [
      'Document (3)',
      '  apiVersion (7)',
      '  kind (7)',
      '  metadata (19)',
      '    id (7)',
      '    title (7)',
      '    version (7)',
      '    engagementRef (7)',
    ]);
  });

  test('a YAML file that is no policy document has no symbols', () => {
    assert.deepEqual(symbolsOf('config.yaml', 'name: example\nitems: [a, b]\n'), []);
  });
});
