/**
 * OPS.3.1.M8: the data connection agreements an engagement lists exist in the workspace, and
 * the engagement a DCA names can be found there.
 */
import { asArray, asRecord, asString } from '../../data';
import { closestMatch } from '../../didYouMean';
import { defineRule, type RuleContext } from '../defineRule';
import { de } from './texts.de';
import { en } from './texts.en';

const ID = 'engagement/dca-missing';

type MessageId = keyof (typeof en)[typeof ID]['messages'];
type Context = RuleContext<MessageId>;

function checkListedDcas(context: Context): void {
  asArray(context.data.dataConnectionAgreements).forEach((entry, i) => {
    if (typeof entry !== 'string' || context.workspace.dcas.has(entry)) return;
    const suggestion = closestMatch(entry, context.workspace.dcas.keys());
    context.report({
      messageId: suggestion ? 'agreementMissingSuggested' : 'agreementMissing',
      args: { index: i, id: entry, ...(suggestion ? { suggestion } : {}) },
      severity: 'error',
      path: ['dataConnectionAgreements', i],
      part: 'value',
      ...(suggestion ? { data: { suggestion } } : {}),
    });
  });
}

function checkEngagementOfDca(context: Context): void {
  const engagementRef = asString(asRecord(context.data.metadata)?.engagementRef);
  if (engagementRef === undefined || context.workspace.engagements.has(engagementRef)) return;
  const suggestion = closestMatch(engagementRef, context.workspace.engagements.keys());
  context.report({
    messageId: suggestion ? 'engagementNotFoundSuggested' : 'engagementNotFound',
    args: { ref: engagementRef, ...(suggestion ? { suggestion } : {}) },
    severity: 'warning',
    path: ['metadata', 'engagementRef'],
    part: 'value',
    ...(suggestion ? { data: { suggestion } } : {}),
  });
}

export const dcaMissing = defineRule({
  id: ID,
  measure: 'OPS.3.1.M8',
  severity: 'varies',
  waivable: true,
  kinds: ['Engagement', 'DataConnectionAgreement'],
  texts: { en: en[ID], de: de[ID] },
  example: {
    en: {
      bad: [
        '# hosting.engagement.yaml',
        'dataConnectionAgreements: [DCA-17-01]',
        '# no document with metadata.id DCA-17-01',
      ].join('\n'),
      good: [
        '# hosting.engagement.yaml',
        'dataConnectionAgreements: [DCA-17-01]',
        '# network.dca.yaml',
        'metadata: { id: DCA-17-01, engagementRef: ENG-2024-017 }',
      ].join('\n'),
    },
    de: {
      bad: [
        '# hosting.engagement.yaml',
        'dataConnectionAgreements: [DCA-17-01]',
        '# kein Dokument mit metadata.id DCA-17-01',
      ].join('\n'),
      good: [
        '# hosting.engagement.yaml',
        'dataConnectionAgreements: [DCA-17-01]',
        '# network.dca.yaml',
        'metadata: { id: DCA-17-01, engagementRef: ENG-2024-017 }',
      ].join('\n'),
    },
  },
  check(context) {
    if (context.kind === 'Engagement') checkListedDcas(context);
    else checkEngagementOfDca(context);
  },
});
