/**
 * Staff rules: written commitments and customer notice for external staff (R14, OPS.3.1.M6),
 * and deputies who are really someone else (OPS.3.1.M5).
 */
import { asArray, asRecord, asString, type DataRecord } from '../data';
import type { Rule, RuleContext } from './rule';

/** A field counts as given when it holds anything but nothing or an empty string. */
function isGiven(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

function describePerson(person: DataRecord, index: number): string {
  const id = asString(person.id);
  const company = asString(person.company);
  const name = id ?? `entry ${index + 1}`;
  return company ? `${name} (${company})` : name;
}

function checkExternalPerson(context: RuleContext, person: DataRecord, index: number): void {
  const who = asString(person.id) ?? `entry ${index + 1}`;
  const described = describePerson(person, index);
  if (person.engagement === 'long-term' && !isGiven(person.writtenCommitmentOn)) {
    context.report({
      ruleId: 'external-staff/commitment',
      severity: 'error',
      measure: 'OPS.3.1.M6',
      path: ['externalStaff', index, 'engagement'],
      part: 'value',
      message: `long-term external staff ${who} has no writtenCommitmentOn`,
      detail: `Long-term external staff such as ${described} have to sign a commitment to follow the applicable laws, regulations and internal rules. Record the day it was signed.`,
    });
  }
  if (person.accessToConfidentialData === true && !isGiven(person.reportedToCustomerOn)) {
    context.report({
      ruleId: 'external-staff/commitment',
      severity: 'warning',
      measure: 'OPS.3.1.M6',
      path: ['externalStaff', index, 'accessToConfidentialData'],
      part: 'value',
      message: `external staff ${who} can reach confidential data, but has no reportedToCustomerOn`,
      detail: `The customer should be told that ${described} can reach its confidential data, so that its security officer can reassess the requirements. Record the day the customer was informed.`,
    });
  }
}

const externalStaffCommitment: Rule = {
  ids: ['external-staff/commitment'],
  kinds: ['Engagement'],
  check(context) {
    asArray(context.data.externalStaff).forEach((entry, index) => {
      const person = asRecord(entry);
      if (person) checkExternalPerson(context, person, index);
    });
  },
};

const selfSubstitute: Rule = {
  ids: ['staff/self-substitute'],
  kinds: ['Engagement'],
  check(context) {
    const substitutes = asArray(asRecord(context.data.staff)?.substitutes);
    substitutes.forEach((entry, index) => {
      const substitute = asRecord(entry);
      const primary = asString(substitute?.primary);
      if (primary === undefined || primary !== asString(substitute?.deputy)) return;
      const role = asString(substitute?.role);
      const forRole = role ? ` for ${role}` : '';
      context.report({
        ruleId: 'staff/self-substitute',
        severity: 'error',
        measure: 'OPS.3.1.M5',
        path: ['staff', 'substitutes', index, 'deputy'],
        part: 'value',
        message: `deputy ${primary} is the same person as the primary${forRole}`,
        detail: 'Nobody stands in when that person is absent. Name a different contact as deputy.',
      });
    });
  },
};

export const rules: Rule[] = [externalStaffCommitment, selfSubstitute];
