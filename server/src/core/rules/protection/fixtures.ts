/** Documents that make the protection-needs rules fire, one per message, and documents that do not. */
import type { RuleFixtures } from '../ruleFixtures';

function engagement(status: string, confidentiality: string, integrity: string): string {
  return [
    'apiVersion: outsourcing-policy/v1',
    'kind: Engagement',
    `metadata: {id: ENG-1, title: t, version: "1", status: ${status}}`,
    '⟦protectionNeeds⟧:',
    `  confidentiality: ${confidentiality}`,
    `  integrity: ${integrity}`,
    '  availability: normal',
    '',
  ].join('\n');
}

const unmarked = (text: string): string => text.replace(/[⟦⟧]/g, '');

const SCREENING = [
  'personnelScreening:',
  '  agreedRequirements: [identity-check]',
  '  responsibleParty: {identity-check: provider}',
  '  extent: identity papers checked',
  '  appliesOnStaffChange: true',
].join('\n');

function exchange(confidentiality: string, dataExchange: string): string {
  return unmarked(engagement('planning', confidentiality, 'normal')) + dataExchange;
}

export const fixtures: RuleFixtures = {
  'increased-protection/screening': {
    failing: [
      {
        name: 'high confidentiality and very-high integrity without personnelScreening',
        messageId: 'missingForNeeds',
        text: engagement('negotiation', 'high', 'very-high'),
      },
      {
        name: 'normal protection needs checked at level increased',
        messageId: 'missingAtLevelIncreased',
        text: engagement('operation', 'normal', 'normal'),
        level: 'increased',
      },
    ],
    passing: [
      {
        name: 'screening agreed',
        text: unmarked(engagement('negotiation', 'high', 'high')) + SCREENING,
      },
      { name: 'still planning', text: unmarked(engagement('planning', 'high', 'high')) },
      {
        name: 'normal protection needs',
        text: unmarked(engagement('operation', 'normal', 'normal')),
      },
    ],
  },
  'data-exchange/encryption': {
    failing: [
      {
        name: 'transport protection without encryption',
        messageId: 'encryptionLacking',
        text: exchange(
          'high',
          'dataExchange:\n  security:\n    ⟦transportProtection⟧: [checksum]\n',
        ),
      },
      {
        name: 'no transport protection at all',
        messageId: 'transportProtectionMissing',
        text: exchange('very-high', 'dataExchange:\n  ⟦security⟧:\n    keyManagement: HSM\n'),
      },
    ],
    passing: [
      {
        name: 'encrypted transport',
        text: exchange(
          'high',
          'dataExchange:\n  security:\n    transportProtection: [encryption]\n',
        ),
      },
      {
        name: 'normal protection needs',
        text: exchange(
          'normal',
          'dataExchange:\n  security:\n    transportProtection: [checksum]\n',
        ),
      },
      { name: 'no regular exchange', text: exchange('high', 'dataExchange:\n  regular: false\n') },
    ],
  },
};
