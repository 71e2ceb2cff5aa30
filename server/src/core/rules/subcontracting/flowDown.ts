/**
 * R2 (OPS.3.1.M2): subcontractors named in the rough concept need a contract that allows them
 * and passes every requirement on to them. The two flags are declared as field constraints for
 * the quick-fixes' placeholders only: the messages name the subcontractors, an argument the
 * constraint mechanism does not provide, so the check below compares.
 */
import { asRecord, type DataRecord } from '../../data';
import type { DataPath } from '../../types';
import type { ConstraintScope } from '../constraints';
import { defineRule, type RuleContext } from '../defineRule';
import { subcontractorsOf } from './dependencies';
import { de } from './texts.de';
import { en } from './texts.en';

const ID = 'subcontracting/flow-down';
const FURTHER_RELOCATION: DataPath = ['contract', 'furtherRelocation'];

const usesSubcontractors = (scope: ConstraintScope): boolean =>
  subcontractorsOf(scope.data).length > 0;

type MessageId = keyof (typeof en)[typeof ID]['messages'];
type Context = RuleContext<MessageId>;

const FLAG_MESSAGES = {
  permitted: { missing: 'permittedMissing', false: 'permittedFalse' },
  flowDownAllRequirements: { missing: 'flowDownMissing', false: 'flowDownFalse' },
} as const satisfies Record<string, Record<'missing' | 'false', MessageId>>;

/** A flag of furtherRelocation that has to be true while subcontractors are used. */
function checkFlowDownFlag(
  context: Context,
  relocation: DataRecord,
  key: keyof typeof FLAG_MESSAGES,
  subcontractors: string,
): void {
  const value = relocation[key];
  if (value === true || (value !== undefined && typeof value !== 'boolean')) return;
  context.report({
    messageId: FLAG_MESSAGES[key][value === undefined ? 'missing' : 'false'],
    args: { subcontractors },
    path: [...FURTHER_RELOCATION, key],
    part: 'value',
  });
}

export const flowDown = defineRule({
  id: ID,
  measure: 'OPS.3.1.M2',
  severity: 'error',
  waivable: false,
  kinds: ['Engagement'],
  texts: { en: en[ID], de: de[ID] },
  example: {
    en: {
      bad: [
        'roughConcept:',
        '  dependencies:',
        '    - { id: DEP-NET, type: subcontractor, name: NetOps GmbH } # other fields omitted',
        'contract:',
        '  furtherRelocation:',
        '    permitted: true',
        '    conditions: only with prior written approval of the customer',
        '    flowDownAllRequirements: false',
      ].join('\n'),
      good: [
        'contract:',
        '  furtherRelocation:',
        '    permitted: true',
        '    conditions: only with prior written approval of the customer',
        '    flowDownAllRequirements: true',
      ].join('\n'),
    },
    de: {
      bad: [
        'roughConcept:',
        '  dependencies:',
        '    - { id: DEP-NET, type: subcontractor, name: NetOps GmbH } # weitere Felder ausgelassen',
        'contract:',
        '  furtherRelocation:',
        '    permitted: true',
        '    conditions: nur nach vorheriger schriftlicher Zustimmung des Auftraggebers',
        '    flowDownAllRequirements: false',
      ].join('\n'),
      good: [
        'contract:',
        '  furtherRelocation:',
        '    permitted: true',
        '    conditions: nur nach vorheriger schriftlicher Zustimmung des Auftraggebers',
        '    flowDownAllRequirements: true',
      ].join('\n'),
    },
  },
  constraints: [
    {
      field: 'contract.furtherRelocation.permitted',
      relation: 'true',
      when: usesSubcontractors,
      required: true,
    },
    {
      field: 'contract.furtherRelocation.flowDownAllRequirements',
      relation: 'true',
      when: usesSubcontractors,
      required: true,
    },
  ],
  check(context) {
    const subcontractors = subcontractorsOf(context.data);
    const contract = asRecord(context.data.contract);
    if (subcontractors.length === 0 || !contract) return;
    const names = subcontractors.join(', ');
    const relocation = contract.furtherRelocation;
    if (relocation === undefined) {
      context.report({
        messageId: 'relocationMissing',
        args: { subcontractors: names },
        path: FURTHER_RELOCATION,
      });
      return;
    }
    const record = asRecord(relocation);
    if (!record) return;
    checkFlowDownFlag(context, record, 'permitted', names);
    checkFlowDownFlag(context, record, 'flowDownAllRequirements', names);
  },
});
