/**
 * Measure coverage (FORMAT.md section 6): one status per measure in section 6's order, the
 * findings, waivers and due dates behind it; DCAs count for M8 of their engagement.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import {
  buildWorkspaceIndex,
  coverageOfFile,
  coverageReport,
  createPolicyService,
  defaultOptions,
  isDueWithin,
  isMeasureApplicable,
  parsePolicyFile,
  validateFile,
  type EngagementCoverage,
  type Level,
  type Locale,
  type MeasureCoverage,
} from '../../server/src/core';
import { MEASURE_IDS } from '../../server/src/core/domain/measures';
import { REPO_ROOT } from '../support/cli';
import { CLEAN_DCA, CLEAN_ENGAGEMENT } from '../support/examples';
import { TODAY, yaml } from '../support/harness';

interface Source {
  uri: string;
  text: string;
}

interface Setup {
  level?: Level;
  today?: string;
  locale?: Locale;
}

function optionsOf(setup: Setup) {
  return {
    ...defaultOptions(setup.today ?? TODAY),
    level: setup.level ?? 'standard',
    locale: setup.locale,
  };
}

/** The coverage of the first source's engagement, the other sources indexed beside it. */
function coverage(sources: Source[], setup: Setup = {}): EngagementCoverage {
  const options = optionsOf(setup);
  const files = sources.map((s) => parsePolicyFile(s.uri, s.text, options));
  const [result] = coverageOfFile(files[0], buildWorkspaceIndex(files), options);
  assert.ok(result, 'the first source holds an engagement');
  return result;
}

function measure(result: EngagementCoverage, n: number): MeasureCoverage {
  const found = result.measures.find((m) => m.measure === `OPS.3.1.M${n}`);
  assert.ok(found);
  return found;
}

const ENGAGEMENT_URI = 'erp.engagement.yaml';
const DCA_URI = 'erp.dca.yaml';

function clean(edit: (text: string) => string = (t) => t, setup: Setup = {}) {
  return coverage([{ uri: ENGAGEMENT_URI, text: edit(CLEAN_ENGAGEMENT) }], setup);
}

function withDca(dcaEdit: (text: string) => string, setup: Setup = {}) {
  return coverage(
    [
      { uri: ENGAGEMENT_URI, text: CLEAN_ENGAGEMENT },
      { uri: DCA_URI, text: dcaEdit(CLEAN_DCA) },
    ],
    setup,
  );
}

/** Replaces exactly one occurrence (the test fails when the example changed under it). */
function replaceOnce(text: string, from: string, to: string): string {
  assert.equal(text.split(from).length, 2, `exactly one ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

/** The clean engagement with normal confidentiality and integrity. */
const normalNeeds = (text: string) =>
  replaceOnce(
    replaceOnce(text, '  confidentiality: high\n', '  confidentiality: normal\n'),
    '  integrity: high\n',
    '  integrity: normal\n',
  );

/** The clean engagement without its personnelScreening section (the last one of the file). */
const withoutScreening = (text: string) => text.slice(0, text.indexOf('\npersonnelScreening:') + 1);

function waiverFor(measureId: string, expires: string): string {
  return [
    'waivers:',
    `  - measure: ${measureId}`,
    '    justification: screening is done by the customer itself under its own procedure',
    '    approvedBy: nl-isb',
    '    date: 2026-01-05',
    `    expires: ${expires}`,
    '',
  ].join('\n');
}

test('the clean example with its DCA: every measure fulfilled, the DCA counted for M8', () => {
  const result = withDca((t) => t);
  assert.deepEqual(
    result.measures.map((m) => [m.measure, m.status]),
    MEASURE_IDS.map((id) => [id, 'fulfilled']),
  );
  assert.deepEqual(result.dcas, [{ id: 'DCA-2025-004-01', uri: DCA_URI }]);
  assert.equal(result.summary.fulfilled, 16);
  assert.equal(result.id, 'ENG-2025-004');
  assert.equal(result.status, 'operation');
  assert.deepEqual(measure(result, 8).present, ['dataConnectionAgreements']);
});

test('M7: multi-tenant without a client concept is failing; dedicated is not-applicable', () => {
  const withoutConcept = (text: string) =>
    replaceOnce(text, '\nclientConcept:', '\nunusedClientConcept:');
  const failing = measure(clean(withoutConcept), 7);
  assert.equal(failing.status, 'failing');
  assert.ok(failing.findings.some((f) => f.ruleId === 'tenancy/client-concept'));
  const dedicated = (text: string) =>
    replaceOnce(withoutConcept(text), '  model: multi-tenant\n', '  model: dedicated\n');
  const result = clean(dedicated);
  assert.equal(measure(result, 7).status, 'not-applicable');
  assert.ok(
    !result.measures.flatMap((m) => m.findings).some((f) => f.ruleId === 'tenancy/client-concept'),
  );
});

test('M16: applicable with high needs or at level increased, not-applicable otherwise', () => {
  assert.equal(measure(clean(), 16).status, 'fulfilled');
  assert.equal(measure(clean(normalNeeds), 16).status, 'not-applicable');
  assert.equal(measure(clean(normalNeeds, { level: 'increased' }), 16).status, 'fulfilled');
  const missing = measure(clean(withoutScreening), 16);
  assert.equal(missing.status, 'partial');
  assert.deepEqual(
    missing.findings.map((f) => [f.ruleId, f.messageId, f.severity, f.measure]),
    [['increased-protection/screening', 'missingForNeeds', 'warning', 'OPS.3.1.M16']],
  );
  assert.equal(missing.warnings, 1);
});

test('the rules ask the same applicability: no screening finding where M16 does not apply', () => {
  const data = { protectionNeeds: { confidentiality: 'normal', integrity: 'normal' } };
  assert.equal(isMeasureApplicable('OPS.3.1.M16', data, 'standard'), false);
  assert.equal(isMeasureApplicable('OPS.3.1.M16', data, 'increased'), true);
  assert.equal(
    isMeasureApplicable('OPS.3.1.M7', { tenancy: { model: 'dedicated' } }, 'standard'),
    false,
  );
  assert.equal(
    isMeasureApplicable('OPS.3.1.M9', { dataExchange: { regular: false } }, 'standard'),
    false,
  );
  assert.equal(isMeasureApplicable('OPS.3.1.M9', { dataExchange: {} }, 'standard'), true);
  const result = clean((t) => withoutScreening(normalNeeds(t)));
  assert.equal(measure(result, 16).status, 'not-applicable');
  assert.deepEqual(measure(result, 16).findings, []);
});

test('a waived should finding makes the measure waived, with the waiver in force and its expiry due', () => {
  const result = clean((t) => withoutScreening(t) + waiverFor('OPS.3.1.M16', '2027-03-31'));
  const m16 = measure(result, 16);
  assert.equal(m16.status, 'waived');
  assert.deepEqual(m16.findings, []);
  assert.deepEqual(
    m16.waived.map((f) => [f.ruleId, f.messageId, f.uri]),
    [['increased-protection/screening', 'missingForNeeds', ENGAGEMENT_URI]],
  );
  assert.deepEqual(m16.waivers, [
    {
      path: undefined,
      expires: '2027-03-31',
      justification: 'screening is done by the customer itself under its own procedure',
      approvedBy: 'nl-isb',
      uri: ENGAGEMENT_URI,
      index: 0,
    },
  ]);
  assert.deepEqual(m16.due, [
    { what: 'waivers[0].expires', date: '2027-03-31', uri: ENGAGEMENT_URI },
  ]);
});

test('an expired waiver silences nothing: the measure is partial again and lists no waiver', () => {
  const result = clean((t) => withoutScreening(t) + waiverFor('OPS.3.1.M16', '2026-01-31'));
  const m16 = measure(result, 16);
  assert.equal(m16.status, 'partial');
  assert.deepEqual(m16.waivers, []);
  assert.deepEqual(m16.waived, []);
  assert.deepEqual(m16.findings.map((f) => [f.ruleId, f.severity]).sort(), [
    ['increased-protection/screening', 'warning'],
    ['waiver/expired', 'warning'],
  ]);
});

test('M9 with regular: false is not-applicable', () => {
  const result = clean((t) => replaceOnce(t, '  regular: true\n', '  regular: false\n'));
  assert.equal(measure(result, 9).status, 'not-applicable');
});

test('a planning engagement: sections not yet required and absent are pending', () => {
  const text = yaml`
    apiVersion: outsourcing-policy/v1
    kind: Engagement
    metadata: {id: ENG-P, title: Planning, version: "1", status: planning}
    protectionNeeds: {confidentiality: normal, integrity: normal, availability: normal}
    tenancy: {model: dedicated}
  `;
  const result = coverage([{ uri: 'p.engagement.yaml', text }]);
  const m2 = measure(result, 2);
  assert.equal(m2.status, 'pending');
  assert.deepEqual([m2.present, m2.required], [[], []]);
  assert.equal(measure(result, 7).status, 'not-applicable');
  assert.equal(measure(result, 16).status, 'not-applicable');
  const m1 = measure(result, 1);
  assert.equal(m1.status, 'failing', 'the missing required sections of M1 count as errors');
  assert.deepEqual(m1.required, ['roughConcept', 'metadata', 'parties']);
  assert.deepEqual(m1.present, ['metadata']);
  assert.ok(m1.findings.every((f) => f.severity !== 'error' || f.ruleId === 'schema/required'));
});

test("a DCA's findings count for M8 of its engagement, located in the DCA's file", () => {
  const result = withDca((t) =>
    replaceOnce(t, '  activatedOn: 2025-11-03', '  activatedOn: 2025-10-01'),
  );
  const m8 = measure(result, 8);
  assert.equal(m8.status, 'failing');
  assert.deepEqual(
    m8.findings.map((f) => [f.ruleId, f.severity, f.uri]),
    [['dca/activation-gate', 'error', DCA_URI]],
  );
  const alone = measure(clean(), 8).findings;
  assert.ok(alone.every((f) => f.uri === ENGAGEMENT_URI && !f.ruleId.startsWith('dca/')));
});

test('due dates: reviews by their section, the DCA term review for M8, filtered by a window', () => {
  const result = withDca((t) => t, { today: '2026-12-02' });
  assert.deepEqual(measure(result, 3).due, [
    { what: 'securityConcept.implementationReview', date: '2027-10-08', uri: ENGAGEMENT_URI },
  ]);
  assert.deepEqual(
    measure(result, 8).due.filter((d) => d.what === 'term'),
    [{ what: 'term', date: '2027-10-01', uri: DCA_URI, dca: 'DCA-2025-004-01' }],
  );
  const due = { what: 'term', date: '2027-01-01', uri: DCA_URI };
  assert.equal(isDueWithin(due, '2026-12-02', 'P30D'), true);
  assert.equal(isDueWithin(due, '2026-12-01', 'P30D'), false);
  assert.equal(isDueWithin(due, '2026-12-01', 'P1M'), true);
});

test('titles and findings in the locale of the options', () => {
  const result = clean(withoutScreening, { locale: 'de' });
  assert.equal(measure(result, 14).title, 'Notfallvorsorge beim Outsourcing');
  const [finding] = measure(result, 16).findings;
  const english = measure(clean(withoutScreening), 16).findings[0];
  assert.equal(finding.messageId, english.messageId);
  assert.notEqual(finding.message, english.message);
});

test('the service facade gives the same coverage', () => {
  const options = optionsOf({});
  const file = parsePolicyFile(ENGAGEMENT_URI, CLEAN_ENGAGEMENT, options);
  const service = createPolicyService();
  const index = service.index([file]);
  assert.deepEqual(service.coverage(file, index, options), coverageOfFile(file, index, options));
});

/** The example files of a folder, parsed. */
function exampleFiles(folder: string) {
  const options = optionsOf({});
  const dir = path.join(REPO_ROOT, 'examples', folder);
  const names = fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.yaml'))
    .sort();
  const files = names.map((n) =>
    parsePolicyFile(`examples/${folder}/${n}`, fs.readFileSync(path.join(dir, n), 'utf8'), options),
  );
  return { files, index: buildWorkspaceIndex(files), options };
}

test('examples/clean: every measure fulfilled or not-applicable', () => {
  const { files, index, options } = exampleFiles('clean');
  const report = coverageReport(files, index, options);
  assert.equal(report.engagements.length, 1);
  for (const m of report.engagements[0].measures)
    assert.ok(['fulfilled', 'not-applicable'].includes(m.status), `${m.measure}: ${m.status}`);
});

test('examples/broken: failing exactly where the check reports errors of the measure', () => {
  const { files, index, options } = exampleFiles('broken');
  const report = coverageReport(files, index, options);
  assert.deepEqual(
    report.engagements.map((e) => e.id),
    ['ENG-2026-019', 'ENG-2026-023', 'ENG-2026-011'],
  );
  const errorsByMeasure = new Map<string, number>();
  for (const file of files)
    for (const f of validateFile(file, index, options)) {
      if (f.severity !== 'error' || !f.measure) continue;
      const owner = file.uri.endsWith('.dca.yaml') ? 'ENG-2026-019' : undefined;
      const engagement = owner ?? report.engagements.find((e) => e.file === file.uri)?.id;
      const measureId = owner && f.measure !== 'OPS.3.1.M9' ? 'OPS.3.1.M8' : f.measure;
      const key = `${engagement} ${measureId}`;
      errorsByMeasure.set(key, (errorsByMeasure.get(key) ?? 0) + 1);
    }
  let failing = 0;
  for (const engagement of report.engagements)
    for (const m of engagement.measures) {
      const errors = errorsByMeasure.get(`${engagement.id} ${m.measure}`) ?? 0;
      if (m.status === 'not-applicable' || m.status === 'pending') continue;
      assert.equal(m.errors, errors, `${engagement.id} ${m.measure}`);
      assert.equal(m.status === 'failing', errors > 0, `${engagement.id} ${m.measure}`);
      if (m.status === 'failing') failing++;
    }
  assert.ok(failing >= 5, `failing measures: ${failing}`);
  assert.equal(measure(report.engagements[0], 8).status, 'failing');
});

test('the JSON has the shape of section 6', () => {
  const { files, index, options } = exampleFiles('clean');
  const json: unknown = JSON.parse(JSON.stringify(coverageReport(files, index, options)));
  const root = json as { engagements: Record<string, unknown>[] };
  assert.deepEqual(Object.keys(root), ['engagements']);
  const [engagement] = root.engagements;
  for (const [key, type] of Object.entries({
    file: 'string',
    id: 'string',
    title: 'string',
    status: 'string',
    level: 'string',
    today: 'string',
  }))
    assert.equal(typeof engagement[key], type, key);
  assert.equal(engagement.file, 'examples/clean/erp-hosting.engagement.yaml');
  const measures = engagement.measures as Record<string, unknown>[];
  assert.deepEqual(
    measures.map((m) => m.measure),
    MEASURE_IDS,
  );
  const statuses = ['fulfilled', 'partial', 'failing', 'waived', 'pending', 'not-applicable'];
  for (const m of measures) {
    assert.equal(typeof m.title, 'string');
    assert.ok(statuses.includes(m.status as string));
    assert.ok(Number.isInteger(m.errors) && Number.isInteger(m.warnings));
    assert.ok(Array.isArray(m.waivers) && Array.isArray(m.due));
    for (const due of m.due as Record<string, unknown>[]) {
      assert.equal(typeof due.what, 'string');
      assert.match(due.date as string, /^\d{4}-\d{2}-\d{2}$/);
    }
  }
});

test('level basic: measures above the basic tier are not-applicable, unless broken data fails them', () => {
  const basic = clean((t) => t, { level: 'basic' });
  assert.equal(measure(basic, 1).status, 'fulfilled');
  for (let n = 2; n <= 16; n++) assert.equal(measure(basic, n).status, 'not-applicable', `M${n}`);
  const badNotice = (text: string) =>
    replaceOnce(text, '    noticePeriod: P12M\n', '    noticePeriod: twelve months\n');
  const broken = clean(badNotice, { level: 'basic' });
  assert.equal(measure(broken, 2).status, 'failing');
  assert.equal(measure(broken, 2).errors, 1);
  assert.equal(measure(broken, 3).status, 'not-applicable');
});
