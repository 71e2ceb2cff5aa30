/**
 * R10 (OPS.3.1.M14): the provider restores the service (rto) and loses data (rpo) no worse than
 * the customer requires. Both comparisons are field constraints.
 */
import { defineRule } from '../defineRule';
import { de } from './texts.de';
import { en } from './texts.en';

const ID = 'emergency/rto';
const CAPABILITY = 'emergencyPreparedness.providerCapability';
const REQUIREMENTS = 'emergencyPreparedness.customerRecoveryRequirements';
const ARGS = { value: 'provider', other: 'customer' } as const;

export const recoveryObjectives = defineRule({
  id: ID,
  measure: 'OPS.3.1.M14',
  severity: 'error',
  waivable: false,
  kinds: ['Engagement'],
  texts: { en: en[ID], de: de[ID] },
  example: {
    bad: [
      'emergencyPreparedness:',
      '  customerRecoveryRequirements: { rto: PT4H, rpo: PT1H }',
      '  providerCapability: { rto: PT8H, rpo: PT1H }',
    ].join('\n'),
    good: [
      'emergencyPreparedness:',
      '  customerRecoveryRequirements: { rto: PT4H, rpo: PT1H }',
      '  providerCapability: { rto: PT2H, rpo: PT30M }',
    ].join('\n'),
  },
  constraints: [
    {
      field: `${CAPABILITY}.rto`,
      relation: 'at-most-duration',
      other: `${REQUIREMENTS}.rto`,
      messageId: 'rtoLonger',
      args: ARGS,
    },
    {
      field: `${CAPABILITY}.rpo`,
      relation: 'at-most-duration',
      other: `${REQUIREMENTS}.rpo`,
      messageId: 'rpoLonger',
      args: ARGS,
    },
  ],
});
