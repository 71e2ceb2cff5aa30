/** OPS.3.1.M16: screening of staff for engagements with increased confidentiality or integrity needs. */
import { bool, choiceList, measure, object, ref, text } from '../dsl';

export const SCREENING_REQUIREMENTS = [
  'identity-check',
  'qualification-proof',
  'certificate-of-good-conduct',
] as const;

export const personnelScreeningSchema = measure(
  'OPS.3.1.M16',
  object(
    'the checks on staff deployed for the customer, agreed before the service starts, for high confidentiality or integrity needs',
    {
      must: {
        agreedRequirements: choiceList(
          SCREENING_REQUIREMENTS,
          'the checks agreed with the customer for the staff who will work on the service',
        ),
        responsibleParty: object('which side carries out each agreed check', {
          optional: {
            'identity-check': ref(
              'party',
              'the party that verifies the identity of the staff, e.g. from identity papers',
            ),
            'qualification-proof': ref(
              'party',
              'the party that confirms academic and professional qualifications, e.g. with universities or former employers',
            ),
            'certificate-of-good-conduct': ref(
              'party',
              'the party that obtains a certificate of good conduct (police clearance) for the staff',
            ),
          },
        }),
        extent: text('how thoroughly the agreed checks are carried out, as the contract fixes it'),
        appliesOnStaffChange: bool(
          'whether the agreed checks are repeated whenever staff are replaced or newly assigned',
        ),
      },
    },
  ),
);
