import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, expectFinding, expectNoFinding, yaml } from '../../../../../test/support/harness';

const HEADER = `apiVersion: outsourcing-policy/v1
kind: Engagement
metadata: {id: ENG-1, title: t, version: "1", status: planning}
`;

const COMMITMENT = {
  ruleId: 'external-staff/commitment',
  measure: 'OPS.3.1.M6',
} as const;

test('long-term external staff without writtenCommitmentOn is an error on the engagement value', () => {
  expectFinding(
    HEADER +
      yaml`
      externalStaff:
        - id: ext-1
          company: Wartung GmbH
          engagement: ⟦long-term⟧
          accessToConfidentialData: false
    `,
    { ...COMMITMENT, severity: 'error', message: 'ext-1 (Wartung GmbH)' },
  );
});

test('long-term external staff with writtenCommitmentOn passes', () => {
  expectNoFinding(
    HEADER +
      yaml`
      externalStaff:
        - id: ext-1
          engagement: long-term
          accessToConfidentialData: false
          writtenCommitmentOn: 2024-01-10
    `,
    COMMITMENT.ruleId,
  );
});

test('short-term external staff needs no written commitment', () => {
  expectNoFinding(
    HEADER +
      yaml`
      externalStaff:
        - id: ext-1
          engagement: short-term
          accessToConfidentialData: false
    `,
    COMMITMENT.ruleId,
  );
});

test('confidential access without reportedToCustomerOn is a warning on the flag', () => {
  expectFinding(
    HEADER +
      yaml`
      externalStaff:
        - id: ext-1
          engagement: short-term
          accessToConfidentialData: ⟦true⟧
    `,
    { ...COMMITMENT, severity: 'warning', message: 'reportedToCustomerOn' },
  );
});

test('confidential access reported to the customer passes', () => {
  expectNoFinding(
    HEADER +
      yaml`
      externalStaff:
        - id: ext-1
          engagement: short-term
          accessToConfidentialData: true
          reportedToCustomerOn: 2024-02-01
    `,
    COMMITMENT.ruleId,
  );
});

test('long-term staff with unreported confidential access gets both findings', () => {
  const findings = check(
    HEADER +
      yaml`
      externalStaff:
        - id: ext-1
          engagement: long-term
          accessToConfidentialData: true
    `,
  ).filter((f) => f.ruleId === COMMITMENT.ruleId);
  const severities = findings.map((f) => f.severity).sort();
  if (severities.join() !== 'error,warning') throw new Error(`got ${severities.join()}`);
});

test('the second entry of the list is reported at its own value', () => {
  expectFinding(
    HEADER +
      yaml`
      externalStaff:
        - id: ext-1
          engagement: long-term
          writtenCommitmentOn: 2024-01-10
          accessToConfidentialData: false
        - id: ext-2
          engagement: ⟦long-term⟧
          accessToConfidentialData: false
    `,
    { ...COMMITMENT, severity: 'error', message: 'ext-2' },
  );
});

test('malformed externalStaff does not crash and reports nothing', () => {
  for (const value of ['[]', 'nope', '[1, null, "x"]', '{a: 1}']) {
    expectNoFinding(HEADER + `externalStaff: ${value}\n`, COMMITMENT.ruleId);
  }
  expectNoFinding(
    HEADER +
      yaml`
      externalStaff:
        - id: ext-1
          engagement: long-term
          accessToConfidentialData: "yes"
          writtenCommitmentOn: 2024-01-10
    `,
    COMMITMENT.ruleId,
  );
});

const SELF = { ruleId: 'staff/self-substitute', measure: 'OPS.3.1.M5' } as const;

test('a deputy equal to the primary is an error on the deputy value', () => {
  expectFinding(
    HEADER +
      yaml`
      staff:
        substitutes:
          - {role: operations lead, primary: c-anna, deputy: c-bob}
          - role: isb
            primary: c-anna
            deputy: ⟦c-anna⟧
    `,
    { ...SELF, severity: 'error', message: 'c-anna' },
  );
});

test('a deputy other than the primary passes', () => {
  expectNoFinding(
    HEADER +
      yaml`
      staff:
        substitutes:
          - {role: isb, primary: c-anna, deputy: c-bob}
    `,
    SELF.ruleId,
  );
});

test('missing or malformed substitutes report nothing', () => {
  for (const staff of [
    'staff: {}',
    'staff: {substitutes: nope}',
    'staff: {substitutes: [{role: isb}]}',
    'staff: {substitutes: [{role: isb, primary: 1, deputy: 1}]}',
    'staff: {substitutes: [null]}',
  ]) {
    expectNoFinding(HEADER + staff + '\n', SELF.ruleId);
  }
});

test('long-term external staff not treated as visitors get no visitor finding', () => {
  const text =
    HEADER +
    yaml`
      externalStaff:
        - id: ext-1
          company: Wartung GmbH
          engagement: long-term
          accessToConfidentialData: false
          writtenCommitmentOn: 2024-01-10
          treatedAsVisitor: false
    `;
  assert.deepEqual(
    check(text)
      .filter((f) => f.path?.join('.') === 'externalStaff.0.treatedAsVisitor')
      .map((f) => f.message),
    [],
  );
});

test('short-term external staff not treated as visitors are a warning on the value', () => {
  expectFinding(
    HEADER +
      yaml`
      externalStaff:
        - id: ext-1
          company: Wartung GmbH
          engagement: short-term
          accessToConfidentialData: false
          treatedAsVisitor: ⟦false⟧
    `,
    { ruleId: 'schema/must-be-true', measure: 'OPS.3.1.M6', severity: 'warning' },
  );
});

test('short-term external staff without treatedAsVisitor are a warning on the item', () => {
  expectFinding(
    HEADER +
      yaml`
      externalStaff:
        - ⟦id⟧: ext-1
          company: Wartung GmbH
          engagement: short-term
          accessToConfidentialData: false
    `,
    {
      ruleId: 'schema/required',
      measure: 'OPS.3.1.M6',
      severity: 'warning',
      message: 'treatedAsVisitor',
    },
  );
});

test('an entry without id is named by its path, in German too', () => {
  expectFinding(
    HEADER + 'externalStaff:\n  - engagement: ⟦long-term⟧\n    accessToConfidentialData: false\n',
    {
      ...COMMITMENT,
      severity: 'error',
      messageId: 'commitmentMissing',
      message:
        'Langfristig eingesetztes Fremdpersonal externalStaff[0] hat kein writtenCommitmentOn',
    },
    { locale: 'de' },
  );
});

test('a deputy without a role gets the message without one', () => {
  expectFinding(HEADER + 'staff:\n  substitutes:\n    - {primary: c-anna, deputy: ⟦c-anna⟧}\n', {
    ...SELF,
    severity: 'error',
    messageId: 'sameAsPrimary',
    message: 'deputy c-anna is the same person as the primary',
  });
});
