import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { CodeAction, TextEdit } from 'vscode-languageserver-types';
import {
  buildWorkspaceIndex,
  defaultOptions,
  LineIndex,
  validateTexts,
  type Finding,
} from '../../../server/src/core';
import type { FeatureContext } from '../../../server/src/core/features/context';
import {
  codeActions,
  fixAll,
  FIX_ALL_KIND,
  toActionable,
} from '../../../server/src/core/features/codeActions';
import {
  normaliseDate,
  normaliseDuration,
} from '../../../server/src/core/features/codeActions/normalise';
import { formatPath } from '../../../server/src/core/schema/lookup';
import { TODAY, yaml } from '../../support/harness';

const FIXTURES = join(__dirname, '../../../../test/fixtures/code-actions');

// ---- helpers ------------------------------------------------------------------------------

interface Checked {
  ctx: FeatureContext;
  findings: Finding[];
}

function checkText(uri: string, text: string): Checked {
  const options = defaultOptions(TODAY);
  const [result] = validateTexts([{ uri, text }], options);
  const ctx = { file: result.file, index: buildWorkspaceIndex([result.file]), options };
  return { ctx, findings: result.findings };
}

/** A finding as the language server hands it back to codeActions. */
const actionable = toActionable;

function actionsFor(checked: Checked, finding: Finding): CodeAction[] {
  return codeActions(checked.ctx, { start: finding.start, end: finding.end }, [
    actionable(finding),
  ]);
}

/** Applies LSP text edits to `text` (all ranges refer to the original text, as in LSP). */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const spans = edits
    .map((edit) => ({
      start: lines.offsetAt(edit.range.start),
      end: lines.offsetAt(edit.range.end),
      newText: edit.newText,
    }))
    .sort((a, b) => b.start - a.start);
  spans.forEach((span, i) => {
    const later = spans[i - 1];
    assert.ok(!later || span.end <= later.start, 'edits must not overlap');
  });
  return spans.reduce((out, s) => out.slice(0, s.start) + s.newText + out.slice(s.end), text);
}

function applyAction(uri: string, text: string, action: CodeAction): string {
  const edits = action.edit?.changes?.[uri];
  assert.ok(edits && edits.length > 0, `${action.title} has no edits for ${uri}`);
  return applyEdits(text, edits);
}

function findingKey(finding: Finding): string {
  return `${finding.ruleId} ${formatPath(finding.path ?? [])} ${finding.message}`;
}

function errorKeys(findings: readonly Finding[]): Set<string> {
  return new Set(findings.filter((f) => f.severity === 'error').map(findingKey));
}

/** The fixed text adds no error that the original did not have. */
function assertNoNewErrors(before: readonly Finding[], after: readonly Finding[]): void {
  const old = errorKeys(before);
  assert.deepEqual(
    [...errorKeys(after)].filter((key) => !old.has(key)),
    [],
    'new errors',
  );
}

// ---- golden fixtures ----------------------------------------------------------------------

type Directive =
  { fixAll: false; ruleId: string; path: string | undefined; title: string } | { fixAll: true };

/** `# fix: schema/enum "Replace with dedicated"`, `# fix: rule@dotted.path "Title"` or `# fix-all`. */
function directiveOf(text: string): Directive {
  const firstLine = text.split(/\r?\n/, 1)[0];
  if (firstLine.trim() === '# fix-all') return { fixAll: true };
  const match = /^# fix: ([\w/-]+)(?:@(\S+))? "(.+)"$/.exec(firstLine);
  assert.ok(match, `unreadable directive: ${firstLine}`);
  return { fixAll: false, ruleId: match[1], path: match[2], title: match[3] };
}

const fixtureNames = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.yaml') && !name.endsWith('.golden.yaml'))
  .map((name) => name.slice(0, -'.yaml'.length))
  .sort();

test('there are golden fixtures for every kind of fix', () => {
  assert.ok(fixtureNames.length >= 12, `only ${fixtureNames.length} fixtures`);
  const rules = fixtureNames.map(
    (name) => readFileSync(join(FIXTURES, `${name}.yaml`), 'utf8').split(/\r?\n/, 1)[0],
  );
  for (const rule of [
    'schema/required',
    'schema/enum',
    'schema/unknown-key',
    'reference/unresolved',
    'document/unknown-kind',
    'schema/type',
    'schema/format',
    'schema/must-be-true',
    'document/missing-api-version',
    'yaml/syntax',
    'fix-all',
  ])
    assert.ok(
      rules.some((line) => line.includes(rule)),
      `no fixture for ${rule}`,
    );
});

function runSingleFix(name: string, checked: Checked, directive: Directive & { fixAll: false }) {
  const candidates = checked.findings.filter(
    (f) =>
      f.ruleId === directive.ruleId &&
      (directive.path === undefined || formatPath(f.path ?? []) === directive.path),
  );
  assert.ok(candidates.length > 0, `${name}: no ${directive.ruleId} finding`);
  for (const finding of candidates) {
    const action = actionsFor(checked, finding).find((a) => a.title === directive.title);
    if (action) return { finding, action };
  }
  const offered = candidates.flatMap((f) => actionsFor(checked, f).map((a) => a.title));
  assert.fail(`${name}: no action "${directive.title}"; offered: ${offered.join(' | ')}`);
}

for (const name of fixtureNames) {
  test(`golden: ${name}`, () => {
    const input = readFileSync(join(FIXTURES, `${name}.yaml`), 'utf8');
    const golden = readFileSync(join(FIXTURES, `${name}.golden.yaml`), 'utf8');
    const uri = `file:///fixtures/${name}.yaml`;
    const checked = checkText(uri, input);
    const directive = directiveOf(input);
    let fixed: string;
    let gone: Finding[];
    if (directive.fixAll) {
      const action = fixAll(checked.ctx, checked.findings);
      assert.ok(action, 'fix-all offers nothing');
      assert.equal(action.kind, FIX_ALL_KIND);
      fixed = applyAction(uri, input, action);
      gone = checked.findings.filter(
        (f) => f.ruleId !== 'schema/must-be-true' && f.severity === 'error',
      );
    } else {
      const { finding, action } = runSingleFix(name, checked, directive);
      assert.equal(action.kind, 'quickfix');
      assert.deepEqual(action.diagnostics, []);
      fixed = applyAction(uri, input, action);
      gone = [finding];
    }
    assert.equal(fixed, golden);
    const after = checkText(uri, fixed).findings;
    const remaining = new Set(after.map(findingKey));
    for (const finding of gone)
      assert.ok(!remaining.has(findingKey(finding)), `still there: ${finding.message}`);
    assertNoNewErrors(checked.findings, after);
  });
}

test('a CRLF file gets CRLF line breaks in inserted lines', () => {
  const golden = readFileSync(join(FIXTURES, 'required-list-crlf.engagement.golden.yaml'), 'utf8');
  assert.ok(golden.includes('\r\n') && !/[^\r]\n/.test(golden));
});

// ---- single fixes, inline -----------------------------------------------------------------

const ENGAGEMENT = yaml`
  apiVersion: outsourcing-policy/v1
  kind: Engagement
  metadata: {id: ENG-1, title: Test, version: "1", status: planning}
  parties:
    provider: {id: prov, name: Provider GmbH, country: DE}
    customer: {id: cust, name: Customer AG, country: DE}
  contacts:
    - {id: lead, party: prov, role: technical, name: Petra Lang, email: lead@provider.example}
  protectionNeeds: {confidentiality: normal, integrity: normal, availability: normal}
  tenancy:
    model: dedicatd
    isolation: {noCrossCustomerImpact: true, noCrossCustomerDataAccess: true}
`;

function only(findings: Finding[], ruleId: string, path?: string): Finding {
  const found = findings.filter(
    (f) => f.ruleId === ruleId && (path === undefined || formatPath(f.path ?? []) === path),
  );
  assert.equal(
    found.length,
    1,
    `${ruleId} ${path ?? ''}: ${found.map((f) => f.message).join('\n')}`,
  );
  return found[0];
}

test('a did-you-mean fix replaces exactly the value and is preferred', () => {
  const checked = checkText('file:///a.engagement.yaml', ENGAGEMENT);
  const [action] = actionsFor(checked, only(checked.findings, 'schema/enum'));
  assert.equal(action.title, 'Replace with dedicated');
  assert.equal(action.isPreferred, true);
  assert.deepEqual(action.edit?.changes?.['file:///a.engagement.yaml'], [
    {
      range: { start: { line: 10, character: 9 }, end: { line: 10, character: 17 } },
      newText: 'dedicated',
    },
  ]);
});

test('diagnostics outside the requested range get no actions', () => {
  const checked = checkText('file:///a.engagement.yaml', ENGAGEMENT);
  const finding = only(checked.findings, 'schema/enum');
  assert.deepEqual(codeActions(checked.ctx, { start: 0, end: 5 }, [actionable(finding)]), []);
});

test('a stale diagnostic whose span no longer matches the value gets no fix', () => {
  const checked = checkText('file:///a.engagement.yaml', ENGAGEMENT);
  const finding = only(checked.findings, 'schema/enum');
  const stale = { ...finding, start: finding.start + 1 };
  assert.deepEqual(actionsFor(checked, stale), []);
});

test('an unresolved reference without a suggestion gets no fix', () => {
  const text = ENGAGEMENT.replace('party: prov,', 'party: somebody-else,');
  const checked = checkText('file:///a.engagement.yaml', text);
  assert.deepEqual(actionsFor(checked, only(checked.findings, 'reference/unresolved')), []);
});

test('an unknown key is not renamed to a key the mapping already has', () => {
  const text = ENGAGEMENT.replace('model: dedicatd', 'model: dedicated\n  modle: dedicated');
  const checked = checkText('file:///a.engagement.yaml', text);
  assert.deepEqual(actionsFor(checked, only(checked.findings, 'schema/unknown-key')), []);
});

test('a list that lacks a value (no missing key) gets no insertion; an error gets no waiver', () => {
  const text = `${ENGAGEMENT}roughConcept:\n  governance:\n    interfaces: [emergency-management]\n`;
  const checked = checkText('file:///a.engagement.yaml', text);
  const finding = only(checked.findings, 'schema/required', 'roughConcept.governance.interfaces');
  assert.equal(finding.severity, 'error');
  assert.deepEqual(actionsFor(checked, finding), []);
});

test('placeholders follow the type of the missing field', () => {
  const text = `${ENGAGEMENT}securityConcept:\n  implementationReview: {lastReviewed: 2026-01-10}\n  interfaces: [portal]\n`;
  const checked = checkText('file:///a.engagement.yaml', text);
  const titles = (path: string) =>
    actionsFor(checked, only(checked.findings, 'schema/required', path)).map((a) => a.title);
  assert.deepEqual(titles('securityConcept.lastUpdated'), ['Add lastUpdated: 2026-11-27']);
  assert.deepEqual(titles('securityConcept.evidenceOnRequest'), ['Add evidenceOnRequest: true']);
  assert.deepEqual(titles('securityConcept.id'), ['Add id: to-be-defined']);
  assert.deepEqual(titles('securityConcept.implementationReview.interval'), [
    'Add interval: P1Y',
    'Add a waiver for OPS.3.1.M3',
  ]);
});

test('the inserted key goes into a flow mapping in flow style', () => {
  const text = `${ENGAGEMENT}securityConcept:\n  implementationReview: {lastReviewed: 2026-01-10}\n`;
  const checked = checkText('file:///a.engagement.yaml', text);
  const finding = only(
    checked.findings,
    'schema/required',
    'securityConcept.implementationReview.interval',
  );
  const fixed = applyAction('file:///a.engagement.yaml', text, actionsFor(checked, finding)[0]);
  assert.ok(fixed.endsWith('  implementationReview: {lastReviewed: 2026-01-10, interval: P1Y}\n'));
});

test('must-be-true is only offered where the schema demands true, and never preferred', () => {
  const text = ENGAGEMENT.replace('noCrossCustomerImpact: true', 'noCrossCustomerImpact: false');
  const checked = checkText('file:///a.engagement.yaml', text);
  const [action] = actionsFor(checked, only(checked.findings, 'schema/must-be-true'));
  assert.equal(action.title, 'Set to true (confirm this is really the case)');
  assert.equal(action.isPreferred, false);
});

test('errors are not waivable; warnings of a measure are, approved by the first contact', () => {
  const checked = checkText('file:///a.engagement.yaml', ENGAGEMENT);
  const error = only(checked.findings, 'schema/required', 'roughConcept');
  assert.ok(!actionsFor(checked, error).some((a) => a.title.startsWith('Add a waiver')));
  const text = `${ENGAGEMENT.replace('model: dedicatd', 'model: dedicated')}securityConcept:\n  id: SC-1\n`;
  const withWarning = checkText('file:///a.engagement.yaml', text);
  const warning = only(withWarning.findings, 'schema/required', 'securityConcept.interfaces');
  const waiver = actionsFor(withWarning, warning).find(
    (a) => a.title === 'Add a waiver for OPS.3.1.M3',
  );
  assert.ok(waiver);
  const fixed = applyAction('file:///a.engagement.yaml', text, waiver);
  assert.ok(
    fixed.endsWith(
      'waivers:\n  - measure: OPS.3.1.M3\n    path: securityConcept.interfaces\n' +
        '    justification: explain why this recommendation is not implemented\n' +
        '    approvedBy: lead\n    date: 2026-11-27\n',
    ),
    fixed,
  );
});

test('a missing section offers its clause snippet next to the placeholders', () => {
  const text = ENGAGEMENT.replace('status: planning', 'status: negotiation');
  const checked = checkText('file:///a.engagement.yaml', text);
  const titles = actionsFor(checked, only(checked.findings, 'schema/required', 'termination')).map(
    (a) => a.title,
  );
  assert.deepEqual(titles, [
    'Add termination with placeholders',
    'Insert Orderly termination clause',
  ]);
});

test('an empty policy file gets the header', () => {
  const checked = checkText('file:///new.dca.yaml', '');
  const finding = only(checked.findings, 'document/missing-api-version');
  const [action] = actionsFor(checked, finding);
  assert.equal(
    applyAction('file:///new.dca.yaml', '', action),
    'apiVersion: outsourcing-policy/v1\nkind: DataConnectionAgreement\n',
  );
});

test('fix-all leaves out fixes that need a decision and returns null when nothing is safe', () => {
  const text = ENGAGEMENT.replace('model: dedicatd', 'model: dedicated').replace(
    'noCrossCustomerImpact: true',
    'noCrossCustomerImpact: false',
  );
  const checked = checkText('file:///a.engagement.yaml', text);
  assert.ok(checked.findings.some((f) => f.ruleId === 'schema/must-be-true'));
  assert.equal(fixAll(checked.ctx, checked.findings), null);
});

test('fix-all applies each edit once even when two findings propose the same one', () => {
  const checked = checkText('file:///a.engagement.yaml', ENGAGEMENT);
  const finding = only(checked.findings, 'schema/enum');
  const action = fixAll(checked.ctx, [finding, finding]);
  assert.equal(action?.edit?.changes?.['file:///a.engagement.yaml']?.length, 1);
});

// ---- normalisation tables -----------------------------------------------------------------

test('durations in common spellings become ISO 8601', () => {
  const cases: [string, string | undefined][] = [
    ['4h', 'PT4H'],
    ['4 hours', 'PT4H'],
    ['30min', 'PT30M'],
    ['30m', 'PT30M'],
    ['90s', 'PT90S'],
    ['2d', 'P2D'],
    ['2 days', 'P2D'],
    ['2w', 'P2W'],
    ['3 months', 'P3M'],
    ['1y', 'P1Y'],
    ['1 year', 'P1Y'],
    ['1,5h', 'PT1.5H'],
    ['pt4h', 'PT4H'],
    ['soon', undefined],
    ['4 fortnights', undefined],
  ];
  for (const [input, expected] of cases) assert.equal(normaliseDuration(input), expected, input);
});

test('dates in common spellings become YYYY-MM-DD, only when they exist', () => {
  const cases: [string, string | undefined][] = [
    ['10.01.2024', '2024-01-10'],
    ['1.2.2024', '2024-02-01'],
    ['2024/01/10', '2024-01-10'],
    ['2024/1/9', '2024-01-09'],
    ['31.02.2024', undefined],
    ['01/10/2024', undefined],
  ];
  for (const [input, expected] of cases) assert.equal(normaliseDate(input), expected, input);
});
