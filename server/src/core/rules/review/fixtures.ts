/** Documents that make the review rules fire, one per message, and documents that do not. */
import type { RuleFixtures } from '../ruleFixtures';

function engagement(body: string): string {
  return [
    'apiVersion: outsourcing-policy/v1',
    'kind: Engagement',
    'metadata: {id: ENG-1, title: t, version: "1", status: planning}',
    body,
  ].join('\n');
}

const TODAY = '2026-11-27';

export const fixtures: RuleFixtures = {
  'review/overdue': {
    failing: [
      {
        name: 'the communication partners were last reviewed more than a year ago',
        messageId: 'reviewOverdue',
        text: engagement('communication:\n  review: {interval: P12M, lastReviewed: ⟦2025-01-10⟧}'),
        today: TODAY,
      },
      {
        name: 'the emergency plans were last aligned more than half a year ago',
        messageId: 'alignmentOverdue',
        text: engagement(
          'emergencyPreparedness:\n  planAlignment: {interval: P6M, lastAligned: ⟦2025-01-01⟧}',
        ),
        today: TODAY,
      },
    ],
    passing: [
      {
        name: 'a review within its interval',
        text: engagement('communication:\n  review: {interval: P12M, lastReviewed: 2026-06-01}'),
        today: TODAY,
      },
      {
        name: 'a review due today is not late yet',
        text: engagement('communication:\n  review: {interval: P1Y, lastReviewed: 2025-11-27}'),
        today: TODAY,
      },
    ],
  },
};
