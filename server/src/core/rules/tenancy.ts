/**
 * R5 (OPS.3.1.M7): a provider serving several customers on shared systems needs a client
 * concept, a contract that refers to that very concept, and backups kept apart per client.
 */
import { asRecord, asString, valueAt, type DataRecord } from '../data';
import type { DataPath } from '../types';
import type { Rule, RuleContext } from './rule';

const RULE_ID = 'tenancy/client-concept';
const CLIENT_CONCEPT_REF: DataPath = ['contract', 'clientCapability', 'clientConceptRef'];
const SEPARATE_MEDIA: DataPath = ['emergencyPreparedness', 'backup', 'separateMediaPerClient'];

/** FORMAT.md section 2: clientConcept becomes required once the engagement is past planning. */
const STATUSES_REQUIRING_CLIENT_CONCEPT = new Set([
  'negotiation',
  'migration',
  'operation',
  'terminating',
  'terminated',
]);

type FlagState = 'true' | 'false' | 'missing' | 'unreadable';

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

function reportClientConcept(
  context: RuleContext,
  path: DataPath,
  message: string,
  detail: string,
): void {
  context.report({
    ruleId: RULE_ID,
    severity: 'error',
    measure: 'OPS.3.1.M7',
    message,
    detail,
    path,
    part: 'value',
  });
}

function checkClientConceptPresent(context: RuleContext): void {
  const status = asString(valueAt(context.data, ['metadata', 'status']));
  if (context.data.clientConcept !== undefined) return;
  if (!status || !STATUSES_REQUIRING_CLIENT_CONCEPT.has(status)) return;
  reportClientConcept(
    context,
    ['tenancy', 'model'],
    'multi-tenant, but the engagement has no clientConcept',
    'When customers share systems, a documented client concept has to show how they are kept apart. Add the clientConcept section and give it to the customer.',
  );
}

function checkContractRefersToConcept(context: RuleContext): void {
  const contract = asRecord(context.data.contract);
  if (!contract) return;
  const capability = contract.clientCapability;
  if (capability !== undefined && !asRecord(capability)) return;
  const ref = valueAt(context.data, CLIENT_CONCEPT_REF);
  const conceptId = asString(valueAt(context.data, ['clientConcept', 'id']));
  if (ref === undefined) {
    reportClientConcept(
      context,
      CLIENT_CONCEPT_REF,
      'multi-tenant, but contract.clientCapability.clientConceptRef is missing',
      `The contract has to name the client concept${conceptId ? ` (${conceptId})` : ''} that keeps this customer apart from the others.`,
    );
    return;
  }
  if (typeof ref !== 'string' || conceptId === undefined || ref === conceptId) return;
  reportClientConcept(
    context,
    CLIENT_CONCEPT_REF,
    `clientConceptRef ${ref} does not match clientConcept.id ${conceptId}`,
    'The contract (contract.clientCapability.clientConceptRef) refers to a different client concept than the one documented. Make both name the same concept.',
  );
}

function checkSeparateBackupMedia(context: RuleContext): void {
  if (!asRecord(context.data.emergencyPreparedness)) return;
  const state = readFlag(context.data, SEPARATE_MEDIA);
  if (state === 'true' || state === 'unreadable') return;
  const problem = state === 'missing' ? 'is missing' : 'is false';
  reportClientConcept(
    context,
    SEPARATE_MEDIA,
    `multi-tenant, but backup.separateMediaPerClient ${problem}`,
    "Backups of several customers on the same media undo the separation of clients when data is restored. Keep each customer's backups on media of their own and set emergencyPreparedness.backup.separateMediaPerClient to true.",
  );
}

function isMultiTenant(data: DataRecord): boolean {
  return valueAt(data, ['tenancy', 'model']) === 'multi-tenant';
}

export const rules: Rule[] = [
  {
    ids: [RULE_ID],
    kinds: ['Engagement'],
    check(context) {
      if (!isMultiTenant(context.data)) return;
      checkClientConceptPresent(context);
      checkContractRefersToConcept(context);
      checkSeparateBackupMedia(context);
    },
  },
];
