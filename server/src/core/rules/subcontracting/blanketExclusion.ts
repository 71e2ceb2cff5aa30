/** The advice on further relocation (OPS.3.1.M2): a blanket ban on subcontracting is not advisable. */
import { valueAt } from '../../data';
import { defineRule } from '../defineRule';
import { subcontractorsOf } from './dependencies';
import { de } from './texts.de';
import { en } from './texts.en';

const ID = 'subcontracting/blanket-exclusion';

export const blanketExclusion = defineRule({
  id: ID,
  measure: 'OPS.3.1.M2',
  severity: 'info',
  waivable: false,
  kinds: ['Engagement'],
  texts: { en: en[ID], de: de[ID] },
  example: {
    en: {
      bad: [
        'contract:',
        '  furtherRelocation:',
        '    permitted: false',
        '    conditions: none',
      ].join('\n'),
      good: [
        'contract:',
        '  furtherRelocation:',
        '    permitted: true',
        '    conditions: only with prior written approval; all requirements passed on',
        '    flowDownAllRequirements: true',
        '    customerApprovalRequired: true',
      ].join('\n'),
    },
    de: {
      bad: [
        'contract:',
        '  furtherRelocation:',
        '    permitted: false',
        '    conditions: keine Weiterverlagerung zulässig',
      ].join('\n'),
      good: [
        'contract:',
        '  furtherRelocation:',
        '    permitted: true',
        '    conditions: nur nach vorheriger schriftlicher Zustimmung; alle Anforderungen werden weitergegeben',
        '    flowDownAllRequirements: true',
        '    customerApprovalRequired: true',
      ].join('\n'),
    },
  },
  check(context) {
    if (subcontractorsOf(context.data).length > 0) return;
    const path = ['contract', 'furtherRelocation', 'permitted'];
    if (valueAt(context.data, path) !== false) return;
    context.report({ messageId: 'blanketBan', path, part: 'value' });
  },
});
