/**
 * The bound on findings per file: whatever their source (YAML, duplicate keys, schema, rules,
 * waivers), a file reports at most `maxFindings` of them plus one `document/truncated` info that
 * says how many were left out. Errors are kept before warnings before infos, each in source order,
 * so the cut is the same on every run.
 */
import type { Finding, Severity } from '../types';
import { engineFinding } from './engineFinding';

export const TRUNCATED_RULE = 'document/truncated';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The one info about findings left out; `data.omitted` carries the count to the final cap. */
export function truncatedInfo(omitted: number, limit: number, at: number): Finding {
  return engineFinding(
    TRUNCATED_RULE,
    'truncated',
    { omitted, limit },
    {
      severity: 'info',
      start: at,
      end: at,
      path: [],
      data: { omitted },
    },
  );
}

/**
 * At most `limit` of `findings`, in `order`, plus one truncated info when any were left out, here
 * or already by a producer (its own truncated infos are merged into this one, at the first's place).
 */
export function capFindings(
  findings: readonly Finding[],
  limit: number,
  order: (a: Finding, b: Finding) => number,
): Finding[] {
  const markers = findings.filter((f) => f.ruleId === TRUNCATED_RULE);
  const real = markers.length ? findings.filter((f) => f.ruleId !== TRUNCATED_RULE) : findings;
  const kept =
    real.length <= limit
      ? [...real]
      : [...real]
          .sort((a, b) => RANK[a.severity] - RANK[b.severity] || order(a, b))
          .slice(0, limit);
  const earlier = markers.reduce((sum, marker) => sum + (marker.data?.omitted ?? 0), 0);
  const omitted = real.length - kept.length + earlier;
  if (omitted > 0) kept.push(truncatedInfo(omitted, limit, markers[0]?.start ?? 0));
  return kept.sort(order);
}
