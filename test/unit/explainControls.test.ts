/**
 * `explain` names each measure's related controls: the Kompendium requirement, the Annex A
 * controls with the BSI mapping entry and relationship, the Grundschutz++ controls with their
 * titles, and where each link comes from; a rule's page names its measure's controls compactly;
 * a Grundschutz++ id lists the measures that reach it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { explainTopic } from '../../server/src/core/catalog/explain';

const M8_ENGLISH = [
  'Related controls:',
  '  IT-Grundschutz-Kompendium 2022: OPS.3.1.A8',
  '  ISO/IEC 27001:2022 Annex A:',
  '    A.5.20 Addressing information security within supplier agreements',
  '      subset-of Grundschutz++ (BSI mapping entry 7dea71bd-1dbb-559d-ab15-3f49371ff8ec):',
  '        BES.4.4 Vertragsvorlage für Outsourcing',
  '        BES.5.2 Service Level Agreement',
  '        BES.5.3 Compliance-Verpflichtungen',
  '        BES.5.4 Informationssicherheitskontrollmechanismen',
  '        BES.5.11 Recht auf Audit',
  '        BES.5.12 Informationspflichten',
  '    A.5.15 Access control',
  '      subset-of Grundschutz++ (BSI mapping entry c66e25da-e084-5d8f-85bf-caf8f2535cf1):',
  '        BER.5.1 Vorgehensweise zur Ausgabe',
  '        BER.5.3 Vorgehensweise zum Widerruf',
  '        ARCH.4.1 Netzzugangskontrolle',
  '        GEB.3.3 Authentifizierung vor Zutritt',
  '    A.8.15 Logging',
  '      subset-of Grundschutz++ (BSI mapping entry 593ed4e1-4bca-55ee-a9a1-c723224710a4):',
  '        DET.3.1 Protokollierung sicherheitsrelevanter Ereignisse',
  '        DET.3.2 Integration von Cloud-Diensten',
  '        DET.3.3 Filterung nicht benötigter Inhalte',
  '        DET.3.4 Speicherkapazität',
  '',
  "Measure → Annex A: this project's judgement.",
  'Annex A → Grundschutz++: BSI mapping collection "ISO/IEC 27001:2022 Annex A to GS++ Mapping", version 1.0.1-qa; subset-of means the Annex A control covers a part of what the Grundschutz++ controls ask, equivalent-to the same.',
  'Grundschutz++ titles as published by the BSI, in German.',
  'Grundschutz++ controls and the Annex A mapping: BSI, Stand-der-Technik-Bibliothek (commit 47de282), CC BY-SA 4.0.',
  '',
].join('\n');

test('explain OPS.3.1.M8 ends with its related controls and their sources (English)', () => {
  const text = explainTopic('OPS.3.1.M8', 'text', 'en') ?? '';
  assert.ok(text.endsWith(`\n\n${M8_ENGLISH}`), text.slice(-2500));
});

test('explain M8 and explain OPS.3.1.A8 give the same page as OPS.3.1.M8', () => {
  const full = explainTopic('OPS.3.1.M8', 'text', 'en');
  assert.equal(explainTopic('M8', 'text', 'en'), full);
  assert.equal(explainTopic('OPS.3.1.A8', 'text', 'en'), full);
});

test('explain OPS.3.1.M8 in German, as Markdown: heading, Anhang A, BSI entry, sources', () => {
  const text = explainTopic('OPS.3.1.M8', 'markdown', 'de') ?? '';
  const section = text.slice(text.indexOf('## Zugehörige Anforderungen und Maßnahmen'));
  const lines = section.split('\n');
  assert.deepEqual(lines.slice(0, 6), [
    '## Zugehörige Anforderungen und Maßnahmen',
    '',
    '- IT-Grundschutz-Kompendium 2022: OPS.3.1.A8',
    '- ISO/IEC 27001:2022 Anhang A:',
    '  - A.5.20 Behandlung von Informationssicherheit in Lieferantenvereinbarungen',
    '    - subset-of Grundschutz++ (Eintrag 7dea71bd-1dbb-559d-ab15-3f49371ff8ec der BSI-Zuordnung):',
  ]);
  assert.ok(lines.includes('      - BES.5.2 Service Level Agreement'));
  assert.ok(lines.includes('  - A.8.15 Protokollierung'));
  assert.ok(lines.includes('Maßnahme → Anhang A: Einschätzung dieses Projekts.'));
  assert.ok(lines.includes('Titel der Grundschutz++-Anforderungen wie vom BSI veröffentlicht.'));
  assert.ok(
    lines.includes(
      'Grundschutz++-Anforderungen und die Zuordnung zu Anhang A: BSI, Stand-der-Technik-Bibliothek (Commit 47de282), CC BY-SA 4.0.',
    ),
  );
});

test('a control the catalog version lacks is shown without title, saying so (en and de)', () => {
  const english = explainTopic('OPS.3.1.M11', 'text', 'en') ?? '';
  assert.match(english, /^ {8}BER\.5\.1\.2 \(not in the catalog version\)$/m);
  const german = explainTopic('OPS.3.1.M11', 'text', 'de') ?? '';
  assert.match(german, /^ {8}BER\.5\.1\.2 \(nicht in der Katalogversion enthalten\)$/m);
});

test('equivalent-to is named as the BSI mapping gives it (M16 via A.6.1)', () => {
  const text = explainTopic('OPS.3.1.M16', 'text', 'en') ?? '';
  assert.match(
    text,
    /^ {4}A\.6\.1 Screening\n {6}equivalent-to Grundschutz\+\+ \(BSI mapping entry [0-9a-f-]{36}\):$/m,
  );
});

test("a rule's explanation names its measure's controls compactly (en and de)", () => {
  const english = explainTopic('engagement/dca-missing', 'text', 'en') ?? '';
  assert.ok(
    english.includes(
      [
        'Related controls (OPS.3.1.M8):',
        '  IT-Grundschutz-Kompendium 2022: OPS.3.1.A8',
        '  ISO/IEC 27001:2022 Annex A: A.5.20, A.5.15, A.8.15',
        '  Grundschutz++: BES.4.4, BES.5.2, BES.5.3, BES.5.4, BES.5.11, BES.5.12, BER.5.1, BER.5.3, ARCH.4.1, GEB.3.3, DET.3.1, DET.3.2, DET.3.3, DET.3.4',
        '  Titles and sources: outsourcing-policy explain OPS.3.1.M8',
        '',
        'Documentation: docs/rules/engagement/dca-missing.md',
      ].join('\n'),
    ),
    english,
  );
  const german = explainTopic('engagement/dca-missing', 'markdown', 'de') ?? '';
  assert.match(
    german,
    /^Zugehörige Anforderungen und Maßnahmen \(OPS\.3\.1\.M8\):\n- IT-Grundschutz-Kompendium 2022: OPS\.3\.1\.A8\n- ISO\/IEC 27001:2022 Anhang A: A\.5\.20, A\.5\.15, A\.8\.15\n/m,
  );
  assert.match(german, /^- Titel und Quellen: `outsourcing-policy explain OPS\.3\.1\.M8`$/m);
});

test('a rule without a measure has no related controls', () => {
  const text = explainTopic('yaml/syntax', 'text', 'en');
  assert.ok(text);
  assert.doesNotMatch(text, /Related controls/);
});

test('explain BES.5.2 lists the measures that reach it, with the Annex A link', () => {
  const text = explainTopic('BES.5.2', 'text', 'en') ?? '';
  const lines = text.split('\n');
  assert.deepEqual(lines.slice(0, 5), [
    'BES.5.2  Service Level Agreement',
    'Grundschutz++ · Beschaffungsmanagement',
    '',
    'Measures that reach BES.5.2 (via Annex A, BSI mapping):',
    '  OPS.3.1.M2 Contract design with the customer (A.5.20 subset-of)',
  ]);
  assert.ok(
    lines.includes(
      '  OPS.3.1.M8 Agreement on connecting the partners’ networks (A.5.20 subset-of)',
    ),
  );
  assert.equal(lines.filter((line) => line.startsWith('  OPS.3.1.M')).length, 9);
  const german = explainTopic('BES.5.2', 'text', 'de') ?? '';
  assert.match(german, /^Maßnahmen, die BES\.5\.2 erreichen \(über Anhang A, BSI-Zuordnung\):$/m);
  assert.equal(explainTopic('XYZ.1.1', 'text', 'en'), undefined);
});
