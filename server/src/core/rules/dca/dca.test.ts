import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  check,
  expectFinding,
  expectNoFinding,
  said,
  yaml,
  type CheckOptions,
} from '../../../../../test/support/harness';

function engagement(customerCountry = 'DE'): string {
  return yaml`
    apiVersion: outsourcing-policy/v1
    kind: Engagement
    metadata: {id: ENG-1, title: t, version: "1", status: planning}
    parties:
      provider: {id: prov, name: Hosting AG, country: DE}
      customer: {id: cust, name: Stadtwerke Beispiel, country: ${customerCountry}}
    contacts:
      - {id: c-prov, party: prov, role: technical, name: Pia Provider, email: p@example.org}
      - {id: c-cust, party: cust, role: technical, name: Carl Customer, email: c@example.org}
    protectionNeeds: {confidentiality: high, integrity: normal, availability: high}
  `;
}

const WITH_ENGAGEMENT: CheckOptions = {
  uri: 'test.dca.yaml',
  others: [{ uri: 'e.engagement.yaml', text: engagement() }],
};
const WITHOUT_ENGAGEMENT: CheckOptions = { uri: 'test.dca.yaml' };

const HEADER = `apiVersion: outsourcing-policy/v1
kind: DataConnectionAgreement
metadata: {id: DCA-1, title: t, version: "1", engagementRef: ENG-1}
`;

// R6 activation gate

const GATE = { ruleId: 'dca/activation-gate', measure: 'OPS.3.1.M8', severity: 'error' } as const;

test('activation with open security deficiencies is an error on activatedOn', () => {
  expectFinding(
    HEADER +
      yaml`
      activation:
        securityCheck: {method: sampling, date: 2024-01-10}
        openSecurityDeficiencies: [firewall rule set not reviewed]
        activatedOn: ⟦2024-02-01⟧
    `,
    { ...GATE, messageId: 'deficiencyOpen', message: 'one security deficiency is still open' },
    WITHOUT_ENGAGEMENT,
  );
});

test('activation before the security check is an error naming the check date', () => {
  expectFinding(
    HEADER +
      yaml`
      activation:
        securityCheck: {method: sampling, date: 2024-01-10}
        openSecurityDeficiencies: []
        activatedOn: ⟦2024-01-09⟧
    `,
    { ...GATE, message: 'before the security check 2024-01-10 (activation.securityCheck.date)' },
    WITHOUT_ENGAGEMENT,
  );
});

test('activation before the term takes effect is an error naming term.effectiveFrom', () => {
  expectFinding(
    HEADER +
      yaml`
      term: {effectiveFrom: 2024-03-01}
      activation:
        securityCheck: {method: sampling, date: 2024-01-10}
        openSecurityDeficiencies: []
        activatedOn: ⟦2024-02-01⟧
    `,
    { ...GATE, message: 'before the agreement takes effect 2024-03-01 (term.effectiveFrom)' },
    WITHOUT_ENGAGEMENT,
  );
});

test('each reason is a finding of its own on activatedOn, in both locales', () => {
  const text =
    HEADER +
    yaml`
      term: {effectiveFrom: 2024-03-01}
      activation:
        securityCheck: {method: sampling, date: 2024-02-10}
        openSecurityDeficiencies: [a, b]
        activatedOn: 2024-02-01
    `;
  const gate = (locale: 'en' | 'de') =>
    check(text, { ...WITHOUT_ENGAGEMENT, locale }).filter((f) => f.ruleId === GATE.ruleId);
  const [en, de] = [gate('en'), gate('de')];
  assert.deepEqual(
    en.map((f) => [f.messageId, f.args]),
    [
      ['beforeEffective', { activatedOn: '2024-02-01', effectiveFrom: '2024-03-01' }],
      ['beforeSecurityCheck', { activatedOn: '2024-02-01', checkDate: '2024-02-10' }],
      ['deficienciesOpen', { activatedOn: '2024-02-01', count: 2 }],
    ],
  );
  assert.match(said(en[2]), /2 security deficiencies are still open/);
  assert.match(said(en[1]), /before the security check 2024-02-10/);
  assert.match(said(en[0]), /before the agreement takes effect 2024-03-01/);
  assert.deepEqual(
    de.map((f) => [f.messageId, f.start, f.end, f.severity, f.measure]),
    en.map((f) => [f.messageId, f.start, f.end, f.severity, f.measure]),
  );
  assert.match(
    de[2].message,
    /^Verbindung am 2024-02-01 zu früh freigeschaltet: 2 Sicherheitsmängel/,
  );
});

test('activation on the day of the check and the term start, without deficiencies, passes', () => {
  expectNoFinding(
    HEADER +
      yaml`
      term: {effectiveFrom: 2024-01-10}
      activation:
        securityCheck: {method: sampling, date: 2024-01-10}
        openSecurityDeficiencies: []
        activatedOn: 2024-01-10
    `,
    GATE.ruleId,
    WITHOUT_ENGAGEMENT,
  );
});

test('no activatedOn means no activation and no finding, even with deficiencies', () => {
  expectNoFinding(
    HEADER +
      yaml`
      activation:
        securityCheck: {method: sampling, date: 2024-01-10}
        openSecurityDeficiencies: [open point]
    `,
    GATE.ruleId,
    WITHOUT_ENGAGEMENT,
  );
});

test('invalid dates and malformed activation do not crash', () => {
  for (const activation of [
    'activation: nope',
    'activation: {activatedOn: 2024-13-45, securityCheck: {date: 2024-01-10}}',
    'activation: {activatedOn: 2024-01-01, securityCheck: {date: soon}}',
    'activation: {activatedOn: 2024-01-01, securityCheck: nope, openSecurityDeficiencies: nope}',
    'activation: {activatedOn: 5}',
  ]) {
    expectNoFinding(HEADER + activation + '\n', GATE.ruleId, WITHOUT_ENGAGEMENT);
  }
});

// R7 protection mismatch

const MISMATCH = {
  ruleId: 'dca/protection-mismatch',
  measure: 'OPS.3.1.M8',
  severity: 'error',
} as const;

test('a protection need that differs from the engagement is an error on the DCA value', () => {
  const found = expectFinding(
    HEADER +
      yaml`
      protectionNeeds: {confidentiality: high, integrity: ⟦high⟧, availability: high}
    `,
    MISMATCH,
    WITH_ENGAGEMENT,
  );
  assert.match(
    found.message,
    /^protection need integrity is high here but normal in engagement ENG-1/,
  );
});

test('each differing goal is reported on its own', () => {
  const findings = check(
    HEADER + 'protectionNeeds: {confidentiality: normal, integrity: high, availability: normal}\n',
    WITH_ENGAGEMENT,
  ).filter((f) => f.ruleId === MISMATCH.ruleId);
  assert.equal(findings.length, 3);
});

test('matching protection needs pass', () => {
  expectNoFinding(
    HEADER + 'protectionNeeds: {confidentiality: high, integrity: normal, availability: high}\n',
    MISMATCH.ruleId,
    WITH_ENGAGEMENT,
  );
});

test('without the engagement, or with missing values, the comparison is skipped', () => {
  const text = HEADER + 'protectionNeeds: {confidentiality: normal, integrity: high}\n';
  expectNoFinding(text, MISMATCH.ruleId, WITHOUT_ENGAGEMENT);
  const partial = check(text, WITH_ENGAGEMENT).filter((f) => f.ruleId === MISMATCH.ruleId);
  assert.equal(partial.length, 2, 'availability is missing in the DCA and is not compared');
  expectNoFinding(HEADER + 'protectionNeeds: nope\n', MISMATCH.ruleId, WITH_ENGAGEMENT);
});

// R8 one-sided contacts

const ONE_SIDED = {
  ruleId: 'dca/one-sided-contacts',
  measure: 'OPS.3.1.M8',
  severity: 'warning',
} as const;

test('a contact category with only provider contacts is a warning naming the customer', () => {
  expectFinding(
    HEADER +
      yaml`
      contacts:
        organizational: [c-prov, c-cust]
        ⟦technical⟧: [c-prov]
        securityEvents: [c-cust, c-prov]
    `,
    {
      ...ONE_SIDED,
      messageId: 'noCustomerContact',
      message: 'Add a contact of the customer (Stadtwerke Beispiel)',
    },
    WITH_ENGAGEMENT,
  );
});

test('a contact category with only customer contacts names the provider', () => {
  expectFinding(
    HEADER +
      yaml`
      contacts:
        ⟦securityEvents⟧: [c-cust]
    `,
    {
      ...ONE_SIDED,
      messageId: 'noProviderContact',
      message: 'Add a contact of the provider (Hosting AG)',
    },
    WITH_ENGAGEMENT,
  );
});

test('categories with contacts of both parties pass', () => {
  expectNoFinding(
    HEADER +
      yaml`
      contacts:
        organizational: [c-prov, c-cust]
        technical: [c-cust, c-prov]
        securityEvents: [c-prov, c-cust]
    `,
    ONE_SIDED.ruleId,
    WITH_ENGAGEMENT,
  );
});

test('unresolvable contact ids are ignored', () => {
  expectFinding(
    HEADER +
      yaml`
      contacts:
        ⟦technical⟧: [c-prov, c-nobody]
    `,
    { ...ONE_SIDED, message: 'customer' },
    WITH_ENGAGEMENT,
  );
  expectNoFinding(
    HEADER + 'contacts: {technical: [c-nobody], organizational: []}\n',
    ONE_SIDED.ruleId,
    WITH_ENGAGEMENT,
  );
});

test('without the engagement, or with malformed contacts, nothing is reported', () => {
  expectNoFinding(
    HEADER + 'contacts: {technical: [c-prov]}\n',
    ONE_SIDED.ruleId,
    WITHOUT_ENGAGEMENT,
  );
  for (const contacts of [
    'contacts: nope',
    'contacts: {technical: nope}',
    'contacts: {technical: [1, null]}',
  ]) {
    expectNoFinding(HEADER + contacts + '\n', ONE_SIDED.ruleId, WITH_ENGAGEMENT);
  }
});

// Encryption for confidential data

const ENCRYPTION = {
  ruleId: 'schema/must-be-true',
  measure: 'OPS.3.1.M8',
  severity: 'error',
  message: 'encryption.inNetwork must be true',
} as const;

test('high confidentiality without in-network encryption is an error on inNetwork', () => {
  expectFinding(
    HEADER +
      yaml`
      protectionNeeds: {confidentiality: very-high}
      encryption: {inNetwork: ⟦false⟧, protocol: none}
    `,
    ENCRYPTION,
    WITHOUT_ENGAGEMENT,
  );
});

test('normal confidentiality, or encryption switched on, passes', () => {
  for (const text of [
    'protectionNeeds: {confidentiality: normal}\nencryption: {inNetwork: false, protocol: none}\n',
    'protectionNeeds: {confidentiality: high}\nencryption: {inNetwork: true, protocol: TLS 1.3}\n',
    'protectionNeeds: {confidentiality: high}\n',
    'protectionNeeds: {confidentiality: high}\nencryption: {inNetwork: "no", protocol: x}\n',
  ]) {
    expectNoFinding(HEADER + text, ENCRYPTION.ruleId, WITHOUT_ENGAGEMENT);
  }
});

// Foreign law notes

const FOREIGN_LAW = {
  ruleId: 'schema/required',
  measure: 'OPS.3.1.M8',
  severity: 'warning',
  message: 'foreignLawNotes is recommended but missing',
} as const;

const ACROSS_BORDERS: CheckOptions = {
  uri: 'test.dca.yaml',
  others: [{ uri: 'e.engagement.yaml', text: engagement('AT') }],
};

test('parties in different countries without foreignLawNotes is a warning on the kind key', () => {
  const found = expectFinding(
    yaml`
      apiVersion: outsourcing-policy/v1
      ⟦kind⟧: DataConnectionAgreement
      metadata: {id: DCA-1, title: t, version: "1", engagementRef: ENG-1}
    `,
    FOREIGN_LAW,
    ACROSS_BORDERS,
  );
  assert.deepEqual(found.data, { missingKey: 'foreignLawNotes', should: true });
  assert.match(said(found), /DE.*AT/);
});

test('foreignLawNotes present, or parties in one country, pass', () => {
  const withNotes = HEADER + 'foreignLawNotes: {cryptography: a, privacy: b, copyright: c}\n';
  const isForeignLaw = (message: string) => message.startsWith(FOREIGN_LAW.message);
  assert.equal(check(withNotes, ACROSS_BORDERS).filter((f) => isForeignLaw(f.message)).length, 0);
  assert.equal(check(HEADER, WITH_ENGAGEMENT).filter((f) => isForeignLaw(f.message)).length, 0);
  assert.equal(check(HEADER, WITHOUT_ENGAGEMENT).filter((f) => isForeignLaw(f.message)).length, 0);
});

test('a foreignLawNotes warning can be waived', () => {
  const text =
    HEADER +
    yaml`
      waivers:
        - measure: OPS.3.1.M8
          path: foreignLawNotes
          justification: both legal departments reviewed the foreign law in person
          approvedBy: c-cust
          date: 2024-01-10
    `;
  const findings = check(text, ACROSS_BORDERS).filter((f) =>
    f.message.startsWith(FOREIGN_LAW.message),
  );
  assert.deepEqual(findings, []);
});
