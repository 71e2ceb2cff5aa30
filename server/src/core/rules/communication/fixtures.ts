/** Documents that make the communication rules fire, and documents that do not. */
import type { RuleFixtures } from '../ruleFixtures';

const HEADER = [
  'apiVersion: outsourcing-policy/v1',
  'kind: Engagement',
  'metadata: {id: ENG-1, title: t, version: "1", status: planning}',
  'securityConcept:',
  '  classification: {scheme: [public, internal, confidential], agreedOn: 2024-01-10}',
  '',
].join('\n');

export const fixtures: RuleFixtures = {
  'communication/external-partner': {
    failing: [
      {
        name: 'an external partner allowed a classified level without a contract',
        messageId: 'noContractualBasis',
        text:
          HEADER +
          'communication:\n  partners:\n    - {id: p-auditor, contact: c-1, scope: external, allowed: [public, ⟦internal⟧]}\n',
      },
    ],
    passing: [
      {
        name: 'an external partner with a contractual basis',
        text:
          HEADER +
          'communication:\n  partners:\n    - {id: p-auditor, contact: c-1, scope: external, allowed: [internal], contractualBasis: "§12 audit clause"}\n',
      },
      {
        name: 'an internal partner',
        text:
          HEADER +
          'communication:\n  partners:\n    - {id: p-ops, contact: c-1, scope: internal, allowed: [confidential]}\n',
      },
    ],
  },
};
