/**
 * `outsourcing-policy coverage` as users run it (the built CLI in a child process): every
 * format over the examples, the section-6 JSON, the matrix of several engagements,
 * `--due-within`, `--fail-on`, `--output`, `--locale de` and usage errors.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { runCli, tempTree } from '../support/cli';
import {
  BROKEN_ENGAGEMENT_STATUSES,
  coverageOf,
  exampleSources,
  replaceOnce,
  statusesOf,
  validateCoverageJson,
  waivedScreening,
} from '../support/coverageFixtures';
import { CLEAN_DCA, CLEAN_ENGAGEMENT } from '../support/examples';

const TODAY = '2026-12-07';
const ENGLISH_STATUS_WORDS = /fulfilled|failing|partial|pending|waived|not applicable/;

/** The clean engagement and its DCA under other ids. */
function renamed(id: string, edit: (text: string) => string = (t) => t): Record<string, string> {
  const dcaId = `DCA-${id}`;
  const engagement = replaceOnce(
    replaceOnce(CLEAN_ENGAGEMENT, 'id: ENG-2025-004\n', `id: ${id}\n`),
    '[DCA-2025-004-01]',
    `[${dcaId}]`,
  );
  const dca = replaceOnce(
    replaceOnce(CLEAN_DCA, 'engagementRef: ENG-2025-004', `engagementRef: ${id}`),
    'id: DCA-2025-004-01',
    `id: ${dcaId}`,
  );
  return { [`${id}.engagement.yaml`]: edit(engagement), [`${id}.dca.yaml`]: dca };
}

/** Three engagements: clean, one with a waived M16, one whose DCA is missing (M8 failing). */
function threeEngagements(): string {
  const waived = renamed('ENG-W', (t) => waivedScreening(t, '2027-03-31'));
  const noDca = renamed('ENG-X');
  delete noDca['ENG-X.dca.yaml'];
  return tempTree({ ...renamed('ENG-A'), ...waived, ...noDca });
}

describe('outsourcing-policy coverage', () => {
  test('json: the examples in the shape of section 6, the same statuses as the model', () => {
    const run = runCli(['coverage', 'examples', '--format', 'json', '--today', TODAY]);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '');
    const json = validateCoverageJson(run.stdout);
    const byId = new Map(json.engagements.map((e) => [e.id, e]));
    assert.deepEqual([...byId.keys()].sort(), [
      'ENG-2025-004',
      'ENG-2026-011',
      'ENG-2026-019',
      'ENG-2026-023',
    ]);
    assert.deepEqual(statusesOf(byId.get('ENG-2026-019')!), BROKEN_ENGAGEMENT_STATUSES);
    assert.ok(Object.values(statusesOf(byId.get('ENG-2025-004')!)).every((s) => s === 'fulfilled'));
    const model = coverageOf(exampleSources('broken', 'clean'), { today: TODAY }).report;
    for (const engagement of model.engagements)
      assert.deepEqual(
        statusesOf(byId.get(engagement.id!)!),
        Object.fromEntries(engagement.measures.map((m) => [m.measure, m.status])),
        engagement.id,
      );
    const flowDown = byId
      .get('ENG-2026-019')!
      .measures[1].findings.find((f) => f.ruleId === 'subcontracting/flow-down');
    assert.deepEqual(flowDown && [flowDown.file, flowDown.line], [
      'examples/broken/negotiation.engagement.yaml',
      211,
    ]);
  });

  test('table (the default): one engagement gives a row per measure', () => {
    const run = runCli(['coverage', 'examples/clean', '--today', TODAY]);
    assert.equal(run.status, 0, run.stderr);
    const rows = run.stdout.split('\n').filter((line) => /^OPS\.3\.1\.M\d+ /.test(line));
    assert.equal(rows.length, 16);
    assert.ok(
      rows.every((row) => / {2}fulfilled  +0 +0 {2}/.test(row)),
      rows.join('\n'),
    );
    assert.match(run.stdout, /^16 of 16 measures fulfilled \(16 fulfilled\)$/m);
    assert.ok(!run.stdout.includes('\u001b'), 'no colours into a pipe');
  });

  test('table: several engagements give a matrix, engagements as rows, M1-M16 as columns', () => {
    const root = threeEngagements();
    const run = runCli(['coverage', root, '--today', TODAY]);
    assert.equal(run.status, 0, run.stderr);
    const symbols = (id: string) =>
      run.stdout
        .split('\n')
        .find((line) => line.startsWith(`${id} `))!
        .split(/\s+/)
        .slice(1, 17)
        .join(' ');
    assert.equal(symbols('ENG-A'), '✔ ✔ ✔ ✔ ✔ ✔ ✔ ✔ ✔ ✔ ✔ ✔ ✔ ✔ ✔ ✔');
    assert.equal(symbols('ENG-W'), '✔ ✔ ✔ ✔ ✔ ✔ ✔ ✔ ✔ ✔ ✔ ✔ ✔ ✔ ✔ W');
    assert.equal(symbols('ENG-X'), '✔ ✔ ✔ ✔ ✔ ✔ ✔ ✖ ✔ ✔ ✔ ✔ ✔ ✔ ✔ ✔');
    assert.match(run.stdout, /^Engagement +M1 +M2 +M3 .* M16 +File$/m);
    assert.match(run.stdout, /^Legend: ✔ fulfilled .* – not applicable$/m);
    const json = validateCoverageJson(
      runCli(['coverage', root, '-f', 'json', '--today', TODAY]).stdout,
    );
    assert.deepEqual(
      json.engagements.map((e) => [e.id, e.summary.fulfilled, e.summary.waived, e.summary.failing]),
      [
        ['ENG-A', 16, 0, 0],
        ['ENG-W', 15, 1, 0],
        ['ENG-X', 15, 0, 1],
      ],
    );
  });

  test('--due-within: a date inside the window is listed, one outside is not', () => {
    const args = ['coverage', 'examples/clean', '--today', '2027-09-10'];
    const twoWeeks = runCli([...args, '--due-within', 'P2W']);
    assert.equal(twoWeeks.status, 0, twoWeeks.stderr);
    const listed = (stdout: string) => stdout.slice(stdout.indexOf('Due within'));
    assert.equal(
      listed(twoWeeks.stdout),
      'Due within P2W:\n  2027-09-22  OPS.3.1.M4   communication.review\n',
    );
    const month = runCli([...args, '--due-within', 'P1M']);
    assert.equal(
      listed(month.stdout),
      [
        'Due within P1M:',
        '  2027-09-22  OPS.3.1.M4   communication.review',
        '  2027-10-01  OPS.3.1.M8   term [DCA-2025-004-01]',
        '  2027-10-08  OPS.3.1.M3   securityConcept.implementationReview',
        '',
      ].join('\n'),
    );
    const json = validateCoverageJson(
      runCli([...args, '--due-within', 'P2W', '-f', 'json']).stdout,
    );
    assert.deepEqual(
      json.engagements[0].dueSoon.map((d) => d.what),
      ['communication.review'],
    );
    assert.equal(json.engagements[0].measures[2].due[0].date, '2027-10-08', 'due lists all');
  });

  test('the matrix lists what falls due across engagements earliest first', () => {
    const run = runCli(['coverage', 'examples', '--today', '2027-09-20']);
    assert.equal(run.status, 0, run.stderr);
    const due = run.stdout.slice(run.stdout.indexOf('Due within P30D:')).split('\n').slice(1, -1);
    assert.deepEqual(
      due.map((line) => line.trim().split(/\s+/).slice(0, 3).join(' ')),
      [
        '2027-09-22 ENG-2025-004 OPS.3.1.M4',
        '2027-10-01 ENG-2026-019 OPS.3.1.M8',
        '2027-10-01 ENG-2025-004 OPS.3.1.M8',
        '2027-10-08 ENG-2025-004 OPS.3.1.M3',
        '2027-10-15 ENG-2025-004 OPS.3.1.M14',
        '2027-10-20 ENG-2026-011 OPS.3.1.M14',
      ],
    );
  });

  test('--due-within: a value that is no ISO 8601 duration is a usage error, in either language', () => {
    const run = runCli(['coverage', 'examples', '--due-within', '30 days']);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.match(
      run.stderr,
      /^outsourcing-policy: --due-within must be an ISO 8601 duration such as P30D, P2W or P3M, not "30 days"\n/,
    );
    const german = runCli(['coverage', 'examples', '--due-within', 'P', '--locale', 'de']);
    assert.equal(german.status, 2);
    assert.match(german.stderr, /--due-within erwartet eine Dauer nach ISO 8601 wie P30D/);
  });

  test("--fail-on: as in check, by the severities of the engagements' findings; default never", () => {
    const broken = ['coverage', 'examples/broken', '--today', TODAY];
    assert.equal(runCli(broken).status, 0);
    assert.equal(runCli([...broken, '--fail-on', 'never']).status, 0);
    assert.equal(runCli([...broken, '--fail-on', 'error']).status, 1);
    const clean = ['coverage', 'examples/clean', '--today', TODAY];
    assert.equal(runCli([...clean, '--fail-on', 'info']).status, 0);
    const warningOnly = tempTree(
      renamed('ENG-P', (t) => t.slice(0, t.indexOf('\npersonnelScreening:') + 1)),
    );
    const partial = ['coverage', warningOnly, '--today', TODAY, '-f', 'json'];
    const json = validateCoverageJson(runCli(partial).stdout);
    assert.equal(statusesOf(json.engagements[0])['OPS.3.1.M16'], 'partial');
    assert.equal(runCli([...partial, '--fail-on', 'error']).status, 0);
    assert.equal(runCli([...partial, '--fail-on', 'warning']).status, 1);
    assert.equal(runCli([...partial, '--fail-on', 'fatal']).status, 2);
  });

  test('--locale de: German status words and headings, no English status word', () => {
    for (const format of ['table', 'markdown']) {
      const run = runCli([
        'coverage',
        'examples',
        '-f',
        format,
        '--locale',
        'de',
        '--today',
        TODAY,
      ]);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /nicht erfüllt/);
      assert.match(run.stdout, /Outsourcing-Vorhaben/);
      assert.doesNotMatch(run.stdout, ENGLISH_STATUS_WORDS, format);
    }
    const json = runCli(['coverage', 'examples', '-f', 'json', '--locale', 'de', '--today', TODAY]);
    const m2 = validateCoverageJson(json.stdout).engagements[0].measures[1];
    assert.equal(m2.status, 'failing', 'status values in JSON stay the same');
  });

  test('--output writes the report there and says so on stderr; --quiet says nothing', () => {
    const root = tempTree({});
    const file = path.join(root, 'coverage.html');
    const run = runCli(['coverage', 'examples', '-f', 'html', '-o', file, '--today', TODAY]);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, `outsourcing-policy: coverage report written to ${file}\n`);
    const html = fs.readFileSync(file, 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.equal(html.match(/<td [^>]*data-status=/g)?.length, 64);
    const quiet = path.join(root, 'coverage.md');
    const silent = runCli(['coverage', 'examples', '-f', 'markdown', '-o', quiet, '-q']);
    assert.deepEqual([silent.status, silent.stdout, silent.stderr], [0, '', '']);
    assert.match(fs.readFileSync(quiet, 'utf8'), /^## OPS\.3\.1 measure coverage\n/);
  });

  test('--output into a folder that does not exist: a clear usage error, nothing written', () => {
    const root = tempTree({});
    const file = path.join(root, 'missing', 'coverage.html');
    const run = runCli(['coverage', 'examples', '-f', 'html', '-o', file]);
    assert.equal(run.status, 2);
    assert.match(
      run.stderr,
      new RegExp(`cannot write .*coverage\\.html: the folder .*missing does not exist`),
    );
    assert.equal(fs.existsSync(path.dirname(file)), false);
  });

  test('html and markdown over the examples', () => {
    const html = runCli(['coverage', 'examples', '-f', 'html', '--today', TODAY]);
    assert.equal(html.status, 0, html.stderr);
    assert.match(
      html.stdout,
      /<td class="s-failing" data-status="failing" data-measure="OPS\.3\.1\.M2" data-engagement="ENG-2026-019"/,
    );
    assert.doesNotMatch(html.stdout, /https?:\/\/|<script|<link|@import|url\(/);
    const markdown = runCli(['coverage', 'examples', '-f', 'markdown', '--today', TODAY]);
    assert.match(markdown.stdout, /^\| ENG-2025-004 \|( ✅ \|){16}$/m);
  });

  test('a path with no engagement: an empty report, a notice, exit code 0', () => {
    const root = tempTree({ 'only.dca.yaml': CLEAN_DCA });
    const json = runCli(['coverage', root, '-f', 'json']);
    assert.equal(json.status, 0);
    assert.deepEqual(JSON.parse(json.stdout), { engagements: [] });
    assert.equal(json.stderr, `outsourcing-policy: no engagement found in ${root}\n`);
    const table = runCli(['coverage', root, '--locale', 'de']);
    assert.equal(table.stdout, 'Kein Outsourcing-Vorhaben gefunden.\n');
    assert.match(table.stderr, /kein Outsourcing-Vorhaben gefunden in /);
  });

  test('usage errors: options of check, a second --format, an unknown format', () => {
    const cases: [string[], RegExp][] = [
      [
        ['coverage', '--changed-since', 'HEAD'],
        /option --changed-since is not an option of coverage/,
      ],
      [['coverage', '--max-findings', '3'], /option --max-findings is not an option of coverage/],
      [['check', '--due-within', 'P3D'], /option --due-within is not an option of check/],
      [
        ['coverage', '-f', 'json', '-f', 'html'],
        /coverage writes one report: give --format at most once/,
      ],
      [
        ['coverage', '-f', 'sarif'],
        /--format must be one of table, json, markdown, html, oscal, not "sarif"/,
      ],
    ];
    for (const [args, message] of cases) {
      const run = runCli(args);
      assert.equal(run.status, 2, args.join(' '));
      assert.match(run.stderr, message);
    }
  });

  test('help coverage and the overview, in English and German', () => {
    const help = runCli(['help', 'coverage']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: outsourcing-policy coverage \[paths\.\.\.\] \[options\]/);
    for (const option of [
      '--format',
      '--output',
      '--due-within',
      '--fail-on',
      '--today',
      '--level',
    ])
      assert.ok(help.stdout.includes(option), option);
    assert.equal(runCli(['coverage', '--help']).stdout, help.stdout);
    assert.match(
      runCli(['--help']).stdout,
      /^ {2}coverage \[paths\.\.\.\] +which of the measures/m,
    );
    const german = runCli(['help', 'coverage', '--locale', 'de']);
    assert.match(german.stdout, /^Aufruf: outsourcing-policy coverage/);
    assert.match(german.stdout, /--due-within <Dauer>/);
  });
});
