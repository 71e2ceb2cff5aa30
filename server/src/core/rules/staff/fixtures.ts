/** Documents that make the staff rules fire, one per message, and documents that do not. */
import type { RuleFixtures } from '../ruleFixtures';

function engagement(body: string): string {
  return [
    'apiVersion: outsourcing-policy/v1',
    'kind: Engagement',
    'metadata: {id: ENG-1, title: t, version: "1", status: planning}',
    body,
  ].join('\n');
}

export const fixtures: RuleFixtures = {
  'external-staff/commitment': {
    failing: [
      {
        name: 'long-term external staff without a written commitment',
        messageId: 'commitmentMissing',
        text: engagement(
          'externalStaff:\n  - id: ext-1\n    company: Wartung GmbH\n    engagement: ⟦long-term⟧\n    accessToConfidentialData: false\n',
        ),
      },
      {
        name: 'access to confidential data not reported to the customer',
        messageId: 'notReported',
        text: engagement(
          'externalStaff:\n  - id: ext-1\n    engagement: short-term\n    treatedAsVisitor: true\n    accessToConfidentialData: ⟦true⟧\n',
        ),
      },
    ],
    passing: [
      {
        name: 'committed and reported',
        text: engagement(
          'externalStaff:\n  - id: ext-1\n    engagement: long-term\n    accessToConfidentialData: true\n    writtenCommitmentOn: 2024-01-10\n    reportedToCustomerOn: 2024-01-11\n',
        ),
      },
    ],
  },
  'staff/self-substitute': {
    failing: [
      {
        name: 'a deputy for a role who is the primary',
        messageId: 'sameAsPrimaryForRole',
        text: engagement(
          'staff:\n  substitutes:\n    - {role: isb, primary: c-anna, deputy: ⟦c-anna⟧}\n',
        ),
      },
      {
        name: 'a deputy who is the primary',
        messageId: 'sameAsPrimary',
        text: engagement('staff:\n  substitutes:\n    - {primary: c-anna, deputy: ⟦c-anna⟧}\n'),
      },
    ],
    passing: [
      {
        name: 'a deputy other than the primary',
        text: engagement(
          'staff:\n  substitutes:\n    - {role: isb, primary: c-anna, deputy: c-bob}\n',
        ),
      },
    ],
  },
};
