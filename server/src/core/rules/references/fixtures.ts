/** Documents that make the reference rules fire, one per message, and documents that do not. */
import type { FixtureCase, RuleFixtures } from '../ruleFixtures';

const HEADER = [
  'apiVersion: outsourcing-policy/v1',
  'kind: Engagement',
  'metadata: {id: ENG-1, title: t, version: "1", status: planning}',
];
const PARTIES = [
  'parties:',
  '  provider: {id: provider, name: P, country: DE}',
  '  customer: {id: customer, name: C, country: DE}',
];
const CONTACTS = [
  'contacts:',
  '  - {id: alice, party: provider, role: isb, name: Alice, email: a@example.org}',
  '  - {id: bob, party: customer, role: dpo, name: Bob, email: b@example.org}',
];

function engagement(...body: string[]): string {
  return [...HEADER, ...body].join('\n');
}

/** An engagement whose communication partner names `contact` and may receive `allowed`. */
function partners(contact: string, allowed = '[]', scheme = 'scheme: [public, internal]'): string {
  return engagement(
    ...PARTIES,
    ...CONTACTS,
    `securityConcept:\n  classification: {${scheme}, agreedOn: 2024-01-01}`,
    'communication:',
    '  partners:',
    `    - {id: partner-a, contact: ${contact}, scope: internal, allowed: ${allowed}}`,
  );
}

function party(value: string, withParties = true): string {
  return engagement(
    ...(withParties ? PARTIES : []),
    'contacts:',
    `  - {id: alice, party: ${value}, role: isb, name: Alice, email: a@example.org}`,
  );
}

function dependency(value: string, defined = true): string {
  return engagement(
    ...PARTIES,
    'roughConcept:',
    '  dependencies:',
    ...(defined
      ? [
          '    - {id: dep-hosting, type: subcontractor, name: H, service: s, location: DE, accessToCustomerData: false, disclosedOn: 2024-01-01}',
        ]
      : ['    []']),
    'externalStaff:',
    `  - {id: x1, company: X, dependencyRef: ${value}, engagement: short-term, accessToConfidentialData: false, powers: p}`,
  );
}

function recipient(value: string, defined = true): string {
  return engagement(
    ...PARTIES,
    ...CONTACTS,
    'communication:',
    `  partners: ${defined ? '[{id: partner-a, contact: alice, scope: internal, allowed: []}]' : '[]'}`,
    `  personalDataRecipients: [${value}]`,
  );
}

function emergency(reactionTime: string): string {
  return engagement(
    'contract:',
    '  emergency:',
    '    incidentCategories:',
    '      types: [outage]',
    '      severities: [low, high, critical]',
    '      urgency: [normal]',
    '    reactionTimes:',
    `      ${reactionTime}: PT1H`,
  );
}

const CONTACT_WITHOUT_DETAILS = [
  'contacts:',
  '  - {id: alice, party: provider, role: isb, name: Alice, email: a@example.org}',
  '  - {⟦id⟧: carol, party: customer, role: isb, name: Carol}',
];

const ENGAGEMENT_FILE = {
  uri: 'main.engagement.yaml',
  text: engagement(
    ...PARTIES,
    ...CONTACT_WITHOUT_DETAILS.map((line) => line.replace('⟦id⟧', 'id')),
    'dataConnectionAgreements: [DCA-1]',
  ),
};

function dca(body: string, engagementRef = 'ENG-1'): string {
  return [
    'apiVersion: outsourcing-policy/v1',
    'kind: DataConnectionAgreement',
    `metadata: {id: DCA-1, title: t, version: "1", engagementRef: ${engagementRef}}`,
    body,
  ].join('\n');
}

const AS_REQUIRED: Partial<FixtureCase> = { ruleId: 'schema/required' };

export const fixtures: RuleFixtures = {
  'reference/unresolved': {
    failing: [
      { name: 'an unknown party', messageId: 'unknownParty', text: party('⟦nobody⟧') },
      {
        name: 'a party with a typo',
        messageId: 'unknownPartySuggested',
        text: party('⟦provder⟧'),
      },
      {
        name: 'a party while no parties are defined',
        messageId: 'noPartyDefined',
        text: party('⟦provider⟧', false),
      },
      { name: 'an unknown contact', messageId: 'unknownContact', text: partners('⟦zoe⟧') },
      {
        name: 'a contact with a typo',
        messageId: 'unknownContactSuggested',
        text: partners('⟦alise⟧'),
      },
      {
        name: 'a contact while no contacts are defined',
        messageId: 'noContactDefined',
        text: engagement(
          ...PARTIES,
          'contacts: []',
          'communication:',
          '  partners:',
          '    - {id: partner-a, contact: ⟦zoe⟧, scope: internal, allowed: []}',
        ),
      },
      {
        name: 'an unknown dependency',
        messageId: 'unknownDependency',
        text: dependency('⟦dep-carrier⟧'),
      },
      {
        name: 'a dependency with a typo',
        messageId: 'unknownDependencySuggested',
        text: dependency('⟦dep-hostng⟧'),
      },
      {
        name: 'a dependency while none is listed',
        messageId: 'noDependencyDefined',
        text: dependency('⟦dep-hosting⟧', false),
      },
      {
        name: 'an unknown communication partner',
        messageId: 'unknownPartner',
        text: recipient('⟦auditor⟧'),
      },
      {
        name: 'a communication partner with a typo',
        messageId: 'unknownPartnerSuggested',
        text: recipient('⟦partner-b⟧'),
      },
      {
        name: 'a communication partner while none is defined',
        messageId: 'noPartnerDefined',
        text: recipient('⟦partner-a⟧', false),
      },
      {
        name: 'a level outside the classification scheme',
        messageId: 'unknownClassification',
        text: partners('alice', '[public, ⟦secret⟧]'),
      },
      {
        name: 'a classification level with a typo',
        messageId: 'unknownClassificationSuggested',
        text: partners('alice', '[⟦publik⟧]'),
      },
      {
        name: 'a level while the scheme is empty',
        messageId: 'noClassificationDefined',
        text: partners('alice', '[⟦public⟧]', 'scheme: []'),
      },
      {
        name: 'a level while there is no classification scheme',
        messageId: 'noClassificationScheme',
        text: partners('alice', '[⟦public⟧]', 'owner: provider'),
      },
      {
        name: 'a reaction time for a severity that is not agreed',
        messageId: 'unknownSeverity',
        text: emergency('⟦disaster⟧'),
      },
      {
        name: 'a reaction time for a misspelt severity',
        messageId: 'unknownSeveritySuggested',
        text: emergency('⟦critcal⟧'),
      },
      {
        ...AS_REQUIRED,
        name: 'a responsible contact without e-mail or phone',
        messageId: 'contactUnreachable',
        text: engagement(
          ...PARTIES,
          ...CONTACT_WITHOUT_DETAILS,
          'waivers:',
          '  - {measure: OPS.3.1.M4, reason: r, approvedBy: carol, expires: 2030-01-01}',
        ),
      },
      {
        ...AS_REQUIRED,
        name: 'a contact responsible in a DCA of the engagement, without e-mail or phone',
        messageId: 'contactUnreachableInDca',
        uri: ENGAGEMENT_FILE.uri,
        text: ENGAGEMENT_FILE.text.replace('- {id: carol', '- {⟦id⟧: carol'),
        others: [
          {
            uri: 'link.dca.yaml',
            text: dca('disconnection:\n  authorized: [carol]'),
          },
        ],
      },
    ],
    passing: [
      {
        name: 'every reference resolves',
        text: partners('alice', '[public, internal]'),
      },
      { name: 'agreed severities only', text: emergency('critical') },
    ],
  },
  'engagement/dca-missing': {
    failing: [
      {
        name: 'a listed agreement that no document defines',
        messageId: 'agreementMissing',
        text: engagement('dataConnectionAgreements: [⟦DCA-9⟧]'),
      },
      {
        name: 'a listed agreement with a typo',
        messageId: 'agreementMissingSuggested',
        text: engagement('dataConnectionAgreements: [⟦DCA-01⟧]'),
        others: [{ uri: 'link.dca.yaml', text: dca('') }],
      },
      {
        name: 'an agreement whose engagement is not in the workspace',
        messageId: 'engagementNotFound',
        uri: 'link.dca.yaml',
        text: dca('').replace('engagementRef: ENG-1', 'engagementRef: ⟦ENG-1⟧'),
      },
      {
        name: 'an agreement naming its engagement with a typo',
        messageId: 'engagementNotFoundSuggested',
        uri: 'link.dca.yaml',
        text: dca('', '⟦ENG-01⟧'),
        others: [ENGAGEMENT_FILE],
      },
    ],
    passing: [
      {
        name: 'engagement and agreement find each other',
        uri: 'link.dca.yaml',
        text: dca(''),
        others: [ENGAGEMENT_FILE],
      },
    ],
  },
  'document/duplicate-id': {
    failing: [
      {
        name: 'two engagements with one id',
        messageId: 'sharedByEngagements',
        text: engagement().replace('id: ENG-1', 'id: ⟦ENG-1⟧'),
        others: [{ uri: 'other.engagement.yaml', text: engagement() }],
      },
      {
        name: 'two agreements with one id',
        messageId: 'sharedByAgreements',
        uri: 'link.dca.yaml',
        text: dca('').replace('id: DCA-1', 'id: ⟦DCA-1⟧'),
        others: [{ uri: 'other.dca.yaml', text: dca('') }],
      },
    ],
    passing: [
      {
        name: 'an engagement and an agreement may share an id',
        text: engagement(),
        others: [{ uri: 'other.dca.yaml', text: dca('').replace('id: DCA-1', 'id: ENG-1') }],
      },
    ],
  },
};
