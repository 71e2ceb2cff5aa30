/**
 * Field types and list lengths as FORMAT.md gives them: booleans, dates and durations where the
 * format (or a field's name and neighbours) says so; empty lists judged by the list's obligation.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, expectFinding, expectNoFinding, yaml } from '../support/harness';

const HEADER = `apiVersion: outsourcing-policy/v1
kind: Engagement
metadata: {id: ENG-1, title: t, version: "1", status: planning}
`;

const DCA_HEADER = `apiVersion: outsourcing-policy/v1
kind: DataConnectionAgreement
metadata: {id: DCA-1, title: t, version: "1", engagementRef: ENG-1}
`;

test('staff.writtenCommitments takes two booleans: required and complete', () => {
  expectNoFinding(
    HEADER + 'staff: {writtenCommitments: {required: true, complete: true}}\n',
    'schema/type',
  );
});

test('staff.writtenCommitments.required as text is a type error on the value', () => {
  expectFinding(
    HEADER +
      'staff: {writtenCommitments: {required: ⟦confidentiality declaration⟧, complete: true}}\n',
    { ruleId: 'schema/type', measure: 'OPS.3.1.M5', severity: 'error', message: 'true or false' },
  );
});

test('contract.emergency.exercises.interval is a duration', () => {
  expectFinding(
    HEADER +
      yaml`
      contract:
        emergency:
          exercises: {interval: ⟦once a year⟧}
    `,
    { ruleId: 'schema/format', measure: 'OPS.3.1.M2', severity: 'error', message: 'ISO 8601' },
  );
  expectNoFinding(
    HEADER + 'contract: {emergency: {exercises: {interval: P1Y}}}\n',
    'schema/format',
  );
});

/** The findings reported on the field at `dotted` (a path without list indexes). */
function findingsOn(text: string, dotted: string): string[] {
  return check(text)
    .filter((f) => f.path?.join('.') === dotted)
    .map((f) => `${f.ruleId} ${f.severity}: ${f.message}`);
}

test('an optional list may be empty: emergencyPreparedness.forbiddenActions', () => {
  const text = HEADER + 'emergencyPreparedness: {forbiddenActions: []}\n';
  assert.deepEqual(findingsOn(text, 'emergencyPreparedness.forbiddenActions'), []);
});

test('an optional list may be empty: roughConcept.providerQualities.referenceCustomers', () => {
  const text = HEADER + 'roughConcept: {providerQualities: {referenceCustomers: []}}\n';
  assert.deepEqual(findingsOn(text, 'roughConcept.providerQualities.referenceCustomers'), []);
});

test('an optional list may be empty: clientConcept.techniques', () => {
  const text = HEADER + 'clientConcept: {techniques: []}\n';
  assert.deepEqual(findingsOn(text, 'clientConcept.techniques'), []);
});

test('an empty should list is a warning on its key: contract.slas', () => {
  expectFinding(HEADER + 'contract: {⟦slas⟧: []}\n', {
    ruleId: 'schema/required',
    measure: 'OPS.3.1.M2',
    severity: 'warning',
    message: 'at least one entry',
  });
});

test('an empty must list is an error on its key: roughConcept.rules', () => {
  expectFinding(HEADER + 'roughConcept: {⟦rules⟧: []}\n', {
    ruleId: 'schema/required',
    measure: 'OPS.3.1.M1',
    severity: 'error',
    message: 'at least one entry',
  });
});

test('a port may be a number from 1 to 65535', () => {
  const dca = (port: string) =>
    DCA_HEADER + `services:\n  allowed:\n    - {name: HTTPS, port: ${port}}\n`;
  expectNoFinding(dca('443'), 'schema/format');
  expectNoFinding(dca('443'), 'schema/type');
  expectFinding(dca('⟦70000⟧'), {
    ruleId: 'schema/type',
    measure: 'OPS.3.1.M8',
    severity: 'error',
    message: '443/tcp',
  });
});

test('a port may be text with a protocol, or a range with a protocol', () => {
  const dca = (port: string) =>
    DCA_HEADER + `services:\n  allowed:\n    - {name: HTTPS, port: ${port}}\n`;
  for (const port of ['443/tcp', '8000-8100/tcp', '53/udp']) {
    expectNoFinding(dca(port), 'schema/type');
    expectNoFinding(dca(port), 'schema/format');
  }
});

test('a port text that is not a port and protocol is an error on the value', () => {
  const dca = (port: string) =>
    DCA_HEADER + `services:\n  allowed:\n    - {name: HTTPS, port: ${port}}\n`;
  for (const port of ['https', '443/icmp', '0/tcp', '99999/tcp', 'tcp/443']) {
    expectFinding(dca(`⟦${port}⟧`), {
      ruleId: 'schema/type',
      measure: 'OPS.3.1.M8',
      severity: 'error',
      message: '443/tcp',
    });
  }
});
