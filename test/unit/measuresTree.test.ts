/**
 * The Measures view as data (client/src/measures/model.ts): from the server's coverage result
 * to the header, the sixteen measure rows with their status words, counts and icons, and the
 * findings, waived findings, waivers and dates below a measure, each with the place it opens.
 * Also the status item's summary and the name of an exported report.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  measureTree,
  STATUS_ICONS,
  summaryDetail,
  type MeasureNode,
  type MeasureTexts,
} from '../../client/src/measures/model';
import { reportFileName } from '../../client/src/measures/reportFileName';
import { COVERAGE_STATUS_TEXTS } from '../../server/src/core/coverage/statusTexts';
import { COVERAGE_STATUSES } from '../../server/src/core/coverage/types';
import type {
  CoverageMeasureItem,
  CoverageResult,
  WireCoverageStatus,
  WireRange,
} from '../../server/src/lsp/protocol';

const ENGAGEMENT = 'file:///ws/hosting.engagement.yaml';
const DCA = 'file:///ws/depot-link.dca.yaml';

const range = (line: number, from: number, to: number): WireRange => ({
  start: { line, character: from },
  end: { line, character: to },
});

/** English words as vscode.l10n gives them without a bundle. */
const texts: MeasureTexts = {
  status: COVERAGE_STATUS_TEXTS.en,
  errors: (n) => (n === 1 ? '1 error' : `${n} errors`),
  warnings: (n) => (n === 1 ? '1 warning' : `${n} warnings`),
  fulfilledOf: (done, total) => `${done} of ${total} fulfilled`,
  statusLine: (status) => `Status: ${status}`,
  presentLine: (sections) => `Sections present: ${sections}`,
  requiredLine: (sections) => `Sections required: ${sections}`,
  none: 'none',
  wholeMeasure: 'the whole measure',
  approvedBy: (name) => `approved by ${name}`,
  expires: (date) => `expires ${date}`,
  overdue: (date) => `overdue since ${date}`,
  dueOn: (date) => `due ${date}`,
  waivedFinding: (ruleId) => `${ruleId} · waived`,
  ofDca: (id) => `DCA ${id}`,
};

function measure(n: number, status: WireCoverageStatus): CoverageMeasureItem {
  return {
    measure: `OPS.3.1.M${n}`,
    title: `Title ${n}`,
    status,
    errors: 0,
    warnings: 0,
    infos: 0,
    waivers: [],
    due: [],
    findings: [],
    waived: [],
    present: [],
    required: [],
  };
}

/** M2 failing with two errors and a warning, M3 waived, M8 with due dates; the rest fulfilled. */
function result(): CoverageResult {
  const measures = Array.from({ length: 16 }, (_, i) => measure(i + 1, 'fulfilled'));
  measures[1] = {
    ...measure(2, 'failing'),
    title: 'Contract design',
    errors: 2,
    warnings: 1,
    present: ['contract'],
    required: ['contract', 'contract.organizational'],
    findings: [
      {
        uri: ENGAGEMENT,
        range: range(40, 0, 9),
        ruleId: 'schema/required',
        severity: 'error',
        message: 'contract: organizational is missing',
      },
      {
        uri: ENGAGEMENT,
        range: range(44, 4, 12),
        ruleId: 'contract/sla-metric',
        severity: 'error',
        message: 'the SLA has no metric',
      },
      {
        uri: ENGAGEMENT,
        range: range(50, 2, 8),
        ruleId: 'contract/term',
        severity: 'warning',
        message: 'the term has no notice period',
      },
    ],
  };
  measures[2] = {
    ...measure(3, 'waived'),
    waived: [
      {
        uri: ENGAGEMENT,
        range: range(60, 2, 18),
        ruleId: 'security/concept',
        severity: 'warning',
        message: 'no security concept yet',
      },
    ],
    waivers: [
      {
        path: 'securityConcept',
        expires: '2027-03-31',
        justification: 'written during the pilot',
        approvedBy: 'nl-isb',
        uri: ENGAGEMENT,
        range: range(120, 4, 30),
      },
      { uri: ENGAGEMENT, range: range(126, 4, 20) },
    ],
  };
  measures[7] = {
    ...measure(8, 'pending'),
    due: [
      {
        what: 'review.nextReview',
        date: '2026-11-30',
        uri: DCA,
        dca: 'DCA-7',
        range: range(9, 2, 30),
      },
      { what: 'review.nextReview', date: '2027-01-15', uri: ENGAGEMENT },
    ],
  };
  measures[15] = measure(16, 'not-applicable');
  const summary = Object.fromEntries(COVERAGE_STATUSES.map((s) => [s, 0])) as Record<
    WireCoverageStatus,
    number
  >;
  for (const m of measures) summary[m.status] += 1;
  return {
    file: ENGAGEMENT,
    id: 'ENG-2026-019',
    title: 'Hosting',
    status: 'operation',
    level: 'standard',
    today: '2026-12-07',
    dcas: [{ id: 'DCA-7', uri: DCA }],
    measures,
    summary,
  };
}

const row = (node: MeasureNode) =>
  [node.label, node.description ?? '', node.icon.id, node.icon.color ?? ''].join(' | ');

test('the header names the engagement and how many of the sixteen are fulfilled', () => {
  const [header, ...measures] = measureTree(result(), texts);
  assert.equal(header.kind, 'engagement');
  assert.equal(header.label, 'ENG-2026-019');
  assert.equal(header.description, '12 of 16 fulfilled');
  assert.deepEqual(header.target, { uri: ENGAGEMENT });
  assert.equal(measures.length, 16);
  assert.deepEqual(
    measures.map((m) => m.measure),
    Array.from({ length: 16 }, (_, i) => `OPS.3.1.M${i + 1}`),
  );
});

test('an engagement without an id is named after its file', () => {
  const withoutId: CoverageResult = { ...result(), id: undefined };
  assert.equal(measureTree(withoutId, texts)[0].label, 'hosting.engagement.yaml');
});

test('each measure row: id and title, status word and counts, the status icon', () => {
  const rows = measureTree(result(), texts).slice(1);
  assert.equal(
    row(rows[1]),
    'OPS.3.1.M2 Contract design | failing · 2 errors · 1 warning | error | problemsErrorIcon.foreground',
  );
  assert.equal(row(rows[2]), 'OPS.3.1.M3 Title 3 | waived | shield | charts.blue');
  assert.equal(row(rows[7]), 'OPS.3.1.M8 Title 8 | pending | clock | ');
  assert.equal(
    row(rows[15]),
    'OPS.3.1.M16 Title 16 | not applicable | circle-slash | disabledForeground',
  );
  assert.equal(row(rows[0]), 'OPS.3.1.M1 Title 1 | fulfilled | pass | testing.iconPassed');
  assert.equal(
    rows[1].tooltip,
    [
      'OPS.3.1.M2 Contract design',
      'Status: failing · 2 errors · 1 warning',
      'Sections present: contract',
      'Sections required: contract, contract.organizational',
    ].join('\n'),
  );
  assert.match(rows[0].tooltip ?? '', /Sections present: none\nSections required: none$/);
  assert.equal(rows[0].children.length, 0, 'a fulfilled measure without waivers has no children');
});

test('every status has its own icon', () => {
  const ids = COVERAGE_STATUSES.map((status) => STATUS_ICONS[status].id);
  assert.deepEqual(ids, ['circle-slash', 'clock', 'error', 'warning', 'shield', 'pass']);
});

test('a failing measure expands to its findings, each opening its range', () => {
  const m2 = measureTree(result(), texts)[2];
  assert.deepEqual(m2.children.map(row), [
    'contract: organizational is missing | schema/required | error | problemsErrorIcon.foreground',
    'the SLA has no metric | contract/sla-metric | error | problemsErrorIcon.foreground',
    'the term has no notice period | contract/term | warning | problemsWarningIcon.foreground',
  ]);
  assert.deepEqual(m2.children[1].target, { uri: ENGAGEMENT, range: range(44, 4, 12) });
  assert.equal(new Set(m2.children.map((c) => c.id)).size, 3, 'the ids differ');
});

test('a waived measure lists the waived finding and the waivers with approver and expiry', () => {
  const m3 = measureTree(result(), texts)[3];
  assert.deepEqual(
    m3.children.map((c) => `${c.kind}: ${row(c)}`),
    [
      'finding: no security concept yet | security/concept · waived | shield | charts.blue',
      'waiver: securityConcept | approved by nl-isb · expires 2027-03-31 | shield | charts.blue',
      'waiver: the whole measure |  | shield | charts.blue',
    ],
  );
  const waiver = m3.children[1];
  assert.equal(
    waiver.tooltip,
    'securityConcept\nwritten during the pilot\napproved by nl-isb\nexpires 2027-03-31',
  );
  assert.deepEqual(waiver.target, { uri: ENGAGEMENT, range: range(120, 4, 30) });
});

test('dates before today are marked overdue, those of a DCA name it', () => {
  const m8 = measureTree(result(), texts)[8];
  assert.deepEqual(m8.children.map(row), [
    'review.nextReview | overdue since 2026-11-30 · DCA DCA-7 | calendar | problemsErrorIcon.foreground',
    'review.nextReview | due 2027-01-15 | calendar | ',
  ]);
  assert.deepEqual(m8.children[0].target, { uri: DCA, range: range(9, 2, 30) });
  assert.deepEqual(m8.children[1].target, { uri: ENGAGEMENT }, 'no range: the file opens');
});

test('ids are stable across refreshes and unique in the tree', () => {
  const ids = (nodes: MeasureNode[]): string[] =>
    nodes.flatMap((node) => [node.id, ...ids(node.children)]);
  const first = ids(measureTree(result(), texts));
  assert.deepEqual(ids(measureTree(result(), texts)), first);
  assert.equal(new Set(first).size, first.length);
  assert.ok(first.includes(`${ENGAGEMENT}#OPS.3.1.M2`));
});

test('German status words come from the one table', () => {
  const german = { ...texts, status: COVERAGE_STATUS_TEXTS.de };
  const rows = measureTree(result(), german).slice(1);
  assert.equal(rows[1].description, 'nicht erfüllt · 2 errors · 1 warning');
  assert.equal(rows[15].description, 'entbehrlich');
});

test('the status item summary lists what is not fulfilled, status by status', () => {
  const { summary } = result();
  assert.equal(
    summaryDetail(summary, COVERAGE_STATUS_TEXTS.en),
    '1 failing · 1 waived · 1 pending · 1 not applicable',
  );
  assert.equal(
    summaryDetail(summary, COVERAGE_STATUS_TEXTS.de),
    '1 nicht erfüllt · 1 begründet abgewichen · 1 noch nicht fällig · 1 entbehrlich',
  );
  const allDone = {
    ...summary,
    failing: 0,
    waived: 0,
    pending: 0,
    'not-applicable': 0,
    fulfilled: 16,
  };
  assert.equal(summaryDetail(allDone, COVERAGE_STATUS_TEXTS.en), '');
});

test('the exported report is named after the engagement id, next to the engagement', () => {
  assert.equal(reportFileName(ENGAGEMENT, 'ENG-2026-019', 'html'), 'ENG-2026-019.coverage.html');
  assert.equal(reportFileName(ENGAGEMENT, 'ENG-2026-019', 'markdown'), 'ENG-2026-019.coverage.md');
  assert.equal(reportFileName(ENGAGEMENT, undefined, 'html'), 'hosting.coverage.html');
  assert.equal(reportFileName(ENGAGEMENT, '../x/ENG:1', 'markdown'), '.._x_ENG_1.coverage.md');
});
