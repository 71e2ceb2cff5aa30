/**
 * YAML syntax errors: one plain-words finding per problem, on the problem, and the rest of the
 * document still checked and indexed (a broken engagement keeps its data connection agreements).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateTexts, type Finding } from '../../server/src/core';
import { check, expectFinding, markedSpan, TODAY, yaml } from '../support/harness';

const HEADER = yaml`
  apiVersion: outsourcing-policy/v1
  kind: Engagement
  metadata: {id: ENG-1, title: t, version: "1", status: planning}
`;

const TENANCY_TYPO =
  'tenancy:\n  model: ⟦dedicatd⟧\n  isolation: {noCrossCustomerImpact: true, noCrossCustomerDataAccess: true}\n';

const DCA = yaml`
  apiVersion: outsourcing-policy/v1
  kind: DataConnectionAgreement
  metadata: {id: DCA-1, title: t, version: "1", engagementRef: ENG-1}
`;

function syntaxFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.ruleId === 'yaml/syntax');
}

/** The tenancy typo (marked in `text`) is still reported, on its value. */
function expectTenancyTypo(text: string): void {
  expectFinding(text, { ruleId: 'schema/enum', measure: 'OPS.3.1.M10', severity: 'error' });
}

test('an alias whose anchor does not exist is a syntax error on the alias, not an alias bomb', () => {
  const text = `${HEADER}parties: ⟦*nope⟧\n`;
  const found = expectFinding(text, { ruleId: 'yaml/syntax', measure: null, severity: 'error' });
  assert.equal(found.message, 'the alias *nope names no anchor defined before it in this document');
  const findings = check(text);
  assert.ok(!findings.some((f) => f.ruleId === 'yaml/alias-limit'));
  assert.ok(!findings.some((f) => f.path?.[0] === 'parties'), 'nothing more about parties');
});

test('after an unknown alias the rest of the document is still checked', () => {
  expectTenancyTypo(`${HEADER}parties: *nope\n${TENANCY_TYPO}`);
});

test('an alias to an anchor of another document in the file is unknown; both documents are kept', () => {
  const engagement = `${HEADER}protectionNeeds: &needs {confidentiality: normal, integrity: normal, availability: normal}\ndataConnectionAgreements: [DCA-1]\n`;
  const text = `${engagement}---\n${DCA}protectionNeeds: ⟦*needs⟧\n`;
  expectFinding(text, {
    ruleId: 'yaml/syntax',
    measure: null,
    severity: 'error',
    message: 'the alias *needs names no anchor',
  });
  const findings = check(text);
  assert.deepEqual(
    findings.filter((f) => f.ruleId === 'engagement/dca-missing').map((f) => f.message),
    [],
  );
  assert.ok(!findings.some((f) => f.ruleId === 'yaml/alias-limit'));
});

/** An engagement whose termination section has a badly indented key. */
const LATE_ERROR = yaml`
  dataConnectionAgreements: [DCA-1]
  termination:
    propertyRights: the customer keeps everything
   toolReuse: allowed
`;

test('a syntax error in a late section is reported once, on its line', () => {
  const text = HEADER + TENANCY_TYPO.replace(/[⟦⟧]/g, '') + LATE_ERROR;
  const syntax = syntaxFindings(check(text));
  assert.equal(syntax.length, 1, syntax.map((f) => f.message).join('\n'));
  assert.equal(text.slice(syntax[0].start, syntax[0].end).trim(), '');
  assert.equal(text.slice(0, syntax[0].start).split('\n').length, text.split('\n').length - 1);
  assert.equal(syntax[0].message, 'this key is not in line with the other keys of its mapping');
});

test('an engagement with a syntax error still gets the findings of its other sections', () => {
  expectTenancyTypo(HEADER + TENANCY_TYPO + LATE_ERROR);
});

test('an engagement with a syntax error stays in the workspace: its DCA finds it and it finds its DCA', () => {
  const engagement = HEADER + TENANCY_TYPO.replace(/[⟦⟧]/g, '') + LATE_ERROR;
  const results = validateTexts(
    [
      { uri: 'a.engagement.yaml', text: engagement },
      { uri: 'a.dca.yaml', text: DCA },
    ],
    { level: 'standard', today: TODAY, maxDocumentSize: 1e6 },
  );
  for (const result of results)
    assert.deepEqual(
      result.findings.filter((f) => f.ruleId === 'engagement/dca-missing').map((f) => f.message),
      [],
      result.file.uri,
    );
});

const TAB_LINE = '\tnoCrossCustomerDataAccess: true';

test('a tab in the indentation is one finding on the tab, in plain words', () => {
  const text = `${HEADER}tenancy:\n  model: dedicated\n  isolation:\n    noCrossCustomerImpact: true\n⟦\t  ⟧noCrossCustomerDataAccess: true\nroughConcept: {rules: [x]}\n`;
  const found = expectFinding(text, { ruleId: 'yaml/syntax', measure: null, severity: 'error' });
  assert.equal(found.message, 'a tab is used for indentation; YAML indents with spaces only');
  assert.equal(found.data?.suggestion, '    ');
  const findings = check(text);
  assert.equal(syntaxFindings(findings).length, 1);
  assert.ok(!findings.some((f) => f.path?.[0] === 'tenancy'), 'nothing more about tenancy');
  assert.ok(
    findings.some((f) => f.path?.join('.') === 'roughConcept.interactionProcesses'),
    'the next section is still checked',
  );
});

test('a tab as the whole indentation of a key is one finding; valid lines get none', () => {
  const text = `${HEADER}metadata2:\n  a: 1\n${TAB_LINE}\n  b: 2\n  c: 3\n`;
  const syntax = syntaxFindings(check(text));
  assert.equal(syntax.length, 1, syntax.map((f) => f.message).join('\n'));
  assert.equal(text.slice(syntax[0].start, syntax[0].end), '\t');
});

test('every tab gets its own finding', () => {
  const text = `${HEADER}tenancy:\n\tmodel: dedicated\n\tisolation: {}\n`;
  const syntax = syntaxFindings(check(text));
  assert.deepEqual(
    syntax.map((f) => [text.slice(f.start, f.end), f.message]),
    [
      ['\t', 'a tab is used for indentation; YAML indents with spaces only'],
      ['\t', 'a tab is used for indentation; YAML indents with spaces only'],
    ],
  );
});

test('common parser errors are told in plain words, short, on the problem', () => {
  const cases: [string, string][] = [
    [`${HEADER}⟦tenancy⟧\n`, 'a key without a colon: write it as key: value'],
    [`${HEADER}⟦tenancy⟧\nroughConcept: {}\n`, 'a key runs over more than one line'],
    [`${HEADER}tenancy: ⟦{model: dedicated⟧\nroughConcept: {}\n`, 'a { or [ is not closed'],
    [`${HEADER}tenancy: ⟦@x⟧\n`, 'a value cannot start with @; put the value in quotes'],
    [`${HEADER}tenancy: "a⟦\\q⟧"\n`, 'an unknown \\ escape in double quotes'],
  ];
  for (const [text, message] of cases) {
    const span = markedSpan(text);
    const syntax = syntaxFindings(check(text));
    assert.equal(syntax.length, 1, `${text}: ${syntax.map((f) => f.message).join(' | ')}`);
    assert.ok(syntax[0].message.startsWith(message), syntax[0].message);
    assert.ok(syntax[0].message.length < 100, syntax[0].message);
    assert.ok(!/YAML syntax error/.test(syntax[0].message));
    assert.equal(
      syntax[0].start,
      span.start,
      `${message}: ${JSON.stringify(text.slice(syntax[0].start))}`,
    );
  }
});
