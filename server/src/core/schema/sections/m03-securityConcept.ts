/** OPS.3.1.M3: the provider's security concept for this outsourcing engagement. */
import {
  d,
  typed,
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
  d(
    'the provider and the customer should share one classification of sensitive information that drives the safeguards',
    'Dienstleister und Auftraggeber sollten ein gemeinsames Klassifizierungsschema für schutzbedürftige Informationen verwenden, aus dem sich die Sicherheitsmaßnahmen ableiten',
  ),
  {
    must: {
      scheme: textList(
        d(
          'the agreed classification levels, ordered from the lowest to the highest, so that communication partners can be assigned to them',
          'die vereinbarten Klassifizierungsstufen, von der niedrigsten zur höchsten geordnet, damit ihnen Kommunikationspartner zugeordnet werden können',
        ),
      ),
      agreedOn: date(
        d(
          'the day both parties settled on the common classification',
          'der Tag, an dem sich beide Parteien auf die gemeinsame Klassifizierung verständigt haben',
        ),
      ),
    },
  },
);

const securitySlaSchema = object(
  d(
    'one measurable security commitment of the security concept',
    'eine messbare Sicherheitszusage des Sicherheitskonzepts',
  ),
  {
    must: {
      id: id(
        d(
          'a short id that names this security service level',
          'eine kurze ID, die dieses Sicherheits-Service-Level bezeichnet',
        ),
      ),
      metric: text(
        d(
          'what is measured to show that the security commitment is kept',
          'was gemessen wird, um die Einhaltung der Sicherheitszusage zu belegen',
        ),
      ),
      target: text(
        d('the value the metric has to reach', 'der Wert, den die Kennzahl erreichen muss'),
      ),
      reviewInterval: duration(
        d(
          'how often the security service level is checked against its target',
          'wie oft das Sicherheits-Service-Level mit seinem Zielwert abgeglichen wird',
        ),
      ),
    },
  },
);

const implementationReviewSchema = object(
  d(
    'putting the security concept into practice should be checked again and again',
    'die Umsetzung des Sicherheitskonzepts sollte regelmäßig überprüft werden',
  ),
  {
    must: {
      interval: duration(
        d(
          'how often the implementation of the security concept is checked',
          'wie oft die Umsetzung des Sicherheitskonzepts überprüft wird',
        ),
      ),
      lastReviewed: date(
        d(
          'the day the implementation was last checked, so an overdue check can be spotted',
          'der Tag der letzten Überprüfung der Umsetzung, damit eine überfällige Überprüfung auffällt',
        ),
      ),
    },
  },
);

export const securityConceptSchema = measure(
  'OPS.3.1.M3',
  object(
    d(
      "the provider has to write a security concept for this engagement and keep it current, based on the customer's security requirements",
      'der Dienstleister muss für dieses Outsourcing-Vorhaben auf Grundlage der Sicherheitsanforderungen des Auftraggebers ein Sicherheitskonzept erstellen und aktuell halten',
    ),
    {
      must: {
        id: id(
          d(
            'a unique id of the security concept, so other documents can refer to it',
            'eine eindeutige ID des Sicherheitskonzepts, damit andere Dokumente darauf verweisen können',
          ),
        ),
        version: {
          ...text(
            d(
              'the version of the security concept, written as a quoted string such as "2.1"',
              'die Version des Sicherheitskonzepts, als Zeichenkette in Anführungszeichen, z. B. "2.1"',
            ),
          ),
          ...typed(
            'text (a quoted string such as "2.1")',
            'Text (eine Zeichenkette in Anführungszeichen, z. B. "2.1")',
          ),
        },
        lastUpdated: date(
          d(
            'the day the security concept was last brought up to date, since it has to be maintained over time',
            'der Tag, an dem das Sicherheitskonzept zuletzt aktualisiert wurde, denn es muss fortlaufend gepflegt werden',
          ),
        ),
        evidenceOnRequest: mustBeTrue(
          d(
            'the provider has to be able to prove to the customer, whenever asked, that the agreed security requirements are met',
            'der Dienstleister muss dem Auftraggeber jederzeit auf Anfrage nachweisen können, dass die vereinbarten Sicherheitsanforderungen erfüllt sind',
          ),
        ),
      },
      should: {
        basedOnCustomerConcept: text(
          d(
            "the customer's own security concept that this one builds on, since the customer's requirements are its starting point",
            'das eigene Sicherheitskonzept des Auftraggebers, auf dem dieses aufbaut, denn seine Anforderungen sind der Ausgangspunkt',
          ),
        ),
        customerInfluenceAndObligations: textOrList(
          d(
            'where the customer can steer security and which duties of cooperation the customer has',
            'wo der Auftraggeber die Sicherheit steuern kann und welche Mitwirkungspflichten er hat',
          ),
        ),
        interfaces: textList(
          d(
            "the interfaces and communication paths between the parties and towards other customers' environments",
            'die Schnittstellen und Kommunikationswege zwischen den Parteien und zu den Umgebungen anderer Kunden',
          ),
        ),
        informationDomain: text(
          d(
            "the information domain the concept covers, clearly separated from the one covered by the customer's concept",
            'der Informationsverbund, den das Konzept abdeckt, klar abgegrenzt von dem, den das Konzept des Auftraggebers abdeckt',
          ),
        ),
        classification: classificationSchema,
        securitySlas: list(
          securitySlaSchema,
          d(
            'security service levels with measurable targets, so that the security concept can be checked',
            'Sicherheits-Service-Level mit messbaren Zielwerten, damit sich das Sicherheitskonzept überprüfen lässt',
          ),
          1,
        ),
        implementationReview: implementationReviewSchema,
      },
    },
  ),
);
