import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, expectFinding, yaml } from '../support/harness';

/** A planning engagement whose security concept review (P1Y) was due on 2025-01-10. */
function engagement(waiver: string): string {
  return (
    yaml`
    apiVersion: outsourcing-policy/v1
    kind: Engagement
    metadata: {id: ENG-W, title: Waivers, version: "1", status: planning}
    parties:
      provider: {id: prov, name: Provider GmbH, country: DE}
      customer: {id: cust, name: Customer AG, country: DE}
    contacts:
      - {id: isb, party: prov, role: isb, name: Ines Beck, email: isb@example.org}
    securityConcept:
      implementationReview:
        interval: P1Y
        lastReviewed: 2024-01-10
    waivers:
  ` + waiver
  );
}

const OVERDUE_WAIVER = `  - measure: OPS.3.1.M3
    path: securityConcept.implementationReview
    justification: the review is replaced by the customer's own yearly audit this cycle
    approvedBy: isb
    date: 2026-01-05
`;

test('a waiver silences the should-findings of its measure under its path, and only those', () => {
  const findings = check(engagement(OVERDUE_WAIVER));
  assert.equal(findings.filter((f) => f.ruleId === 'review/overdue').length, 0);
  const otherWarnings = findings.filter(
    (f) => f.severity === 'warning' && f.measure === 'OPS.3.1.M3',
  );
  assert.ok(
    otherWarnings.some(
      (f) => f.ruleId === 'schema/required' && f.message.startsWith('securityConcept.interfaces'),
    ),
  );
  assert.ok(
    findings.some(
      (f) =>
        f.ruleId === 'schema/required' &&
        f.severity === 'error' &&
        f.message.startsWith('securityConcept.id'),
    ),
    'errors are never waived',
  );
  assert.equal(findings.filter((f) => f.ruleId.startsWith('waiver/')).length, 0);
});

test('without the waiver the review is overdue', () => {
  assert.equal(check(engagement('  []\n')).filter((f) => f.ruleId === 'review/overdue').length, 1);
});

test('a waiver of the whole measure silences all its warnings', () => {
  const text = engagement(
    OVERDUE_WAIVER.replace('    path: securityConcept.implementationReview\n', ''),
  );
  assert.deepEqual(
    check(text).filter((f) => f.severity === 'warning' && f.measure === 'OPS.3.1.M3'),
    [],
  );
});

test('an expired waiver is a warning on its expiry date and silences nothing', () => {
  const text = engagement(OVERDUE_WAIVER + '    expires: ⟦2026-06-30⟧\n');
  expectFinding(text, {
    ruleId: 'waiver/expired',
    measure: 'OPS.3.1.M3',
    severity: 'warning',
    message: 'expired on 2026-06-30',
  });
  assert.equal(check(text).filter((f) => f.ruleId === 'review/overdue').length, 1);
});

test('a waiver that is still valid on its expiry day is not expired', () => {
  const text = engagement(OVERDUE_WAIVER + '    expires: 2026-11-27\n');
  assert.equal(check(text).filter((f) => f.ruleId.startsWith('waiver/')).length, 0);
});

test('waiving a must is not allowed', () => {
  const text = engagement(
    OVERDUE_WAIVER.replace(
      'path: securityConcept.implementationReview',
      'path: ⟦securityConcept.evidenceOnRequest⟧',
    ),
  );
  expectFinding(text, {
    ruleId: 'waiver/not-allowed',
    measure: 'OPS.3.1.M3',
    severity: 'error',
    message: 'is a requirement (must) and cannot be waived',
  });
});

test('a waiver with nothing to silence is an info on its measure', () => {
  const text = engagement(
    OVERDUE_WAIVER +
      OVERDUE_WAIVER.replace('measure: OPS.3.1.M3', 'measure: ⟦OPS.3.1.M15⟧').replace(
        '    path: securityConcept.implementationReview\n',
        '',
      ),
  );
  expectFinding(text, {
    ruleId: 'waiver/unused',
    measure: 'OPS.3.1.M15',
    severity: 'info',
    message: 'unused waiver',
  });
});

test('a waiver needs a justification of at least 20 characters', () => {
  const text = engagement(
    OVERDUE_WAIVER.replace(/justification: .*/, 'justification: ⟦too short⟧'),
  );
  expectFinding(text, {
    ruleId: 'schema/format',
    measure: null,
    severity: 'error',
    message: 'at least 20 characters',
  });
});

const OPERATIONS_WAIVER = `  - measure: OPS.3.1.M10
    path: operations
    justification: operations are reported through the customer's own monthly service review
    approvedBy: isb
    date: 2026-01-05
`;

/** A planning engagement with an operations section that leaves out its recommendations. */
function withOperations(waiver: string): string {
  return engagement(waiver).replace(
    'waivers:\n',
    'operations:\n  changeNotification: true\nwaivers:\n',
  );
}

test('a waiver with the path of a section that holds recommendations silences them', () => {
  const findings = check(withOperations(OPERATIONS_WAIVER));
  assert.deepEqual(
    findings.filter((f) => f.ruleId.startsWith('waiver/')).map((f) => f.message),
    [],
  );
  assert.deepEqual(
    findings.filter((f) => f.path?.[0] === 'operations').map((f) => f.message),
    [],
  );
});

test('without the waiver the missing recommendations of operations are warnings', () => {
  const warnings = check(withOperations('  []\n')).filter((f) => f.path?.[0] === 'operations');
  assert.ok(warnings.length >= 5, warnings.map((f) => f.message).join('\n'));
  assert.ok(warnings.every((f) => f.severity === 'warning'));
});

test('a waiver with the path of a section never silences its errors', () => {
  const text = withOperations(OPERATIONS_WAIVER).replace(
    'changeNotification: true',
    'changeNotification: true\n  exercises: [{topic: backup-restore, interval: ⟦yearly⟧}]',
  );
  expectFinding(text, { ruleId: 'schema/format', measure: 'OPS.3.1.M10', severity: 'error' });
});

test('waiving a required list of text is not allowed either', () => {
  const text = engagement(
    OVERDUE_WAIVER.replace('measure: OPS.3.1.M3', 'measure: OPS.3.1.M1').replace(
      'path: securityConcept.implementationReview',
      'path: ⟦roughConcept.rules⟧',
    ),
  );
  expectFinding(text, { ruleId: 'waiver/not-allowed', measure: 'OPS.3.1.M1', severity: 'error' });
});
