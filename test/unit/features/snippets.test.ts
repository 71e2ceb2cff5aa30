import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateTexts, type Finding } from '../../../server/src/core';
import {
  CLAUSE_SNIPPETS,
  expandPlaceholders,
  snippetText,
  snippetsForScope,
  type ClauseSnippet,
} from '../../../server/src/core/features/snippets';
import { TODAY } from '../../support/harness';

const REQUIRED_IDS = [
  'engagement',
  'dca',
  'contract-nda',
  'contract-emergency',
  'contract-further-relocation',
  'contract-client-capability',
  'contract-change-and-testing',
  'contract-audits',
  'client-concept',
  'data-exchange',
  'emergency-preparedness',
  'termination',
  'personnel-screening',
  'waiver',
];

/** The findings the brief rules out for the fields a snippet covers. */
const DATA_RULES = new Set([
  'schema/required',
  'schema/type',
  'schema/enum',
  'schema/format',
  'schema/must-be-true',
  'schema/unknown-key',
  'reference/unresolved',
]);

function snippet(id: string): ClauseSnippet {
  const found = CLAUSE_SNIPPETS.find((s) => s.id === id);
  assert.ok(found, `snippet ${id} exists`);
  return found;
}

function validate(text: string, uri: string, others: { uri: string; text: string }[] = []) {
  const options = { level: 'standard' as const, today: TODAY, maxDocumentSize: 2 * 1024 * 1024 };
  return validateTexts([{ uri, text }, ...others], options)[0].findings;
}

function listFindings(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.ruleId} ${f.path?.join('.') ?? ''}: ${f.message}`).join('\n');
}

/** The engagement skeleton with every placeholder replaced by its default. */
const ENGAGEMENT = expandPlaceholders(snippetText(snippet('engagement'), '')) + '\n';

/** The expanded snippet inserted at its scope, below the engagement skeleton. */
function placedInEngagement(clause: ClauseSnippet): string {
  const segments = clause.scope === '' ? [] : clause.scope.split('.');
  const parents = segments.map((segment, depth) => `${'  '.repeat(depth)}${segment}:\n`);
  const indent = '  '.repeat(segments.length);
  return ENGAGEMENT + parents.join('') + indent + expandPlaceholders(snippetText(clause, indent));
}

function startsWith(path: Finding['path'], prefix: readonly string[]): boolean {
  return path !== undefined && prefix.every((segment, index) => path[index] === segment);
}

test('every required snippet exists', () => {
  const ids = CLAUSE_SNIPPETS.map((s) => s.id);
  assert.deepEqual(
    REQUIRED_IDS.filter((id) => !ids.includes(id)),
    [],
  );
});

test('snippet ids are unique', () => {
  const ids = CLAUSE_SNIPPETS.map((s) => s.id);
  assert.deepEqual(
    ids.filter((id, index) => ids.indexOf(id) !== index),
    [],
  );
});

test('every snippet names a measure M1-M16, a label and a one-sentence description', () => {
  for (const clause of CLAUSE_SNIPPETS) {
    assert.match(clause.measure, /^OPS\.3\.1\.M([1-9]|1[0-6])$/, clause.id);
    assert.ok(clause.label.trim().length > 0, `${clause.id} has a label`);
    assert.match(clause.description, /^[A-Z].{19,}\.$/, `${clause.id} has a description`);
    assert.ok(clause.body.length > 0, `${clause.id} has a body`);
  }
});

test('bodies start at column 0 with their key and indent by two spaces', () => {
  for (const clause of CLAUSE_SNIPPETS) {
    const [first] = clause.body;
    if (clause.key !== '') assert.ok(first.startsWith(`${clause.key}:`), clause.id);
    for (const line of clause.body) {
      const indent = /^ */.exec(line)![0].length;
      assert.equal(indent % 2, 0, `${clause.id}: ${JSON.stringify(line)}`);
    }
  }
  assert.equal(snippet('engagement').body[0], 'apiVersion: outsourcing-policy/v1');
  assert.ok(snippet('waiver').body[0].startsWith('- measure: '));
});

test('the contract clauses belong into contract and insert the expected keys', () => {
  const keys = snippetsForScope('contract').map((s) => `${s.id}=${s.key}`);
  for (const expected of [
    'contract-nda=organizational',
    'contract-emergency=emergency',
    'contract-further-relocation=furtherRelocation',
    'contract-client-capability=clientCapability',
    'contract-change-and-testing=changeAndTesting',
    'contract-audits=audits',
  ]) {
    assert.ok(keys.includes(expected), `${expected} in ${keys.join(', ')}`);
  }
  assert.ok(snippetsForScope('contract').every((s) => s.measure === 'OPS.3.1.M2'));
});

test('snippetsForScope returns the root sections, whole documents and waiver items by scope', () => {
  const root = snippetsForScope('').map((s) => `${s.id}=${s.key}`);
  for (const expected of [
    'engagement=',
    'dca=',
    'client-concept=clientConcept',
    'data-exchange=dataExchange',
    'emergency-preparedness=emergencyPreparedness',
    'termination=termination',
    'personnel-screening=personnelScreening',
  ]) {
    assert.ok(root.includes(expected), `${expected} in ${root.join(', ')}`);
  }
  assert.deepEqual(
    snippetsForScope('waivers').map((s) => s.id),
    ['waiver'],
  );
  assert.deepEqual(snippetsForScope('contract.emergency'), []);
});

test('snippetText prefixes every line after the first with the indent', () => {
  const clause: ClauseSnippet = {
    id: 'x',
    label: 'x',
    description: 'x',
    measure: 'OPS.3.1.M2',
    scope: 'contract',
    key: 'term',
    body: ['term:', '  start: ${1:2026-07-01}', '  noticePeriod: ${2:P12M}'],
  };
  assert.equal(
    snippetText(clause, '    '),
    'term:\n      start: ${1:2026-07-01}\n      noticePeriod: ${2:P12M}',
  );
  assert.equal(snippetText(clause, ''), clause.body.join('\n'));
  assert.equal(snippetText({ ...clause, body: ['a: 1'] }, '  '), 'a: 1');
});

test('expandPlaceholders keeps defaults and first choices and drops bare tab stops', () => {
  assert.equal(expandPlaceholders('id: ${1:ENG-1}'), 'id: ENG-1');
  assert.equal(expandPlaceholders('level: ${2|normal,high,very-high|}'), 'level: normal');
  assert.equal(expandPlaceholders('a: $1\nb: x$0'), 'a: \nb: x');
  assert.equal(expandPlaceholders('a: ${3}'), 'a: ');
  assert.equal(expandPlaceholders('${1:outer ${2:inner} end}'), 'outer inner end');
  assert.equal(expandPlaceholders('cost: \\$5 ${1:a\\}b}'), 'cost: $5 a}b');
  assert.equal(expandPlaceholders('${1|a\\,b,c|}'), 'a,b');
  assert.equal(expandPlaceholders('plain: text'), 'plain: text');
});

test('no snippet leaves a placeholder behind once expanded', () => {
  for (const clause of CLAUSE_SNIPPETS) {
    const text = expandPlaceholders(snippetText(clause, ''));
    assert.doesNotMatch(text, /\$\{|\$\d/, clause.id);
  }
});

test('the expanded engagement skeleton is a planning engagement without findings', () => {
  assert.match(ENGAGEMENT, /^ {2}status: planning$/m);
  const findings = validate(ENGAGEMENT, 'new.engagement.yaml');
  assert.equal(findings.length, 0, listFindings(findings));
});

test('the expanded DCA skeleton has no findings next to the engagement skeleton', () => {
  const dca = expandPlaceholders(snippetText(snippet('dca'), '')) + '\n';
  const findings = validate(dca, 'new.dca.yaml', [
    { uri: 'new.engagement.yaml', text: ENGAGEMENT },
  ]);
  assert.equal(findings.length, 0, listFindings(findings));
  for (const component of ['scope', 'term', 'otherContractors', 'liability', 'nda']) {
    assert.match(dca, new RegExp(`^${component}:`, 'm'));
  }
});

for (const clause of CLAUSE_SNIPPETS.filter((s) => s.key !== '' || s.scope !== '')) {
  test(`snippet ${clause.id} inserted at ${clause.scope || 'the root'} is valid`, () => {
    const text = placedInEngagement(clause);
    const prefix = [
      ...(clause.scope ? clause.scope.split('.') : []),
      ...(clause.key ? [clause.key] : []),
    ];
    const findings = validate(text, 'new.engagement.yaml').filter(
      (f) => DATA_RULES.has(f.ruleId) && startsWith(f.path, prefix),
    );
    assert.equal(findings.length, 0, `${listFindings(findings)}\n---\n${text}`);
  });
}

/** The snippet with every choice set to its option `index` (or its last option). */
function withChoice(clause: ClauseSnippet, index: number): ClauseSnippet {
  const pick = (_: string, n: string, options: string): string => {
    const values = options.split(',');
    return `\${${n}|${values[Math.min(index, values.length - 1)]}|}`;
  };
  return {
    ...clause,
    body: clause.body.map((line) => line.replace(/\$\{(\d+)\|([^|]*)\|\}/g, pick)),
  };
}

/** Findings that say a value itself is malformed (not that another field demands a different one). */
function isValueError(finding: Finding): boolean {
  return ['schema/type', 'schema/enum', 'schema/format'].includes(finding.ruleId);
}

test('every choice of every snippet is a valid value', () => {
  for (const clause of CLAUSE_SNIPPETS.filter((s) => s.key !== '' || s.scope !== '')) {
    const prefix = [...(clause.scope ? clause.scope.split('.') : []), clause.key].filter(Boolean);
    for (let index = 1; index < 16; index++) {
      const findings = validate(placedInEngagement(withChoice(clause, index)), 'c.engagement.yaml');
      const wrong = findings.filter((f) => isValueError(f) && startsWith(f.path, prefix));
      assert.equal(wrong.length, 0, `${clause.id} choice ${index}: ${listFindings(wrong)}`);
    }
  }
  for (let index = 1; index < 6; index++) {
    const text = expandPlaceholders(snippetText(withChoice(snippet('engagement'), index), ''));
    const wrong = validate(text, 'c.engagement.yaml').filter(isValueError);
    assert.equal(wrong.length, 0, `engagement choice ${index}: ${listFindings(wrong)}`);
    const dca = expandPlaceholders(snippetText(withChoice(snippet('dca'), index), ''));
    const wrongInDca = validate(dca, 'c.dca.yaml').filter(isValueError);
    assert.equal(wrongInDca.length, 0, `dca choice ${index}: ${listFindings(wrongInDca)}`);
  }
});

test('the emergency clause gives a reaction time for exactly the agreed severities', () => {
  const text = expandPlaceholders(snippetText(snippet('contract-emergency'), ''));
  const severities = /severities: \[(.*)\]/.exec(text)![1].split(', ');
  const reactionBlock = text.split('reactionTimes:\n')[1].split('\n  escalationLevels')[0];
  const keys = reactionBlock.split('\n').map((line) => line.trim().split(':')[0]);
  assert.deepEqual(keys, severities);
});

test('the whole engagement with every section snippet has no findings in those sections', () => {
  const sections = CLAUSE_SNIPPETS.filter((s) => s.scope === '' && s.key !== '');
  const contract = snippetsForScope('contract');
  const text =
    ENGAGEMENT +
    sections.map((s) => expandPlaceholders(snippetText(s, '')) + '\n').join('') +
    'contract:\n' +
    contract.map((s) => '  ' + expandPlaceholders(snippetText(s, '  ')) + '\n').join('');
  const findings = validate(text, 'new.engagement.yaml').filter(
    (f) => f.severity === 'error' || DATA_RULES.has(f.ruleId),
  );
  const unexpected = findings.filter(
    (f) =>
      !(f.ruleId === 'schema/required' && f.data?.should === true && f.path?.[0] === 'contract'),
  );
  assert.equal(unexpected.length, 0, listFindings(unexpected));
});
