import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, yaml } from '../support/harness';

const NEGOTIATION = yaml`
  apiVersion: outsourcing-policy/v1
  kind: Engagement
  metadata: {id: ENG-L, title: Levels, version: "1", status: negotiation}
  protectionNeeds: {confidentiality: normal, integrity: normal, availability: high}
  tenancy: {model: dedicated, isolation: {noCrossCustomerImpact: true, noCrossCustomerDataAccess: true}}
  contract:
    term: {start: 2024-01-01, minimumTerm: P2Y, noticePeriod: 6 months}
`;

const measures = (level: 'basic' | 'standard' | 'increased') =>
  new Set(check(NEGOTIATION, { level }).map((f) => `${f.ruleId} ${f.measure}`));

test('level basic checks only the basic measure (M1), but always reports broken data', () => {
  const basic = measures('basic');
  assert.ok(basic.has('schema/required OPS.3.1.M1'), 'M1 obligations stay');
  assert.ok(
    basic.has('schema/format OPS.3.1.M2'),
    'a malformed duration is reported at every level',
  );
  assert.ok(
    !basic.has('schema/required OPS.3.1.M2'),
    'M2 obligations are not checked at level basic',
  );
  assert.ok(measures('standard').has('schema/required OPS.3.1.M2'));
});

test('level increased always applies M16, whatever the protection needs', () => {
  assert.ok(!measures('standard').has('increased-protection/screening OPS.3.1.M16'));
  assert.ok(measures('increased').has('increased-protection/screening OPS.3.1.M16'));
});
