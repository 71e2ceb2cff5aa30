/** OPS.3.1.M6: rules for external personnel the provider brings into the engagement. */
import {
  bool,
  choice,
  date,
  id,
  list,
  measure,
  mustBeTrue,
  object,
  ref,
  text,
  when,
  whenPresent,
  withConditions,
  withObligation,
} from '../dsl';

const endOfEngagementSchema = withObligation(
  'must',
  object('when the external person leaves, the work has to be wound up in an orderly way', {
    must: {
      handoverDone: mustBeTrue(
        'work results, documents received and equipment have to be handed over properly when the assignment ends',
      ),
      accessMeansReturned: mustBeTrue(
        'physical means of access such as keys and access cards have to be given back when the assignment ends',
      ),
      confidentialityPersists: mustBeTrue(
        'duties of confidentiality have to stay in force, and be honoured, after the assignment ends',
      ),
    },
  }),
);

const externalPersonSchema = withConditions(
  object('one external person (or team of a company) working for the provider on the engagement', {
    must: {
      id: id('a short id that names this external person or team'),
      company: text('the company the external person works for'),
      dependencyRef: ref(
        'dependency',
        'the disclosed dependency (subcontractor or maintenance company) through which the person is engaged',
      ),
      engagement: choice(
        ['long-term', 'short-term'],
        'whether the person works for the provider over a longer period or is only called in briefly, e.g. as a maintenance technician',
      ),
      accessToConfidentialData: bool(
        'says whether the person could reach confidential documents or data of the customer, which the customer has to learn about',
      ),
      powers: text('what the external person is allowed to do, stated so that it can be traced'),
    },
    should: {
      briefedOn: date(
        'the day the person was introduced to their duties and to the in-house and security rules they need to know',
      ),
      substitute: text(
        'who stands in for the external person, since external staff need deputy arrangements too',
      ),
    },
    optional: {
      writtenCommitmentOn: date(
        'the day the person signed a written commitment to follow the applicable laws, regulations and internal rules; long-term external staff need one',
      ),
      reportedToCustomerOn: date(
        "the day the customer was told that this person may reach confidential customer data, so the customer's security officer can reassess the requirements",
      ),
      leftOn: date("the day the person's assignment ended"),
      treatedAsVisitor: withObligation(
        'should',
        bool(
          'external staff called in only briefly (short-term) should be handled like visitors, following the usual visitor rules',
        ),
      ),
      endOfEngagement: endOfEngagementSchema,
    },
  }),
  // the visitor rules are for short-term staff only; long-term staff may say false
  when('engagement', ['short-term'], {
    'x-should': ['treatedAsVisitor'],
    properties: { treatedAsVisitor: { const: true } },
  }),
  whenPresent('leftOn', { required: ['endOfEngagement'] }),
);

export const externalStaffSchema = measure(
  'OPS.3.1.M6',
  list(
    externalPersonSchema,
    'the external personnel working for the provider on the engagement, with their powers and commitments; an empty list says there are none',
  ),
);
