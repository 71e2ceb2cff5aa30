import assert from 'node:assert/strict';
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

function find(symbols: DocumentSymbol[] | undefined, name: string): DocumentSymbol {
  for (const s of symbols ?? []) {
    if (s.name === name) return s;
    const below = s.children && find(s.children, name);
    if (below) return below;
  }
  return undefined as unknown as DocumentSymbol;
}

describe('document symbols', () => {
  test('an engagement: adjacent sections of a measure grouped under it, in document order', () => {
    const symbols = symbolsOf('main.engagement.yaml', ENGAGEMENT);
    assert.deepEqual(outline(symbols), [
      'Engagement ENG-1 (2)',
      '  apiVersion (7)',
      '  kind (7)',
      '  OPS.3.1.M1 Rough concept of the outsourcing service (3)',
      '    metadata (19)',
      '      id (7)',
      '      title (7)',
      '      version (7)',
      '      status (7)',
      '  OPS.3.1.M13 Secure migration (3)',
      '    contacts (18)',
      '      alice (19)',
      '  OPS.3.1.M1 Rough concept of the outsourcing service (3)',
      '    parties (19)',
      '      provider (7)',
      '      customer (7)',
      '  OPS.3.1.M3 Security concept for the outsourcing service (3)',
      '    protectionNeeds (19)',
      '      confidentiality (7)',
      '      integrity (7)',
      '      availability (7)',
    ]);
  });

  test('ranges span whole nodes and selection ranges the keys', () => {
    const symbols = symbolsOf('main.engagement.yaml', ENGAGEMENT);
    const [document] = symbols;
    assert.equal(document.detail, 'ERP hosting');
    assert.equal(textOfRange(ENGAGEMENT, document.selectionRange), 'ENG-1');
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

    const group = find(symbols, 'OPS.3.1.M1 Rough concept of the outsourcing service');
    assert.equal(textOfRange(ENGAGEMENT, group.selectionRange), 'metadata');
    assert.ok(textOfRange(ENGAGEMENT, group.range).startsWith('metadata:'));
    assert.ok(
      textOfRange(ENGAGEMENT, group.range).endsWith('status: planning\n'),
      'a group never spans another measure',
    );
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
      'OPS.3.1.M8 Agreement on connecting the partners\u2019 networks (3)',
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
