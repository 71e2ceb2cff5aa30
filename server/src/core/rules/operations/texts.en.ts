/** The texts of the operations rules in English (the reference for every other locale). */
export const en = {
  'access/default-passwords': {
    title: 'Default passwords not changed',
    summary: '`accessControl.defaultPasswordsChanged` is not `true`.',
    details:
      'Factory passwords are published in manuals and tried first by every attacker. The measure requires them to be replaced right after installation and no later than first use, so a value other than `true` is reported as an error that cannot be waived (a missing value is reported as `schema/required`).',
    fix: 'Change all default passwords on the systems of the engagement, then set `defaultPasswordsChanged` to `true`.',
    messages: {
      stillInUse: {
        message:
          'accessControl.defaultPasswordsChanged is false: default passwords are still in use',
        detail:
          'Factory passwords are publicly known and tried first by attackers. Change every default password before the systems are used, then set this to true.',
      },
    },
  },
  'emergency/rto': {
    title: 'Recovery slower than the customer needs',
    summary:
      'The provider\u2019s recovery time or recovery point is longer than the customer requires.',
    details:
      'The provider has to adapt its contingency planning to the customer\u2019s needs. The rule compares `providerCapability.rto` and `.rpo` with `customerRecoveryRequirements.rto` and `.rpo`; if the provider needs longer to restore service, or would lose more data, the customer\u2019s requirement cannot be met in an emergency.',
    fix: 'Improve recovery (standby systems, more frequent backups) until the provider values are within the customer\u2019s, or agree new requirements with the customer.',
    messages: {
      rtoLonger: {
        message: "provider rto {provider} is longer than the customer's {customer}",
        detail:
          'The customer requires {customer} (emergencyPreparedness.customerRecoveryRequirements.rto): the service would be down longer than the customer can accept in an emergency. Improve recovery until the provider meets the requirement, or agree a new requirement with the customer.',
      },
      rpoLonger: {
        message: "provider rpo {provider} is longer than the customer's {customer}",
        detail:
          'The customer requires {customer} (emergencyPreparedness.customerRecoveryRequirements.rpo): more data would be lost than the customer can accept in an emergency. Back up more often until the provider meets the requirement, or agree a new requirement with the customer.',
      },
    },
  },
  'migration/open-exceptions': {
    title: 'Migration completed with loose ends',
    summary:
      'A completed migration still lists open exceptions, or the security concept was not updated after completion.',
    details:
      'Temporary exceptions are often granted to get a migration done, and plans change along the way. Once `migration.status` is `completed`, `openExceptions` has to be empty and `securityConceptUpdatedOn` must not be earlier than `completedOn`; otherwise the service enters operation on undocumented, weakened settings.',
    fix: 'Close the remaining exceptions and update the security concept, then record the date of that update.',
    messages: {
      oneExceptionOpen: {
        message: 'migration is completed, but one exception is still open',
        detail:
          'Still listed in migration.openExceptions: {exceptions}. Temporary exceptions from the security rules have to be closed when migration ends; close it and empty the list.',
      },
      exceptionsOpen: {
        message: 'migration is completed, but {count} exceptions are still open',
        detail:
          'Still listed in migration.openExceptions: {exceptions}. Temporary exceptions from the security rules have to be closed when migration ends; close them and empty the list.',
      },
      conceptNotUpdated: {
        message:
          'security concept last updated {updatedOn}, before the migration ended {completedOn}',
        detail:
          'Migration always brings changes, so the security concept has to be revised after it (migration.completedOn). Update it and record the date.',
      },
    },
  },
  'lifecycle/migration-incomplete': {
    title: 'In operation while migration is unfinished',
    summary:
      '`metadata.status` is `operation` or later, but `migration.status` is not `completed`.',
    details:
      'The migration ends with a set of closing tasks: updating the security concept, documenting configurations, training staff, lifting exceptions. An engagement that is already in operation (or being terminated) while its migration is still planned or running has either skipped those tasks or not updated the document.',
    fix: 'Finish the migration tasks and set `migration.status` to `completed` with its completion fields, or correct `metadata.status`.',
    messages: {
      unfinished: {
        message: 'status is {status}, but migration.status is still {migrationStatus}',
        detail:
          'The closing tasks of the migration (updated security concept, documented configurations, trained staff, closed exceptions) should be done before operation. Finish them and set migration.status to completed, or correct metadata.status.',
      },
    },
  },
  'migration/production-test-data': {
    title: 'Production data used for tests without protection',
    summary: 'Migration tests use production data, but no protection for it is described.',
    details:
      'Under time pressure, tests are easily run on a copy of live data in an environment with weaker controls. That is only acceptable when the data is specially protected, for example masked or kept in a test system with production-grade access control. `migration.testData.usesProductionData: true` without a `protection` entry shows that this has not been thought through.',
    fix: 'Describe the protection in `testData.protection`, or switch to synthetic or anonymised test data.',
    messages: {
      protectionMissing: {
        message:
          'tests use production data, but testData.protection does not say how it is protected',
        detail:
          'Production data used for tests needs the same care as in production. Describe the safeguards (for example masking, access control of the test system) in testData.protection, or use synthetic or anonymised data.',
      },
    },
  },
} as const;
