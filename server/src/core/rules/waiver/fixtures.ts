/** Waivers that make the waiver rules fire, one per message, and waivers that do not. */
import type { RuleFixtures } from '../ruleFixtures';

const HEADER = 'apiVersion: outsourcing-policy/v1\nkind: Engagement\n';
const PLANNING = HEADER + 'metadata: {id: ENG-1, title: t, version: "1", status: planning}\n';

/** A waivers section with one waiver (approved, justified) for `measure` under `path`. */
function WAIVER(measure: string, path: string, expires?: string): string {
  const until = expires ? `, expires: ${expires}` : '';
  return `waivers:\n  - {measure: ${measure}, path: ${path}, justification: the recommendation does not apply here, approvedBy: C-ISB, date: 2024-03-01${until}}\n`;
}

export const fixtures: RuleFixtures = {
  'waiver/not-allowed': {
    failing: [
      {
        name: 'a waiver for a must field',
        messageId: 'mustField',
        text:
          PLANNING +
          'waivers:\n  - {measure: OPS.3.1.M1, path: ⟦metadata.title⟧, justification: the title is given elsewhere, approvedBy: C-ISB, date: 2024-03-01}\n',
      },
    ],
    passing: [
      {
        name: 'a waiver for a recommended field',
        text: PLANNING + WAIVER('OPS.3.1.M1', 'roughConcept.milestones') + 'roughConcept: {}\n',
      },
    ],
  },
  'waiver/expired': {
    failing: [
      {
        name: 'an expired waiver',
        messageId: 'expired',
        text:
          PLANNING +
          'waivers:\n  - {measure: OPS.3.1.M1, justification: the recommendation does not apply here, approvedBy: C-ISB, date: 2024-03-01, expires: ⟦2025-01-01⟧}\n',
      },
    ],
    passing: [
      {
        name: 'a waiver that expires later',
        text:
          PLANNING +
          WAIVER('OPS.3.1.M1', 'roughConcept.milestones', '2027-01-01') +
          'roughConcept: {}\n',
      },
    ],
  },
  'waiver/unused': {
    failing: [
      {
        name: 'a waiver with nothing to silence',
        messageId: 'unused',
        text:
          PLANNING +
          'waivers:\n  - {measure: ⟦OPS.3.1.M16⟧, justification: the recommendation does not apply here, approvedBy: C-ISB, date: 2024-03-01}\n',
      },
      {
        name: 'a waiver with a path with nothing to silence',
        messageId: 'unusedUnder',
        text:
          PLANNING +
          'waivers:\n  - {measure: ⟦OPS.3.1.M1⟧, path: roughConcept.milestones, justification: the recommendation does not apply here, approvedBy: C-ISB, date: 2024-03-01}\n',
      },
    ],
    passing: [
      {
        name: 'a waiver that silences a recommendation',
        text: PLANNING + WAIVER('OPS.3.1.M1', 'roughConcept.milestones') + 'roughConcept: {}\n',
      },
    ],
  },
};
