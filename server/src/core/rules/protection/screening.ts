/**
 * R1 (OPS.3.1.M16): with high confidentiality or integrity needs (or when the check runs at
 * level increased) the engagement should agree on personnel screening once past planning.
 */
import { valueAt } from '../../data';
import { isMeasureApplicable } from '../../domain/applicability';
import { isRequiredAt } from '../../domain/lifecycle';
import { defineRule, type RuleContext } from '../defineRule';
import { highNeeds } from './highNeeds';
import { de } from './texts.de';
import { en } from './texts.en';

const ID = 'increased-protection/screening';

type MessageId = keyof (typeof en)[typeof ID]['messages'];

function reportMissing(context: RuleContext<MessageId>): void {
  const needs = highNeeds(context.data);
  const base = { path: ['protectionNeeds'], part: 'key', data: { should: true } } as const;
  if (needs) context.report({ ...base, messageId: 'missingForNeeds', args: { needs } });
  else if (context.options.level === 'increased')
    context.report({ ...base, messageId: 'missingAtLevelIncreased' });
}

export const screening = defineRule({
  id: ID,
  measure: 'OPS.3.1.M16',
  severity: 'warning',
  waivable: true,
  kinds: ['Engagement'],
  texts: { en: en[ID], de: de[ID] },
  example: {
    en: {
      bad: [
        'protectionNeeds:',
        '  confidentiality: high',
        '  integrity: normal',
        '  availability: high',
        '# no personnelScreening',
      ].join('\n'),
      good: [
        'personnelScreening:',
        '  agreedRequirements: [identity-check, qualification-proof]',
        '  responsibleParty:',
        '    identity-check: P-PROVIDER',
        '    qualification-proof: P-PROVIDER',
        '  extent: identity papers checked, degrees confirmed with the issuing university',
        '  appliesOnStaffChange: true',
      ].join('\n'),
    },
    de: {
      bad: [
        'protectionNeeds:',
        '  confidentiality: high',
        '  integrity: normal',
        '  availability: high',
        '# kein personnelScreening',
      ].join('\n'),
      good: [
        'personnelScreening:',
        '  agreedRequirements: [identity-check, qualification-proof]',
        '  responsibleParty:',
        '    identity-check: P-PROVIDER',
        '    qualification-proof: P-PROVIDER',
        '  extent: Ausweisdokumente geprüft, Abschlüsse bei der ausstellenden Hochschule bestätigt',
        '  appliesOnStaffChange: true',
      ].join('\n'),
    },
  },
  check(context) {
    if (context.data.personnelScreening !== undefined) return;
    if (!isMeasureApplicable('OPS.3.1.M16', context.data, context.options.level)) return;
    if (!isRequiredAt('personnelScreening', valueAt(context.data, ['metadata', 'status']))) return;
    reportMissing(context);
  },
});
