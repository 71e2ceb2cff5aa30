/**
 * R16: anything that is reviewed or aligned at an interval (`interval` next to `lastReviewed`
 * or `lastAligned`) has to have been looked at again within that interval.
 */
import { asRecord } from '../../data';
import { phrase } from '../../i18n/phrases';
import { formatPath } from '../../schema/lookup';
import { dateOfDay, dayNumber, durationInDays } from '../../time';
import type { DataPath } from '../../types';
import { defineRule, type RuleContext } from '../defineRule';
import { de } from './texts.de';
import { en } from './texts.en';

const ID = 'review/overdue';

type MessageId = keyof (typeof en)[typeof ID]['messages'];
type Context = RuleContext<MessageId>;

const LAST_DONE_KEYS = ['lastReviewed', 'lastAligned'] as const;

const DAY_MS = 86_400_000;

const CALENDAR_DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

/**
 * The day a date plus a duration falls on. Whole years, months, weeks and days are added on
 * the calendar (2024-01-31 + P1M = 2024-02-29, a year later is the same day), so that the
 * anniversary itself never counts as late; other durations use their length in days.
 */
function dueDay(last: string, lastDay: number, interval: string, length: number): number {
  const calendar = CALENDAR_DURATION.exec(interval);
  if (!calendar) return lastDay + length;
  const [years, months, weeks, days] = calendar.slice(1).map((part) => Number(part ?? 0));
  const [year, month, day] = last.split('-').map(Number);
  const monthIndex = month - 1 + months + 12 * years;
  const lastOfMonth = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
  const shifted = Date.UTC(year, monthIndex, Math.min(day, lastOfMonth));
  return Math.round(shifted / DAY_MS) + weeks * 7 + days;
}

function checkReviewedObject(
  context: Context,
  record: Record<string, unknown>,
  path: DataPath,
  today: number,
): void {
  const interval = record.interval;
  const length = durationInDays(interval);
  if (typeof interval !== 'string' || length === undefined) return;
  for (const key of LAST_DONE_KEYS) {
    const last = record[key];
    const lastDay = dayNumber(last);
    if (typeof last !== 'string' || lastDay === undefined) continue;
    const due = dueDay(last, lastDay, interval, length);
    if (due >= today) continue;
    context.report({
      messageId: key === 'lastReviewed' ? 'reviewOverdue' : 'alignmentOverdue',
      args: {
        section: formatPath(path) || phrase('document.itself'),
        due: dateOfDay(Math.ceil(due)),
        last,
        interval,
      },
      path: [...path, key],
      part: 'value',
    });
  }
}

function visitObjects(
  value: unknown,
  path: DataPath,
  visit: (record: Record<string, unknown>, path: DataPath) => void,
  ancestors: readonly unknown[] = [],
): void {
  if (ancestors.includes(value)) return; // a recursive alias (&a {x: *a}) makes a cycle
  const inside = [...ancestors, value];
  if (Array.isArray(value)) {
    value.forEach((item, i) => visitObjects(item, [...path, i], visit, inside));
    return;
  }
  const record = asRecord(value);
  if (!record) return;
  visit(record, path);
  for (const [key, child] of Object.entries(record))
    visitObjects(child, [...path, key], visit, inside);
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
    visitObjects(context.data, [], (record, path) =>
      checkReviewedObject(context, record, path, today),
    );
  },
});
