/**
 * R16: anything that is reviewed or aligned at an interval (`interval` next to `lastReviewed`
 * or `lastAligned`) has to have been looked at again within that interval.
 */
import { phrase } from '../../i18n/phrases';
import { formatPath } from '../../schema/lookup';
import { dateOfDay, dayNumber } from '../../time';
import { defineRule, type RuleContext } from '../defineRule';
import { scheduledReviews, type ScheduledReview } from './schedule';
import { de } from './texts.de';
import { en } from './texts.en';

const ID = 'review/overdue';

type MessageId = keyof (typeof en)[typeof ID]['messages'];
type Context = RuleContext<MessageId>;

function reportOverdue(context: Context, review: ScheduledReview): void {
  context.report({
    messageId: review.key === 'lastReviewed' ? 'reviewOverdue' : 'alignmentOverdue',
    args: {
      section: formatPath(review.path) || phrase('document.itself'),
      due: dateOfDay(Math.ceil(review.due)),
      last: review.last,
      interval: review.interval,
    },
    path: [...review.path, review.key],
    part: 'value',
  });
}

export const overdue = defineRule({
  id: ID,
  measure: 'field',
  severity: 'warning',
  waivable: true,
  kinds: ['Engagement', 'DataConnectionAgreement'],
  texts: { en: en[ID], de: de[ID] },
  example: {
    bad: ['communication:', '  review:', '    interval: P6M', '    lastReviewed: 2022-11-02'].join(
      '\n',
    ),
    good: ['communication:', '  review:', '    interval: P6M', '    lastReviewed: 2024-05-14'].join(
      '\n',
    ),
  },
  check(context) {
    const today = dayNumber(context.options.today);
    if (today === undefined) return;
    for (const review of scheduledReviews(context.data))
      if (review.due < today) reportOverdue(context, review);
  },
});
