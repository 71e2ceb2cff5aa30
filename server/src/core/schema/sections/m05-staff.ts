/** OPS.3.1.M5: rules for the provider's own staff working on the engagement. */
import { bool, list, measure, mustBeTrue, object, ref, text } from '../dsl';

const customerRequirementSchema = object(
  'one requirement the customer sets for the staff deployed',
  {
    must: {
      requirement: text(
        'what the customer expects of deployed staff, e.g. a certificate of good conduct or a qualification',
      ),
      fulfilled: bool(
        'it has to be checked and recorded whether the deployed staff meet this requirement',
      ),
    },
  },
);

const writtenCommitmentsSchema = object(
  "staff with access to the customer's confidential data should sign that they will follow the applicable laws and the customer's rules",
  {
    must: {
      required: bool(
        "whether staff with access to the customer's confidential data have to sign written commitments",
      ),
      complete: bool(
        'every employee with access to confidential customer data should have signed them',
      ),
    },
  },
);

const substituteSchema = object('a deputy arrangement for one role', {
  must: {
    role: text('the role or task that needs a deputy'),
    primary: ref('contact', 'the person who normally holds the role'),
    deputy: ref(
      'contact',
      'the person who stands in when the primary holder is absent; it has to be someone else',
    ),
  },
});

const offboardingSchema = object(
  'when employees leave or change function, the handover has to be handled with care',
  {
    must: {
      successorTrained: mustBeTrue('the successor has to be trained before taking over the work'),
      documentsReturned: mustBeTrue('a leaving employee has to hand back all documents'),
      accessRevoked: mustBeTrue(
        'the permissions granted to a leaving employee have to be withdrawn',
      ),
    },
    should: {
      secrecyReminder: bool(
        'a leaving employee should be reminded once more, before the handover, of the duty to keep secrets',
      ),
    },
  },
);

export const staffSchema = measure(
  'OPS.3.1.M5',
  object("the rules for the provider's own staff who work on the engagement", {
    must: {
      substitutes: list(
        substituteSchema,
        'every area has to have deputy arrangements so important processes keep running',
        1,
      ),
      keyPositionsCovered: mustBeTrue(
        'key positions have to be staffed whenever the processes need them, so important processes stay available',
      ),
      offboarding: offboardingSchema,
    },
    should: {
      briefedOnCustomerPolicies: bool(
        "staff working on the customer's premises should be briefed on the customer's security rules and policy",
      ),
      customerRequirements: list(
        customerRequirementSchema,
        "the customer's requirements for deployed staff, identified before deployment and checked for fulfilment",
      ),
      writtenCommitments: writtenCommitmentsSchema,
    },
  }),
);
