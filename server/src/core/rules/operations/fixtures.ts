/** Documents that make the operations rules fire, one per message, and documents that do not. */
import type { RuleFixtures } from '../ruleFixtures';

function engagement(status: string, body: string): string {
  return [
    'apiVersion: outsourcing-policy/v1',
    'kind: Engagement',
    `metadata: {id: ENG-1, title: t, version: "1", status: ${status}}`,
    body,
  ].join('\n');
}

function recovery(customer: string, provider: string): string {
  return engagement(
    'planning',
    `emergencyPreparedness:\n  customerRecoveryRequirements: ${customer}\n  providerCapability: ${provider}\n`,
  );
}

function completedMigration(fields: string): string {
  return engagement(
    'migration',
    `migration:\n  status: completed\n  completedOn: 2024-06-30\n${fields}`,
  );
}

export const fixtures: RuleFixtures = {
  'access/default-passwords': {
    failing: [
      {
        name: 'default passwords not changed',
        messageId: 'stillInUse',
        text: engagement('planning', 'accessControl:\n  defaultPasswordsChanged: ⟦false⟧\n'),
      },
    ],
    passing: [
      {
        name: 'default passwords changed',
        text: engagement('planning', 'accessControl:\n  defaultPasswordsChanged: true\n'),
      },
    ],
  },
  'emergency/rto': {
    failing: [
      {
        name: 'the provider recovers more slowly than the customer needs',
        messageId: 'rtoLonger',
        text: recovery('{rto: PT4H, rpo: PT1H}', '{rto: ⟦PT8H⟧, rpo: PT1H}'),
      },
      {
        name: 'the provider would lose more data than the customer accepts',
        messageId: 'rpoLonger',
        text: recovery('{rto: PT4H, rpo: PT1H}', '{rto: PT2H, rpo: ⟦PT2H⟧}'),
      },
    ],
    passing: [
      {
        name: 'the provider meets both objectives',
        text: recovery('{rto: P1D, rpo: PT1H}', '{rto: PT24H, rpo: PT30M}'),
      },
    ],
  },
  'migration/open-exceptions': {
    failing: [
      {
        name: 'one exception still open',
        messageId: 'oneExceptionOpen',
        text: completedMigration('  ⟦openExceptions⟧: [temporary admin access for the vendor]\n'),
      },
      {
        name: 'two exceptions still open',
        messageId: 'exceptionsOpen',
        text: completedMigration('  ⟦openExceptions⟧: [vendor access, test accounts]\n'),
      },
      {
        name: 'the security concept was last updated before completion',
        messageId: 'conceptNotUpdated',
        text: completedMigration(
          '  openExceptions: []\n  securityConceptUpdatedOn: ⟦2024-03-01⟧\n',
        ),
      },
    ],
    passing: [
      {
        name: 'a clean completion',
        text: completedMigration('  openExceptions: []\n  securityConceptUpdatedOn: 2024-07-05\n'),
      },
      {
        name: 'a migration still running',
        text: engagement(
          'migration',
          'migration:\n  status: running\n  openExceptions: [vendor access]\n  securityConceptUpdatedOn: 2024-01-01\n  completedOn: 2024-06-30\n',
        ),
      },
    ],
  },
  'lifecycle/migration-incomplete': {
    failing: [
      {
        name: 'in operation while the migration is still running',
        messageId: 'unfinished',
        text: engagement('operation', 'migration:\n  status: ⟦running⟧\n'),
      },
    ],
    passing: [
      {
        name: 'in operation after a completed migration',
        text: engagement('operation', 'migration:\n  status: completed\n'),
      },
      {
        name: 'still migrating',
        text: engagement('migration', 'migration:\n  status: running\n'),
      },
    ],
  },
  'migration/production-test-data': {
    failing: [
      {
        name: 'production data used for tests without protection',
        messageId: 'protectionMissing',
        text: engagement('planning', 'migration:\n  testData:\n    usesProductionData: ⟦true⟧\n'),
      },
    ],
    passing: [
      {
        name: 'protected production data',
        text: engagement(
          'planning',
          'migration:\n  testData:\n    usesProductionData: true\n    protection: personal fields masked\n',
        ),
      },
    ],
  },
};
