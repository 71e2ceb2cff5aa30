/** OPS.3.1.M5: a deputy is really someone else than the person they stand in for. */
import { asArray, asRecord, asString } from '../../data';
import { defineRule } from '../defineRule';
import { de } from './texts.de';
import { en } from './texts.en';

const ID = 'staff/self-substitute';

export const selfSubstitute = defineRule({
  id: ID,
  measure: 'OPS.3.1.M5',
  severity: 'error',
  waivable: false,
  kinds: ['Engagement'],
  texts: { en: en[ID], de: de[ID] },
  example: {
    en: {
      bad: [
        'staff:',
        '  substitutes:',
        '    - { role: database administration, primary: C-DBA, deputy: C-DBA }',
      ].join('\n'),
      good: [
        'staff:',
        '  substitutes:',
        '    - { role: database administration, primary: C-DBA, deputy: C-DBA2 }',
      ].join('\n'),
    },
    de: {
      bad: [
        'staff:',
        '  substitutes:',
        '    - { role: Datenbankadministration, primary: C-DBA, deputy: C-DBA }',
      ].join('\n'),
      good: [
        'staff:',
        '  substitutes:',
        '    - { role: Datenbankadministration, primary: C-DBA, deputy: C-DBA2 }',
      ].join('\n'),
    },
  },
  check(context) {
    const substitutes = asArray(asRecord(context.data.staff)?.substitutes);
    substitutes.forEach((entry, index) => {
      const substitute = asRecord(entry);
      const primary = asString(substitute?.primary);
      if (primary === undefined || primary !== asString(substitute?.deputy)) return;
      const role = asString(substitute?.role);
      context.report({
        ...(role
          ? { messageId: 'sameAsPrimaryForRole', args: { primary, role } }
          : { messageId: 'sameAsPrimary', args: { primary } }),
        path: ['staff', 'substitutes', index, 'deputy'],
        part: 'value',
      });
    });
  },
});
