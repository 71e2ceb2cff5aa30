/**
 * R7 (OPS.3.1.M8): a DCA rates the protection needs as its engagement does. It also asks for
 * encryption inside the networks when confidentiality is high (as `schema/must-be-true`).
 * Both are declared as field constraints for the quick-fixes' placeholders only: the mismatch
 * messages name the engagement, and the encryption finding is reported under another rule id
 * with the confidentiality level, which the constraint mechanism does not provide; the check
 * below compares.
 */
import { asRecord, asString, valueAt, type DataRecord } from '../../data';
import type { ConstraintScope, FieldConstraint } from '../constraints';
import { defineRule, type RuleContext } from '../defineRule';
import { de } from './texts.de';
import { en } from './texts.en';

const ID = 'dca/protection-mismatch';

type MessageId = keyof (typeof en)[typeof ID]['messages'];
type Context = RuleContext<MessageId>;

const DIFFERS = {
  confidentiality: 'confidentialityDiffers',
  integrity: 'integrityDiffers',
  availability: 'availabilityDiffers',
} as const satisfies Record<string, MessageId>;

const HIGH_LEVELS = new Set(['high', 'very-high']);

/** Confidentiality is high in the agreement or in its engagement (what the placeholder heeds). */
function confidentialityIsHigh(scope: ConstraintScope): boolean {
  return [scope.data, ...scope.counterparts].some((data) => {
    const level = asString(valueAt(data, ['protectionNeeds', 'confidentiality']));
    return level !== undefined && HIGH_LEVELS.has(level);
  });
}

/** Each protection goal as the engagement rates it. */
const SAME_AS_ENGAGEMENT: FieldConstraint<MessageId>[] = Object.keys(DIFFERS).map((goal) => ({
  field: `protectionNeeds.${goal}`,
  relation: 'equals',
  other: { counterpart: `protectionNeeds.${goal}` },
}));

function engagementId(context: Context, engagement: DataRecord): string {
  return (
    asString(asRecord(engagement.metadata)?.id) ??
    asString(asRecord(context.data.metadata)?.engagementRef) ??
    ''
  );
}

function checkMismatch(context: Context): void {
  const engagement = context.engagement;
  if (!engagement) return;
  const own = asRecord(context.data.protectionNeeds);
  const theirs = asRecord(engagement.protectionNeeds);
  for (const [goal, messageId] of Object.entries(DIFFERS)) {
    const level = asString(own?.[goal]);
    const engagementLevel = asString(theirs?.[goal]);
    if (!level || !engagementLevel || level === engagementLevel) continue;
    context.report({
      messageId,
      args: { level, engagementLevel, engagement: engagementId(context, engagement) },
      path: ['protectionNeeds', goal],
      part: 'value',
    });
  }
}

function checkEncryptionInNetwork(context: Context): void {
  const confidentiality = asString(valueAt(context.data, ['protectionNeeds', 'confidentiality']));
  const inNetwork = valueAt(context.data, ['encryption', 'inNetwork']);
  if (!confidentiality || !HIGH_LEVELS.has(confidentiality) || inNetwork !== false) return;
  context.reportAs('schema/must-be-true', {
    messageId: 'inNetworkEncryptionRequired',
    args: { confidentiality },
    severity: 'error',
    path: ['encryption', 'inNetwork'],
    part: 'value',
    data: { suggestion: 'true', should: false },
  });
}

export const protectionMismatch = defineRule({
  id: ID,
  measure: 'OPS.3.1.M8',
  severity: 'error',
  waivable: false,
  reportsAs: ['schema/must-be-true'],
  kinds: ['DataConnectionAgreement'],
  texts: { en: en[ID], de: de[ID] },
  example: {
    en: {
      bad: [
        '# engagement: confidentiality: high',
        'protectionNeeds:',
        '  confidentiality: normal',
        '  integrity: high',
        '  availability: high',
      ].join('\n'),
      good: [
        '# engagement: confidentiality: high',
        'protectionNeeds:',
        '  confidentiality: high',
        '  integrity: high',
        '  availability: high',
      ].join('\n'),
    },
    de: {
      bad: [
        '# im Outsourcing-Vorhaben: confidentiality: high',
        'protectionNeeds:',
        '  confidentiality: normal',
        '  integrity: high',
        '  availability: high',
      ].join('\n'),
      good: [
        '# im Outsourcing-Vorhaben: confidentiality: high',
        'protectionNeeds:',
        '  confidentiality: high',
        '  integrity: high',
        '  availability: high',
      ].join('\n'),
    },
  },
  constraints: [
    ...SAME_AS_ENGAGEMENT,
    { field: 'encryption.inNetwork', relation: 'true', when: confidentialityIsHigh },
  ],
  check(context) {
    checkMismatch(context);
    checkEncryptionInNetwork(context);
  },
});
