/**
 * Data connection agreement rules (OPS.3.1.M8): the activation gate (R6), protection needs
 * that match the engagement (R7), contacts of both parties (R8), encryption for confidential
 * data, and notes on foreign law when the parties sit in different countries.
 */
import { asArray, asRecord, asString, valueAt, type DataRecord } from '../data';
import { dayNumber } from '../time';
import type { Rule, RuleContext } from './rule';

const PROTECTION_GOALS = ['confidentiality', 'integrity', 'availability'] as const;
const CONTACT_CATEGORIES = ['organizational', 'technical', 'securityEvents'] as const;
const HIGH_LEVELS = new Set(['high', 'very-high']);

function engagementName(engagement: DataRecord): string {
  const id = asString(asRecord(engagement.metadata)?.id);
  return id ? `engagement ${id}` : 'the engagement';
}

/** Why `activatedOn` is too early: a date that the activation must not precede. */
function earlierThan(
  activatedOn: string,
  other: unknown,
  field: string,
  meaning: string,
): string | undefined {
  const activated = dayNumber(activatedOn);
  const limit = dayNumber(other);
  if (activated === undefined || limit === undefined || activated >= limit) return undefined;
  return `before ${meaning} ${String(other)} (${field})`;
}

function activationProblems(
  data: DataRecord,
  activation: DataRecord,
  activatedOn: string,
): string[] {
  const problems: string[] = [];
  const open = asArray(activation.openSecurityDeficiencies);
  if (open.length > 0) {
    const count =
      open.length === 1 ? 'one security deficiency is' : `${open.length} security deficiencies are`;
    problems.push(`${count} still open`);
  }
  const beforeCheck = earlierThan(
    activatedOn,
    valueAt(activation, ['securityCheck', 'date']),
    'activation.securityCheck.date',
    'the security check',
  );
  if (beforeCheck) problems.push(beforeCheck);
  const beforeTerm = earlierThan(
    activatedOn,
    valueAt(data, ['term', 'effectiveFrom']),
    'term.effectiveFrom',
    'the agreement takes effect',
  );
  if (beforeTerm) problems.push(beforeTerm);
  return problems;
}

const activationGate: Rule = {
  ids: ['dca/activation-gate'],
  kinds: ['DataConnectionAgreement'],
  check(context) {
    const activation = asRecord(context.data.activation);
    const activatedOn = asString(activation?.activatedOn);
    if (!activation || !activatedOn) return;
    const problems = activationProblems(context.data, activation, activatedOn);
    if (problems.length === 0) return;
    context.report({
      ruleId: 'dca/activation-gate',
      severity: 'error',
      measure: 'OPS.3.1.M8',
      path: ['activation', 'activatedOn'],
      part: 'value',
      message: `connection activated on ${activatedOn}, too early: ${problems[0].replace(/ \(.*\)$/, '')}`,
      detail: `Activated ${problems.join('; ')}. The connection may only be switched on after the security check, once no known deficiencies remain (activation.openSecurityDeficiencies) and the agreement is in force. Fix the deficiencies first or correct the dates.`,
    });
  },
};

const protectionMismatch: Rule = {
  ids: ['dca/protection-mismatch'],
  kinds: ['DataConnectionAgreement'],
  check(context) {
    const engagement = context.engagement;
    if (!engagement) return;
    const own = asRecord(context.data.protectionNeeds);
    const theirs = asRecord(engagement.protectionNeeds);
    for (const goal of PROTECTION_GOALS) {
      const dcaLevel = asString(own?.[goal]);
      const engagementLevel = asString(theirs?.[goal]);
      if (!dcaLevel || !engagementLevel || dcaLevel === engagementLevel) continue;
      context.report({
        ruleId: 'dca/protection-mismatch',
        severity: 'error',
        measure: 'OPS.3.1.M8',
        path: ['protectionNeeds', goal],
        part: 'value',
        message: `protection need ${goal} is ${dcaLevel} here but ${engagementLevel} in ${engagementName(engagement)}`,
        detail:
          'Both sides need one shared view of how much protection the data on the connection needs. Make the two values agree.',
      });
    }
  },
};

/** The party id of each contact of the engagement. */
function partyOfContact(engagement: DataRecord): Map<string, string> {
  const parties = new Map<string, string>();
  for (const entry of asArray(engagement.contacts)) {
    const contact = asRecord(entry);
    const id = asString(contact?.id);
    const party = asString(contact?.party);
    if (id !== undefined && party !== undefined) parties.set(id, party);
  }
  return parties;
}

interface Party {
  role: 'provider' | 'customer';
  id: string;
  name: string | undefined;
}

function partiesOf(engagement: DataRecord): Party[] {
  const parties = asRecord(engagement.parties);
  const result: Party[] = [];
  for (const role of ['provider', 'customer'] as const) {
    const party = asRecord(parties?.[role]);
    const id = asString(party?.id);
    if (id !== undefined) result.push({ role, id, name: asString(party?.name) });
  }
  return result;
}

function describeParty(party: Party): string {
  return party.name ? `the ${party.role} (${party.name})` : `the ${party.role} (${party.id})`;
}

function checkContactCategory(
  context: RuleContext,
  category: string,
  contactParty: Map<string, string>,
  parties: Party[],
): void {
  const resolved = asArray(valueAt(context.data, ['contacts', category]))
    .map((id) => (typeof id === 'string' ? contactParty.get(id) : undefined))
    .filter((party): party is string => party !== undefined);
  if (resolved.length === 0) return; // nothing resolvable: the references are reported elsewhere
  const missing = parties.filter((party) => !resolved.includes(party.id));
  if (missing.length === 0) return;
  const names = missing.map(describeParty).join(' and ');
  context.report({
    ruleId: 'dca/one-sided-contacts',
    severity: 'warning',
    measure: 'OPS.3.1.M8',
    path: ['contacts', category],
    part: 'key',
    message: `contacts.${category} names no contact of ${missing.map((party) => `the ${party.role}`).join(' or ')}`,
    detail: `Each side should have someone to turn to for this kind of problem with the connection. Add a contact of ${names}.`,
  });
}

const oneSidedContacts: Rule = {
  ids: ['dca/one-sided-contacts'],
  kinds: ['DataConnectionAgreement'],
  check(context) {
    const engagement = context.engagement;
    const contacts = asRecord(context.data.contacts);
    if (!engagement || !contacts) return;
    const contactParty = partyOfContact(engagement);
    const parties = partiesOf(engagement);
    for (const category of CONTACT_CATEGORIES) {
      if (category in contacts) checkContactCategory(context, category, contactParty, parties);
    }
  },
};

const encryptionForConfidentialData: Rule = {
  ids: ['schema/must-be-true'],
  kinds: ['DataConnectionAgreement'],
  check(context) {
    const confidentiality = asString(valueAt(context.data, ['protectionNeeds', 'confidentiality']));
    const inNetwork = valueAt(context.data, ['encryption', 'inNetwork']);
    if (!confidentiality || !HIGH_LEVELS.has(confidentiality) || inNetwork !== false) return;
    context.report({
      ruleId: 'schema/must-be-true',
      severity: 'error',
      measure: 'OPS.3.1.M8',
      path: ['encryption', 'inNetwork'],
      part: 'value',
      message: `encryption.inNetwork must be true, as confidentiality is ${confidentiality}`,
      detail:
        'With this confidentiality, traffic inside the connected networks has to be encrypted too. Encrypt it and set inNetwork to true.',
      data: { suggestion: 'true', should: false },
    });
  },
};

const foreignLawNotes: Rule = {
  ids: ['schema/required'],
  kinds: ['DataConnectionAgreement'],
  check(context) {
    const parties = asRecord(context.engagement?.parties);
    const provider = asString(valueAt(parties, ['provider', 'country']));
    const customer = asString(valueAt(parties, ['customer', 'country']));
    if (!provider || !customer || provider === customer) return;
    if (context.data.foreignLawNotes !== undefined) return;
    context.report({
      ruleId: 'schema/required',
      severity: 'warning',
      measure: 'OPS.3.1.M8',
      path: ['foreignLawNotes'],
      part: 'key',
      message: `foreignLawNotes is recommended but missing: the parties are in ${provider} and ${customer}`,
      detail: `The provider is in ${provider} and the customer in ${customer}, so each side should know what the other's national law says about cryptography, privacy and copyright. Add foreignLawNotes.`,
      data: { missingKey: 'foreignLawNotes', should: true },
    });
  },
};

export const rules: Rule[] = [
  activationGate,
  protectionMismatch,
  oneSidedContacts,
  encryptionForConfidentialData,
  foreignLawNotes,
];
