/**
 * The coverage report names, per measure, its Kompendium requirement, its Annex A controls and
 * its Grundschutz++ controls, and the data's attribution once: in JSON (optional fields beside
 * section 6), the terminal table, Markdown and HTML, in English and German.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { coverageOf, exampleSources, validateCoverageJson } from '../support/coverageFixtures';

const TODAY = '2026-12-07';
const ATTRIBUTION =
  'Grundschutz++ controls and the Annex A mapping: BSI, Stand-der-Technik-Bibliothek (commit 47de282), CC BY-SA 4.0.';
const M8_GRUNDSCHUTZ = [
  ...['BES.4.4', 'BES.5.2', 'BES.5.3', 'BES.5.4', 'BES.5.11', 'BES.5.12'],
  ...['BER.5.1', 'BER.5.3', 'ARCH.4.1', 'GEB.3.3', 'DET.3.1', 'DET.3.2', 'DET.3.3', 'DET.3.4'],
];

const clean = (locale?: 'en' | 'de') =>
  coverageOf(exampleSources('clean'), { today: TODAY, ...(locale && { locale }) });

const examples = () => coverageOf(exampleSources('broken', 'clean'), { today: TODAY });

const count = (text: string, part: string) => text.split(part).length - 1;

describe('coverage report: related controls', () => {
  test('JSON: kompendium, annexA and grundschutz ids per measure; the source once', () => {
    const text = clean().render('json');
    const json = validateCoverageJson(text);
    const raw = JSON.parse(text) as {
      engagements: { measures: Record<string, unknown>[] }[];
      controlsSource: Record<string, unknown>;
    };
    assert.equal(json.engagements[0].measures.length, 16);
    const m8 = raw.engagements[0].measures[7];
    assert.deepEqual(
      { kompendium: m8.kompendium, annexA: m8.annexA, grundschutz: m8.grundschutz },
      {
        kompendium: 'OPS.3.1.A8',
        annexA: ['A.5.20', 'A.5.15', 'A.8.15'],
        grundschutz: M8_GRUNDSCHUTZ,
      },
    );
    assert.deepEqual(raw.controlsSource, {
      attribution: ATTRIBUTION,
      measureToAnnexA: 'outsourcing-policy',
      annexAToGrundschutz: {
        title: 'ISO/IEC 27001:2022 Annex A to GS++ Mapping',
        version: '1.0.1-qa',
        uuid: '5b0aca34-6c1c-465e-ae7b-32a4688ba161',
      },
      repository: 'https://github.com/BSI-Bund/Stand-der-Technik-Bibliothek',
      commit: '47de2824a341812438ef3f044b3f65ce2cad6e32',
      licence: 'CC-BY-SA-4.0',
    });
  });

  test('table: one line per measure with its ids, then the source line', () => {
    const text = clean().render('table');
    assert.ok(
      text.includes(`\nRelated controls:\n  OPS.3.1.M1   OPS.3.1.A1   Annex A: A.5.19, A.5.21 · `),
    );
    assert.ok(
      text.includes(
        `\n  OPS.3.1.M8   OPS.3.1.A8   Annex A: A.5.20, A.5.15, A.8.15 · Grundschutz++ controls: ${M8_GRUNDSCHUTZ.join(', ')}\n`,
      ),
    );
    assert.equal(text.match(/^ {2}OPS\.3\.1\.M\d+ +OPS\.3\.1\.A\d+ +Annex A: /gm)?.length, 16);
    assert.equal(count(text, ATTRIBUTION), 1);
    assert.match(
      text,
      /^Measure → Annex A: this project's judgement; Annex A → Grundschutz\+\+: BSI mapping collection, version 1\.0\.1-qa; /m,
    );
  });

  test('Markdown: a collapsed table of the ids, the source once (German words in German)', () => {
    const text = examples().render('markdown');
    assert.ok(
      text.includes(
        '<details><summary>Related controls</summary>\n\n| Measure | Kompendium 2022 requirement | ISO/IEC 27001:2022 Annex A | Grundschutz++ controls |\n',
      ),
    );
    assert.ok(
      text.includes(
        `\n| OPS.3.1.M8 | OPS.3.1.A8 | A.5.20, A.5.15, A.8.15 | ${M8_GRUNDSCHUTZ.join(', ')} |\n`,
      ),
    );
    assert.equal(count(text, ATTRIBUTION), 1);
    const german = clean('de').render('markdown');
    assert.ok(
      german.includes('<details><summary>Zugehörige Anforderungen und Maßnahmen</summary>'),
    );
    assert.ok(
      german.includes(
        '| Maßnahme | Anforderung (Kompendium 2022) | ISO/IEC 27001:2022 Anhang A | Grundschutz++-Anforderungen |',
      ),
    );
    assert.match(german, /Maßnahme → Anhang A: Einschätzung dieses Projekts; /);
  });

  test('HTML: a section with ids and titles per measure, a missing control said so, the source once', () => {
    const html = examples().render('html');
    const section = html.slice(html.indexOf('<section class="controls">'), html.indexOf('</main>'));
    assert.match(
      section,
      /^<section class="controls">\n<h2>Related controls<\/h2>\n<table class="related">/,
    );
    assert.ok(
      section.includes(
        '<tr><td><code>OPS.3.1.M8</code></td><td><code>OPS.3.1.A8</code></td><td><ul class="ctl"><li><code>A.5.20</code> Addressing information security within supplier agreements</li><li><code>A.5.15</code> Access control</li><li><code>A.8.15</code> Logging</li></ul></td><td><ul class="ctl"><li><code>BES.4.4</code> Vertragsvorlage für Outsourcing</li><li><code>BES.5.2</code> Service Level Agreement</li>',
      ),
    );
    assert.ok(section.includes('<li><code>BER.5.1.2</code> (not in the catalog version)</li>'));
    assert.equal(section.match(/<tr><td><code>OPS\.3\.1\.M\d+<\/code>/g)?.length, 16);
    assert.equal(count(html, ATTRIBUTION), 1);
    assert.match(section, /<p class="source">Measure → Annex A: this project&#39;s judgement; /);
    const german = clean('de').render('html');
    assert.ok(german.includes('<h2>Zugehörige Anforderungen und Maßnahmen</h2>'));
    assert.ok(german.includes('<li><code>A.8.15</code> Protokollierung</li>'));
  });

  test('no engagement: no related controls', () => {
    const empty = coverageOf([], { today: TODAY });
    assert.doesNotMatch(empty.render('markdown'), /Related controls/);
    assert.doesNotMatch(empty.render('table'), /Related controls/);
    assert.doesNotMatch(empty.render('html'), /Related controls/);
  });
});
