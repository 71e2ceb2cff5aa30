/**
 * The coverage report renderers (table, JSON, Markdown, HTML) over the examples and edited
 * clean documents: exact statuses, the section-6 JSON shape, the window of due dates, German
 * words, and escaping of every text that comes from a document.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { COVERAGE_STATUS_TEXTS, COVERAGE_STATUSES } from '../../server/src/core';
import {
  BROKEN_ENGAGEMENT_STATUSES,
  coverageOf,
  exampleSources,
  replaceOnce,
  validateCoverageJson,
  statusesOf,
  waivedScreening,
} from '../support/coverageFixtures';
import { CLEAN_DCA, CLEAN_ENGAGEMENT } from '../support/examples';

const TODAY = '2026-12-07';
const ESC = '\u001b';
/** ANSI colour codes, as the table writes them. */
const ANSI = new RegExp(`${ESC}\\[\\d+m`, 'g');

const examples = () => coverageOf(exampleSources('broken', 'clean'), { today: TODAY });
const cleanOnly = (edit: (t: string) => string, today = TODAY, locale?: 'en' | 'de') =>
  coverageOf(
    [
      { uri: 'erp.engagement.yaml', text: edit(CLEAN_ENGAGEMENT) },
      { uri: 'erp.dca.yaml', text: CLEAN_DCA },
    ],
    { today, locale },
  );

/** The visible text of an HTML page (tags and attributes removed, entities kept). */
const visibleText = (html: string) =>
  html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]*>/g, ' ');

describe('coverage report: json', () => {
  test('the examples: section 6 shape, exact statuses of every engagement, one-based findings', () => {
    const json = validateCoverageJson(examples().render('json'));
    assert.deepEqual(
      json.engagements.map((e) => [e.id, e.file]),
      [
        ['ENG-2026-019', 'examples/broken/negotiation.engagement.yaml'],
        ['ENG-2026-023', 'examples/broken/no-header.engagement.yaml'],
        ['ENG-2026-011', 'examples/broken/planning.engagement.yaml'],
        ['ENG-2025-004', 'examples/clean/erp-hosting.engagement.yaml'],
      ],
    );
    const [broken, , , clean] = json.engagements;
    assert.deepEqual(statusesOf(broken), BROKEN_ENGAGEMENT_STATUSES);
    assert.deepEqual(new Set(Object.values(statusesOf(clean))), new Set(['fulfilled']));
    assert.deepEqual(broken.summary, {
      'not-applicable': 2,
      pending: 4,
      failing: 4,
      partial: 0,
      waived: 0,
      fulfilled: 6,
    });
    const m2 = broken.measures[1];
    assert.equal(m2.errors, 3);
    assert.deepEqual(m2.findings.map((f) => [f.ruleId, f.line]).sort(), [
      ['schema/must-be-true', 152],
      ['subcontracting/flow-down', 211],
      ['termination/notice-period', 130],
    ]);
    const m8 = broken.measures[7];
    assert.deepEqual([m8.errors, m8.warnings], [2, 1]);
    assert.ok(m8.findings.every((f) => f.file === 'examples/broken/mismatch.dca.yaml'));
    assert.deepEqual(m8.due, [
      {
        what: 'term',
        date: '2027-10-01',
        file: 'examples/broken/mismatch.dca.yaml',
        dca: 'DCA-2026-019-01',
      },
    ]);
  });

  test('displayName names every file; the JSON due list is not filtered by the window', () => {
    const rendered = cleanOnly((t) => t, '2027-09-10');
    const json = validateCoverageJson(
      rendered.render('json', { dueWithin: 'P2W', displayName: (uri) => `repo/${uri}` }),
    );
    const [engagement] = json.engagements;
    assert.equal(engagement.file, 'repo/erp.engagement.yaml');
    assert.deepEqual(
      engagement.measures.flatMap((m) => m.due.map((d) => [m.measure, d.date, d.file])),
      [
        ['OPS.3.1.M3', '2027-10-08', 'repo/erp.engagement.yaml'],
        ['OPS.3.1.M4', '2027-09-22', 'repo/erp.engagement.yaml'],
        ['OPS.3.1.M8', '2027-10-01', 'repo/erp.dca.yaml'],
        ['OPS.3.1.M14', '2027-10-15', 'repo/erp.engagement.yaml'],
      ],
    );
    assert.deepEqual(
      engagement.dueSoon.map((d) => [d.measure, d.date, d.overdue]),
      [['OPS.3.1.M4', '2027-09-22', false]],
    );
  });

  test('a waived should finding: status waived, the waiver with justification and expiry', () => {
    const text = cleanOnly((t) => waivedScreening(t, '2027-03-31')).render('json');
    const m16 = validateCoverageJson(text).engagements[0].measures[15];
    assert.equal(m16.status, 'waived');
    assert.deepEqual(m16.findings, []);
    assert.deepEqual(
      m16.waived.map((f) => f.ruleId),
      ['increased-protection/screening'],
    );
    assert.equal(m16.waivers.length, 1);
    assert.deepEqual(
      [m16.waivers[0].path, m16.waivers[0].expires, m16.waivers[0].justification],
      [
        null,
        '2027-03-31',
        'screening is done by the customer <b>itself</b> under its own procedure',
      ],
    );
  });

  test('no engagement: an empty list', () => {
    const rendered = coverageOf([{ uri: 'only.dca.yaml', text: CLEAN_DCA }], { today: TODAY });
    assert.deepEqual(validateCoverageJson(rendered.render('json')), { engagements: [] });
  });
});

describe('coverage report: table', () => {
  test('one engagement: a row per measure with its status word, counts and next due date', () => {
    const broken = coverageOf(exampleSources('broken').slice(0, 2), { today: TODAY });
    const text = broken.render('table');
    const rows = text.split('\n').filter((line) => /^OPS\.3\.1\.M\d+ /.test(line));
    assert.equal(rows.length, 16);
    for (const row of rows) {
      const [id] = row.split(/\s+/);
      const word = COVERAGE_STATUS_TEXTS.en[BROKEN_ENGAGEMENT_STATUSES[id] as 'failing'];
      assert.ok(row.includes(`  ${word}  `), `${id}: ${row}`);
    }
    assert.match(rows[1], /^OPS\.3\.1\.M2 +Contract design with the customer +failing +3 +0 +–$/);
    assert.match(rows[7], /failing +2 +1 +2027-10-01$/);
    assert.match(
      text,
      /^6 of 16 measures fulfilled \(2 not applicable, 4 pending, 4 failing, 6 fulfilled\)$/m,
    );
    assert.match(text, /^Nothing falls due within P30D\.$/m);
    assert.ok(!text.includes(ESC));
  });

  test('several engagements: a matrix with a symbol per cell and a legend', () => {
    const text = examples().render('table');
    const line = (id: string) => text.split('\n').find((l) => l.startsWith(id))!;
    assert.deepEqual(line('ENG-2026-019').split(/\s+/).slice(1, 17), [
      '✔',
      '✖',
      '✔',
      '✔',
      '…',
      '…',
      '–',
      '✖',
      '…',
      '✔',
      '✖',
      '…',
      '✔',
      '✖',
      '✔',
      '–',
    ]);
    assert.deepEqual(line('ENG-2025-004').split(/\s+/).slice(1, 17), Array(16).fill('✔'));
    assert.match(text, /^Engagement +M1 +M2 .* M16 +File$/m);
    assert.match(
      text,
      /^Legend: ✔ fulfilled {2}W waived {2}~ partial {2}✖ failing {2}… pending {2}– not applicable$/m,
    );
  });

  test('due within the window: the date inside is listed, the one outside is not', () => {
    const text = cleanOnly((t) => t, '2027-09-10').render('table', { dueWithin: 'P2W' });
    const due = text.slice(text.indexOf('Due within P2W:'));
    assert.equal(due, 'Due within P2W:\n  2027-09-22  OPS.3.1.M4  communication.review\n');
  });

  test('an overdue date is marked; colours only when asked for', () => {
    const stale = cleanOnly((t) =>
      replaceOnce(t, 'lastReviewed: 2026-09-22', 'lastReviewed: 2025-09-01'),
    );
    const plain = stale.render('table');
    assert.match(plain, /^ {2}2026-09-01 \(overdue\) {2}OPS\.3\.1\.M4 {2}communication\.review$/m);
    const coloured = stale.render('table', { color: true });
    assert.ok(coloured.includes(`${ESC}[32mfulfilled${ESC}[0m`));
    assert.equal(coloured.replace(ANSI, ''), plain);
  });

  test('a title with control characters is shown escaped', () => {
    const text = cleanOnly((t) =>
      replaceOnce(
        t,
        'title: Managed ERP hosting for Stadtwerke Musterstadt',
        'title: "Managed \\e[31mERP hosting"',
      ),
    ).render('table');
    assert.ok(!text.includes(ESC));
    assert.match(text, /Managed \\x1b\[31mERP hosting/);
  });

  test('German: status words and headings in German, no English status word', () => {
    const text = coverageOf(exampleSources('broken', 'clean'), {
      today: TODAY,
      locale: 'de',
    }).render('table');
    assert.match(text, /^Outsourcing-Vorhaben +M1 /m);
    assert.match(text, /Legende: ✔ erfüllt {2}W begründet abgewichen/);
    assert.doesNotMatch(text, /fulfilled|failing|partial|pending|waived|not applicable/);
  });
});

describe('coverage report: markdown', () => {
  test('several engagements: the emoji matrix, then the findings of the measures not fulfilled', () => {
    const text = examples().render('markdown');
    assert.match(
      text,
      /^\| ENG-2026-019 \| ✅ \| ❌ \| ✅ \| ✅ \| ⏳ \| ⏳ \| ➖ \| ❌ \| ⏳ \| ✅ \| ❌ \| ⏳ \| ✅ \| ❌ \| ✅ \| ➖ \|$/m,
    );
    assert.match(text, /^\| Engagement \| M1 \| M2 \|.*\| M16 \|$/m);
    assert.match(text, /^- ❌ failing: \*\*OPS\.3\.1\.M2\*\* Contract design with the customer$/m);
    assert.match(
      text,
      /^ {2}- `examples\/broken\/negotiation\.engagement\.yaml:211` error `subcontracting\/flow-down`: /m,
    );
    assert.match(
      text,
      /^ {2}- `examples\/broken\/mismatch\.dca\.yaml:44` warning `dca\/one-sided-contacts`/m,
    );
    assert.equal(text.match(/^### /gm)?.length, 4);
  });

  test('one engagement: the per-measure table; waivers with justification, approver and expiry, escaped', () => {
    const text = cleanOnly((t) => waivedScreening(t, '2027-03-31')).render('markdown');
    assert.match(
      text,
      /^\| OPS\.3\.1\.M16 \| Security screening of employees \| 🔷 waived \| 0 \| 0 \| 2027-03-31 \|$/m,
    );
    assert.match(
      text,
      /Justification: screening is done by the customer \\<b\\>itself\\<\/b\\> under its own procedure; Approved by: nl-isb; Expires: 2027-03-31/,
    );
    assert.doesNotMatch(text, /\| ENG-2025-004 \| ✅/);
  });

  test('German: no English status word', () => {
    const rendered = coverageOf(exampleSources('broken'), { today: TODAY, locale: 'de' });
    const text = rendered.render('markdown');
    assert.match(text, /^- ❌ nicht erfüllt: \*\*OPS\.3\.1\.M2\*\* Vertragsgestaltung/m);
    assert.doesNotMatch(text, /fulfilled|failing|partial|pending|waived|not applicable/);
  });
});

describe('coverage report: html', () => {
  test('the heat map: one cell per engagement and measure, with the status of the JSON', () => {
    const rendered = examples();
    const html = rendered.render('html');
    const cells = [
      ...html.matchAll(
        /<td [^>]*data-status="([a-z-]+)" data-measure="([^"]+)" data-engagement="([^"]+)"/g,
      ),
    ].map((m) => `${m[3]} ${m[2]} ${m[1]}`);
    const json = validateCoverageJson(rendered.render('json'));
    const expected = json.engagements.flatMap((e) =>
      e.measures.map((m) => `${e.id} ${m.measure} ${m.status}`),
    );
    assert.deepEqual(cells, expected);
    assert.equal(cells.length, 64);
  });

  test('self-contained and printable: no network, no scripts, A4 print stylesheet, lang', () => {
    const html = examples().render('html');
    assert.match(html, /^<!DOCTYPE html>\n<html lang="en">/);
    for (const forbidden of [/https?:\/\//, /<script/i, /<link/i, /@import/, /url\(/, /src=/])
      assert.doesNotMatch(html, forbidden);
    assert.match(html, /@page\{size:A4/);
    assert.match(html, /print-color-adjust:exact/);
    assert.match(html, /@media print\{[\s\S]*tr,[^{]*\{break-inside:avoid/);
    assert.match(html, /Checked on 2026-12-07 at level standard · 4 engagement\(s\)/);
    for (const status of COVERAGE_STATUSES)
      assert.match(html, new RegExp(`<li data-status="${status}">`));
    assertBalanced(html);
  });

  test('every text of a document is escaped: a title with <script> stays text', () => {
    const hostile =
      '"<script>alert(1)</script> & <img src=x onerror=alert(2)> https://evil.example/"';
    const rendered = cleanOnly((t) =>
      waivedScreening(
        replaceOnce(
          t,
          'title: Managed ERP hosting for Stadtwerke Musterstadt',
          `title: ${hostile}`,
        ),
        '2027-03-31',
      ),
    );
    const html = rendered.render('html');
    assert.doesNotMatch(html, /<script|<img|<b>/);
    assert.match(
      html,
      /&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; &lt;img src=x onerror=alert\(2\)&gt; https:\/\/evil\.example\//,
    );
    assert.match(html, /customer &lt;b&gt;itself&lt;\/b&gt; under/);
    const outside = html.replace(/&lt;script&gt;[^<]*evil\.example\//g, '');
    assert.doesNotMatch(outside, /https?:\/\//);
  });

  test('a waiver is shown with justification, approver and expiry', () => {
    const html = cleanOnly((t) => waivedScreening(t, '2027-03-31')).render('html');
    assert.match(html, /data-status="waived" data-measure="OPS\.3\.1\.M16"/);
    assert.match(
      html,
      /<tr><td>the whole measure<\/td><td>screening is done by the customer &lt;b&gt;itself&lt;\/b&gt; under its own procedure<\/td><td>nl-isb<\/td><td>2027-03-31<\/td><\/tr>/,
    );
  });

  test('German: lang de and no English status word in the visible text', () => {
    const html = coverageOf(exampleSources('broken', 'clean'), {
      today: TODAY,
      locale: 'de',
    }).render('html');
    assert.match(html, /<html lang="de">/);
    const text = visibleText(html);
    assert.match(text, /Umsetzungsstand der Maßnahmen nach OPS\.3\.1/);
    assert.doesNotMatch(text, /fulfilled|failing|partial|pending|waived|not applicable/);
    assert.match(
      html,
      /title="OPS\.3\.1\.M2 Vertragsgestaltung mit den Outsourcing-Kunden: nicht erfüllt"/,
    );
  });
});

/** Every structural element is closed as often as it is opened (well-formed enough to print). */
function assertBalanced(html: string): void {
  for (const name of [
    'html',
    'body',
    'main',
    'table',
    'thead',
    'tbody',
    'tr',
    'td',
    'th',
    'section',
    'ul',
    'li',
    'dl',
  ]) {
    const open = html.match(new RegExp(`<${name}[\\s>]`, 'g'))?.length ?? 0;
    const close = html.match(new RegExp(`</${name}>`, 'g'))?.length ?? 0;
    assert.ok(open > 0 || ['ul', 'li'].includes(name), `<${name}> is there`);
    assert.equal(open, close, `<${name}> opened ${open} times, closed ${close} times`);
  }
}
