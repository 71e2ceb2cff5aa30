/**
 * R14 (OPS.3.1.M6): long-term external staff commit in writing to the rules (an error), and the
 * customer learns of external staff who can reach its confidential data (a warning).
 */
import { asArray, asRecord, asString, type DataRecord } from '../../data';
import { defineRule, type RuleContext } from '../defineRule';
import { de } from './texts.de';
import { en } from './texts.en';

const ID = 'external-staff/commitment';

type Context = RuleContext<keyof (typeof en)[typeof ID]['messages']>;

/** A field counts as given when it holds anything but nothing or an empty string. */
function isGiven(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

/** How the finding names the person: the id, or the entry's path; with the company when known. */
function personArgs(person: DataRecord, index: number): { who: string; described: string } {
  const who = asString(person.id) ?? `externalStaff[${index}]`;
  const company = asString(person.company);
  return { who, described: company ? `${who} (${company})` : who };
}

function checkExternalPerson(context: Context, person: DataRecord, index: number): void {
  const args = personArgs(person, index);
  if (person.engagement === 'long-term' && !isGiven(person.writtenCommitmentOn))
    context.report({
      messageId: 'commitmentMissing',
      args,
      severity: 'error',
      path: ['externalStaff', index, 'engagement'],
      part: 'value',
    });
  if (person.accessToConfidentialData === true && !isGiven(person.reportedToCustomerOn))
    context.report({
      messageId: 'notReported',
      args,
      severity: 'warning',
      path: ['externalStaff', index, 'accessToConfidentialData'],
      part: 'value',
    });
}

export const externalStaffCommitment = defineRule({
  id: ID,
  measure: 'OPS.3.1.M6',
  severity: 'varies',
  waivable: true,
  kinds: ['Engagement'],
  texts: { en: en[ID], de: de[ID] },
  example: {
    bad: [
      'externalStaff:',
      '  - id: EXT-1',
      '    engagement: long-term',
      '    accessToConfidentialData: true',
    ].join('\n'),
    good: [
      'externalStaff:',
      '  - id: EXT-1',
      '    engagement: long-term',
      '    accessToConfidentialData: true',
      '    writtenCommitmentOn: 2024-02-15',
      '    reportedToCustomerOn: 2024-02-16',
    ].join('\n'),
  },
  check(context) {
    asArray(context.data.externalStaff).forEach((entry, index) => {
      const person = asRecord(entry);
      if (person) checkExternalPerson(context, person, index);
    });
  },
});
