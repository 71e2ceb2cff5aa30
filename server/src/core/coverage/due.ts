/**
 * The dates that fall due for an engagement's measures: reviews and alignments at an interval,
 * the expiry of waivers in force, and the term reviews of its data connection agreements.
 */
import { asRecord, asString } from '../data';
import { measuresGoverning, type MeasureId } from '../domain/measures';
import { scheduledReviews } from '../rules/review/schedule';
import { formatPath } from '../schema/lookup';
import { dateOfDay, dayAfter, dayNumber } from '../time';
import type { DueDate } from './types';

/** A date that falls due, with the measure it belongs to. */
export interface MeasureDue extends DueDate {
  measure: MeasureId;
}

/** Reviews of an engagement, by the measure that governs their top-level section. */
export function engagementReviewsDue(data: unknown, uri: string): MeasureDue[] {
  return scheduledReviews(data).flatMap((review) => {
    const section = review.path[0];
    const measures = typeof section === 'string' ? measuresGoverning(section) : [];
    const what = formatPath(review.path) || review.key;
    const date = dateOfDay(Math.ceil(review.due));
    return measures.map((measure) => ({ measure, what, date, uri }));
  });
}

/** How many review intervals at most are stepped through to find the next term review. */
const MAX_TERM_STEPS = 1200;

/** The first term review of a DCA on or after today (`term.effectiveFrom` + n × `reviewInterval`). */
export function nextTermReview(data: unknown, today: string): string | undefined {
  const term = asRecord(asRecord(data)?.term);
  const from = asString(term?.effectiveFrom);
  const interval = asString(term?.reviewInterval);
  const todayDay = dayNumber(today);
  if (!from || !interval || todayDay === undefined || dayNumber(from) === undefined)
    return undefined;
  let current = from;
  for (let step = 0; step < MAX_TERM_STEPS; step++) {
    const next = dayAfter(current, interval);
    if (next === undefined || next <= (dayNumber(current) ?? next)) return undefined;
    const date = dateOfDay(Math.ceil(next));
    if (next >= todayDay) return date;
    current = date;
  }
  return undefined;
}

/** Reviews and the next term review of a data connection agreement: all for M8. */
export function dcaDue(
  data: unknown,
  uri: string,
  dca: string | undefined,
  today: string,
): MeasureDue[] {
  const measure: MeasureId = 'OPS.3.1.M8';
  const extra = dca === undefined ? {} : { dca };
  const due: MeasureDue[] = scheduledReviews(data).map((review) => ({
    measure,
    what: formatPath(review.path) || review.key,
    date: dateOfDay(Math.ceil(review.due)),
    uri,
    ...extra,
  }));
  const term = nextTermReview(data, today);
  if (term) due.push({ measure, what: 'term', date: term, uri, ...extra });
  return due;
}

/** Whether a due date falls on or before `today` + `within` (an ISO 8601 duration such as P30D). */
export function isDueWithin(due: DueDate, today: string, within: string): boolean {
  const limit = dayAfter(today, within);
  const day = dayNumber(due.date);
  return limit !== undefined && day !== undefined && day <= limit;
}
