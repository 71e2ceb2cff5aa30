import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectFinding, expectNoFinding, said, yaml } from '../../../../../test/support/harness';

function header(status = 'planning'): string {
  return yaml`
    apiVersion: outsourcing-policy/v1
    kind: Engagement
    metadata: {id: ENG-1, title: t, version: "1", status: ${status}}
  `;
}

test('default-passwords: default passwords not changed', () => {
  expectFinding(header() + 'accessControl:\n  defaultPasswordsChanged: ⟦false⟧\n', {
    ruleId: 'access/default-passwords',
    measure: 'OPS.3.1.M11',
    severity: 'error',
    message: 'accessControl.defaultPasswordsChanged is false',
  });
});

test('default-passwords: changed, missing (left to schema/required) or wrong type give no finding', () => {
  expectNoFinding(
    header() + 'accessControl:\n  defaultPasswordsChanged: true\n',
    'access/default-passwords',
  );
  expectNoFinding(
    header() + 'accessControl:\n  tenantIsolation: true\n',
    'access/default-passwords',
  );
  expectNoFinding(
    header() + 'accessControl:\n  defaultPasswordsChanged: "no"\n',
    'access/default-passwords',
  );
  expectNoFinding(header(), 'access/default-passwords');
});

function recovery(customer: string, provider: string): string {
  return (
    header() +
    yaml`
      emergencyPreparedness:
        customerRecoveryRequirements: ${customer}
        providerCapability: ${provider}
    `
  );
}

const RTO = { ruleId: 'emergency/rto', measure: 'OPS.3.1.M14', severity: 'error' } as const;

test('emergency/rto: the provider recovers more slowly than the customer needs', () => {
  expectFinding(recovery('{rto: PT4H, rpo: PT1H}', '{rto: ⟦PT8H⟧, rpo: PT1H}'), {
    ...RTO,
    message: "provider rto PT8H is longer than the customer's PT4H",
  });
});

test('emergency/rto: the provider would lose more data than the customer accepts', () => {
  expectFinding(recovery('{rto: PT4H, rpo: PT1H}', '{rto: PT2H, rpo: ⟦PT2H⟧}'), {
    ...RTO,
    message: 'provider rpo PT2H',
  });
});

test('emergency/rto: both too long gives one finding each', () => {
  const text = recovery('{rto: PT4H, rpo: PT1H}', '{rto: P1D, rpo: P1D}');
  expectFinding(text.replace('rto: P1D', 'rto: ⟦P1D⟧'), { ...RTO, message: 'provider rto' });
  expectFinding(text.replace('rpo: P1D', 'rpo: ⟦P1D⟧'), { ...RTO, message: 'provider rpo' });
});

test('emergency/rto: equal, shorter, mixed units or invalid values give no finding', () => {
  expectNoFinding(recovery('{rto: PT4H, rpo: PT1H}', '{rto: PT4H, rpo: PT30M}'), 'emergency/rto');
  expectNoFinding(recovery('{rto: P1D, rpo: PT1H}', '{rto: PT24H, rpo: PT60M}'), 'emergency/rto');
  expectNoFinding(recovery('{rto: 4h, rpo: PT1H}', '{rto: PT8H}'), 'emergency/rto');
  expectNoFinding(
    header() + 'emergencyPreparedness:\n  providerCapability: {rto: P9D}\n',
    'emergency/rto',
  );
});

const OPEN = {
  ruleId: 'migration/open-exceptions',
  measure: 'OPS.3.1.M13',
  severity: 'error',
} as const;

function migration(fields: string): string {
  return header('migration') + 'migration:\n' + fields;
}

test('open-exceptions: a completed migration with open exceptions', () => {
  const found = expectFinding(
    migration(
      yaml`
      status: completed
      completedOn: 2024-06-30
      ⟦openExceptions⟧: [temporary admin access for the vendor]
      securityConceptUpdatedOn: 2024-07-05
    `.replace(/^/gm, '  '),
    ),
    OPEN,
  );
  assert.match(said(found), /temporary admin access for the vendor/);
});

test('open-exceptions: a security concept not updated since completion', () => {
  expectFinding(
    migration(
      yaml`
      status: completed
      completedOn: 2024-06-30
      openExceptions: []
      securityConceptUpdatedOn: ⟦2024-03-01⟧
    `.replace(/^/gm, '  '),
    ),
    {
      ...OPEN,
      message: 'security concept last updated 2024-03-01, before the migration ended 2024-06-30',
    },
  );
});

test('open-exceptions: a clean completion, an update on the same day, or an unfinished migration', () => {
  const completed = (updatedOn: string, exceptions: string) =>
    migration(
      `  status: completed\n  completedOn: 2024-06-30\n  openExceptions: ${exceptions}\n  securityConceptUpdatedOn: ${updatedOn}\n`,
    );
  expectNoFinding(completed('2024-07-05', '[]'), 'migration/open-exceptions');
  expectNoFinding(completed('2024-06-30', '[]'), 'migration/open-exceptions');
  expectNoFinding(completed('not-a-date', 'none'), 'migration/open-exceptions');
  expectNoFinding(
    migration(
      '  status: running\n  openExceptions: [vendor access]\n  securityConceptUpdatedOn: 2024-01-01\n  completedOn: 2024-06-30\n',
    ),
    'migration/open-exceptions',
  );
});

const INCOMPLETE = {
  ruleId: 'lifecycle/migration-incomplete',
  measure: 'OPS.3.1.M13',
  severity: 'warning',
} as const;

test('migration-incomplete: in operation while the migration is still running', () => {
  expectFinding(header('operation') + 'migration:\n  status: ⟦running⟧\n', {
    ...INCOMPLETE,
    message: 'status is operation, but migration.status is still running',
  });
});

test('migration-incomplete: terminated while the migration is only planned', () => {
  expectFinding(header('terminated') + 'migration:\n  status: ⟦planned⟧\n', INCOMPLETE);
});

test('migration-incomplete: completed, before operation, or unknown values give no finding', () => {
  expectNoFinding(header('operation') + 'migration:\n  status: completed\n', INCOMPLETE.ruleId);
  expectNoFinding(header('migration') + 'migration:\n  status: running\n', INCOMPLETE.ruleId);
  expectNoFinding(header('operation') + 'migration:\n  status: done\n', INCOMPLETE.ruleId);
  expectNoFinding(header('operation'), INCOMPLETE.ruleId);
});

const TEST_DATA = {
  ruleId: 'migration/production-test-data',
  measure: 'OPS.3.1.M13',
  severity: 'error',
} as const;

test('production-test-data: production data used for tests without protection', () => {
  expectFinding(header() + 'migration:\n  testData:\n    usesProductionData: ⟦true⟧\n', TEST_DATA);
});

test('production-test-data: an empty protection text counts as missing', () => {
  expectFinding(
    header() + 'migration:\n  testData:\n    usesProductionData: ⟦true⟧\n    protection: "  "\n',
    TEST_DATA,
  );
});

test('production-test-data: protected production data or synthetic data give no finding', () => {
  expectNoFinding(
    header() +
      'migration:\n  testData:\n    usesProductionData: true\n    protection: personal fields masked\n',
    TEST_DATA.ruleId,
  );
  expectNoFinding(
    header() + 'migration:\n  testData:\n    usesProductionData: false\n',
    TEST_DATA.ruleId,
  );
  expectNoFinding(header() + 'migration:\n  testData: yes\n', TEST_DATA.ruleId);
});

test('emergency/rto: the message names the values in German too', () => {
  expectFinding(
    recovery('{rto: PT4H, rpo: PT1H}', '{rto: ⟦PT8H⟧, rpo: PT1H}'),
    {
      ...RTO,
      messageId: 'rtoLonger',
      message:
        'Wiederanlaufzeit (rto) des Dienstleisters PT8H überschreitet die Kundenvorgabe PT4H',
    },
    { locale: 'de' },
  );
});

test('open-exceptions: several open exceptions are counted', () => {
  expectFinding(
    migration('  status: completed\n  ⟦openExceptions⟧: [vendor access, test accounts]\n'),
    { ...OPEN, messageId: 'exceptionsOpen', message: '2 exceptions are still open' },
  );
});
