/**
 * The generated documentation names the related controls: each measure's section its
 * Grundschutz++ controls per Annex A control with the BSI mapping entry, each rule page its
 * measure's Annex A and Grundschutz++ ids; the measures page ends with the sources, the
 * attribution and the link to the data's licence notice (English and German).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderRuleDocs } from '../../server/src/tools/writeRuleDocs';

const docs = renderRuleDocs();
const page = (path: string): string => {
  const text = docs.get(path);
  assert.ok(text, `${path} is generated`);
  return text;
};

test("the measures page: M8's Grundschutz++ controls per Annex A control, with the BSI entry", () => {
  const text = page('docs/measures.md');
  const m8 = text.slice(text.indexOf('## OPS.3.1.M8 '), text.indexOf('## OPS.3.1.M9 '));
  assert.ok(
    m8.includes(
      [
        '- **Grundschutz++** (via Annex A, BSI mapping; titles as published by the BSI, in German):',
        '  - A.5.20 `subset-of` (BSI mapping entry `7dea71bd-1dbb-559d-ab15-3f49371ff8ec`): BES.4.4 Vertragsvorlage für Outsourcing; BES.5.2 Service Level Agreement; BES.5.3 Compliance-Verpflichtungen; BES.5.4 Informationssicherheitskontrollmechanismen; BES.5.11 Recht auf Audit; BES.5.12 Informationspflichten',
        '  - A.5.15 `subset-of` (BSI mapping entry `c66e25da-e084-5d8f-85bf-caf8f2535cf1`): BER.5.1 Vorgehensweise zur Ausgabe; BER.5.3 Vorgehensweise zum Widerruf; ARCH.4.1 Netzzugangskontrolle; GEB.3.3 Authentifizierung vor Zutritt',
        '  - A.8.15 `subset-of` (BSI mapping entry `593ed4e1-4bca-55ee-a9a1-c723224710a4`): DET.3.1 Protokollierung sicherheitsrelevanter Ereignisse; DET.3.2 Integration von Cloud-Diensten; DET.3.3 Filterung nicht benötigter Inhalte; DET.3.4 Speicherkapazität',
      ].join('\n'),
    ),
    m8,
  );
  assert.equal(text.match(/^- \*\*Grundschutz\+\+\*\* /gm)?.length, 16);
  assert.match(text, /BER\.5\.1\.2 \(not in the catalog version\)/);
});

test('the measures page ends with the sources, the attribution and the licence notice link', () => {
  const english = page('docs/measures.md');
  assert.ok(
    english.endsWith(
      [
        '## Sources of the control mappings',
        '',
        "- Measure → Annex A: this project's judgement.",
        '- Annex A → Grundschutz++: BSI mapping collection "ISO/IEC 27001:2022 Annex A to GS++ Mapping", version 1.0.1-qa; `subset-of` means the Annex A control covers a part of what the Grundschutz++ controls ask, `equivalent-to` the same.',
        '- Grundschutz++ titles as published by the BSI, in German.',
        '- Grundschutz++ controls and the Annex A mapping: BSI, Stand-der-Technik-Bibliothek (commit 47de282), CC BY-SA 4.0.',
        '',
        "The Grundschutz++ data is an extract of the BSI's publication under CC BY-SA 4.0, kept apart from this project's licence: [source and licence notice](third-party/grundschutz-plusplus.md).",
        '',
      ].join('\n'),
    ),
  );
  const german = page('docs/de/measures.md');
  assert.match(german, /^## Quellen der Zuordnungen$/m);
  assert.match(german, /^- Maßnahme → Anhang A: Einschätzung dieses Projekts\.$/m);
  assert.ok(
    german.endsWith('[Quelle und Lizenzhinweis](../third-party/grundschutz-plusplus.md).\n'),
  );
  assert.match(
    german,
    /^ {2}- A\.5\.15 `subset-of` \(Eintrag `c66e25da-e084-5d8f-85bf-caf8f2535cf1` der BSI-Zuordnung\): BER\.5\.1 /m,
  );
});

test("a rule page names its measure's Annex A and Grundschutz++ ids, linking the measure's section", () => {
  const english = page('docs/rules/engagement/dca-missing.md');
  assert.ok(
    english.includes(
      [
        '- **ISO/IEC 27001:2022 Annex A:** A.5.20, A.5.15, A.8.15',
        '- **Grundschutz++:** BES.4.4, BES.5.2, BES.5.3, BES.5.4, BES.5.11, BES.5.12, BER.5.1, BER.5.3, ARCH.4.1, GEB.3.3, DET.3.1, DET.3.2, DET.3.3, DET.3.4 (via Annex A, BSI mapping; [titles and sources](../../measures.md#ops-3-1-m8))',
      ].join('\n'),
    ),
  );
  const german = page('docs/de/rules/engagement/dca-missing.md');
  assert.match(german, /^- \*\*ISO\/IEC 27001:2022 Anhang A:\*\* A\.5\.20, A\.5\.15, A\.8\.15$/m);
  assert.match(
    german,
    /\(über Anhang A, BSI-Zuordnung; \[Titel und Quellen\]\(\.\.\/\.\.\/measures\.md#ops-3-1-m8\)\)$/m,
  );
  assert.doesNotMatch(page('docs/rules/yaml/syntax.md'), /Grundschutz/);
});
