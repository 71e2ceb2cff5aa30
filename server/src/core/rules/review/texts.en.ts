/** The texts of the review rules in English (the reference for every other locale). */
export const en = {
  'review/overdue': {
    title: 'Review overdue',
    summary:
      'A `lastReviewed` or `lastAligned` date is older than the interval that belongs to it.',
    details:
      'Several measures ask for regular reviews: of the communication partners, the security concept, emergency plans and more. Where a section records an interval and the date of the last review, the checker adds the interval to that date and compares the result with today. A stale review means the documentation may no longer describe reality.',
    fix: 'Carry out the review and update the date; if the agreed rhythm has changed, update the interval too.',
    messages: {
      reviewOverdue: {
        message: 'review overdue: {section} was due on {due}',
        detail:
          'The last review was on {last} (lastReviewed) and the interval is {interval}. Carry out the review and record the new date.',
      },
      alignmentOverdue: {
        message: 'alignment overdue: {section} was due on {due}',
        detail:
          'The last alignment was on {last} (lastAligned) and the interval is {interval}. Carry out the alignment and record the new date.',
      },
    },
  },
} as const;
