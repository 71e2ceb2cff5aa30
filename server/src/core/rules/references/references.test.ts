import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expectFinding, expectNoFinding, yaml } from '../../../../../test/support/harness';

const UNRESOLVED = 'reference/unresolved';
const DCA_MISSING = 'engagement/dca-missing';
const DUPLICATE_ID = 'document/duplicate-id';

const HEADER = yaml`
  apiVersion: outsourcing-policy/v1
  kind: Engagement
  metadata: {id: ENG-1, title: t, version: "1", status: planning}
  parties:
    provider: {id: provider, name: P, country: DE}
    customer: {id: customer, name: C, country: DE}
`;

const ENGAGEMENT = {
  uri: 'main.engagement.yaml',
  text: yaml`
    apiVersion: outsourcing-policy/v1
    kind: Engagement
    metadata: {id: ENG-1, title: t, version: "1", status: planning}
    parties:
      provider: {id: provider, name: P, country: DE}
      customer: {id: customer, name: C, country: DE}
    contacts:
      - {id: alice, party: provider, role: isb, name: Alice, email: a@example.org}
    dataConnectionAgreements: [DCA-1]
  `,
};

const DCA_OPTIONS = { uri: 'link.dca.yaml', others: [ENGAGEMENT] };

describe('reference/unresolved', () => {
  test('a party ref with a typo gets a did-you-mean and a suggestion for the quick-fix', () => {
    const found = expectFinding(
      HEADER +
        yaml`
          contacts:
            - {id: alice, party: ⟦provder⟧, role: isb, name: Alice, email: a@example.org}
        `,
      {
        ruleId: UNRESOLVED,
        measure: 'OPS.3.1.M13',
        severity: 'error',
        messageId: 'unknownPartySuggested',
        message: 'contacts[0].party: no party "provder"; did you mean "provider"?',
      },
    );
    assert.deepEqual(found.data, { suggestion: 'provider' });
  });

  test('in German the same finding names the party and the suggestion, with the same data', () => {
    const text =
      HEADER +
      yaml`
        contacts:
          - {id: alice, party: ⟦provder⟧, role: isb, name: Alice, email: a@example.org}
      `;
    const found = expectFinding(
      text,
      {
        ruleId: UNRESOLVED,
        measure: 'OPS.3.1.M13',
        severity: 'error',
        messageId: 'unknownPartySuggested',
        message:
          /^contacts\[0\]\.party: Partei „provder“ ist nicht definiert; meinten Sie „provider“\? \(OPS\.3\.1\.M13\)\nIn parties\.provider\.id, parties\.customer\.id sind diese Parteien definiert: provider, customer\./,
      },
      { locale: 'de' },
    );
    assert.deepEqual(found.data, { suggestion: 'provider' });
    assert.deepEqual(found.args, {
      field: 'contacts[0].party',
      value: 'provder',
      where: 'parties.provider.id, parties.customer.id',
      ids: 'provider, customer',
      suggestion: 'provider',
    });
  });

  test('a contact ref that is not close to any id lists the known ids', () => {
    const found = expectFinding(
      HEADER +
        yaml`
          contacts:
            - {id: alice, party: provider, role: isb, name: Alice, email: a@example.org}
            - {id: bob, party: customer, role: dpo, name: Bob, email: b@example.org}
          communication:
            partners:
              - {id: p1, contact: ⟦zoe⟧, scope: internal, allowed: []}
        `,
      {
        ruleId: UNRESOLVED,
        measure: 'OPS.3.1.M4',
        severity: 'error',
        message: 'The contact ids defined in contacts[].id are alice, bob',
      },
    );
    assert.equal(found.data, undefined);
  });

  test('with no contacts defined at all, every contact ref is unresolved', () => {
    expectFinding(
      HEADER +
        yaml`
          contacts: []
          communication:
            partners:
              - {id: p1, contact: ⟦alice⟧, scope: internal, allowed: []}
        `,
      {
        ruleId: UNRESOLVED,
        measure: 'OPS.3.1.M4',
        severity: 'error',
        message: 'No contact is defined in contacts[].id yet',
      },
    );
  });

  test('more than ten known ids are cut off with a count', () => {
    const contacts = Array.from(
      { length: 12 },
      (_, i) => `  - {id: person${i}, party: provider, role: other, name: N, email: n@example.org}`,
    ).join('\n');
    expectFinding(
      HEADER +
        `contacts:\n${contacts}\n` +
        yaml`
          communication:
            partners:
              - {id: p1, contact: ⟦zzz-unknown⟧, scope: internal, allowed: []}
        `,
      {
        ruleId: UNRESOLVED,
        measure: 'OPS.3.1.M4',
        severity: 'error',
        messageId: 'unknownContact',
        message: 'person8, person9, … (+2); correct the reference',
      },
    );
  });

  test('a dependency ref must name a dependency of the rough concept', () => {
    expectFinding(
      HEADER +
        yaml`
          roughConcept:
            dependencies:
              - {id: dep-hosting, type: subcontractor, name: H, service: s, location: DE, accessToCustomerData: false, disclosedOn: 2024-01-01}
          externalStaff:
            - {id: x1, company: X, dependencyRef: ⟦dep-hostng⟧, engagement: short-term, accessToConfidentialData: false, powers: p}
        `,
      {
        ruleId: UNRESOLVED,
        measure: 'OPS.3.1.M6',
        severity: 'error',
        message: 'did you mean "dep-hosting"?',
      },
    );
  });

  test('a partner ref must name a communication partner', () => {
    expectFinding(
      HEADER +
        yaml`
          contacts:
            - {id: alice, party: provider, role: isb, name: Alice, email: a@example.org}
          communication:
            partners:
              - {id: partner-a, contact: alice, scope: internal, allowed: []}
            personalDataRecipients: [⟦partner-b⟧]
        `,
      {
        ruleId: UNRESOLVED,
        measure: 'OPS.3.1.M4',
        severity: 'error',
        message: 'communication.personalDataRecipients[0]: no partner "partner-b"',
      },
    );
  });

  test('a classification ref must be a level of the classification scheme', () => {
    expectFinding(
      HEADER +
        yaml`
          contacts:
            - {id: alice, party: provider, role: isb, name: Alice, email: a@example.org}
          securityConcept:
            classification: {scheme: [public, internal, confidential], agreedOn: 2024-01-01}
          communication:
            partners:
              - {id: p1, contact: alice, scope: internal, allowed: [public, ⟦secret⟧]}
        `,
      {
        ruleId: UNRESOLVED,
        measure: 'OPS.3.1.M4',
        severity: 'error',
        message: 'defined in securityConcept.classification.scheme are',
      },
    );
  });

  test('without a classification scheme every allowed entry is unresolved, on the entry', () => {
    const partners = (allowed: string) =>
      HEADER +
      yaml`
          contacts:
            - {id: alice, party: provider, role: isb, name: Alice, email: a@example.org}
          communication:
            partners:
              - {id: p1, contact: alice, scope: internal, allowed: ${allowed}}
        `;
    const expected = {
      ruleId: UNRESOLVED,
      measure: 'OPS.3.1.M4',
      severity: 'error',
      message: 'no classification scheme',
    } as const;
    expectFinding(partners('[⟦secret⟧, public]'), expected);
    expectFinding(partners('[secret, ⟦public⟧]'), expected);
    for (const securityConcept of ['{classification: {}}', '{classification: {scheme: x}}']) {
      expectFinding(
        partners('[⟦public⟧]').replace(
          'communication:',
          `securityConcept: ${securityConcept}\ncommunication:`,
        ),
        expected,
      );
    }
  });

  test('refs that resolve, and values of the wrong type, are not reported', () => {
    expectNoFinding(
      HEADER +
        yaml`
          contacts:
            - {id: alice, party: provider, role: isb, name: Alice, email: a@example.org}
            - {id: bob, party: 42, role: dpo, name: Bob, email: b@example.org}
          securityConcept:
            classification: {scheme: [public, internal], agreedOn: 2024-01-01}
          communication:
            partners:
              - {id: p1, contact: alice, scope: internal, allowed: [internal]}
            personalDataRecipients: [p1]
          contract: {infrastructure: {ownership: [{asset: a, owner: customer}]}}
          waivers: 17
        `,
      UNRESOLVED,
    );
  });

  test('in a DCA, refs resolve against the engagement its engagementRef names', () => {
    expectFinding(
      yaml`
        apiVersion: outsourcing-policy/v1
        kind: DataConnectionAgreement
        metadata: {id: DCA-1, title: t, version: "1", engagementRef: ENG-1}
        disconnection:
          authorized: [alice, ⟦alcie-x⟧]
      `,
      {
        ruleId: UNRESOLVED,
        measure: 'OPS.3.1.M8',
        severity: 'error',
        message: 'no contact "',
      },
      DCA_OPTIONS,
    );
    expectNoFinding(
      yaml`
        apiVersion: outsourcing-policy/v1
        kind: DataConnectionAgreement
        metadata: {id: DCA-1, title: t, version: "1", engagementRef: ENG-1}
        accessRights:
          - {fromParty: customer, users: u, targets: [t], rights: r, conditions: c}
        disconnection: {authorized: [alice], when: w, notify: [alice], escalation: [alice]}
      `,
      UNRESOLVED,
      DCA_OPTIONS,
    );
  });

  test('a DCA whose engagement is not in the workspace has its refs left unchecked', () => {
    expectNoFinding(
      yaml`
        apiVersion: outsourcing-policy/v1
        kind: DataConnectionAgreement
        metadata: {id: DCA-1, title: t, version: "1", engagementRef: ENG-404}
        disconnection: {authorized: [nobody], when: w, notify: [nobody], escalation: [nobody]}
      `,
      UNRESOLVED,
      { uri: 'link.dca.yaml' },
    );
  });
});

describe('engagement/dca-missing', () => {
  const engagementListing = (entry: string) => HEADER + `dataConnectionAgreements: [${entry}]\n`;
  const dca = (engagementRef: string) => ({
    uri: 'link.dca.yaml',
    text: yaml`
      apiVersion: outsourcing-policy/v1
      kind: DataConnectionAgreement
      metadata: {id: DCA-1, title: t, version: "1", engagementRef: ${engagementRef}}
    `,
  });

  test('an engagement listing a DCA that no document defines is an error', () => {
    expectFinding(
      engagementListing('⟦DCA-2⟧'),
      {
        ruleId: DCA_MISSING,
        measure: 'OPS.3.1.M8',
        severity: 'error',
        messageId: 'agreementMissingSuggested',
        message: 'dataConnectionAgreements[0]: no data connection agreement "DCA-2"',
      },
      { others: [dca('ENG-1')] },
    );
  });

  test('an engagement whose listed DCAs all exist is fine', () => {
    expectNoFinding(engagementListing('DCA-1'), DCA_MISSING, { others: [dca('ENG-1')] });
  });

  test('a DCA whose engagement is not in the workspace is a warning', () => {
    const text = dca('⟦ENG-2⟧').text;
    expectFinding(
      text,
      {
        ruleId: DCA_MISSING,
        measure: 'OPS.3.1.M8',
        severity: 'warning',
        messageId: 'engagementNotFoundSuggested',
        message: 'not found in the workspace',
      },
      { uri: 'link.dca.yaml', others: [ENGAGEMENT] },
    );
  });

  test('a DCA whose engagement is in the workspace is fine', () => {
    expectNoFinding(dca('ENG-1').text, DCA_MISSING, DCA_OPTIONS);
  });
});

describe('document/duplicate-id', () => {
  test('an id defined by another document of the same kind is an error', () => {
    expectFinding(
      yaml`
        apiVersion: outsourcing-policy/v1
        kind: Engagement
        metadata: {id: ⟦ENG-1⟧, title: t, version: "1", status: planning}
      `,
      {
        ruleId: DUPLICATE_ID,
        measure: null,
        severity: 'error',
        messageId: 'sharedByEngagements',
        message: 'in main.engagement.yaml',
      },
      { others: [ENGAGEMENT] },
    );
  });

  test('the same id in a document of the other kind, or a unique id, is fine', () => {
    const dca = {
      uri: 'link.dca.yaml',
      text: yaml`
        apiVersion: outsourcing-policy/v1
        kind: DataConnectionAgreement
        metadata: {id: ENG-1, title: t, version: "1", engagementRef: ENG-1}
      `,
    };
    expectNoFinding(ENGAGEMENT.text, DUPLICATE_ID, { others: [dca] });
  });
});
