import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePolicyFile, defaultOptions } from '../../server/src/core';
import { check, expectFinding, TODAY, yaml } from '../support/harness';

const HEADER = yaml`
  apiVersion: outsourcing-policy/v1
  kind: Engagement
  metadata: {id: ENG-1, title: t, version: "1", status: planning}
`;

test('a syntax error is reported at the opening quote, and the rest of the document is checked', () => {
  const text = `${HEADER}tenancy: ⟦"unterminated⟧\nroughConcept: {rules: [x]}\n`;
  expectFinding(text, {
    ruleId: 'yaml/syntax',
    measure: null,
    severity: 'error',
    message: 'the closing " is missing',
  });
  const findings = check(text);
  assert.equal(findings.filter((f) => f.ruleId === 'yaml/syntax').length, 1);
  assert.ok(
    findings.some(
      (f) =>
        f.ruleId === 'schema/required' && f.path?.join('.') === 'roughConcept.interactionProcesses',
    ),
    'the section after the error is still checked',
  );
  assert.ok(
    !findings.some((f) => f.path?.[0] === 'tenancy'),
    'nothing is said about the broken value',
  );
});

test('a duplicate key is reported on the second key, and the document is still checked', () => {
  const text = `${HEADER}tenancy: {model: dedicated}\n⟦tenancy⟧: {model: multi-tenant}\n`;
  expectFinding(text, { ruleId: 'yaml/duplicate-key', measure: null, severity: 'error' });
  assert.ok(check(text).some((f) => f.ruleId === 'schema/required'));
});

test('an alias bomb stops at the cap with yaml/alias-limit', () => {
  const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 8; i++) {
    const prev = String.fromCharCode(96 + i);
    const name = String.fromCharCode(97 + i);
    levels.push(
      `${name}: &${name} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]`,
    );
  }
  const text = `${HEADER}bomb:\n${levels.map((l) => `  ${l}`).join('\n')}\n`;
  const findings = check(text);
  assert.deepEqual(
    findings.map((f) => f.ruleId),
    ['yaml/alias-limit'],
  );
  assert.equal(text.slice(findings[0].start, findings[0].end), '*a');
});

test('several documents in one file are validated each on its own', () => {
  const text = `${HEADER}---\napiVersion: outsourcing-policy/v1\nkind: Engagement\nmetadata: {id: ENG-2, title: t, version: "1", status: ⟦planing⟧}\n`;
  expectFinding(text, {
    ruleId: 'schema/enum',
    measure: 'OPS.3.1.M1',
    severity: 'error',
    message: 'did you mean planning?',
  });
  const file = parsePolicyFile(
    'x.engagement.yaml',
    text.replace(/[⟦⟧]/g, ''),
    defaultOptions(TODAY),
  );
  assert.deepEqual(
    file.documents.map((d) => d.id),
    ['ENG-1', 'ENG-2'],
  );
});

test('YAML 1.2 core schema: dates and yes/no stay strings', () => {
  const file = parsePolicyFile(
    'x.engagement.yaml',
    `${HEADER}x: 2024-01-10\ny: NO\nz: yes\n`,
    defaultOptions(TODAY),
  );
  const value = file.documents[0].value as Record<string, unknown>;
  assert.equal(value.x, '2024-01-10');
  assert.equal(value.y, 'NO');
  assert.equal(value.z, 'yes');
});

test('a policy file name without the header gets document/missing-api-version on the first key', () => {
  expectFinding(
    `⟦kind⟧: Engagement\nmetadata: {id: ENG-1, title: t, version: "1", status: planning}\n`,
    {
      ruleId: 'document/missing-api-version',
      measure: null,
      severity: 'error',
    },
  );
});

test('a wrong apiVersion value is reported on the value', () => {
  expectFinding(`apiVersion: ⟦outsourcing-policy/v2⟧\nkind: Engagement\n`, {
    ruleId: 'document/missing-api-version',
    measure: null,
    severity: 'error',
    message: 'apiVersion is "outsourcing-policy/v2"',
  });
});

test('an empty policy file gets the header finding at the start', () => {
  const findings = check('');
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.start, f.end]),
    [['document/missing-api-version', 0, 0]],
  );
});

test('an unknown kind suggests the closest', () => {
  expectFinding(`apiVersion: outsourcing-policy/v1\nkind: ⟦Engagment⟧\n`, {
    ruleId: 'document/unknown-kind',
    measure: null,
    severity: 'error',
    message: 'did you mean Engagement?',
  });
});

test('a document that is a list, not a mapping, is a type error on its first item', () => {
  const findings = check('- a\n- b\n', { uri: 'x.dca.yaml' });
  assert.ok(findings.some((f) => f.ruleId === 'document/missing-api-version'));
});

test('other YAML files are not policy documents and get no findings', () => {
  assert.deepEqual(check('just: yaml\n', { uri: 'config.yaml' }), []);
});

test('binary content and oversized files are guarded before parsing', () => {
  assert.deepEqual(
    check('abc\u0000def').map((f) => [f.ruleId, f.start, f.end]),
    [['document/binary', 3, 4]],
  );
  const options = { ...defaultOptions(TODAY), maxDocumentSize: 10 };
  const file = parsePolicyFile('x.engagement.yaml', `${HEADER}`, options);
  assert.deepEqual(
    file.findings.map((f) => [f.ruleId, f.severity]),
    [['document/too-large', 'info']],
  );
});

test('a value YAML reads as a number where text belongs asks for quotes', () => {
  expectFinding(
    `apiVersion: outsourcing-policy/v1\nkind: Engagement\nmetadata: {id: ENG-1, title: t, version: ⟦1.0⟧, status: planning}\n`,
    {
      ruleId: 'schema/type',
      measure: 'OPS.3.1.M1',
      severity: 'error',
      message: 'put it in quotes',
    },
  );
});

test('an unknown key is a warning on the key with a did-you-mean', () => {
  expectFinding(`${HEADER}⟦tennancy⟧: {}\n`, {
    ruleId: 'schema/unknown-key',
    measure: 'OPS.3.1.M10',
    severity: 'warning',
    message: 'tennancy is not a known key of the top level; did you mean tenancy? (OPS.3.1.M10)',
  });
});

test('a wrong duration is a format error on the value, whatever the obligation', () => {
  expectFinding(
    `${HEADER}contract:\n  term: {start: 2024-01-01, minimumTerm: ⟦30min⟧, noticePeriod: P3M}\n`,
    {
      ruleId: 'schema/format',
      measure: 'OPS.3.1.M2',
      severity: 'error',
      message: 'ISO 8601 duration',
    },
  );
});

test('an impossible date is a format error', () => {
  expectFinding(
    `${HEADER}contract:\n  term: {start: ⟦2024-02-30⟧, minimumTerm: P1Y, noticePeriod: P3M}\n`,
    {
      ruleId: 'schema/format',
      measure: 'OPS.3.1.M2',
      severity: 'error',
    },
  );
});

test('a document with our apiVersion but no kind is told to add one, whatever the file name', () => {
  expectFinding(
    `⟦apiVersion⟧: outsourcing-policy/v1\nmetadata: {id: X-1}\n`,
    {
      ruleId: 'schema/required',
      measure: null,
      severity: 'error',
      message: 'kind is missing',
    },
    { uri: 'policy.yaml' },
  );
});
