/** Dates (`YYYY-MM-DD`) and ISO 8601 durations, compared the way contracts mean them. */

const DAY_MS = 86_400_000;
const DAYS_PER_YEAR = 365.2425;
const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;

const DURATION =
  /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** A duration in days (months and years at their average length, so P12M > P300D), or undefined. */
export function durationInDays(value: unknown): number | undefined {
  if (typeof value !== 'string' || value === 'P' || value.endsWith('T')) return undefined;
  const match = DURATION.exec(value);
  if (!match) return undefined;
  const [years, months, weeks, days, hours, minutes, seconds] = match
    .slice(1)
    .map((part) => (part ? Number(part) : 0));
  return (
    years * DAYS_PER_YEAR +
    months * DAYS_PER_MONTH +
    weeks * 7 +
    days +
    hours / 24 +
    minutes / 1440 +
    seconds / 86_400
  );
}

/** Days since 1970-01-01 of a valid `YYYY-MM-DD` date, or undefined. */
export function dayNumber(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const time = Date.parse(`${value}T00:00:00Z`);
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value) return undefined;
  return Math.round(time / DAY_MS);
}

/** Today as `YYYY-MM-DD` from a clock (the clock is passed in so tests can fix it). */
export function isoDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Writes a day count back as a date. */
export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const CALENDAR_DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

/**
 * The day (as a day number) a date plus a duration falls on, or undefined when either is not
 * valid. Whole years, months, weeks and days are added on the calendar (2024-01-31 + P1M =
 * 2024-02-29, a year later is the same day), so that an anniversary itself is never late;
 * other durations use their length in days.
 */
export function dayAfter(date: unknown, duration: unknown): number | undefined {
  const start = dayNumber(date);
  const length = durationInDays(duration);
  if (typeof date !== 'string' || typeof duration !== 'string') return undefined;
  if (start === undefined || length === undefined) return undefined;
  const calendar = CALENDAR_DURATION.exec(duration);
  if (!calendar) return start + length;
  const [years, months, weeks, days] = calendar.slice(1).map((part) => Number(part ?? 0));
  const [year, month, day] = date.split('-').map(Number);
  const monthIndex = month - 1 + months + 12 * years;
  const lastOfMonth = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
  const shifted = Date.UTC(year, monthIndex, Math.min(day, lastOfMonth));
  return Math.round(shifted / DAY_MS) + weeks * 7 + days;
}
