/** OPS.3.1.M14: emergency preparedness aligned with the customer's recovery needs. */
import {
  d,
  type Description,
  bool,
  date,
  duration,
  measure,
  mustBeTrue,
  object,
  refList,
  text,
  textList,
} from '../dsl';

/** Whose recovery times these are, in the words of each locale. */
interface Whose {
  en: string;
  de: string;
}

function recoveryTimes(description: Description, whose: Whose): ReturnType<typeof object> {
  return object(description, {
    must: {
      rto: duration(
        d(
          `the longest time ${whose.en} until the service runs again after an outage (recovery time objective)`,
          `die längste Zeit, die ${whose.de}, bis die Dienstleistung nach einem Ausfall wieder läuft (Wiederanlaufzeit, RTO)`,
        ),
      ),
      rpo: duration(
        d(
          `the largest span of data loss ${whose.en}, measured back from the outage (recovery point objective)`,
          `der größte Datenverlust, gerechnet vom Ausfall zurück, den ${whose.de} (maximal tolerierbarer Datenverlust, RPO)`,
        ),
      ),
    },
  });
}

export const emergencyPreparednessSchema = measure(
  'OPS.3.1.M14',
  object(
    d(
      "how the provider prepares for emergencies so that it meets the customer's recovery needs",
      'wie sich der Dienstleister auf Notfälle vorbereitet, damit er die Wiederanlaufanforderungen des Auftraggebers erfüllt',
    ),
    {
      must: {
        customerRecoveryRequirements: recoveryTimes(
          d(
            "the recovery times the customer needs; the provider's emergency planning has to be adapted to them",
            'die Wiederanlaufzeiten, die der Auftraggeber benötigt; die Notfallplanung des Dienstleisters muss darauf ausgerichtet sein',
          ),
          { en: 'the customer can accept', de: 'der Auftraggeber hinnehmen kann' },
        ),
        providerCapability: recoveryTimes(
          d(
            "the recovery times the provider can actually achieve; they must not be longer than the customer's",
            'die Wiederanlaufzeiten, die der Dienstleister tatsächlich erreichen kann; sie dürfen nicht länger sein als die des Auftraggebers',
          ),
          { en: 'the provider can guarantee', de: 'der Dienstleister zusichern kann' },
        ),
        thirdPartyInterfaces: textList(
          d(
            'interfaces to third parties, such as network links, routers or telecom carriers, have to be identified and planned for',
            'Schnittstellen zu Dritten, etwa Netzanbindungen, Router oder TK-Anbieter, müssen ermittelt und in der Planung berücksichtigt werden',
          ),
        ),
        responsibilities: refList(
          'contact',
          d(
            'the people responsible in an emergency, so that duties and contacts are clear and fully documented',
            'die im Notfall verantwortlichen Personen, damit Aufgaben und Ansprechpersonen klar und vollständig dokumentiert sind',
          ),
        ),
        backup: object(
          d(
            'the detailed rules for data backup that emergency preparedness relies on',
            'die genauen Regelungen zur Datensicherung, auf die sich die Notfallvorsorge stützt',
          ),
          {
            must: {
              separateMediaPerClient: bool(
                d(
                  "whether each customer's backups are kept on media of their own",
                  'ob die Datensicherungen jedes Kunden auf eigenen Datenträgern aufbewahrt werden',
                ),
              ),
              escalation: bool(
                d(
                  'whether an escalation strategy for backup problems is defined',
                  'ob eine Eskalationsstrategie für Probleme bei der Datensicherung festgelegt ist',
                ),
              ),
              malwareProtection: bool(
                d(
                  'whether backups are protected against viruses and other malware',
                  'ob Datensicherungen gegen Viren und andere Schadsoftware geschützt sind',
                ),
              ),
            },
          },
        ),
        workInstructions: textList(
          d(
            'detailed instructions on what to do in particular failure situations, so that staff can act without deep application knowledge',
            'genaue Handlungsanweisungen für bestimmte Ausfallsituationen, damit das Personal auch ohne tiefe Kenntnis der Anwendung handeln kann',
          ),
        ),
        exercisePlan: object(
          d(
            'the plan for regular joint emergency exercises',
            'der Plan für regelmäßige gemeinsame Notfallübungen',
          ),
          {
            must: {
              agreedWithCustomer: mustBeTrue(
                d(
                  'the concept for regular emergency exercises has to be worked out and agreed with the customer',
                  'das Konzept für regelmäßige Notfallübungen muss ausgearbeitet und mit dem Auftraggeber abgestimmt sein',
                ),
              ),
              interval: duration(
                d(
                  'how often the emergency exercises take place',
                  'wie oft die Notfallübungen stattfinden',
                ),
              ),
            },
          },
        ),
        escalationPlan: text(
          d(
            'how both sides cooperate, communicate and escalate in an emergency, planned in advance',
            'wie beide Seiten im Notfall zusammenarbeiten, kommunizieren und eskalieren, vorab geplant',
          ),
        ),
      },
      should: {
        planAlignment: object(
          d(
            "the regular matching of the provider's and the customer's emergency plans, which change over time",
            'der regelmäßige Abgleich der Notfallpläne von Dienstleister und Auftraggeber, die sich mit der Zeit ändern',
          ),
          {
            must: {
              interval: duration(
                d(
                  'how often the emergency plans of both sides are compared and aligned',
                  'wie oft die Notfallpläne beider Seiten verglichen und aufeinander abgestimmt werden',
                ),
              ),
              lastAligned: date(
                d(
                  'the day the emergency plans were last aligned',
                  'der Tag, an dem die Notfallpläne zuletzt abgestimmt wurden',
                ),
              ),
            },
          },
        ),
      },
      optional: {
        forbiddenActions: textList(
          d(
            'actions staff must not take in an emergency, such as restarting a particular machine',
            'Handlungen, die das Personal im Notfall unterlassen muss, etwa den Neustart einer bestimmten Maschine',
          ),
        ),
      },
    },
  ),
);
