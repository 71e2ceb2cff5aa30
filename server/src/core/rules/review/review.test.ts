import { describe, test } from 'node:test';
import { expectFinding, expectNoFinding, yaml } from '../../../../../test/support/harness';

const OVERDUE = 'review/overdue';

const HEADER = yaml`
  apiVersion: outsourcing-policy/v1
  kind: Engagement
  metadata: {id: ENG-1, title: t, version: "1", status: planning}
`;

const communicationReview = (interval: string, lastReviewed: string) =>
  HEADER +
  yaml`
    communication:
      review: {interval: ${interval}, lastReviewed: ${lastReviewed}}
  `;

describe('review/overdue', () => {
  test('a review older than its interval is a warning on the date, with the due day', () => {
    expectFinding(
      communicationReview('P12M', '⟦2025-01-10⟧'),
      {
        ruleId: OVERDUE,
        measure: 'OPS.3.1.M4',
        severity: 'warning',
        messageId: 'reviewOverdue',
        message:
          /^review overdue: communication.review was due on 2026-01-10 \(OPS.3.1.M4\)\nThe last review was on 2025-01-10 \(lastReviewed\) and the interval is P12M\./,
      },
      { today: '2026-11-27' },
    );
  });

  test('the same finding reads in German, with the same data', () => {
    expectFinding(
      communicationReview('P12M', '⟦2025-01-10⟧'),
      {
        ruleId: OVERDUE,
        measure: 'OPS.3.1.M4',
        severity: 'warning',
        messageId: 'reviewOverdue',
        message:
          /^Überprüfung überfällig: communication.review war am 2026-01-10 fällig \(OPS.3.1.M4\)\nZuletzt wurde am 2025-01-10 überprüft \(lastReviewed\), vereinbart ist ein Intervall von P12M\./,
      },
      { today: '2026-11-27', locale: 'de' },
    );
  });

  test('a review that is due today is not overdue yet', () => {
    expectNoFinding(communicationReview('P1Y', '2025-11-27'), OVERDUE, { today: '2026-11-27' });
  });

  test('a yearly review over a leap day is due on the anniversary, and late the day after', () => {
    const text = communicationReview('P1Y', '2023-11-27');
    expectNoFinding(text, OVERDUE, { today: '2024-11-27' });
    expectFinding(
      communicationReview('P1Y', '⟦2023-11-27⟧'),
      { ruleId: OVERDUE, measure: 'OPS.3.1.M4', severity: 'warning', message: 'due on 2024-11-27' },
      { today: '2024-11-28' },
    );
  });

  test('a monthly interval from the end of a month is due on the last day of the next one', () => {
    expectFinding(
      communicationReview('P1M', '⟦2026-01-31⟧'),
      { ruleId: OVERDUE, measure: 'OPS.3.1.M4', severity: 'warning', message: 'due on 2026-02-28' },
      { today: '2026-03-01' },
    );
  });

  test('an interval in hours is compared by its length', () => {
    expectFinding(
      communicationReview('PT36H', '⟦2026-11-25⟧'),
      { ruleId: OVERDUE, measure: 'OPS.3.1.M4', severity: 'warning', message: 'due on 2026-11-27' },
      { today: '2026-11-27' },
    );
  });

  test('lastAligned is checked the same way, in any section', () => {
    expectFinding(
      HEADER +
        yaml`
          emergencyPreparedness:
            planAlignment: {interval: P6M, lastAligned: ⟦2025-01-01⟧}
        `,
      {
        ruleId: OVERDUE,
        measure: 'OPS.3.1.M14',
        severity: 'warning',
        messageId: 'alignmentOverdue',
        message: 'alignment overdue: emergencyPreparedness.planAlignment was due on 2025-07-01',
      },
    );
  });

  test('a recent review is fine', () => {
    expectNoFinding(communicationReview('P12M', '2026-06-01'), OVERDUE, { today: '2026-11-27' });
  });

  test('missing or malformed intervals and dates are left to the schema', () => {
    for (const [interval, date] of [
      ['12 months', '2020-01-01'],
      ['P', '2020-01-01'],
      ['P1Y', '2020-02-30'],
      ['P1Y', '"yesterday"'],
      ['42', '2020-01-01'],
    ]) {
      expectNoFinding(communicationReview(interval, date), OVERDUE);
    }
    expectNoFinding(
      HEADER +
        yaml`
          communication:
            review: {lastReviewed: 2020-01-01}
          securityConcept:
            implementationReview: [interval, P1Y]
        `,
      OVERDUE,
    );
  });
});
