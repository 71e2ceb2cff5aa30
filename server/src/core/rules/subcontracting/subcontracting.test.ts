import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectFinding, expectNoFinding, said, yaml } from '../../../../../test/support/harness';

const HEADER = yaml`
  apiVersion: outsourcing-policy/v1
  kind: Engagement
  metadata: {id: ENG-1, title: t, version: "1", status: planning}
`;

const SUBCONTRACTOR = yaml`
  roughConcept:
    dependencies:
      - {id: DEP-NET, type: subcontractor, name: NetOps GmbH, disclosedOn: 2024-01-10}
`;

const FLOW_DOWN = {
  ruleId: 'subcontracting/flow-down',
  measure: 'OPS.3.1.M2',
  severity: 'error',
} as const;

test('flow-down: a subcontractor while further relocation is not permitted', () => {
  expectFinding(
    HEADER +
      SUBCONTRACTOR +
      yaml`
        contract:
          furtherRelocation:
            permitted: ⟦false⟧
            conditions: none
            flowDownAllRequirements: true
      `,
    {
      ...FLOW_DOWN,
      messageId: 'permittedFalse',
      message: 'a subcontractor is used, but furtherRelocation.permitted is false',
    },
  );
});

test('flow-down: a subcontractor without flow-down of all requirements', () => {
  const found = expectFinding(
    HEADER +
      SUBCONTRACTOR +
      yaml`
        contract:
          furtherRelocation:
            permitted: true
            conditions: only with prior written approval
            flowDownAllRequirements: ⟦false⟧
      `,
    { ...FLOW_DOWN, messageId: 'flowDownFalse' },
  );
  assert.match(said(found), /DEP-NET \(NetOps GmbH\)/);
});

test('flow-down: a missing flowDownAllRequirements is reported on the furtherRelocation key', () => {
  expectFinding(
    HEADER +
      SUBCONTRACTOR +
      yaml`
        contract:
          ⟦furtherRelocation⟧:
            permitted: true
            conditions: only with prior written approval
      `,
    { ...FLOW_DOWN, messageId: 'flowDownMissing', message: 'flowDownAllRequirements is missing' },
  );
});

test('flow-down: a missing furtherRelocation is reported on the contract key', () => {
  expectFinding(
    HEADER +
      SUBCONTRACTOR +
      yaml`
        ⟦contract⟧:
          signedOn: 2024-02-01
      `,
    {
      ...FLOW_DOWN,
      messageId: 'relocationMissing',
      message: 'contract.furtherRelocation is missing',
    },
  );
});

test('flow-down: permitted and flowed down is fine', () => {
  expectNoFinding(
    HEADER +
      SUBCONTRACTOR +
      yaml`
        contract:
          furtherRelocation:
            permitted: true
            conditions: only with prior written approval
            flowDownAllRequirements: true
      `,
    'subcontracting/flow-down',
  );
});

test('flow-down: no subcontractor, no contract or unreadable values give no finding', () => {
  const other = yaml`
    roughConcept:
      dependencies:
        - {id: DEP-TEL, type: telecom-provider, name: Carrier AG}
  `;
  const forbidden = yaml`
    contract:
      furtherRelocation: {permitted: false, conditions: none}
  `;
  expectNoFinding(HEADER + other + forbidden, 'subcontracting/flow-down');
  expectNoFinding(HEADER + SUBCONTRACTOR, 'subcontracting/flow-down');
  expectNoFinding(
    HEADER + SUBCONTRACTOR + 'contract:\n  furtherRelocation: yes\n',
    'subcontracting/flow-down',
  );
  expectNoFinding(
    HEADER + 'roughConcept:\n  dependencies: none\n' + forbidden,
    'subcontracting/flow-down',
  );
});

const LATE = {
  ruleId: 'subcontracting/late-disclosure',
  measure: 'OPS.3.1.M1',
  severity: 'warning',
} as const;

test('late-disclosure: a dependency disclosed after signing', () => {
  expectFinding(
    HEADER +
      yaml`
        roughConcept:
          dependencies:
            - {id: DEP-A, type: maintenance, disclosedOn: 2024-01-12}
            - {id: DEP-DC, type: it-outsourcing, disclosedOn: ⟦2024-05-10⟧}
        contract:
          signedOn: 2024-02-01
      `,
    {
      ...LATE,
      messageId: 'disclosedAfterSigning',
      message: 'dependency DEP-DC was disclosed 2024-05-10, after signing 2024-02-01',
    },
  );
});

test('late-disclosure: in German, with the same dates and the dependency named', () => {
  expectFinding(
    HEADER +
      yaml`
        roughConcept:
          dependencies:
            - {id: DEP-DC, type: it-outsourcing, name: RZ Nord, disclosedOn: ⟦2024-05-10⟧}
        contract:
          signedOn: 2024-02-01
      `,
    {
      ...LATE,
      messageId: 'disclosedAfterSigning',
      message:
        /^Abhängigkeit DEP-DC erst am 2024-05-10 offengelegt, der Vertrag wurde am 2024-02-01 unterzeichnet \(OPS.3.1.M1\)\nAbhängigkeiten von Dritten wie DEP-DC \(RZ Nord\)/,
    },
    { locale: 'de' },
  );
});

test('late-disclosure: a dependency without an id is named by its path', () => {
  expectFinding(
    HEADER +
      yaml`
        roughConcept:
          dependencies:
            - {type: it-outsourcing, disclosedOn: ⟦2024-05-10⟧}
        contract:
          signedOn: 2024-02-01
      `,
    { ...LATE, message: 'dependency roughConcept.dependencies[0] was disclosed 2024-05-10' },
  );
});

test('late-disclosure: disclosed before or on the signing day is fine', () => {
  expectNoFinding(
    HEADER +
      yaml`
        roughConcept:
          dependencies:
            - {id: DEP-A, type: maintenance, disclosedOn: 2024-01-12}
            - {id: DEP-B, type: maintenance, disclosedOn: 2024-02-01}
        contract:
          signedOn: 2024-02-01
      `,
    'subcontracting/late-disclosure',
  );
});

test('late-disclosure: unsigned contracts and invalid dates give no finding', () => {
  const dependencies = yaml`
    roughConcept:
      dependencies:
        - {id: DEP-A, type: maintenance, disclosedOn: 2024-13-45}
        - {id: DEP-B, type: maintenance, disclosedOn: 2024-05-10}
  `;
  expectNoFinding(HEADER + dependencies, 'subcontracting/late-disclosure');
  expectNoFinding(
    HEADER + dependencies + 'contract:\n  signedOn: soon\n',
    'subcontracting/late-disclosure',
  );
});

const BLANKET = {
  ruleId: 'subcontracting/blanket-exclusion',
  measure: 'OPS.3.1.M2',
  severity: 'info',
} as const;

test('blanket-exclusion: subcontracting ruled out altogether', () => {
  expectFinding(
    HEADER +
      yaml`
        contract:
          furtherRelocation:
            permitted: ⟦false⟧
            conditions: none
      `,
    { ...BLANKET, message: 'blanket ban is not advisable' },
  );
});

test('blanket-exclusion: permitted subcontracting, or a subcontractor (flow-down instead), is no info', () => {
  expectNoFinding(
    HEADER +
      yaml`
        contract:
          furtherRelocation: {permitted: true, conditions: with approval, flowDownAllRequirements: true}
      `,
    'subcontracting/blanket-exclusion',
  );
  expectNoFinding(
    HEADER +
      SUBCONTRACTOR +
      yaml`
        contract:
          furtherRelocation: {permitted: false, conditions: none}
      `,
    'subcontracting/blanket-exclusion',
  );
  expectNoFinding(HEADER, 'subcontracting/blanket-exclusion');
});
