import { test } from 'node:test';
import { expectFinding, expectNoFinding, yaml } from '../../../../../test/support/harness';

function header(status: string): string {
  return yaml`
    apiVersion: outsourcing-policy/v1
    kind: Engagement
    metadata: {id: ENG-1, title: t, version: "1", status: ${status}}
  `;
}

const PLANNING = header('planning');
const MULTI_TENANT = 'tenancy:\n  model: multi-tenant\n';
const CLIENT_CONCEPT = 'clientConcept:\n  id: CC-2024\n';

const EXPECTED = {
  ruleId: 'tenancy/client-concept',
  measure: 'OPS.3.1.M7',
  severity: 'error',
} as const;

test('client-concept: multi-tenant without clientConcept once past planning', () => {
  expectFinding(header('negotiation') + 'tenancy:\n  model: ⟦multi-tenant⟧\n', {
    ...EXPECTED,
    message: 'has no clientConcept',
  });
});

test('client-concept: a missing clientConcept is not yet required while planning', () => {
  expectNoFinding(PLANNING + MULTI_TENANT, 'tenancy/client-concept');
});

test('client-concept: a dedicated service needs none of it', () => {
  expectNoFinding(
    header('operation') +
      yaml`
        tenancy:
          model: dedicated
        contract:
          clientCapability: {clientConceptRef: CC-2023}
        emergencyPreparedness:
          backup: {separateMediaPerClient: false}
      `,
    'tenancy/client-concept',
  );
});

test('client-concept: the contract names another client concept', () => {
  expectFinding(
    PLANNING +
      MULTI_TENANT +
      CLIENT_CONCEPT +
      yaml`
        contract:
          clientCapability:
            clientConceptRef: ⟦CC-2023⟧
      `,
    { ...EXPECTED, message: 'CC-2023 does not match clientConcept.id CC-2024' },
  );
});

test('client-concept: a missing clientConceptRef is reported on clientCapability', () => {
  expectFinding(
    PLANNING +
      MULTI_TENANT +
      CLIENT_CONCEPT +
      yaml`
        contract:
          ⟦clientCapability⟧:
            physicalSeparation: false
      `,
    { ...EXPECTED, message: 'clientConceptRef is missing' },
  );
});

test('client-concept: a missing clientCapability is reported on the contract key', () => {
  expectFinding(
    PLANNING + MULTI_TENANT + CLIENT_CONCEPT + '⟦contract⟧:\n  signedOn: 2024-01-01\n',
    { ...EXPECTED, message: 'clientConceptRef is missing' },
  );
});

test('client-concept: backups of all clients on the same media', () => {
  expectFinding(
    PLANNING +
      MULTI_TENANT +
      CLIENT_CONCEPT +
      yaml`
        emergencyPreparedness:
          backup:
            separateMediaPerClient: ⟦false⟧
      `,
    { ...EXPECTED, message: 'separateMediaPerClient is false' },
  );
});

test('client-concept: a missing separateMediaPerClient is reported on the backup key', () => {
  expectFinding(
    PLANNING +
      MULTI_TENANT +
      CLIENT_CONCEPT +
      yaml`
        emergencyPreparedness:
          ⟦backup⟧:
            escalation: true
      `,
    { ...EXPECTED, message: 'separateMediaPerClient is missing' },
  );
});

test('client-concept: a consistent multi-tenant engagement is fine', () => {
  expectNoFinding(
    header('operation') +
      MULTI_TENANT +
      CLIENT_CONCEPT +
      yaml`
        contract:
          clientCapability: {clientConceptRef: CC-2024}
        emergencyPreparedness:
          backup: {separateMediaPerClient: true}
      `,
    'tenancy/client-concept',
  );
});

test('client-concept: values of the wrong type are left to the schema', () => {
  expectNoFinding(
    header('operation') +
      MULTI_TENANT +
      'clientConcept: CC-2024\n' +
      yaml`
        contract:
          clientCapability: {clientConceptRef: CC-2024}
        emergencyPreparedness:
          backup: {separateMediaPerClient: "yes"}
      `,
    'tenancy/client-concept',
  );
  expectNoFinding(
    PLANNING + MULTI_TENANT + CLIENT_CONCEPT + 'contract:\n  clientCapability: yes\n',
    'tenancy/client-concept',
  );
  expectNoFinding(
    PLANNING + MULTI_TENANT + CLIENT_CONCEPT + 'emergencyPreparedness:\n  backup: none\n',
    'tenancy/client-concept',
  );
});
