import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultOptions, parsePolicyFile } from '../../../server/src/core';
import type { FeatureContext } from '../../../server/src/core/features/context';
import { hover } from '../../../server/src/core/features/hover';
import { buildWorkspaceIndex } from '../../../server/src/core/workspace';
import { TODAY, yaml } from '../../support/harness';
import { textOfRange, withCursor } from '../../support/offsets';

const ENGAGEMENT = yaml`
  apiVersion: outsourcing-policy/v1
  kind: Engagement
  metadata: {id: ENG-1, title: ERP hosting, version: "1", status: negotiation}
  parties:
    provider: {id: provider, name: Provider GmbH, country: DE}
    customer: {id: customer, name: Customer AG, country: AT}
  contacts:
    - id: alice
      party: provider
      role: isb
      name: Alice Example
      email: alice@example.org
    - {id: bob, party: customer, role: dpo, name: Bob Example}
  waivers:
    - measure: OPS.3.1.M4
      justification: the partners are covered by OPS.3.1.M2 clauses already
      approvedBy: alice
      date: 2026-01-10
  dataConnectionAgreements: [DCA-1]
`;

const DCA = yaml`
  apiVersion: outsourcing-policy/v1
  kind: DataConnectionAgreement
  metadata: {id: DCA-1, title: VPN link, version: "1", engagementRef: ENG-1}
  responsibleForCompliance: [alice]
`;

interface Source {
  uri: string;
  text: string;
}

/** Hovers at the `|` of `marked`, with `others` in the workspace. */
function hoverAt(uri: string, marked: string, others: Source[] = []) {
  const { text, offset } = withCursor(marked);
  const options = defaultOptions(TODAY);
  const file = parsePolicyFile(uri, text, options);
  const otherFiles = others.map((other) => parsePolicyFile(other.uri, other.text, options));
  const ctx: FeatureContext = { file, index: buildWorkspaceIndex([file, ...otherFiles]), options };
  const result = hover(ctx, offset);
  if (!result) return null;
  const contents = result.contents as { kind: string; value: string };
  assert.equal(contents.kind, 'markdown');
  assert.ok(result.range, 'a hover carries the range of the hovered node');
  return { markdown: contents.value, hovered: textOfRange(text, result.range) };
}

function cursorAfter(text: string, anchor: string, delta = 1): string {
  const at = text.indexOf(anchor);
  assert.ok(at >= 0, `fixture has no ${anchor}`);
  return text.slice(0, at + delta) + '|' + text.slice(at + delta);
}

describe('hover', () => {
  test('on a top-level key: measure, obligation with its status, description, type, standards', () => {
    const marked = ENGAGEMENT.replace('contacts:', 'con|tacts:');
    const result = hoverAt('main.engagement.yaml', marked);
    assert.ok(result);
    assert.equal(result.hovered, 'contacts');
    assert.equal(
      result.markdown,
      [
        '**`contacts`**',
        'Measure OPS.3.1.M13: Secure migration',
        '**must**: required from status `planning` on, that is in every status',
        'The people of both parties who carry responsibilities, with names and a way to reach them.',
        'Expected: a list.',
        'Kompendium requirement OPS.3.1.A13 · ISO/IEC 27001:2022 controls: A.5.20, A.8.32',
      ].join('\n\n'),
    );
  });

  test('on a nested key: the field path, its measure and whether it is optional', () => {
    const marked = ENGAGEMENT.replace('email:', 'em|ail:');
    const result = hoverAt('main.engagement.yaml', marked);
    assert.ok(result);
    assert.equal(result.hovered, 'email');
    assert.match(result.markdown, /^\*\*`contacts\[0\]\.email`\*\*/);
    assert.match(result.markdown, /Measure OPS\.3\.1\.M13/);
    assert.match(result.markdown, /\*\*optional\*\*/);
    assert.match(result.markdown, /Expected: an e-mail address\./);
    assert.match(result.markdown, /Kompendium requirement OPS\.3\.1\.A13/);
  });

  test('on a contact ref: who the contact is', () => {
    const marked = cursorAfter(ENGAGEMENT, 'approvedBy: alice', 'approvedBy: al'.length);
    const result = hoverAt('main.engagement.yaml', marked);
    assert.ok(result);
    assert.equal(result.hovered, 'alice');
    assert.equal(
      result.markdown,
      [
        '**Contact `alice`**',
        '',
        '- Name: Alice Example',
        '- Role: isb',
        '- Party: provider',
        '- E-mail: alice@example.org',
      ].join('\n'),
    );
  });

  test('on a contact ref in a DCA: the contact is read from the engagement', () => {
    const marked = cursorAfter(DCA, '[alice]', 2);
    const result = hoverAt('link.dca.yaml', marked, [
      { uri: 'main.engagement.yaml', text: ENGAGEMENT },
    ]);
    assert.ok(result);
    assert.equal(result.hovered, 'alice');
    assert.match(result.markdown, /- Name: Alice Example/);
  });

  test('on a party ref: name and country', () => {
    const marked = cursorAfter(ENGAGEMENT, 'party: customer', 'party: cu'.length);
    const result = hoverAt('main.engagement.yaml', marked);
    assert.equal(result?.markdown, '**Party `customer`**\n\n- Name: Customer AG\n- Country: AT');
  });

  test('on a contact without e-mail or phone, the hover says so', () => {
    const text = ENGAGEMENT.replace('approvedBy: alice', 'approvedBy: bob');
    const result = hoverAt('main.engagement.yaml', cursorAfter(text, 'approvedBy: bob', 13));
    assert.match(result?.markdown ?? '', /No e-mail address or phone number is recorded\./);
  });

  test('on an unresolved ref: says that nothing by that id is defined', () => {
    const text = ENGAGEMENT.replace('approvedBy: alice', 'approvedBy: carol');
    const result = hoverAt('main.engagement.yaml', cursorAfter(text, 'approvedBy: carol', 13));
    assert.equal(
      result?.markdown,
      '**Contact `carol`**\n\nNo contact with this id is defined in the engagement.',
    );
  });

  test('on a DCA id: its title and file', () => {
    const marked = cursorAfter(ENGAGEMENT, '[DCA-1]', 2);
    const result = hoverAt('main.engagement.yaml', marked, [
      { uri: 'file:///ws/link.dca.yaml', text: DCA },
    ]);
    assert.equal(
      result?.markdown,
      '**Data connection agreement `DCA-1`**\n\n- Title: VPN link\n- File: [link.dca.yaml](file:///ws/link.dca.yaml)',
    );
  });

  test('on a measure id value: title, summary and what the measure asks for', () => {
    const marked = cursorAfter(ENGAGEMENT, 'measure: OPS.3.1.M4', 'measure: OPS'.length);
    const result = hoverAt('main.engagement.yaml', marked);
    assert.ok(result);
    assert.equal(result.hovered, 'OPS.3.1.M4');
    const lines = result.markdown.split('\n');
    assert.equal(lines[0], '**OPS.3.1.M4: Permitted communication partners**');
    assert.ok(lines.includes('What the measure asks for:'));
    assert.ok(lines.filter((line) => line.startsWith('- ')).length >= 4);
    assert.match(result.markdown, /Kompendium requirement OPS\.3\.1\.A4/);
  });

  test('on a measure id inside a longer text: the hover covers only the id', () => {
    const marked = cursorAfter(ENGAGEMENT, 'OPS.3.1.M2 clauses', 3);
    const result = hoverAt('main.engagement.yaml', marked);
    assert.equal(result?.hovered, 'OPS.3.1.M2');
    assert.match(
      result?.markdown ?? '',
      /^\*\*OPS\.3\.1\.M2: Contract design with the customer\*\*/,
    );
  });

  test('in a YAML file that is no policy document: null', () => {
    const result = hoverAt('config.yaml', 'name: ex|ample\nitems: [a, b]\n');
    assert.equal(result, null);
  });

  test('on an unknown key: null', () => {
    const result = hoverAt('main.engagement.yaml', ENGAGEMENT + 'unkn|own: 1\n');
    assert.equal(result, null);
  });
});
