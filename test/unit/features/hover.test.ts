import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultOptions, parsePolicyFile } from '../../../server/src/core';
import type { FeatureContext } from '../../../server/src/core/features/context';
import { ruleDocUrl } from '../../../server/src/core/catalog/rules';
import { hover } from '../../../server/src/core/features/hover';
import type { Locale } from '../../../server/src/core/i18n/locale';
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
function hoverAt(uri: string, marked: string, others: Source[] = [], locale?: Locale) {
  const { text, offset } = withCursor(marked);
  const options = { ...defaultOptions(TODAY), ...(locale && { locale }) };
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
        [
          '- A.5.20 Addressing information security within supplier agreements: `subset-of` Grundschutz++ BES.4.4, BES.5.2, BES.5.3, BES.5.4, BES.5.11, BES.5.12',
          '- A.8.32 Change management: `subset-of` Grundschutz++ TEST.1.1, TEST.1.3, TEST.2.1, TEST.2.2, TEST.4.1, TEST.4.3, TEST.4.4, TEST.5.5',
        ].join('\n'),
        'Grundschutz++: BES.4.4 Vertragsvorlage für Outsourcing · BES.5.2 Service Level Agreement · BES.5.3 Compliance-Verpflichtungen · BES.5.4 Informationssicherheitskontrollmechanismen · and 10 more, see `outsourcing-policy explain OPS.3.1.M13`',
        "_Measure → Annex A: this project's judgement; Annex A → Grundschutz++: BSI mapping collection 1.0.1-qa; titles as published by the BSI, in German. Grundschutz++ controls and the Annex A mapping: BSI, Stand-der-Technik-Bibliothek (commit 47de282), CC BY-SA 4.0._",
      ].join('\n\n'),
    );
  });

  test('on a section key in German: the related controls in German words', () => {
    const marked = ENGAGEMENT.replace('contacts:', 'con|tacts:');
    const result = hoverAt('main.engagement.yaml', marked, [], 'de');
    assert.ok(result);
    const paragraphs = result.markdown.split('\n\n');
    assert.deepEqual(paragraphs.slice(-3), [
      [
        '- A.5.20 Behandlung von Informationssicherheit in Lieferantenvereinbarungen: `subset-of` Grundschutz++ BES.4.4, BES.5.2, BES.5.3, BES.5.4, BES.5.11, BES.5.12',
        '- A.8.32 Änderungssteuerung: `subset-of` Grundschutz++ TEST.1.1, TEST.1.3, TEST.2.1, TEST.2.2, TEST.4.1, TEST.4.3, TEST.4.4, TEST.5.5',
      ].join('\n'),
      'Grundschutz++: BES.4.4 Vertragsvorlage für Outsourcing · BES.5.2 Service Level Agreement · BES.5.3 Compliance-Verpflichtungen · BES.5.4 Informationssicherheitskontrollmechanismen · und 10 weitere, siehe `outsourcing-policy explain OPS.3.1.M13`',
      '_Maßnahme → Anhang A: Einschätzung dieses Projekts; Anhang A → Grundschutz++: BSI-Zuordnungssammlung 1.0.1-qa; Titel wie vom BSI veröffentlicht. Grundschutz++-Anforderungen und die Zuordnung zu Anhang A: BSI, Stand-der-Technik-Bibliothek (Commit 47de282), CC BY-SA 4.0._',
    ]);
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
    assert.doesNotMatch(result.markdown, /Grundschutz\+\+/);
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

  test('on an unresolved ref: the finding with its detail, then that nothing by that id is defined', () => {
    const text = ENGAGEMENT.replace('approvedBy: alice', 'approvedBy: carol');
    const result = hoverAt('main.engagement.yaml', cursorAfter(text, 'approvedBy: carol', 13));
    assert.equal(result?.hovered, 'carol');
    assert.equal(
      result?.markdown,
      [
        '**Error: waivers\\[0\\].approvedBy: no contact "carol"**',
        'The contact ids defined in contacts\\[\\].id are alice, bob; correct the reference or define the contact there.',
        `Rule [reference/unresolved](${ruleDocUrl('reference/unresolved')})`,
        '---',
        '**Contact `carol`**',
        'No contact with this id is defined in the engagement.',
      ].join('\n\n'),
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
    const [finding, measure] = result.markdown.split('\n\n---\n\n');
    assert.match(
      finding,
      /^\*\*Note: unused waiver: no recommendation of OPS\.3\.1\.M4 to silence/,
    );
    const lines = measure.split('\n');
    assert.equal(lines[0], '**OPS.3.1.M4: Permitted communication partners**');
    assert.ok(lines.includes('What the measure asks for:'));
    assert.ok(lines.filter((line) => line.startsWith('- ')).length >= 4);
    assert.match(result.markdown, /Kompendium requirement OPS\.3\.1\.A4/);
    assert.deepEqual(measure.split('\n\n').slice(-3, -1), [
      [
        '- A.5.19 Information security in supplier relationships: `subset-of` Grundschutz++ BES.1.3, BES.3.1, BES.5.4',
        '- A.5.20 Addressing information security within supplier agreements: `subset-of` Grundschutz++ BES.4.4, BES.5.2, BES.5.3, BES.5.4, BES.5.11, BES.5.12',
      ].join('\n'),
      'Grundschutz++: BES.1.3 Lieferanten- und Dienstleisterverzeichnis · BES.3.1 Klassifizierung von Lieferantenbeziehungen · BES.5.4 Informationssicherheitskontrollmechanismen · BES.4.4 Vertragsvorlage für Outsourcing · and 4 more, see `outsourcing-policy explain OPS.3.1.M4`',
    ]);
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

  test('on an unknown key: only its finding, with the known keys and the rule link', () => {
    const result = hoverAt('main.engagement.yaml', ENGAGEMENT + 'unkn|own: 1\n');
    assert.equal(result?.hovered, 'unknown');
    const [message, detail, link, ...rest] = (result?.markdown ?? '').split('\n\n');
    assert.equal(message, '**Warning: unknown is not a known key of the top level**');
    assert.match(detail, /^Known keys here: apiVersion, kind, metadata, parties, /);
    assert.equal(link, `Rule [schema/unknown-key](${ruleDocUrl('schema/unknown-key')})`);
    assert.deepEqual(rest, []);
  });

  test('on a missing section: the finding on the parent key names the measure and says why', () => {
    const text = ENGAGEMENT.replace('kind: Engagement', 'ki|nd: Engagement');
    const result = hoverAt('main.engagement.yaml', text);
    assert.ok(result);
    assert.equal(result.hovered, 'kind');
    assert.match(
      result.markdown,
      /\*\*Error: protectionNeeds is missing \(OPS\.3\.1\.M3\)\*\*\n\nHow much protection/,
    );
    assert.match(result.markdown, /^\*\*Error: /);
    assert.match(result.markdown, /\(OPS\.3\.1\.M\d+\)\*\*\n\n[A-Z]/);
    assert.match(result.markdown, /Rule \[schema\/required\]\(https:/);
    assert.match(result.markdown, /\n\n---\n\n\*\*`kind`\*\*/);
  });
});
