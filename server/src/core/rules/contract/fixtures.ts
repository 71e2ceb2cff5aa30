/** Documents that make the contract rules fire, one per message, and documents that do not. */
import type { RuleFixtures } from '../ruleFixtures';

function engagement(...body: string[]): string {
  return [
    'apiVersion: outsourcing-policy/v1',
    'kind: Engagement',
    'metadata: {id: ENG-1, title: t, version: "1", status: planning}',
    ...body,
  ].join('\n');
}

function noticeAndReintegration(notice: string, reintegration: string): string {
  return engagement(
    `contract:\n  term: {start: 2024-01-01, minimumTerm: P2Y, noticePeriod: ${notice}}`,
    `termination:\n  reintegrationEstimate: ${reintegration}`,
  );
}

const PENALTIES =
  "contract:\n  legal:\n    ⟦penalties⟧:\n      agreed: true\n      damageQuantification: '§12.1'";

export const fixtures: RuleFixtures = {
  'termination/notice-period': {
    failing: [
      {
        name: 'three months of notice, six months to take the service back',
        messageId: 'shorterThanReintegration',
        text: noticeAndReintegration('⟦P3M⟧', 'P6M'),
      },
    ],
    passing: [
      { name: 'the same duration in other units', text: noticeAndReintegration('P12M', 'P1Y') },
      { name: 'a longer notice period', text: noticeAndReintegration('P12M', 'P300D') },
    ],
  },
  'contract/penalties-incomplete': {
    failing: [
      {
        name: 'only the quantification of damage is settled',
        messageId: 'aspectsOpen',
        text: engagement(PENALTIES),
      },
    ],
    passing: [
      {
        name: 'all four aspects settled',
        text: engagement(
          `${PENALTIES.replace('⟦penalties⟧', 'penalties')}\n      imageDamage: '§12.2'\n      providerInsolvency: '§12.3'\n      catastrophicDamage: '§12.4'`,
        ),
      },
      {
        name: 'no penalties agreed',
        text: engagement('contract:\n  legal:\n    penalties: {agreed: false}'),
      },
    ],
  },
};
