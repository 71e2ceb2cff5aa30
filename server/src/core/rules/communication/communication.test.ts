import { test } from 'node:test';
import { expectFinding, expectNoFinding, yaml } from '../../../../../test/support/harness';

const HEADER = `apiVersion: outsourcing-policy/v1
kind: Engagement
metadata: {id: ENG-1, title: t, version: "1", status: planning}
securityConcept:
  classification: {scheme: [public, internal, confidential], agreedOn: 2024-01-10}
`;

const RULE = {
  ruleId: 'communication/external-partner',
  measure: 'OPS.3.1.M4',
  severity: 'error',
} as const;

test('an external partner allowed a level above the lowest needs a contractual basis', () => {
  expectFinding(
    HEADER +
      yaml`
      communication:
        partners:
          - id: p-auditor
            contact: c-1
            scope: external
            allowed: [public, ⟦internal⟧, confidential]
    `,
    { ...RULE, message: 'p-auditor may receive internal' },
  );
});

test('only the first offending entry is reported', () => {
  expectFinding(
    HEADER +
      yaml`
      communication:
        partners:
          - id: p-auditor
            contact: c-1
            scope: external
            allowed:
              - ⟦confidential⟧
              - internal
    `,
    RULE,
  );
});

test('an external partner with a contractual basis passes', () => {
  expectNoFinding(
    HEADER +
      yaml`
      communication:
        partners:
          - id: p-auditor
            contact: c-1
            scope: external
            allowed: [confidential]
            contractualBasis: "§12 audit clause"
    `,
    RULE.ruleId,
  );
});

test('an empty contractual basis does not count', () => {
  expectFinding(
    HEADER +
      yaml`
      communication:
        partners:
          - id: p-auditor
            contact: c-1
            scope: external
            allowed: [⟦confidential⟧]
            contractualBasis: "  "
    `,
    RULE,
  );
});

test('an external partner allowed only the lowest level passes', () => {
  expectNoFinding(
    HEADER +
      yaml`
      communication:
        partners:
          - {id: p-press, contact: c-1, scope: external, allowed: [public]}
    `,
    RULE.ruleId,
  );
});

test('an internal partner needs no contractual basis', () => {
  expectNoFinding(
    HEADER +
      yaml`
      communication:
        partners:
          - {id: p-ops, contact: c-1, scope: internal, allowed: [confidential]}
    `,
    RULE.ruleId,
  );
});

test('levels that are not in the scheme are left to the reference check', () => {
  expectNoFinding(
    HEADER +
      yaml`
      communication:
        partners:
          - {id: p-x, contact: c-1, scope: external, allowed: [secret, public]}
    `,
    RULE.ruleId,
  );
});

test('without a classification scheme the rule is skipped', () => {
  const partners = yaml`
    communication:
      partners:
        - {id: p-x, contact: c-1, scope: external, allowed: [confidential]}
  `;
  const header = `apiVersion: outsourcing-policy/v1
kind: Engagement
metadata: {id: ENG-1, title: t, version: "1", status: planning}
`;
  expectNoFinding(header + partners, RULE.ruleId);
  expectNoFinding(header + 'securityConcept: {classification: {}}\n' + partners, RULE.ruleId);
  expectNoFinding(
    header + 'securityConcept: {classification: {scheme: x}}\n' + partners,
    RULE.ruleId,
  );
});

test('malformed partners do not crash', () => {
  for (const communication of [
    'communication: nope',
    'communication: {partners: nope}',
    'communication: {partners: [null, 1]}',
    'communication: {partners: [{scope: external, allowed: nope}]}',
    'communication: {partners: [{scope: external, allowed: [1, null]}]}',
  ]) {
    expectNoFinding(HEADER + communication + '\n', RULE.ruleId);
  }
});

test('a partner without id is named by its path, in German too', () => {
  expectFinding(
    HEADER +
      'communication:\n  partners:\n    - {contact: c-1, scope: external, allowed: [⟦internal⟧]}\n',
    {
      ...RULE,
      messageId: 'noContractualBasis',
      message:
        'Externer Partner partners[0] darf Informationen der Stufe internal erhalten, ohne dass eine contractualBasis angegeben ist',
    },
    { locale: 'de' },
  );
});
