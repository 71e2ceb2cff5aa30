/** Documents that make the DCA rules fire, one per message, and documents that do not. */
import type { FixtureFile, RuleFixtures } from '../ruleFixtures';

function engagementFile(customerCountry = 'DE'): FixtureFile {
  return {
    uri: 'e.engagement.yaml',
    text: [
      'apiVersion: outsourcing-policy/v1',
      'kind: Engagement',
      'metadata: {id: ENG-1, title: t, version: "1", status: planning}',
      'parties:',
      '  provider: {id: prov, name: Hosting AG, country: DE}',
      `  customer: {id: cust, name: Stadtwerke Beispiel, country: ${customerCountry}}`,
      'contacts:',
      '  - {id: c-prov, party: prov, role: technical, name: Pia Provider, email: p@example.org}',
      '  - {id: c-cust, party: cust, role: technical, name: Carl Customer, email: c@example.org}',
      '  - {id: c-none, party: other, role: technical, name: Nora Nobody, email: n@example.org}',
      'protectionNeeds: {confidentiality: high, integrity: normal, availability: high}',
      'dataConnectionAgreements: [DCA-1]',
    ].join('\n'),
  };
}

const WITH_ENGAGEMENT = { uri: 'test.dca.yaml', others: [engagementFile()] } as const;

function dca(...body: string[]): string {
  return [
    'apiVersion: outsourcing-policy/v1',
    'kind: DataConnectionAgreement',
    'metadata: {id: DCA-1, title: t, version: "1", engagementRef: ENG-1}',
    ...body,
  ].join('\n');
}

function activation(deficiencies: string, activatedOn: string, checkDate = '2024-01-10'): string {
  return [
    'activation:',
    `  securityCheck: {method: sampling, date: ${checkDate}}`,
    `  openSecurityDeficiencies: ${deficiencies}`,
    `  activatedOn: ${activatedOn}`,
  ].join('\n');
}

const NEEDS_AS_ENGAGEMENT =
  'protectionNeeds: {confidentiality: high, integrity: normal, availability: high}';

export const fixtures: RuleFixtures = {
  'dca/activation-gate': {
    failing: [
      {
        name: 'one security deficiency still open',
        messageId: 'deficiencyOpen',
        text: dca(activation('[firewall rule set not reviewed]', '⟦2024-02-01⟧')),
        ...WITH_ENGAGEMENT,
      },
      {
        name: 'two security deficiencies still open',
        messageId: 'deficienciesOpen',
        text: dca(activation('[a, b]', '⟦2024-02-01⟧')),
        ...WITH_ENGAGEMENT,
      },
      {
        name: 'activated before the security check',
        messageId: 'beforeSecurityCheck',
        text: dca(activation('[]', '⟦2024-01-09⟧')),
        ...WITH_ENGAGEMENT,
      },
      {
        name: 'activated before the agreement takes effect',
        messageId: 'beforeEffective',
        text: dca('term: {effectiveFrom: 2024-03-01}', activation('[]', '⟦2024-02-01⟧')),
        ...WITH_ENGAGEMENT,
      },
    ],
    passing: [
      {
        name: 'activated on the day of the check and the term start, nothing open',
        text: dca('term: {effectiveFrom: 2024-01-10}', activation('[]', '2024-01-10')),
        ...WITH_ENGAGEMENT,
      },
    ],
  },
  'dca/protection-mismatch': {
    failing: [
      {
        name: 'confidentiality rated lower than in the engagement',
        messageId: 'confidentialityDiffers',
        text: dca(
          'protectionNeeds: {confidentiality: ⟦normal⟧, integrity: normal, availability: high}',
        ),
        ...WITH_ENGAGEMENT,
      },
      {
        name: 'integrity rated higher than in the engagement',
        messageId: 'integrityDiffers',
        text: dca(
          'protectionNeeds: {confidentiality: high, integrity: ⟦high⟧, availability: high}',
        ),
        ...WITH_ENGAGEMENT,
      },
      {
        name: 'availability rated lower than in the engagement',
        messageId: 'availabilityDiffers',
        text: dca(
          'protectionNeeds: {confidentiality: high, integrity: normal, availability: ⟦normal⟧}',
        ),
        ...WITH_ENGAGEMENT,
      },
      {
        name: 'confidential data unencrypted inside the networks',
        ruleId: 'schema/must-be-true',
        messageId: 'inNetworkEncryptionRequired',
        text: dca(NEEDS_AS_ENGAGEMENT, 'encryption: {inNetwork: ⟦false⟧, protocol: none}'),
        ...WITH_ENGAGEMENT,
      },
    ],
    passing: [
      {
        name: 'the same ratings, encrypted inside the networks',
        text: dca(NEEDS_AS_ENGAGEMENT, 'encryption: {inNetwork: true, protocol: TLS 1.3}'),
        ...WITH_ENGAGEMENT,
      },
    ],
  },
  'dca/one-sided-contacts': {
    failing: [
      {
        name: 'technical contacts of the customer only',
        messageId: 'noProviderContact',
        text: dca('contacts:\n  ⟦technical⟧: [c-cust]'),
        ...WITH_ENGAGEMENT,
      },
      {
        name: 'technical contacts of the provider only',
        messageId: 'noCustomerContact',
        text: dca('contacts:\n  ⟦technical⟧: [c-prov]'),
        ...WITH_ENGAGEMENT,
      },
      {
        name: 'security contacts of neither party',
        messageId: 'noContactOfEither',
        text: dca('contacts:\n  ⟦securityEvents⟧: [c-none]'),
        ...WITH_ENGAGEMENT,
      },
      {
        name: 'parties in two countries without notes on foreign law',
        ruleId: 'schema/required',
        messageId: 'foreignLawNotesMissing',
        text: dca().replace('kind:', '⟦kind⟧:'),
        uri: 'test.dca.yaml',
        others: [engagementFile('AT')],
      },
    ],
    passing: [
      {
        name: 'contacts of both parties in every category',
        text: dca(
          'contacts:',
          '  organizational: [c-prov, c-cust]',
          '  technical: [c-cust, c-prov]',
          '  securityEvents: [c-prov, c-cust]',
        ),
        ...WITH_ENGAGEMENT,
      },
    ],
  },
};
