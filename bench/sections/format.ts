/** Number formatting and the outcome of one measurement for the results tables. */
import type { Summary } from '../stats';
import { withTimeout } from '../stats';

export type Outcome<T> = { value: T } | { missing: string };

/** Runs one measurement with a time limit; a failure becomes "not measured: <reason>". */
export async function attempt<T>(
  what: string,
  timeoutMs: number,
  run: () => T | Promise<T>,
): Promise<Outcome<T>> {
  process.stderr.write(`bench: ${what}\n`);
  try {
    return { value: await withTimeout(what, timeoutMs, Promise.resolve().then(run)) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`bench: ${what} not measured: ${reason}\n`);
    return { missing: reason };
  }
}

export const valueOf = <T>(outcome: Outcome<T>): T | undefined =>
  'value' in outcome ? outcome.value : undefined;

export const notMeasured = (outcome: Outcome<unknown>): string =>
  'missing' in outcome ? `not measured: ${outcome.missing}` : '';

export const ms = (value: number): string =>
  value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;

export const seconds = (value: number): string => `${value.toFixed(2)} s`;

export const mb = (value: number): string => `${value.toFixed(0)} MB`;

export const times = (value: number): string => `${value.toFixed(2)}x`;

/** "median (p95 x, n runs)" */
export const msSummary = (summary: Summary): string =>
  `${ms(summary.median)} (p95 ${ms(summary.p95)}, ${summary.runs} runs)`;
