/** Parts every engagement shares: header, parties, contacts, protection needs, tenancy, waivers. */
import { LIFECYCLE } from '../../domain/lifecycle';
import {
  MEASURE_ID_PATTERN,
  choice,
  date,
  id,
  level,
  measure,
  mustBeTrue,
  object,
  ref,
  list,
  text,
  type SchemaNode,
} from '../dsl';

/** The lifecycle statuses (defined once in the domain model). */
export const STATUSES: readonly string[] = LIFECYCLE;

export const apiVersionSchema: SchemaNode = {
  type: 'string',
  const: 'outsourcing-policy/v1',
  'x-type': 'outsourcing-policy/v1',
  description: 'the format version of the document; always outsourcing-policy/v1',
};

export function kindSchema(kind: string): SchemaNode {
  return {
    type: 'string',
    const: kind,
    'x-type': kind,
    description: `the kind of document; ${kind} here`,
  };
}

export const metadataSchema = measure(
  'OPS.3.1.M1',
  object('identifies the engagement and says where it stands in its life cycle', {
    must: {
      id: id('a unique id of the engagement, used by data connection agreements to refer to it'),
      title: text('a short title that names the service and the customer'),
      version: {
        ...text('the version of this document, written as a quoted string such as "1.0.0"'),
        'x-type': 'text (a quoted string such as "1.0.0")',
      },
      status: choice(
        STATUSES,
        'the life-cycle phase; it decides which sections are already required',
      ),
    },
  }),
);

export const partySchema = object('one party of the engagement', {
  must: {
    id: id('a short id that other fields use to refer to this party'),
    name: text('the legal name of the party'),
    country: {
      type: 'string',
      pattern: '^[A-Z]{2}$',
      'x-type': 'a two-letter ISO 3166 country code such as DE',
      description: 'the country whose law governs the party, as an ISO 3166 alpha-2 code',
    },
  },
});

export const partiesSchema = measure(
  'OPS.3.1.M1',
  object('the service provider and the customer of this engagement', {
    must: {
      provider: { ...partySchema, description: 'the outsourcing service provider (you)' },
      customer: { ...partySchema, description: 'the customer who outsources the service' },
    },
  }),
);

export const CONTACT_ROLES = [
  'isb',
  'dpo',
  'technical',
  'management',
  'emergency-representative',
  'personnel',
  'change-manager',
  'other',
];

export const contactSchema = object('a named person of one party, reachable for a responsibility', {
  must: {
    id: id('a short id that other fields use to name this person as responsible'),
    party: ref('party', 'the party this person works for'),
    role: choice(CONTACT_ROLES, 'the function this person holds in the engagement'),
    name: text('the full name of the person'),
  },
  optional: {
    email: {
      type: 'string',
      format: 'email',
      'x-type': 'an e-mail address',
      description:
        'an e-mail address; a responsible person needs an e-mail address or a phone number',
    },
    phone: text('a phone number; a responsible person needs a phone number or an e-mail address'),
    availability: text('when the person can be reached, e.g. "Mon-Fri 08:00-18:00 CET"'),
  },
});

export const contactsSchema = measure(
  'OPS.3.1.M13',
  list(
    contactSchema,
    'the people of both parties who carry responsibilities, with names and a way to reach them',
    1,
  ),
);

export const protectionNeedsSchema = measure(
  'OPS.3.1.M3',
  object('how much protection the outsourced information and systems need', {
    must: {
      confidentiality: level('the need to keep the information secret: normal, high or very-high'),
      integrity: level('the need to keep the information correct and complete'),
      availability: level('the need to keep the service and information available'),
    },
  }),
);

export const tenancySchema = measure(
  'OPS.3.1.M10',
  object(
    'whether the service runs for this customer alone or shares systems with other customers',
    {
      must: {
        model: choice(
          ['dedicated', 'multi-tenant'],
          'dedicated systems or systems shared between customers',
        ),
        isolation: object('how the customers of a shared service are kept apart', {
          must: {
            noCrossCustomerImpact: mustBeTrue(
              "other customers of the provider must not be able to disturb this customer's service",
            ),
            noCrossCustomerDataAccess: mustBeTrue(
              "other customers of the provider must not be able to reach this customer's data",
            ),
          },
        }),
      },
    },
  ),
);

export const waiverSchema = object('a documented decision not to implement a recommendation', {
  must: {
    measure: {
      type: 'string',
      pattern: MEASURE_ID_PATTERN,
      'x-type': 'a measure id from OPS.3.1.M1 to OPS.3.1.M16',
      description: 'the measure whose recommendations are waived',
    },
    justification: {
      ...text(
        'why the recommendation does not apply or is accepted as a risk, in at least 20 characters',
      ),
      minLength: 20,
    },
    approvedBy: ref('contact', 'the person who approved the waiver'),
    date: date('the day the waiver was approved'),
  },
  optional: {
    path: {
      type: 'string',
      pattern: '^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)*$',
      'x-type': 'a dotted path such as contract.emergency',
      description: 'limits the waiver to findings at or below this dotted path',
    },
    expires: date('the day after which the waiver no longer applies'),
  },
});

export const waiversSchema = list(
  waiverSchema,
  'recommendations (should-requirements) that are knowingly not implemented, with a reason',
);
