/**
 * R4 (OPS.3.1.M2, M15): the notice period has to leave enough time to take the service back
 * or move it before the contract ends.
 */
import { valueAt } from '../../data';
import { durationInDays } from '../../time';
import type { DataPath } from '../../types';
import { defineRule } from '../defineRule';
import { de } from './texts.de';
import { en } from './texts.en';

const ID = 'termination/notice-period';

/** Tolerance for comparing durations in (fractional) days. */
const EPSILON_DAYS = 1e-9;

const NOTICE_PERIOD: DataPath = ['contract', 'term', 'noticePeriod'];
const REINTEGRATION: DataPath = ['termination', 'reintegrationEstimate'];

export const noticePeriod = defineRule({
  id: ID,
  measure: 'OPS.3.1.M2',
  severity: 'error',
  waivable: false,
  kinds: ['Engagement'],
  texts: { en: en[ID], de: de[ID] },
  example: {
    bad: [
      'contract:',
      '  term:',
      '    noticePeriod: P3M',
      'termination:',
      '  reintegrationEstimate: P6M',
    ].join('\n'),
    good: [
      'contract:',
      '  term:',
      '    noticePeriod: P6M',
      'termination:',
      '  reintegrationEstimate: P6M',
    ].join('\n'),
  },
  check(context) {
    const notice = valueAt(context.data, NOTICE_PERIOD);
    const reintegration = valueAt(context.data, REINTEGRATION);
    const noticeDays = durationInDays(notice);
    const reintegrationDays = durationInDays(reintegration);
    if (noticeDays === undefined || reintegrationDays === undefined) return;
    if (noticeDays >= reintegrationDays - EPSILON_DAYS) return;
    context.report({
      messageId: 'shorterThanReintegration',
      args: { notice: String(notice), reintegration: String(reintegration) },
      path: NOTICE_PERIOD,
      part: 'value',
    });
  },
});
