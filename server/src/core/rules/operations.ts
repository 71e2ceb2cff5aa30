/**
 * Rules on running the service: default passwords (R9, OPS.3.1.M11), recovery times (R10,
 * M14), the end of migration (R11, R12, M13) and an engagement in operation whose migration
 * is not finished (M13).
 */
import { asArray, asRecord, asString, valueAt } from '../data';
import { dayNumber, durationInDays } from '../time';
import type { DataPath } from '../types';
import type { Rule, RuleContext } from './rule';

/** Tolerance for comparing durations in (fractional) days. */
const EPSILON_DAYS = 1e-9;

const LATE_STATUSES = new Set(['operation', 'terminating', 'terminated']);
const UNFINISHED_MIGRATION = new Set(['planned', 'running']);

const RECOVERY_OBJECTIVES = {
  rto: 'the service would be down longer than the customer can accept',
  rpo: 'more data would be lost than the customer can accept',
} as const;

function checkDefaultPasswords(context: RuleContext): void {
  const path: DataPath = ['accessControl', 'defaultPasswordsChanged'];
  if (valueAt(context.data, path) !== false) return;
  context.report({
    ruleId: 'access/default-passwords',
    severity: 'error',
    measure: 'OPS.3.1.M11',
    message: 'accessControl.defaultPasswordsChanged is false: default passwords are still in use',
    detail:
      'Factory passwords are publicly known and tried first by attackers. Change every default password before the systems are used, then set this to true.',
    path,
    part: 'value',
  });
}

function checkRecoveryObjective(context: RuleContext, objective: 'rto' | 'rpo'): void {
  const providerPath: DataPath = ['emergencyPreparedness', 'providerCapability', objective];
  const customerPath: DataPath = [
    'emergencyPreparedness',
    'customerRecoveryRequirements',
    objective,
  ];
  const provider = valueAt(context.data, providerPath);
  const customer = valueAt(context.data, customerPath);
  const providerDays = durationInDays(provider);
  const customerDays = durationInDays(customer);
  if (providerDays === undefined || customerDays === undefined) return;
  if (providerDays <= customerDays + EPSILON_DAYS) return;
  context.report({
    ruleId: 'emergency/rto',
    severity: 'error',
    measure: 'OPS.3.1.M14',
    message: `provider ${objective} ${String(provider)} is longer than the customer's ${String(customer)}`,
    detail: `The customer requires ${String(customer)} (emergencyPreparedness.customerRecoveryRequirements.${objective}): ${RECOVERY_OBJECTIVES[objective]} in an emergency. Improve recovery until the provider meets the requirement, or agree a new requirement with the customer.`,
    path: providerPath,
    part: 'value',
  });
}

function checkOpenExceptions(context: RuleContext): void {
  const migration = asRecord(context.data.migration);
  if (migration?.status !== 'completed') return;
  const exceptions = asArray(migration.openExceptions);
  if (exceptions.length > 0) {
    context.report({
      ruleId: 'migration/open-exceptions',
      severity: 'error',
      measure: 'OPS.3.1.M13',
      message: `migration is completed, but ${exceptions.length === 1 ? 'one exception is' : `${exceptions.length} exceptions are`} still open`,
      detail: `Still listed in migration.openExceptions: ${exceptions.map((e) => JSON.stringify(e)).join(', ')}. Temporary exceptions from the security rules have to be closed when migration ends; close them and empty the list.`,
      path: ['migration', 'openExceptions'],
    });
  }
  const updatedOn = dayNumber(migration.securityConceptUpdatedOn);
  const completedOn = dayNumber(migration.completedOn);
  if (updatedOn === undefined || completedOn === undefined || updatedOn >= completedOn) return;
  context.report({
    ruleId: 'migration/open-exceptions',
    severity: 'error',
    measure: 'OPS.3.1.M13',
    message: `security concept last updated ${String(migration.securityConceptUpdatedOn)}, before the migration ended ${String(migration.completedOn)}`,
    detail:
      'Migration always brings changes, so the security concept has to be revised after it (migration.completedOn). Update it and record the date.',
    path: ['migration', 'securityConceptUpdatedOn'],
    part: 'value',
  });
}

function checkMigrationFinished(context: RuleContext): void {
  const status = asString(valueAt(context.data, ['metadata', 'status']));
  const migrationStatus = asString(valueAt(context.data, ['migration', 'status']));
  if (!status || !LATE_STATUSES.has(status)) return;
  if (!migrationStatus || !UNFINISHED_MIGRATION.has(migrationStatus)) return;
  context.report({
    ruleId: 'lifecycle/migration-incomplete',
    severity: 'warning',
    measure: 'OPS.3.1.M13',
    message: `status is ${status}, but migration.status is still ${migrationStatus}`,
    detail:
      'The closing tasks of the migration (updated security concept, documented configurations, trained staff, closed exceptions) should be done before operation. Finish them and set migration.status to completed, or correct metadata.status.',
    path: ['migration', 'status'],
    part: 'value',
    data: { should: true },
  });
}

function checkProductionTestData(context: RuleContext): void {
  const testData = asRecord(valueAt(context.data, ['migration', 'testData']));
  if (testData?.usesProductionData !== true) return;
  const protection = testData.protection;
  const absent = protection === undefined || protection === null;
  const blank = typeof protection === 'string' && protection.trim() === '';
  if (!absent && !blank) return;
  context.report({
    ruleId: 'migration/production-test-data',
    severity: 'error',
    measure: 'OPS.3.1.M13',
    message: 'tests use production data, but testData.protection does not say how it is protected',
    detail:
      'Production data used for tests needs the same care as in production. Describe the safeguards (for example masking, access control of the test system) in testData.protection, or use synthetic or anonymised data.',
    path: ['migration', 'testData', 'usesProductionData'],
    part: 'value',
  });
}

export const rules: Rule[] = [
  {
    ids: [
      'access/default-passwords',
      'emergency/rto',
      'migration/open-exceptions',
      'lifecycle/migration-incomplete',
      'migration/production-test-data',
    ],
    kinds: ['Engagement'],
    check(context) {
      checkDefaultPasswords(context);
      checkRecoveryObjective(context, 'rto');
      checkRecoveryObjective(context, 'rpo');
      checkOpenExceptions(context);
      checkMigrationFinished(context);
      checkProductionTestData(context);
    },
  },
];
