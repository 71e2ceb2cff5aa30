/**
 * R6 (OPS.3.1.M8): a network connection is switched on only after the security check, with no
 * known deficiency left open, and once the agreement is in force. Each reason is a finding.
 */
import { asArray, asRecord, asString, valueAt } from '../../data';
import { dayNumber } from '../../time';
import type { DataPath } from '../../types';
import { defineRule } from '../defineRule';
import { de } from './texts.de';
import { en } from './texts.en';

const ID = 'dca/activation-gate';
const ACTIVATED_ON: DataPath = ['activation', 'activatedOn'];

/** Whether `activatedOn` lies before the date `other` (both readable dates). */
function before(activatedOn: string, other: unknown): other is string {
  const activated = dayNumber(activatedOn);
  const limit = dayNumber(other);
  return activated !== undefined && limit !== undefined && activated < limit;
}

export const activationGate = defineRule({
  id: ID,
  measure: 'OPS.3.1.M8',
  severity: 'error',
  waivable: false,
  kinds: ['DataConnectionAgreement'],
  texts: { en: en[ID], de: de[ID] },
  example: {
    bad: [
      'activation:',
      '  securityCheck: { method: IT-Grundschutz check, date: 2024-04-02 }',
      '  openSecurityDeficiencies: [firewall rules not yet reviewed]',
      '  activatedOn: 2024-04-05',
    ].join('\n'),
    good: [
      'activation:',
      '  securityCheck: { method: IT-Grundschutz check, date: 2024-04-02 }',
      '  openSecurityDeficiencies: []',
      '  activatedOn: 2024-04-05',
    ].join('\n'),
  },
  check(context) {
    const activation = asRecord(context.data.activation);
    const activatedOn = asString(activation?.activatedOn);
    if (!activation || !activatedOn) return;
    const at = { path: ACTIVATED_ON, part: 'value' } as const;
    const open = asArray(activation.openSecurityDeficiencies).length;
    if (open === 1) context.report({ messageId: 'deficiencyOpen', args: { activatedOn }, ...at });
    if (open > 1)
      context.report({ messageId: 'deficienciesOpen', args: { activatedOn, count: open }, ...at });
    const checkDate = valueAt(activation, ['securityCheck', 'date']);
    if (before(activatedOn, checkDate))
      context.report({ messageId: 'beforeSecurityCheck', args: { activatedOn, checkDate }, ...at });
    const effectiveFrom = valueAt(context.data, ['term', 'effectiveFrom']);
    if (before(activatedOn, effectiveFrom))
      context.report({ messageId: 'beforeEffective', args: { activatedOn, effectiveFrom }, ...at });
  },
});
