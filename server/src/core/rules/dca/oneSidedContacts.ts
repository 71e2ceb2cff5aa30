/**
 * R8 (OPS.3.1.M8): each contact category of a DCA names people of both parties. It also asks
 * for notes on foreign law when the parties sit in different countries (as `schema/required`).
 */
import { asArray, asRecord, asString, valueAt, type DataRecord } from '../../data';
import { referenceTargets } from '../../domain/references';
import { defineRule, type RuleContext } from '../defineRule';
import { de } from './texts.de';
import { en } from './texts.en';

const ID = 'dca/one-sided-contacts';
const CONTACT_CATEGORIES = ['organizational', 'technical', 'securityEvents'] as const;

type MessageId = keyof (typeof en)[typeof ID]['messages'];
type Context = RuleContext<MessageId>;

interface Party {
  role: 'provider' | 'customer';
  id: string;
  /** Its name, or its id when it has none. */
  label: string;
}

/** The party id of each contact of the engagement. */
function partyOfContact(engagement: DataRecord): Map<string, string> {
  const parties = new Map<string, string>();
  for (const contact of referenceTargets(engagement, 'contact')) {
    const party = asString(contact.entry?.party);
    if (party !== undefined) parties.set(contact.id, party);
  }
  return parties;
}

function partiesOf(engagement: DataRecord): Party[] {
  const parties = asRecord(engagement.parties);
  return (['provider', 'customer'] as const).flatMap((role) => {
    const party = asRecord(parties?.[role]);
    const id = asString(party?.id);
    return id === undefined ? [] : [{ role, id, label: asString(party?.name) ?? id }];
  });
}

function checkContactCategory(
  context: Context,
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
  const args = Object.fromEntries(missing.map((party) => [party.role, party.label]));
  const messageId: MessageId =
    missing.length > 1
      ? 'noContactOfEither'
      : missing[0].role === 'provider'
        ? 'noProviderContact'
        : 'noCustomerContact';
  context.report({ messageId, args: { category, ...args }, path: ['contacts', category] });
}

function checkForeignLawNotes(context: Context): void {
  const parties = asRecord(context.engagement?.parties);
  const providerCountry = asString(valueAt(parties, ['provider', 'country']));
  const customerCountry = asString(valueAt(parties, ['customer', 'country']));
  if (!providerCountry || !customerCountry || providerCountry === customerCountry) return;
  if (context.data.foreignLawNotes !== undefined) return;
  context.reportAs('schema/required', {
    messageId: 'foreignLawNotesMissing',
    args: { providerCountry, customerCountry },
    severity: 'warning',
    path: ['foreignLawNotes'],
    part: 'key',
    data: { missingKey: 'foreignLawNotes', should: true },
  });
}

export const oneSidedContacts = defineRule({
  id: ID,
  measure: 'OPS.3.1.M8',
  severity: 'warning',
  waivable: true,
  reportsAs: ['schema/required'],
  kinds: ['DataConnectionAgreement'],
  texts: { en: en[ID], de: de[ID] },
  example: {
    bad: ['contacts:', '  technical: [C-PROV-NOC]'].join('\n'),
    good: ['contacts:', '  technical: [C-PROV-NOC, C-CUST-NET]'].join('\n'),
  },
  check(context) {
    checkForeignLawNotes(context);
    const engagement = context.engagement;
    const contacts = asRecord(context.data.contacts);
    if (!engagement || !contacts) return;
    const contactParty = partyOfContact(engagement);
    const parties = partiesOf(engagement);
    for (const category of CONTACT_CATEGORIES) {
      if (category in contacts) checkContactCategory(context, category, contactParty, parties);
    }
  },
});
