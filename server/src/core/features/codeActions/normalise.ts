/**
 * schema/format: rewrite common spellings of durations (`4h`, `30min`, `2 days`, `1 year`)
 * as ISO 8601 and of dates (`10.01.2024`, `2024/01/10`) as `YYYY-MM-DD`.
 */
import { DURATION_PATTERN } from '../../schema/dsl';
import { dayNumber } from '../../time';
import { replaceFix, type ActionableDiagnostic, type Fix, type FixContext } from './fix';
import { scalarValueTarget, schemaOfDiagnostic } from './target';
import { fixTitle } from './titles';

/** Unit spellings and the ISO 8601 designator they become (`T` marks time components). */
const UNITS: readonly (readonly [RegExp, string])[] = [
  [/^(s|sec|secs|seconds?)$/, 'TS'],
  [/^(m|min|mins|minutes?)$/, 'TM'],
  [/^(h|hr|hrs|hours?)$/, 'TH'],
  [/^(d|days?)$/, 'D'],
  [/^(w|wk|wks|weeks?)$/, 'W'],
  [/^(mo|mon|months?)$/, 'M'],
  [/^(y|yr|yrs|years?)$/, 'Y'],
];

const SPELLED_DURATION = /^(\d+(?:[.,]\d+)?)\s*([A-Za-z]+)$/;

/** `4h` -> PT4H, `3 months` -> P3M, `pt4h` -> PT4H; undefined when it is not recognisable. */
export function normaliseDuration(value: string): string | undefined {
  const trimmed = value.trim();
  const durationPattern = new RegExp(DURATION_PATTERN);
  if (durationPattern.test(trimmed.toUpperCase())) return trimmed.toUpperCase();
  const match = SPELLED_DURATION.exec(trimmed);
  if (!match) return undefined;
  const amount = match[1].replace(',', '.');
  const unit = UNITS.find(([spelling]) => spelling.test(match[2].toLowerCase()))?.[1];
  if (!unit) return undefined;
  return unit.startsWith('T') ? `PT${amount}${unit.slice(1)}` : `P${amount}${unit}`;
}

const DAY_FIRST = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const YEAR_FIRST = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/;

/** `10.01.2024` and `2024/01/10` -> 2024-01-10; undefined unless it is a real calendar day. */
export function normaliseDate(value: string): string | undefined {
  const trimmed = value.trim();
  const dayFirst = DAY_FIRST.exec(trimmed);
  const yearFirst = YEAR_FIRST.exec(trimmed);
  const parts = dayFirst
    ? [dayFirst[3], dayFirst[2], dayFirst[1]]
    : yearFirst
      ? [yearFirst[1], yearFirst[2], yearFirst[3]]
      : undefined;
  if (!parts) return undefined;
  const iso = `${parts[0]}-${parts[1].padStart(2, '0')}-${parts[2].padStart(2, '0')}`;
  return dayNumber(iso) === undefined ? undefined : iso;
}

export function formatFixes(fc: FixContext, diagnostic: ActionableDiagnostic): Fix[] {
  const schema = schemaOfDiagnostic(fc, diagnostic);
  const target = scalarValueTarget(fc, diagnostic);
  if (!schema || !target || typeof target.node.value !== 'string') return [];
  const value = target.node.value;
  const normalised =
    schema.pattern === DURATION_PATTERN
      ? normaliseDuration(value)
      : schema.format === 'date'
        ? normaliseDate(value)
        : undefined;
  if (!normalised || normalised === value) return [];
  const edit = { start: target.span.start, end: target.span.end, newText: normalised };
  const title = fixTitle(fc.feature.options, 'changeTo', { value: normalised });
  return [replaceFix(title, edit, { isPreferred: true, automatic: true })];
}
