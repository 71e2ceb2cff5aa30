/** Documents that make the tenancy rules fire, one per message, and documents that do not. */
import type { RuleFixtures } from '../ruleFixtures';

function engagement(status: string, body: string): string {
  return [
    'apiVersion: outsourcing-policy/v1',
    'kind: Engagement',
    `metadata: {id: ENG-1, title: t, version: "1", status: ${status}}`,
    'tenancy:',
    '  model: multi-tenant',
    body,
  ].join('\n');
}

const CONCEPT = 'clientConcept:\n  id: CC-2024';

export const fixtures: RuleFixtures = {
  'tenancy/client-concept': {
    failing: [
      {
        name: 'no client concept once past planning',
        messageId: 'conceptMissing',
        text: engagement('negotiation', '').replace('model: multi-tenant', 'model: ⟦multi-tenant⟧'),
      },
      {
        name: 'the contract does not name the concept',
        messageId: 'contractRefMissingNamed',
        text: engagement(
          'planning',
          `${CONCEPT}\ncontract:\n  ⟦clientCapability⟧:\n    physicalSeparation: false`,
        ),
      },
      {
        name: 'no concept and no reference',
        messageId: 'contractRefMissing',
        text: engagement(
          'planning',
          'contract:\n  ⟦clientCapability⟧:\n    physicalSeparation: false',
        ),
      },
      {
        name: 'the contract names another concept',
        messageId: 'contractRefMismatch',
        text: engagement(
          'planning',
          `${CONCEPT}\ncontract:\n  clientCapability:\n    clientConceptRef: ⟦CC-2023⟧`,
        ),
      },
      {
        name: 'backups of all clients on the same media',
        messageId: 'separateMediaFalse',
        text: engagement(
          'planning',
          `${CONCEPT}\nemergencyPreparedness:\n  backup:\n    separateMediaPerClient: ⟦false⟧`,
        ),
      },
      {
        name: 'nothing said about backup media',
        messageId: 'separateMediaMissing',
        text: engagement(
          'planning',
          `${CONCEPT}\nemergencyPreparedness:\n  ⟦backup⟧:\n    escalation: true`,
        ),
      },
    ],
    passing: [
      {
        name: 'a consistent multi-tenant engagement',
        text: engagement(
          'operation',
          `${CONCEPT}\ncontract:\n  clientCapability: {clientConceptRef: CC-2024}\nemergencyPreparedness:\n  backup: {separateMediaPerClient: true}`,
        ),
      },
      {
        name: 'a dedicated service',
        text: engagement('operation', '').replace('multi-tenant', 'dedicated'),
      },
    ],
  },
};
