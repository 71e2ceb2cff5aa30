/** R13 (OPS.3.1.M2): agreed contractual penalties settle all four aspects the measure names. */
import { asRecord, valueAt } from '../../data';
import type { DataPath } from '../../types';
import { defineRule } from '../defineRule';
import { de } from './texts.de';
import { en } from './texts.en';

const ID = 'contract/penalties-incomplete';
const PENALTIES: DataPath = ['contract', 'legal', 'penalties'];

/** The aspects a penalty clause has to settle; the texts say what each one means. */
const PENALTY_ASPECTS = [
  'damageQuantification',
  'imageDamage',
  'providerInsolvency',
  'catastrophicDamage',
] as const;

export const penaltiesIncomplete = defineRule({
  id: ID,
  measure: 'OPS.3.1.M2',
  severity: 'warning',
  waivable: true,
  kinds: ['Engagement'],
  texts: { en: en[ID], de: de[ID] },
  example: {
    bad: [
      'contract:',
      '  legal:',
      '    penalties:',
      '      agreed: true',
      "      damageQuantification: '\u00a712.1'",
    ].join('\n'),
    good: [
      'contract:',
      '  legal:',
      '    penalties:',
      '      agreed: true',
      "      damageQuantification: '\u00a712.1'",
      "      imageDamage: '\u00a712.2'",
      "      providerInsolvency: '\u00a712.3'",
      "      catastrophicDamage: '\u00a712.4'",
    ].join('\n'),
  },
  check(context) {
    const penalties = asRecord(valueAt(context.data, PENALTIES));
    if (penalties?.agreed !== true) return;
    const missing = PENALTY_ASPECTS.filter(
      (aspect) => penalties[aspect] === undefined || penalties[aspect] === null,
    );
    if (missing.length === 0) return;
    context.report({
      messageId: 'aspectsOpen',
      args: { missing: missing.join(', ') },
      path: PENALTIES,
      data: { should: true },
    });
  },
});
