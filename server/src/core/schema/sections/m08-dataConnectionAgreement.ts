/**
 * OPS.3.1.M8: the data connection agreement (DCA) that has to be in place before the
 * provider's and the customer's networks are connected. This is a whole document
 * (`kind: DataConnectionAgreement`), not a section of an engagement.
 */
import { d, date, list, measure, object, text, textList, type SchemaNode } from '../dsl';
import { apiVersionSchema, kindSchema, protectionNeedsSchema, waiversSchema } from './common';
import { DCA_COMPONENTS } from './m08-dataConnectionAgreement-components';
import {
  accessRightSchema,
  disconnectionSchema,
  metadataSchema,
} from './m08-dataConnectionAgreement-parts';

const activationSchema = object(
  d(
    'the security check before the connection is switched on; it may only go live once no known deficiencies remain',
    'die Sicherheitsprüfung vor dem Freischalten der Verbindung; sie darf erst in Betrieb gehen, wenn keine bekannten Mängel mehr bestehen',
  ),
  {
    must: {
      securityCheck: object(
        d(
          "the check of the partner's security level before activation",
          'die Prüfung des Sicherheitsniveaus des Partners vor der Freischaltung',
        ),
        {
          must: {
            method: text(
              d(
                "how the partner's security level was checked, e.g. by a basic protection check or by sampling",
                'wie das Sicherheitsniveau des Partners geprüft wurde, z. B. durch einen IT-Grundschutz-Check oder Stichproben',
              ),
            ),
            date: date(
              d(
                'the day the security check was done',
                'der Tag, an dem die Sicherheitsprüfung stattfand',
              ),
            ),
          },
        },
      ),
      openSecurityDeficiencies: textList(
        d(
          'security deficiencies found and not yet fixed; the list has to be empty before activation',
          'festgestellte und noch nicht behobene Sicherheitsmängel; die Liste muss vor der Freischaltung leer sein',
        ),
        0,
      ),
    },
    optional: {
      activatedOn: date(
        d(
          'the day the connection was switched on',
          'der Tag, an dem die Verbindung freigeschaltet wurde',
        ),
      ),
    },
  },
);

const foreignLawNotesSchema = object(
  d(
    "what partners from different countries have to know about each other's national law",
    'was Partner aus verschiedenen Ländern über das nationale Recht des jeweils anderen wissen müssen',
  ),
  {
    must: {
      cryptography: text(
        d(
          'national rules on the use of cryptography that affect the connection',
          'nationale Vorschriften zum Einsatz von Kryptografie, die die Verbindung betreffen',
        ),
      ),
      privacy: text(
        d(
          'national data protection rules that affect the connection',
          'nationale Datenschutzvorschriften, die die Verbindung betreffen',
        ),
      ),
      copyright: text(
        d(
          'national copyright rules that affect the connection',
          'nationale Urheberrechtsvorschriften, die die Verbindung betreffen',
        ),
      ),
    },
  },
);

export const dataConnectionAgreementSchema: SchemaNode = measure('OPS.3.1.M8', {
  title: 'Data connection agreement (OPS.3.1.M8)',
  ...object(
    d(
      'an agreement that has to be in place before the networks of provider and customer are connected',
      'eine Vereinbarung, die bestehen muss, bevor die Netze von Dienstleister und Auftraggeber miteinander verbunden werden',
    ),
    {
      must: {
        apiVersion: apiVersionSchema,
        kind: kindSchema('DataConnectionAgreement'),
        metadata: metadataSchema,
        accessRights: list(
          accessRightSchema,
          d(
            "the access rights of each side into the other's network have to be defined precisely: who, to what, with which rights and conditions",
            'die Zugriffsrechte jeder Seite in das Netz der anderen müssen genau festgelegt sein: wer, worauf, mit welchen Rechten und unter welchen Bedingungen',
          ),
          1,
        ),
        protectionNeeds: measure('OPS.3.1.M8', {
          ...protectionNeedsSchema,
          description:
            'both sides have to agree on how much protection the data handled over the connection needs, matching the engagement',
          'x-description-de':
            'beide Seiten müssen sich darauf verständigen, welchen Schutzbedarf die über die Verbindung verarbeiteten Daten haben, passend zum Outsourcing-Vorhaben',
        }),
        classificationAgreedOn: date(
          d(
            'the day both sides reached a common understanding of how the data is classified',
            'der Tag, an dem beide Seiten ein gemeinsames Verständnis der Klassifizierung der Daten erreicht haben',
          ),
        ),
        disconnection: disconnectionSchema,
      },
      should: DCA_COMPONENTS,
      optional: {
        activation: activationSchema,
        foreignLawNotes: foreignLawNotesSchema,
        waivers: waiversSchema,
      },
    },
  ),
});
