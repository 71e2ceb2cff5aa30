/** Documents that make the subcontracting rules fire, one per message, and documents that do not. */
import type { RuleFixtures } from '../ruleFixtures';

function engagement(...body: string[]): string {
  return [
    'apiVersion: outsourcing-policy/v1',
    'kind: Engagement',
    'metadata: {id: ENG-1, title: t, version: "1", status: planning}',
    ...body,
  ].join('\n');
}

const SUBCONTRACTOR = [
  'roughConcept:',
  '  dependencies:',
  '    - {id: DEP-NET, type: subcontractor, name: NetOps GmbH, disclosedOn: 2024-01-10}',
].join('\n');

function relocation(permitted: string, flowDown: string): string {
  return `contract:\n  furtherRelocation:\n    permitted: ${permitted}\n    flowDownAllRequirements: ${flowDown}`;
}

export const fixtures: RuleFixtures = {
  'subcontracting/flow-down': {
    failing: [
      {
        name: 'no furtherRelocation clause at all',
        messageId: 'relocationMissing',
        text: engagement(SUBCONTRACTOR, '⟦contract⟧:\n  signedOn: 2024-02-01'),
      },
      {
        name: 'permitted is not said',
        messageId: 'permittedMissing',
        text: engagement(
          SUBCONTRACTOR,
          'contract:\n  ⟦furtherRelocation⟧:\n    flowDownAllRequirements: true',
        ),
      },
      {
        name: 'further relocation is not permitted',
        messageId: 'permittedFalse',
        text: engagement(SUBCONTRACTOR, relocation('⟦false⟧', 'true')),
      },
      {
        name: 'flowDownAllRequirements is not said',
        messageId: 'flowDownMissing',
        text: engagement(SUBCONTRACTOR, 'contract:\n  ⟦furtherRelocation⟧:\n    permitted: true'),
      },
      {
        name: 'the requirements are not passed on',
        messageId: 'flowDownFalse',
        text: engagement(SUBCONTRACTOR, relocation('true', '⟦false⟧')),
      },
    ],
    passing: [
      {
        name: 'permitted and flowed down',
        text: engagement(SUBCONTRACTOR, relocation('true', 'true')),
      },
      {
        name: 'no subcontractor',
        text: engagement(relocation('false', 'false')),
      },
    ],
  },
  'subcontracting/late-disclosure': {
    failing: [
      {
        name: 'a data centre disclosed three months after signing',
        messageId: 'disclosedAfterSigning',
        text: engagement(
          'contract:\n  signedOn: 2024-02-01',
          'roughConcept:\n  dependencies:\n    - {id: DEP-DC, type: external-data-management, disclosedOn: ⟦2024-05-10⟧}',
        ),
      },
    ],
    passing: [
      {
        name: 'disclosed on the signing day',
        text: engagement(
          'contract:\n  signedOn: 2024-02-01',
          'roughConcept:\n  dependencies:\n    - {id: DEP-DC, type: external-data-management, disclosedOn: 2024-02-01}',
        ),
      },
    ],
  },
  'subcontracting/blanket-exclusion': {
    failing: [
      {
        name: 'subcontracting ruled out altogether',
        messageId: 'blanketBan',
        text: engagement(
          'contract:\n  furtherRelocation:\n    permitted: ⟦false⟧\n    conditions: none',
        ),
      },
    ],
    passing: [
      {
        name: 'subcontracting permitted under conditions',
        text: engagement(relocation('true', 'true')),
      },
      {
        name: 'a subcontractor is used (flow-down reports instead)',
        text: engagement(SUBCONTRACTOR, relocation('false', 'true')),
      },
    ],
  },
};
