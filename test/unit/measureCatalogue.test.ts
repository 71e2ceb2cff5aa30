/**
 * The measures are defined once (domain) and described in every locale (catalogue): every
 * measure has its texts in English and German, the German ones written anew, and `explain`
 * speaks the requested language with the same facts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { explainTopic } from '../../server/src/core/catalog/explain';
import { measureCatalogue, measureInfo } from '../../server/src/core/catalog/measures';
import {
  MEASURE_IDS,
  isMeasureId,
  measureIdsIn,
  measuresOfTier,
  parseMeasureId,
} from '../../server/src/core/domain/measures';
import { DIAGNOSTIC_SOURCES } from '../../server/src/lsp/protocol';
import { LOCALES } from '../../server/src/core/i18n/locale';
import { renderMeasuresPage } from '../../server/src/tools/measuresPage';

test('the domain knows sixteen measure ids, one spelling, and reads loose spellings', () => {
  assert.equal(MEASURE_IDS.length, 16);
  assert.ok(isMeasureId('OPS.3.1.M16'));
  assert.ok(!isMeasureId('OPS.3.1.M17'));
  assert.ok(!isMeasureId('OPS.3.1.M0'));
  assert.equal(parseMeasureId('m7'), 'OPS.3.1.M7');
  assert.equal(parseMeasureId('OPS.3.1.A12'), 'OPS.3.1.M12');
  assert.equal(parseMeasureId('17'), undefined);
  assert.deepEqual(measureIdsIn('see OPS.3.1.M1 and OPS.3.1.M16, not OPS.3.1.M160'), [
    { id: 'OPS.3.1.M1', start: 4, end: 14 },
    { id: 'OPS.3.1.M16', start: 19, end: 30 },
  ]);
});

test("tiers and the diagnostics' sources come from the measure facts", () => {
  assert.deepEqual(measuresOfTier('basic'), ['OPS.3.1.M1']);
  assert.deepEqual(measuresOfTier('high'), ['OPS.3.1.M16']);
  assert.equal(measuresOfTier('standard').length, 14);
  for (const id of MEASURE_IDS) assert.ok(DIAGNOSTIC_SOURCES.test(id), id);
  assert.ok(DIAGNOSTIC_SOURCES.test('outsourcing-policy'));
  for (const other of ['OPS.3.1.M17', 'OPS.3.1.M0', 'OPS.3.1.M1x', 'x-outsourcing-policy'])
    assert.ok(!DIAGNOSTIC_SOURCES.test(other), other);
});

test('every measure has its facts in every locale and German texts that differ from English', () => {
  const english = measureCatalogue('en');
  for (const locale of LOCALES) {
    const catalogue = measureCatalogue(locale);
    assert.deepEqual(
      catalogue.map((measure) => measure.id),
      [...MEASURE_IDS],
    );
    catalogue.forEach((measure, i) => {
      assert.equal(measure.kompendium, english[i].kompendium);
      assert.equal(measure.tier, english[i].tier);
      assert.deepEqual(measure.iso, english[i].iso);
      assert.equal(measure.asks.length, english[i].asks.length, measure.id);
      assert.ok(measure.summary.length > 40 && measure.asks.every((ask) => ask.length > 10));
    });
  }
  measureCatalogue('de').forEach((measure, i) => {
    assert.notEqual(measure.title, english[i].title, measure.id);
    assert.notEqual(measure.summary, english[i].summary, measure.id);
    measure.asks.forEach((ask, j) => assert.notEqual(ask, english[i].asks[j], measure.id));
  });
});

test('German titles are the official titles of the Kompendium requirements', () => {
  assert.equal(
    measureInfo('M7', 'de')?.title,
    'Erstellung eines Mandantentrennungskonzeptes durch den Outsourcing-Dienstleister',
  );
  assert.equal(measureInfo('OPS.3.1.M14', 'de')?.title, 'Notfallvorsorge beim Outsourcing');
  assert.equal(
    measureInfo('OPS.3.1.M8', 'de')?.section,
    'Dokumente vom Typ DataConnectionAgreement, dataConnectionAgreements',
  );
  assert.equal(
    measureInfo('OPS.3.1.M8')?.section,
    'DataConnectionAgreement documents, dataConnectionAgreements',
  );
});

test('explain speaks German for a measure, with the same fields as in English', () => {
  const german = explainTopic('OPS.3.1.M13', 'text', 'de') ?? '';
  const english = explainTopic('OPS.3.1.M13', 'text', 'en') ?? '';
  assert.match(german, /^OPS\.3\.1\.M13 {2}Sichere Migration bei Outsourcing-Vorhaben$/m);
  assert.match(german, /^Kompendium OPS\.3\.1\.A13 · Standard · Abschnitte: migration, contacts$/m);
  assert.match(german, /^Die Maßnahme verlangt:$/m);
  assert.match(german, /^Felder im Outsourcing-Vorhaben \(Engagement\):$/m);
  assert.match(german, /^ {2}migration +muss ab migration +mapping$/m);
  assert.match(german, /^ {2}migration\.completedOn +muss, wenn status completed ist +date$/m);
  assert.match(german, /^ {2}contacts\[\]\.email +optional +text$/m);
  assert.match(german, /docs\/de\/format\.md\n\nZugehörige Anforderungen und Maßnahmen:\n/);
  const paths = (text: string) => [...text.matchAll(/^ {2}(\S+) /gm)].map((match) => match[1]);
  assert.deepEqual(paths(german), paths(english));
  assert.doesNotMatch(german, /It asks to|Fields in the|must from/);
});

test('explain speaks German for a rule: facts, fix, example and the German page', () => {
  const text = explainTopic('tenancy/client-concept', 'markdown', 'de') ?? '';
  assert.match(text, /^Schweregrad: Fehler · Maßnahme: OPS\.3\.1\.M7$/m);
  assert.match(text, /^Behebung: /m);
  assert.match(text, /^Statt:\n```yaml\n/m);
  assert.match(text, /^Dokumentation: docs\/de\/rules\/tenancy\/client-concept\.md$/m);
  assert.equal(explainTopic('no/such-rule', 'text', 'de'), undefined);
});

test('the measures page renders in German with the same anchors and tables as in English', () => {
  const german = renderMeasuresPage('de');
  const english = renderMeasuresPage('en');
  const anchors = (page: string) => [...page.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]);
  assert.deepEqual(anchors(german), anchors(english));
  assert.equal(anchors(german).length, 16);
  assert.match(german, /^## OPS\.3\.1\.M14 Notfallvorsorge beim Outsourcing$/m);
  assert.match(german, /^- \*\*Stufe:\*\* erhöhter Schutzbedarf$/m);
  assert.match(german, /^- \*\*ISO\/IEC 27001:2022:\*\* A\.6\.1 Sicherheitsüberprüfung; /m);
  assert.match(german, /^## Andere Editionen und Standards$/m);
  assert.doesNotMatch(german, /What it asks|Other editions/);
});
