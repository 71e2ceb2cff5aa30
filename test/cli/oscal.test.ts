/**
 * `check --format oscal` and `coverage --format oscal` as users run them (the built CLI): the
 * document validates against NIST's OSCAL 1.1.3 schema, has one finding per open measure of each
 * engagement (as `coverage --format json` says) naming its Grundschutz++ controls, one
 * observation per diagnostic (as `check --format json` reports them), and the same uuids in every
 * run.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { measureControls } from '../../server/src/core/catalog/controls';
import type { MeasureId } from '../../server/src/core/domain/measures';
import { REPO_ROOT, runCli, tempTree } from '../support/cli';
import { CLEAN_DCA, CLEAN_ENGAGEMENT } from '../support/examples';
import {
  allUuids,
  assertValidOscal,
  propValues,
  UUID_V5,
  type OscalResults,
} from '../unit/oscalValidator';

const TODAY = ['--today', '2026-12-07'];
const OPEN = new Set(['failing', 'partial', 'pending', 'waived']);

interface JsonDiagnostic {
  file: string;
  line: number;
  ruleId: string;
  severity: string;
  measure: string | null;
}

function oscalOf(args: string[], expectedStatus: number): OscalResults {
  const run = runCli([...args, ...TODAY]);
  assert.equal(run.status, expectedStatus, run.stderr);
  const document = JSON.parse(run.stdout) as OscalResults;
  assertValidOscal(document);
  return document;
}

/** The open measures of `coverage --format json`, as `engagement-id measure status`. */
function openMeasures(paths: string[]): string[] {
  const run = runCli(['coverage', ...paths, '--format', 'json', ...TODAY]);
  assert.equal(run.status, 0, run.stderr);
  const report = JSON.parse(run.stdout) as {
    engagements: { id: string; measures: { measure: string; status: string }[] }[];
  };
  return report.engagements.flatMap((e) =>
    e.measures.filter((m) => OPEN.has(m.status)).map((m) => `${e.id} ${m.measure} ${m.status}`),
  );
}

function findingKeys(document: OscalResults): string[] {
  return (document['assessment-results'].results[0].findings ?? []).map(
    (f) =>
      `${propValues(f.props, 'engagement-id')[0]} ${f.target['target-id']} ${propValues(f.props, 'coverage-status')[0]}`,
  );
}

describe('check --format oscal', () => {
  test('examples: -o writes a valid document with a finding per open measure and its Grundschutz++ controls', () => {
    const folder = tempTree({});
    const file = path.join(folder, 'results.json');
    const run = runCli(['check', 'examples', '--format', 'oscal', '-o', file, ...TODAY]);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /✖ 14 problems/, 'stylish still goes to the terminal');
    const document = JSON.parse(fs.readFileSync(file, 'utf8')) as OscalResults;
    assertValidOscal(document);
    const expected = openMeasures(['examples']);
    assert.equal(expected.length, 30);
    assert.deepEqual(findingKeys(document), expected);
    for (const finding of document['assessment-results'].results[0].findings ?? []) {
      const measure = finding.target['target-id'] as MeasureId;
      const controls = measureControls(measure, 'en').grundschutz.map((g) => g.control.id);
      assert.ok(controls.length > 0, measure);
      assert.deepEqual(propValues(finding.props, 'grundschutz-control'), controls, measure);
      for (const p of finding.props.filter((q) => q.name === 'grundschutz-control'))
        assert.equal(p.ns, 'https://github.com/outsourcing-policy/outsourcing-policy/ns/oscal');
    }
  });

  test('the observations are the diagnostics of --format json: count, rule ids, severities, files, lines', () => {
    const json = runCli(['check', 'examples', '--format', 'json', ...TODAY]);
    const diagnostics = (JSON.parse(json.stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics;
    const document = oscalOf(['check', 'examples', '--format', 'oscal'], 1);
    const observations = document['assessment-results'].results[0].observations ?? [];
    assert.equal(observations.length, diagnostics.length);
    assert.deepEqual(
      observations.map((o) => {
        const evidence = o['relevant-evidence'][0];
        return {
          file: propValues(evidence.props, 'file')[0],
          line: Number(propValues(evidence.props, 'start-line')[0]),
          ruleId: propValues(o.props, 'rule-id')[0],
          severity: propValues(o.props, 'severity')[0],
          measure: propValues(o.props, 'measure')[0] ?? null,
          href: evidence.href,
        };
      }),
      diagnostics.map((d) => ({
        file: d.file,
        line: d.line,
        ruleId: d.ruleId,
        severity: d.severity,
        measure: d.measure,
        href: `${d.file}#L${d.line}`,
      })),
    );
  });

  test('two runs give the same uuids, all valid version 5 uuids', () => {
    const first = oscalOf(['check', 'examples', '--format', 'oscal'], 1);
    const second = oscalOf(['check', 'examples', '--format', 'oscal'], 1);
    const uuids = allUuids(first);
    for (const uuid of uuids) assert.match(uuid, UUID_V5);
    assert.deepEqual(allUuids(second), uuids);
    assert.equal(
      second['assessment-results'].metadata.version,
      first['assessment-results'].metadata.version,
    );
  });

  test('goes with other formats: json to a file, oscal to standard output', () => {
    const folder = tempTree({});
    const file = path.join(folder, 'report.json');
    const run = runCli([
      'check',
      'examples/broken',
      '-f',
      'json',
      '-o',
      file,
      '-f',
      'oscal',
      ...TODAY,
    ]);
    assert.equal(run.status, 1, run.stderr);
    assertValidOscal(JSON.parse(run.stdout));
    assert.ok(JSON.parse(fs.readFileSync(file, 'utf8')).diagnostics.length > 0);
  });

  test('a clean engagement: exit 0, a valid document without findings and observations', () => {
    const folder = tempTree({ 'a.engagement.yaml': CLEAN_ENGAGEMENT, 'a.dca.yaml': CLEAN_DCA });
    const document = oscalOf(['check', folder, '--format', 'oscal'], 0);
    const result = document['assessment-results'].results[0];
    assert.equal(result.findings, undefined);
    assert.equal(result.observations, undefined);
  });

  test('no engagement: a valid empty document and a notice that says why (en, de)', () => {
    const folder = tempTree({ 'notes.txt': 'nothing here\n' });
    const run = runCli(['check', folder, '--format', 'oscal', ...TODAY]);
    assert.equal(run.status, 0, run.stderr);
    assertValidOscal(JSON.parse(run.stdout));
    assert.equal(
      run.stderr,
      `outsourcing-policy: no engagement found in ${folder}: the OSCAL assessment results name no measure as open\n`,
    );
    const german = runCli(['check', folder, '--format', 'oscal', '--locale', 'de', ...TODAY]);
    assert.equal(
      german.stderr,
      `outsourcing-policy: kein Outsourcing-Vorhaben in ${folder} gefunden: die OSCAL-Prüfergebnisse nennen keine offene Maßnahme\n`,
    );
  });

  test('a broken file: its syntax error is an observation of a valid document', () => {
    const folder = tempTree({
      'x.engagement.yaml': 'apiVersion: outsourcing-policy/v1\nkind: Engagement\nmetadata: [\n',
    });
    const document = oscalOf(['check', folder, '--format', 'oscal'], 1);
    const observations = document['assessment-results'].results[0].observations ?? [];
    assert.ok(observations.length > 0);
    assert.ok(
      observations.every((o) => o['relevant-evidence'][0].href.includes('x.engagement.yaml#L')),
    );
  });

  test('an unknown format still names oscal among the allowed ones', () => {
    const run = runCli(['check', 'examples', '--format', 'oscl']);
    assert.equal(run.status, 2);
    assert.match(
      run.stderr,
      /--format must be one of stylish, json, sarif, github, junit, markdown, oscal, not "oscl"/,
    );
  });
});

describe('coverage --format oscal', () => {
  test('examples: the same findings and observations as check --format oscal, exit 0', () => {
    const coverage = oscalOf(['coverage', 'examples', '--format', 'oscal'], 0);
    const check = oscalOf(['check', 'examples', '--format', 'oscal'], 1);
    const ids = (d: OscalResults) => allUuids(d['assessment-results'].results[0]);
    assert.deepEqual(ids(coverage), ids(check));
    assert.deepEqual(findingKeys(coverage), openMeasures(['examples']));
  });

  test('-o writes the file and says so; --locale de writes German titles', () => {
    const folder = tempTree({});
    const file = path.join(folder, 'results.json');
    const run = runCli([
      'coverage',
      'examples/broken',
      '--format',
      'oscal',
      '-o',
      file,
      '--locale',
      'de',
      ...TODAY,
    ]);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, `outsourcing-policy: Umsetzungsbericht geschrieben nach ${file}\n`);
    const document = JSON.parse(fs.readFileSync(file, 'utf8')) as OscalResults;
    assertValidOscal(document);
    const finding = document['assessment-results'].results[0].findings![0];
    assert.equal(
      finding.title,
      'OPS.3.1.M2 Vertragsgestaltung mit den Outsourcing-Kunden: nicht erfüllt',
    );
  });
});

describe('docs/examples/assessment-results.json', () => {
  /** The document with every time replaced by one placeholder (the clock differs from run to run). */
  function withoutTimes(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(withoutTimes);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [
        key,
        ['last-modified', 'start', 'end', 'collected'].includes(key) ? 'TIME' : withoutTimes(inner),
      ]),
    );
  }

  test('is what the command in the README writes today (but for the times), and validates', () => {
    const committed = JSON.parse(
      fs.readFileSync(path.join(REPO_ROOT, 'docs/examples/assessment-results.json'), 'utf8'),
    ) as unknown;
    assertValidOscal(committed);
    const run = runCli([
      'check',
      'examples/clean/erp-hosting.engagement.yaml',
      '--format',
      'oscal',
      '--today',
      '2026-12-07',
    ]);
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(
      withoutTimes(JSON.parse(run.stdout)),
      withoutTimes(committed),
      'regenerate it with the command of the README section "Using the results in an ISMS tool"',
    );
  });
});
