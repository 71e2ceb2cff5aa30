/**
 * Reaction times of the contract (OPS.3.1.M2) are keyed by incident severity; every key has to
 * be one of the agreed severities (FORMAT.md: `reference/unresolved`).
 */
import { asArray, asRecord, valueAt } from '../../data';
import { closestMatch } from '../../didYouMean';
import type { DataPath } from '../../types';
import type { UnresolvedContext } from './unresolvedMessages';

const EMERGENCY: DataPath = ['contract', 'emergency'];

export function checkReactionTimeSeverities(context: UnresolvedContext): void {
  const severitiesValue = valueAt(context.data, [...EMERGENCY, 'incidentCategories', 'severities']);
  const reactionTimes = asRecord(valueAt(context.data, [...EMERGENCY, 'reactionTimes']));
  if (!Array.isArray(severitiesValue) || !reactionTimes) return;
  const severities = asArray(severitiesValue).filter((s): s is string => typeof s === 'string');
  if (severities.length === 0) return;
  for (const key of Object.keys(reactionTimes)) {
    if (severities.includes(key)) continue;
    const suggestion = closestMatch(key, severities);
    context.report({
      messageId: suggestion ? 'unknownSeveritySuggested' : 'unknownSeverity',
      args: { key, severities: severities.join(', '), ...(suggestion ? { suggestion } : {}) },
      measure: 'OPS.3.1.M2',
      path: [...EMERGENCY, 'reactionTimes', key],
      part: 'key',
      ...(suggestion ? { data: { suggestion } } : {}),
    });
  }
}
