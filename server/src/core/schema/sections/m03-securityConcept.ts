/** OPS.3.1.M3: the provider's security concept for this outsourcing engagement. */
import {
  date,
  duration,
  id,
  list,
  measure,
  mustBeTrue,
  object,
  text,
  textList,
  textOrList,
} from '../dsl';

const classificationSchema = object(
  'the provider and the customer should share one classification of sensitive information that drives the safeguards',
  {
    must: {
      scheme: textList(
        'the agreed classification levels, ordered from the lowest to the highest, so that communication partners can be assigned to them',
      ),
      agreedOn: date('the day both parties settled on the common classification'),
    },
  },
);

const securitySlaSchema = object('one measurable security commitment of the security concept', {
  must: {
    id: id('a short id that names this security service level'),
    metric: text('what is measured to show that the security commitment is kept'),
    target: text('the value the metric has to reach'),
    reviewInterval: duration('how often the security service level is checked against its target'),
  },
});

const implementationReviewSchema = object(
  'putting the security concept into practice should be checked again and again',
  {
    must: {
      interval: duration('how often the implementation of the security concept is checked'),
      lastReviewed: date(
        'the day the implementation was last checked, so an overdue check can be spotted',
      ),
    },
  },
);

export const securityConceptSchema = measure(
  'OPS.3.1.M3',
  object(
    "the provider has to write a security concept for this engagement and keep it current, based on the customer's security requirements",
    {
      must: {
        id: id('a unique id of the security concept, so other documents can refer to it'),
        version: {
          ...text('the version of the security concept, written as a quoted string such as "2.1"'),
          'x-type': 'text (a quoted string such as "2.1")',
        },
        lastUpdated: date(
          'the day the security concept was last brought up to date, since it has to be maintained over time',
        ),
        evidenceOnRequest: mustBeTrue(
          'the provider has to be able to prove to the customer, whenever asked, that the agreed security requirements are met',
        ),
      },
      should: {
        basedOnCustomerConcept: text(
          "the customer's own security concept that this one builds on, since the customer's requirements are its starting point",
        ),
        customerInfluenceAndObligations: textOrList(
          'where the customer can steer security and which duties of cooperation the customer has',
        ),
        interfaces: textList(
          "the interfaces and communication paths between the parties and towards other customers' environments",
        ),
        informationDomain: text(
          "the information domain the concept covers, clearly separated from the one covered by the customer's concept",
        ),
        classification: classificationSchema,
        securitySlas: list(
          securitySlaSchema,
          'security service levels with measurable targets, so that the security concept can be checked',
          1,
        ),
        implementationReview: implementationReviewSchema,
      },
    },
  ),
);
