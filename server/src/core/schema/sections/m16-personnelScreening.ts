/** OPS.3.1.M16: screening of staff for engagements with increased confidentiality or integrity needs. */
import { d, bool, choiceList, measure, object, ref, text } from '../dsl';

export const SCREENING_REQUIREMENTS = [
  'identity-check',
  'qualification-proof',
  'certificate-of-good-conduct',
] as const;

export const personnelScreeningSchema = measure(
  'OPS.3.1.M16',
  object(
    d(
      'the checks on staff deployed for the customer, agreed before the service starts, for high confidentiality or integrity needs',
      'die Überprüfungen des für den Auftraggeber eingesetzten Personals, vor Beginn der Dienstleistung vereinbart, bei hohem Schutzbedarf an Vertraulichkeit oder Integrität',
    ),
    {
      must: {
        agreedRequirements: choiceList(
          SCREENING_REQUIREMENTS,
          d(
            'the checks agreed with the customer for the staff who will work on the service',
            'die mit dem Auftraggeber vereinbarten Überprüfungen des Personals, das an der Dienstleistung arbeiten wird',
          ),
        ),
        responsibleParty: object(
          d(
            'which side carries out each agreed check',
            'welche Seite jede vereinbarte Überprüfung durchführt',
          ),
          {
            optional: {
              'identity-check': ref(
                'party',
                d(
                  'the party that verifies the identity of the staff, e.g. from identity papers',
                  'die Partei, die die Identität des Personals überprüft, z. B. anhand von Ausweisdokumenten',
                ),
              ),
              'qualification-proof': ref(
                'party',
                d(
                  'the party that confirms academic and professional qualifications, e.g. with universities or former employers',
                  'die Partei, die akademische und berufliche Qualifikationen bestätigt, z. B. bei Hochschulen oder früheren Arbeitgebern',
                ),
              ),
              'certificate-of-good-conduct': ref(
                'party',
                d(
                  'the party that obtains a certificate of good conduct (police clearance) for the staff',
                  'die Partei, die ein Führungszeugnis für das Personal einholt',
                ),
              ),
            },
          },
        ),
        extent: text(
          d(
            'how thoroughly the agreed checks are carried out, as the contract fixes it',
            'wie gründlich die vereinbarten Überprüfungen durchgeführt werden, wie es der Vertrag festlegt',
          ),
        ),
        appliesOnStaffChange: bool(
          d(
            'whether the agreed checks are repeated whenever staff are replaced or newly assigned',
            'ob die vereinbarten Überprüfungen bei jedem Austausch oder jeder Neuzuweisung von Personal wiederholt werden',
          ),
        ),
      },
    },
  ),
);
