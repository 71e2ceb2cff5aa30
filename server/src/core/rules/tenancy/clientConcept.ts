/**
 * R5 (OPS.3.1.M7): a provider serving several customers on shared systems needs a client
 * concept, a contract that refers to that very concept, and backups kept apart per client.
 */
import { asRecord, asString, valueAt, type DataRecord } from '../../data';
import { isMeasureApplicable } from '../../domain/applicability';
import { isRequiredAt } from '../../domain/lifecycle';
import type { DataPath } from '../../types';
import type { ConstraintScope } from '../constraints';
import { defineRule, type RuleContext } from '../defineRule';
import { de } from './texts.de';
import { en } from './texts.en';

const ID = 'tenancy/client-concept';
const CLIENT_CONCEPT_REF: DataPath = ['contract', 'clientCapability', 'clientConceptRef'];
const SEPARATE_MEDIA: DataPath = ['emergencyPreparedness', 'backup', 'separateMediaPerClient'];

type MessageId = keyof (typeof en)[typeof ID]['messages'];
type Context = RuleContext<MessageId>;
type FlagState = 'true' | 'false' | 'missing' | 'unreadable';

const multiTenant = (scope: ConstraintScope): boolean =>
  isMeasureApplicable('OPS.3.1.M7', scope.data, undefined);

/** Reads a boolean at `path`: missing when a step is absent, unreadable when a step has the wrong type. */
function readFlag(data: DataRecord, path: DataPath): FlagState {
  let current: unknown = data;
  for (const segment of path) {
    const record = asRecord(current);
    if (!record) return 'unreadable';
    current = record[segment];
    if (current === undefined) return 'missing';
  }
  return current === true ? 'true' : current === false ? 'false' : 'unreadable';
}

function checkClientConceptPresent(context: Context): void {
  if (context.data.clientConcept !== undefined) return;
  if (!isRequiredAt('clientConcept', valueAt(context.data, ['metadata', 'status']))) return;
  context.report({ messageId: 'conceptMissing', path: ['tenancy', 'model'], part: 'value' });
}

/** The contract names a client concept (that it names the right one is the `equals` constraint). */
function checkContractRefersToConcept(context: Context): void {
  const contract = asRecord(context.data.contract);
  if (!contract) return;
  const capability = contract.clientCapability;
  if (capability !== undefined && !asRecord(capability)) return;
  if (valueAt(context.data, CLIENT_CONCEPT_REF) !== undefined) return;
  const conceptId = asString(valueAt(context.data, ['clientConcept', 'id']));
  context.report(
    conceptId
      ? {
          messageId: 'contractRefMissingNamed',
          args: { conceptId },
          path: CLIENT_CONCEPT_REF,
          part: 'value',
        }
      : { messageId: 'contractRefMissing', path: CLIENT_CONCEPT_REF, part: 'value' },
  );
}

/** Backups say they are kept apart (that the flag is not false is the `true` constraint). */
function checkSeparateBackupMedia(context: Context): void {
  if (!asRecord(context.data.emergencyPreparedness)) return;
  if (readFlag(context.data, SEPARATE_MEDIA) !== 'missing') return;
  context.report({ messageId: 'separateMediaMissing', path: SEPARATE_MEDIA, part: 'value' });
}

export const clientConcept = defineRule({
  id: ID,
  measure: 'OPS.3.1.M7',
  severity: 'error',
  waivable: false,
  kinds: ['Engagement'],
  texts: { en: en[ID], de: de[ID] },
  example: {
    bad: [
      'tenancy:',
      '  model: multi-tenant',
      'contract:',
      '  clientCapability:',
      '    clientConceptRef: CC-2023',
      'clientConcept:',
      '  id: CC-2024',
    ].join('\n'),
    good: [
      'tenancy:',
      '  model: multi-tenant',
      'contract:',
      '  clientCapability:',
      '    clientConceptRef: CC-2024',
      'clientConcept:',
      '  id: CC-2024',
    ].join('\n'),
  },
  constraints: [
    {
      field: 'contract.clientCapability.clientConceptRef',
      relation: 'equals',
      other: 'clientConcept.id',
      when: multiTenant,
      required: true,
      messageId: 'contractRefMismatch',
      args: { value: 'ref', other: 'conceptId' },
    },
    {
      field: 'emergencyPreparedness.backup.separateMediaPerClient',
      relation: 'true',
      when: multiTenant,
      required: true,
      messageId: 'separateMediaFalse',
    },
  ],
  check(context) {
    if (!isMeasureApplicable('OPS.3.1.M7', context.data, context.options.level)) return;
    checkClientConceptPresent(context);
    checkContractRefersToConcept(context);
    checkSeparateBackupMedia(context);
  },
});
