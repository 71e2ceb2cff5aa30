/**
 * OPS.3.1.M2 Contract design, larger parts: organisational rules and emergency handling
 * (change and testing: m02-contract-changeAndTesting.ts; the legal frame: m02-contract-legal.ts).
 * Assembled into `contractSchema` in m02-contract.ts.
 */
import {
  d,
  described,
  typed,
  type Description,
  bool,
  duration,
  list,
  mapOf,
  mustBeTrue,
  object,
  ref,
  refList,
  text,
  textList,
  textOrList,
  date,
  type SchemaNode,
} from '../dsl';

/** An escalation level is usually numbered (1, 2, 3) but may also be named ("2nd level"). */
function escalationLevelName(description: Description): SchemaNode {
  return {
    anyOf: [
      { type: 'integer', minimum: 1 },
      { type: 'string', minLength: 1 },
    ],
    ...typed(
      'a number from 1 or a name such as "2nd level"',
      'eine Zahl ab 1 oder eine Bezeichnung wie "2nd level"',
    ),
    ...described(description),
  };
}

const ndaSchema = object(
  d(
    'the confidentiality agreement between provider and customer',
    'die Vertraulichkeitsvereinbarung zwischen Dienstleister und Auftraggeber',
  ),
  {
    must: {
      agreed: mustBeTrue(
        d(
          "a non-disclosure agreement has to be part of the contract, because the customer's security requirements reveal details of its protection",
          'eine Vertraulichkeitsvereinbarung muss Bestandteil des Vertrags sein, denn die Sicherheitsanforderungen des Auftraggebers lassen Rückschlüsse auf seine Schutzvorkehrungen zu',
        ),
      ),
      signedOn: date(
        d(
          'the date the non-disclosure agreement was signed; it belongs already in the negotiation phase',
          'das Datum, an dem die Vertraulichkeitsvereinbarung unterzeichnet wurde; sie gehört bereits in die Verhandlungsphase',
        ),
      ),
    },
  },
);

const problemResolutionSchema = object(
  d(
    'how disputes and problems are settled during the engagement',
    'wie Streitigkeiten und Probleme während des Outsourcing-Vorhabens beigelegt werden',
  ),
  {
    must: {
      procedure: textOrList(
        d(
          'the agreed steps for resolving problems between the parties',
          'die vereinbarten Schritte, mit denen Probleme zwischen den Parteien gelöst werden',
        ),
      ),
      authorizedContacts: refList(
        'contact',
        d(
          'the people on both sides who have the authority to decide when a problem has to be solved',
          'die Personen beider Seiten, die entscheiden dürfen, wenn ein Problem gelöst werden muss',
        ),
      ),
    },
  },
);

const accessRightsSchema = object(
  d(
    'who may reach which premises and IT systems of the other party',
    'wer welche Räumlichkeiten und IT-Systeme der jeweils anderen Partei betreten oder nutzen darf',
  ),
  {
    must: {
      providerToCustomerIt: textOrList(
        d(
          'which IT systems of the customer the provider may use, with which rights and responsibilities',
          'welche IT-Systeme des Auftraggebers der Dienstleister mit welchen Rechten und Pflichten nutzen darf',
        ),
      ),
      providerStaffToCustomerPremises: textOrList(
        d(
          "which premises and IT systems of the customer the provider's staff may enter or access",
          'welche Räumlichkeiten und IT-Systeme des Auftraggebers das Personal des Dienstleisters betreten bzw. nutzen darf',
        ),
      ),
      customerStaffToProvider: textOrList(
        d(
          "which premises and IT systems of the provider the customer's staff may enter or access",
          'welche Räumlichkeiten und IT-Systeme des Dienstleisters das Personal des Auftraggebers betreten bzw. nutzen darf',
        ),
      ),
    },
  },
);

export const organizationalSchema = object(
  d(
    'the organisational rules and processes of the cooperation agreed in the contract',
    'die im Vertrag vereinbarten organisatorischen Regelungen und Abläufe der Zusammenarbeit',
  ),
  {
    must: {
      nda: ndaSchema,
    },
    should: {
      communicationChannels: textOrList(
        d(
          'the channels and contact persons through which the parties talk to each other should be fixed',
          'die Kommunikationswege und Ansprechpersonen, über die sich die Parteien austauschen, sollten festgelegt sein',
        ),
      ),
      responsibilities: textOrList(
        d(
          "the processes, work steps and responsibilities of each party, including the customer's duty to cooperate, should be defined",
          'die Abläufe, Arbeitsschritte und Zuständigkeiten jeder Partei einschließlich der Mitwirkungspflichten des Auftraggebers sollten festgelegt sein',
        ),
      ),
      problemResolution: problemResolutionSchema,
      coordinationRounds: object(
        d(
          'regular meetings in which the parties coordinate',
          'regelmäßige Abstimmungsrunden der Parteien',
        ),
        {
          must: {
            interval: duration(
              d(
                'how often the coordination meetings take place',
                'wie oft die Abstimmungsrunden stattfinden',
              ),
            ),
          },
        },
      ),
      performanceAdjustment: textOrList(
        d(
          'how the scope or level of the service can be changed during the engagement should be agreed',
          'wie Umfang oder Niveau der Dienstleistung während des Outsourcing-Vorhabens angepasst werden können, sollte vereinbart sein',
        ),
      ),
      dataArchivingAndDeletion: object(
        d(
          "how the customer's data is archived and deleted",
          'wie die Daten des Auftraggebers archiviert und gelöscht werden',
        ),
        {
          must: {
            retention: duration(
              d(
                "how long the customer's data is kept in the archive",
                'wie lange die Daten des Auftraggebers im Archiv aufbewahrt werden',
              ),
            ),
            deletionOnTermination: bool(
              d(
                "whether the customer's data is deleted when the contract ends",
                'ob die Daten des Auftraggebers bei Vertragsende gelöscht werden',
              ),
            ),
          },
        },
      ),
      dataLocation: textList(
        d(
          "the physical places where the customer's data is stored should be stated in the contract",
          'die Orte, an denen die Daten des Auftraggebers physisch gespeichert werden, sollten im Vertrag genannt sein',
        ),
      ),
      accessRights: accessRightsSchema,
    },
  },
);

const incidentCategoriesSchema = object(
  d(
    'the categories used to classify errors and incidents',
    'die Kategorien, nach denen Fehler und Sicherheitsvorfälle eingestuft werden',
  ),
  {
    must: {
      types: textOrList(
        d(
          'the kinds of errors and incidents that are told apart',
          'die Arten von Fehlern und Vorfällen, die unterschieden werden',
        ),
      ),
      severities: textList(
        d(
          'the severity levels of incidents; the keys of reactionTimes have to be taken from this list',
          'die Schweregrade von Vorfällen; die Schlüssel von reactionTimes müssen aus dieser Liste stammen',
        ),
      ),
      urgency: textOrList(
        d(
          'the urgency levels used to decide how quickly an incident is handled',
          'die Dringlichkeitsstufen, nach denen entschieden wird, wie schnell ein Vorfall bearbeitet wird',
        ),
      ),
    },
  },
);

const escalationLevelSchema = object(
  d('one step of the escalation path', 'eine Stufe des Eskalationswegs'),
  {
    must: {
      level: escalationLevelName(
        d(
          'the number or name of the escalation step',
          'die Nummer oder Bezeichnung der Eskalationsstufe',
        ),
      ),
      after: duration(
        d(
          'how long after an incident starts without resolution this step is reached',
          'nach welcher Zeit ohne Lösung eines Vorfalls diese Stufe erreicht ist',
        ),
      ),
      contact: ref(
        'contact',
        d(
          'the person to whom the incident is escalated at this step',
          'die Person, an die der Vorfall auf dieser Stufe eskaliert wird',
        ),
      ),
    },
  },
);

export const emergencySchema = object(
  d(
    'how the parties deal with incidents and emergencies, as agreed in the contract',
    'wie die Parteien laut Vertrag mit Störungen, Sicherheitsvorfällen und Notfällen umgehen',
  ),
  {
    must: {
      incidentCategories: incidentCategoriesSchema,
      requiredActions: textOrList(
        d(
          'what has to be done when an incident or accident occurs',
          'was bei einem Vorfall oder Störfall zu tun ist',
        ),
      ),
      reactionTimes: mapOf(
        duration(
          d(
            'the longest time allowed before the provider reacts to an incident of this severity',
            'die längste zulässige Zeit, bis der Dienstleister auf einen Vorfall dieses Schweregrads reagiert',
          ),
        ),
        d(
          'the reaction times the customer requires, one per incident severity',
          'die vom Auftraggeber geforderten Reaktionszeiten, je eine pro Schweregrad',
        ),
      ),
      escalationLevels: list(
        escalationLevelSchema,
        d(
          'the escalation levels the customer requires, each with a deadline and a person to contact',
          'die vom Auftraggeber geforderten Eskalationsstufen, jeweils mit Frist und Ansprechperson',
        ),
        1,
      ),
      securityIncidentNotification: duration(
        d(
          'how soon the customer is told about a security incident, so that it is informed promptly',
          'wie schnell der Auftraggeber über einen Sicherheitsvorfall unterrichtet wird, damit er zeitnah Bescheid weiß',
        ),
      ),
      customerCooperationDuty: bool(
        d(
          'whether the customer is obliged to help resolve emergencies',
          'ob der Auftraggeber verpflichtet ist, bei der Bewältigung von Notfällen mitzuwirken',
        ),
      ),
      exercises: object(
        d(
          "the customer's emergency exercises and the provider's part in them",
          'die Notfallübungen des Auftraggebers und die Beteiligung des Dienstleisters daran',
        ),
        {
          must: {
            interval: duration(
              d(
                'how often the emergency exercises take place',
                'wie oft die Notfallübungen stattfinden',
              ),
            ),
          },
        },
      ),
      backupRequirements: textOrList(
        d(
          'the type and extent of data backup the customer requires',
          'Art und Umfang der Datensicherung, die der Auftraggeber verlangt',
        ),
      ),
      redundantSystems: textOrList(
        d(
          'which systems have to be built redundantly, if any',
          'welche Systeme redundant ausgelegt sein müssen, falls überhaupt',
        ),
      ),
      forceMajeure: text(
        d(
          'what applies in case of force majeure, e.g. a natural disaster',
          'was bei höherer Gewalt gilt, z. B. bei einer Naturkatastrophe',
        ),
      ),
      strike: text(
        d(
          "how the availability of data and systems is kept up if the provider's staff go on strike",
          'wie die Verfügbarkeit von Daten und Systemen gesichert bleibt, wenn das Personal des Dienstleisters streikt',
        ),
      ),
    },
  },
);
