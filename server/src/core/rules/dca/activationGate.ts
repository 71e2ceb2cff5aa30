/**
 * R6 (OPS.3.1.M8): a network connection is switched on only after the security check, with no
 * known deficiency left open, and once the agreement is in force. Each reason is a finding; the
 * two dates are field constraints (checked, and kept by the quick-fixes' placeholders).
 */
import { asArray, asRecord, asString } from '../../data';
import { fieldPath } from '../constraints';
import { defineRule } from '../defineRule';
import { de } from './texts.de';
import { en } from './texts.en';

const ID = 'dca/activation-gate';
const ACTIVATED_ON = 'activation.activatedOn';

export const activationGate = defineRule({
  id: ID,
  measure: 'OPS.3.1.M8',
  severity: 'error',
  waivable: false,
  kinds: ['DataConnectionAgreement'],
  texts: { en: en[ID], de: de[ID] },
  example: {
    en: {
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
    de: {
      bad: [
        'activation:',
        '  securityCheck: { method: IT-Grundschutz-Check, date: 2024-04-02 }',
        '  openSecurityDeficiencies: [Firewall-Regeln noch nicht überprüft]',
        '  activatedOn: 2024-04-05',
      ].join('\n'),
      good: [
        'activation:',
        '  securityCheck: { method: IT-Grundschutz-Check, date: 2024-04-02 }',
        '  openSecurityDeficiencies: []',
        '  activatedOn: 2024-04-05',
      ].join('\n'),
    },
  },
  constraints: [
    {
      field: ACTIVATED_ON,
      relation: 'not-before-date',
      other: 'activation.securityCheck.date',
      messageId: 'beforeSecurityCheck',
      args: { value: 'activatedOn', other: 'checkDate' },
    },
    {
      field: ACTIVATED_ON,
      relation: 'not-before-date',
      other: 'term.effectiveFrom',
      messageId: 'beforeEffective',
      args: { value: 'activatedOn', other: 'effectiveFrom' },
    },
  ],
  check(context) {
    const activation = asRecord(context.data.activation);
    const activatedOn = asString(activation?.activatedOn);
    if (!activation || !activatedOn) return;
    const at = { path: fieldPath(ACTIVATED_ON), part: 'value' } as const;
    const open = asArray(activation.openSecurityDeficiencies).length;
    if (open === 1) context.report({ messageId: 'deficiencyOpen', args: { activatedOn }, ...at });
    if (open > 1)
      context.report({ messageId: 'deficienciesOpen', args: { activatedOn, count: open }, ...at });
  },
});
