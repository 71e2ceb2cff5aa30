/**
 * R4 (OPS.3.1.M2, M15): the notice period has to leave enough time to take the service back
 * or move it before the contract ends: a field constraint, checked and used by the quick-fixes.
 */
import { defineRule } from '../defineRule';
import { de } from './texts.de';
import { en } from './texts.en';

const ID = 'termination/notice-period';

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
  constraints: [
    {
      field: 'contract.term.noticePeriod',
      relation: 'at-least-duration',
      other: 'termination.reintegrationEstimate',
      messageId: 'shorterThanReintegration',
      args: { value: 'notice', other: 'reintegration' },
    },
  ],
});
