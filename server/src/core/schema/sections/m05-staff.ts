/** OPS.3.1.M5: rules for the provider's own staff working on the engagement. */
import { d, bool, list, measure, mustBeTrue, object, ref, text } from '../dsl';

const customerRequirementSchema = object(
  d(
    'one requirement the customer sets for the staff deployed',
    'eine Anforderung des Auftraggebers an das eingesetzte Personal',
  ),
  {
    must: {
      requirement: text(
        d(
          'what the customer expects of deployed staff, e.g. a certificate of good conduct or a qualification',
          'was der Auftraggeber vom eingesetzten Personal erwartet, z. B. ein Führungszeugnis oder eine Qualifikation',
        ),
      ),
      fulfilled: bool(
        d(
          'it has to be checked and recorded whether the deployed staff meet this requirement',
          'es muss geprüft und dokumentiert werden, ob das eingesetzte Personal diese Anforderung erfüllt',
        ),
      ),
    },
  },
);

const writtenCommitmentsSchema = object(
  d(
    "staff with access to the customer's confidential data should sign that they will follow the applicable laws and the customer's rules",
    'Beschäftigte mit Zugang zu vertraulichen Daten des Auftraggebers sollten schriftlich zusichern, die geltenden Gesetze und die Regelungen des Auftraggebers einzuhalten',
  ),
  {
    must: {
      required: bool(
        d(
          "whether staff with access to the customer's confidential data have to sign written commitments",
          'ob Beschäftigte mit Zugang zu vertraulichen Daten des Auftraggebers schriftliche Verpflichtungserklärungen abgeben müssen',
        ),
      ),
      complete: bool(
        d(
          'every employee with access to confidential customer data should have signed them',
          'jede und jeder Beschäftigte mit Zugang zu vertraulichen Daten des Auftraggebers sollte sie unterschrieben haben',
        ),
      ),
    },
  },
);

const substituteSchema = object(
  d('a deputy arrangement for one role', 'eine Vertretungsregelung für eine Rolle'),
  {
    must: {
      role: text(
        d(
          'the role or task that needs a deputy',
          'die Rolle oder Aufgabe, für die eine Vertretung nötig ist',
        ),
      ),
      primary: ref(
        'contact',
        d('the person who normally holds the role', 'die Person, die die Rolle regulär wahrnimmt'),
      ),
      deputy: ref(
        'contact',
        d(
          'the person who stands in when the primary holder is absent; it has to be someone else',
          'die Person, die bei Abwesenheit der regulären Rolleninhaberin oder des Rolleninhabers einspringt; es muss eine andere Person sein',
        ),
      ),
    },
  },
);

const offboardingSchema = object(
  d(
    'when employees leave or change function, the handover has to be handled with care',
    'wenn Beschäftigte ausscheiden oder die Funktion wechseln, muss die Übergabe sorgfältig geregelt sein',
  ),
  {
    must: {
      successorTrained: mustBeTrue(
        d(
          'the successor has to be trained before taking over the work',
          'die Nachfolge muss eingearbeitet sein, bevor sie die Aufgaben übernimmt',
        ),
      ),
      documentsReturned: mustBeTrue(
        d(
          'a leaving employee has to hand back all documents',
          'ausscheidende Beschäftigte müssen alle Unterlagen zurückgeben',
        ),
      ),
      accessRevoked: mustBeTrue(
        d(
          'the permissions granted to a leaving employee have to be withdrawn',
          'die Berechtigungen ausscheidender Beschäftigter müssen entzogen werden',
        ),
      ),
    },
    should: {
      secrecyReminder: bool(
        d(
          'a leaving employee should be reminded once more, before the handover, of the duty to keep secrets',
          'ausscheidende Beschäftigte sollten vor der Übergabe nochmals auf ihre Verschwiegenheitspflicht hingewiesen werden',
        ),
      ),
    },
  },
);

export const staffSchema = measure(
  'OPS.3.1.M5',
  object(
    d(
      "the rules for the provider's own staff who work on the engagement",
      'die Regelungen für das eigene Personal des Dienstleisters, das im Outsourcing-Vorhaben tätig ist',
    ),
    {
      must: {
        substitutes: list(
          substituteSchema,
          d(
            'every area has to have deputy arrangements so important processes keep running',
            'für jeden Bereich muss es Vertretungsregelungen geben, damit wichtige Prozesse weiterlaufen',
          ),
          1,
        ),
        keyPositionsCovered: mustBeTrue(
          d(
            'key positions have to be staffed whenever the processes need them, so important processes stay available',
            'Schlüsselpositionen müssen immer dann besetzt sein, wenn die Prozesse es erfordern, damit wichtige Prozesse verfügbar bleiben',
          ),
        ),
        offboarding: offboardingSchema,
      },
      should: {
        briefedOnCustomerPolicies: bool(
          d(
            "staff working on the customer's premises should be briefed on the customer's security rules and policy",
            'Personal, das beim Auftraggeber vor Ort arbeitet, sollte in dessen Sicherheitsregelungen und Sicherheitsleitlinie eingewiesen werden',
          ),
        ),
        customerRequirements: list(
          customerRequirementSchema,
          d(
            "the customer's requirements for deployed staff, identified before deployment and checked for fulfilment",
            'die Anforderungen des Auftraggebers an das eingesetzte Personal, vor dem Einsatz ermittelt und auf Erfüllung geprüft',
          ),
        ),
        writtenCommitments: writtenCommitmentsSchema,
      },
    },
  ),
);
