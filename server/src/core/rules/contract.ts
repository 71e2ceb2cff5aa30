/**
 * Cross-field rules of the contract (OPS.3.1.M2): the notice period against the time needed to
 * take the service back (R4), complete penalty clauses (R13), and reaction times that use the
 * agreed incident severities.
 */
import { closestMatch } from '../didYouMean';
import { asArray, asRecord, valueAt } from '../data';
import { durationInDays } from '../time';
import type { DataPath } from '../types';
import type { Rule, RuleContext } from './rule';

/** Tolerance for comparing durations in (fractional) days. */
const EPSILON_DAYS = 1e-9;

const NOTICE_PERIOD: DataPath = ['contract', 'term', 'noticePeriod'];
const REINTEGRATION: DataPath = ['termination', 'reintegrationEstimate'];
const PENALTIES: DataPath = ['contract', 'legal', 'penalties'];
const EMERGENCY: DataPath = ['contract', 'emergency'];

const PENALTY_ASPECTS: Record<string, string> = {
  damageQuantification: 'how a damage is quantified',
  imageDamage: 'how damage to reputation is measured',
  providerInsolvency: 'what happens if the provider becomes insolvent',
  catastrophicDamage: 'how catastrophic damage is handled',
};

function checkNoticePeriod(context: RuleContext): void {
  const notice = valueAt(context.data, NOTICE_PERIOD);
  const reintegration = valueAt(context.data, REINTEGRATION);
  const noticeDays = durationInDays(notice);
  const reintegrationDays = durationInDays(reintegration);
  if (noticeDays === undefined || reintegrationDays === undefined) return;
  if (noticeDays >= reintegrationDays - EPSILON_DAYS) return;
  context.report({
    ruleId: 'termination/notice-period',
    severity: 'error',
    measure: 'OPS.3.1.M2',
    message: `notice period ${String(notice)} is shorter than the reintegration estimate ${String(reintegration)}`,
    detail:
      'After giving notice, the customer could not take the service back or move it before the contract ends (termination.reintegrationEstimate). Lengthen the notice period or revisit the estimate.',
    path: NOTICE_PERIOD,
    part: 'value',
  });
}

function checkPenalties(context: RuleContext): void {
  const penalties = asRecord(valueAt(context.data, PENALTIES));
  if (penalties?.agreed !== true) return;
  const missing = Object.keys(PENALTY_ASPECTS).filter(
    (aspect) => penalties[aspect] === undefined || penalties[aspect] === null,
  );
  if (missing.length === 0) return;
  const described = missing.map((aspect) => `${aspect}: ${PENALTY_ASPECTS[aspect]}`).join('; ');
  context.report({
    ruleId: 'contract/penalties-incomplete',
    severity: 'warning',
    measure: 'OPS.3.1.M2',
    message: `penalty clause leaves ${missing.join(', ')} open`,
    detail: `Not yet covered (${described}). Open points in a penalty clause invite disputes; add a clause for each.`,
    path: PENALTIES,
    data: { should: true },
  });
}

function checkReactionTimeSeverities(context: RuleContext): void {
  const severitiesValue = valueAt(context.data, [...EMERGENCY, 'incidentCategories', 'severities']);
  const reactionTimes = asRecord(valueAt(context.data, [...EMERGENCY, 'reactionTimes']));
  if (!Array.isArray(severitiesValue) || !reactionTimes) return;
  const severities = asArray(severitiesValue).filter((s): s is string => typeof s === 'string');
  if (severities.length === 0) return;
  for (const key of Object.keys(reactionTimes)) {
    if (severities.includes(key)) continue;
    const suggestion = closestMatch(key, severities);
    const hint = suggestion ? `; did you mean "${suggestion}"?` : '';
    context.report({
      ruleId: 'reference/unresolved',
      severity: 'error',
      measure: 'OPS.3.1.M2',
      message: `reaction time for "${key}", which is not an agreed incident severity${hint}`,
      detail: `The severities agreed in contract.emergency.incidentCategories.severities are ${severities.join(', ')}. Use one of them, or add this severity to the list.`,
      path: [...EMERGENCY, 'reactionTimes', key],
      part: 'key',
      ...(suggestion ? { data: { suggestion } } : {}),
    });
  }
}

export const rules: Rule[] = [
  {
    ids: ['termination/notice-period', 'contract/penalties-incomplete', 'reference/unresolved'],
    kinds: ['Engagement'],
    check(context) {
      checkNoticePeriod(context);
      checkPenalties(context);
      checkReactionTimeSeverities(context);
    },
  },
];
