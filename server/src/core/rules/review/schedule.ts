/**
 * What is reviewed or aligned at an interval (`interval` next to `lastReviewed` or
 * `lastAligned`) and the day it falls due again: read by the overdue rule and by coverage.
 */
import { asRecord } from '../../data';
import { dayAfter } from '../../time';
import type { DataPath } from '../../types';

const LAST_DONE_KEYS = ['lastReviewed', 'lastAligned'] as const;

export interface ScheduledReview {
  /** The path of the object that carries `interval`. */
  path: DataPath;
  key: (typeof LAST_DONE_KEYS)[number];
  last: string;
  interval: string;
  /** The day number it falls due on (may be fractional for durations of hours). */
  due: number;
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

/** Every review or alignment of a document with a valid date and interval, in document order. */
export function scheduledReviews(data: unknown): ScheduledReview[] {
  const found: ScheduledReview[] = [];
  visitObjects(data, [], (record, path) => {
    const interval = record.interval;
    if (typeof interval !== 'string') return;
    for (const key of LAST_DONE_KEYS) {
      const last = record[key];
      const due = dayAfter(last, interval);
      if (typeof last === 'string' && due !== undefined)
        found.push({ path, key, last, interval, due });
    }
  });
  return found;
}
