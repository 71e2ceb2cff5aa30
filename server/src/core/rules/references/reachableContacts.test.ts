import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { check, expectFinding, yaml } from '../../../../../test/support/harness';

const HEADER = yaml`
  apiVersion: outsourcing-policy/v1
  kind: Engagement
  metadata: {id: ENG-1, title: t, version: "1", status: planning}
  parties:
    provider: {id: provider, name: P, country: DE}
    customer: {id: customer, name: C, country: DE}
`;

describe('contact details of responsible people (schema/required, M13)', () => {
  const unreachable = (findings: ReturnType<typeof check>) =>
    findings.filter((f) => f.ruleId === 'schema/required' && f.message.includes('neither email'));

  test('a referenced contact without email or phone is a waivable warning on its id key', () => {
    const found = expectFinding(
      HEADER +
        yaml`
          contacts:
            - {⟦id⟧: alice, party: provider, role: isb, name: Alice}
          communication:
            partners:
              - {id: p1, contact: alice, scope: internal, allowed: []}
        `,
      {
        ruleId: 'schema/required',
        measure: 'OPS.3.1.M13',
        severity: 'warning',
        messageId: 'contactUnreachable',
        message:
          'contact "alice" has neither email nor phone, but is responsible in communication.partners[0].contact',
      },
    );
    assert.deepEqual(found.data, { missingKey: 'email', should: true });
  });

  test('a contact referenced only from a DCA of the engagement needs details too', () => {
    const dca = {
      uri: 'link.dca.yaml',
      text: yaml`
        apiVersion: outsourcing-policy/v1
        kind: DataConnectionAgreement
        metadata: {id: DCA-1, title: t, version: "1", engagementRef: ENG-1}
        disconnection: {authorized: [bob], when: w, notify: [bob], escalation: [bob]}
      `,
    };
    expectFinding(
      HEADER +
        yaml`
          contacts:
            - {id: alice, party: provider, role: isb, name: Alice}
            - {⟦id⟧: bob, party: customer, role: isb, name: Bob}
        `,
      {
        ruleId: 'schema/required',
        measure: 'OPS.3.1.M13',
        severity: 'warning',
        messageId: 'contactUnreachableInDca',
        message: 'disconnection.authorized[0] of DCA DCA-1',
      },
      { others: [dca] },
    );
  });

  test('a contact with a phone number, or one that is never referenced, is fine', () => {
    const findings = check(
      HEADER +
        yaml`
          contacts:
            - {id: alice, party: provider, role: isb, name: Alice, phone: "+49 30 1234"}
            - {id: bob, party: customer, role: isb, name: Bob}
            - {party: customer, role: other, name: No Id}
          communication:
            partners:
              - {id: p1, contact: alice, scope: internal, allowed: []}
        `,
    );
    assert.deepEqual(unreachable(findings), []);
  });
});
