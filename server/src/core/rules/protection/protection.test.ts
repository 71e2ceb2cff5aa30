import { test } from 'node:test';
import { expectFinding, expectNoFinding, yaml } from '../../../../../test/support/harness';

function engagement(status: string, confidentiality: string, integrity: string): string {
  return yaml`
    apiVersion: outsourcing-policy/v1
    kind: Engagement
    metadata: {id: ENG-1, title: t, version: "1", status: ${status}}
    ⟦protectionNeeds⟧:
      confidentiality: ${confidentiality}
      integrity: ${integrity}
      availability: normal
  `;
}

const SCREENING = {
  ruleId: 'increased-protection/screening',
  measure: 'OPS.3.1.M16',
  severity: 'warning',
} as const;

const SCREENING_SECTION = yaml`
  personnelScreening:
    agreedRequirements: [identity-check]
    responsibleParty: {identity-check: provider}
    extent: identity papers checked
    appliesOnStaffChange: true
`;

test('screening: high confidentiality without personnelScreening', () => {
  expectFinding(engagement('negotiation', 'high', 'normal'), {
    ...SCREENING,
    messageId: 'missingForNeeds',
    message:
      'personnelScreening is recommended but missing: protection needs are confidentiality: high',
  });
});

test('screening: very-high integrity without personnelScreening', () => {
  expectFinding(engagement('operation', 'normal', 'very-high'), {
    ...SCREENING,
    message: 'protection needs are integrity: very-high',
  });
});

test('screening: level increased expects screening even for normal protection needs', () => {
  expectFinding(
    engagement('negotiation', 'normal', 'normal'),
    { ...SCREENING, messageId: 'missingAtLevelIncreased', message: 'level increased' },
    { level: 'increased' },
  );
});

test('screening: present screening, normal needs or the planning phase give no finding', () => {
  const plain = (text: string) => text.replace(/[⟦⟧]/g, '');
  expectNoFinding(
    plain(engagement('negotiation', 'high', 'high')) + SCREENING_SECTION,
    'increased-protection/screening',
  );
  expectNoFinding(
    plain(engagement('operation', 'normal', 'normal')),
    'increased-protection/screening',
  );
  expectNoFinding(plain(engagement('planning', 'high', 'high')), 'increased-protection/screening');
  expectNoFinding(
    plain(engagement('operation', 'normal', 'high')),
    'increased-protection/screening',
    {
      level: 'basic',
    },
  );
});

test('screening: a waiver silences the warning', () => {
  expectNoFinding(
    engagement('negotiation', 'high', 'normal').replace(/[⟦⟧]/g, '') +
      yaml`
        contacts: [{id: isb, party: p, role: isb, name: Jana Roth, email: j@example.com}]
        waivers:
          - measure: OPS.3.1.M16
            justification: background checks are not permitted by local labour law here
            approvedBy: isb
            date: 2026-01-10
      `,
    'increased-protection/screening',
  );
});

function exchange(confidentiality: string, dataExchange: string): string {
  return engagement('planning', confidentiality, 'normal').replace(/[⟦⟧]/g, '') + dataExchange;
}

const ENCRYPTION = {
  ruleId: 'data-exchange/encryption',
  measure: 'OPS.3.1.M9',
  severity: 'warning',
} as const;

test('encryption: high confidentiality and transport protection without encryption', () => {
  expectFinding(
    exchange(
      'high',
      yaml`
        dataExchange:
          security:
            ⟦transportProtection⟧: [checksum, sealed-container]
      `,
    ),
    {
      ...ENCRYPTION,
      messageId: 'encryptionLacking',
      message:
        'transportProtection lacks encryption, although protection needs are confidentiality: high',
    },
  );
});

test('encryption: a missing transportProtection is reported on the security key', () => {
  expectFinding(exchange('very-high', 'dataExchange:\n  ⟦security⟧:\n    keyManagement: HSM\n'), {
    ...ENCRYPTION,
    messageId: 'transportProtectionMissing',
    message: 'transportProtection is missing',
  });
});

test('encryption: a missing security block is reported on the dataExchange key', () => {
  expectFinding(exchange('high', '⟦dataExchange⟧:\n  regular: true\n'), ENCRYPTION);
});

test('encryption: encrypted transport, normal needs or no regular exchange give no finding', () => {
  expectNoFinding(
    exchange('high', 'dataExchange:\n  security:\n    transportProtection: [encryption]\n'),
    'data-exchange/encryption',
  );
  expectNoFinding(
    exchange('normal', 'dataExchange:\n  security:\n    transportProtection: [checksum]\n'),
    'data-exchange/encryption',
  );
  expectNoFinding(
    exchange('high', 'dataExchange:\n  regular: false\n'),
    'data-exchange/encryption',
  );
  expectNoFinding(exchange('high', ''), 'data-exchange/encryption');
  expectNoFinding(
    exchange('high', 'dataExchange:\n  security:\n    transportProtection: encryption\n'),
    'data-exchange/encryption',
  );
});
