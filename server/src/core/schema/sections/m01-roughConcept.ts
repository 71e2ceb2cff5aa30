/**
 * OPS.3.1.M1 Rough concept: the groundwork both parties agree on before the contract is negotiated:
 * how they work together, who steers the engagement, what it is meant to achieve, which third
 * parties the provider depends on, and how the two security cultures fit together.
 */
import {
  d,
  bool,
  choice,
  choiceList,
  date,
  id,
  list,
  measure,
  object,
  requireValues,
  text,
  textList,
  type SchemaNode,
} from '../dsl';

export const GOVERNANCE_INTERFACES = [
  'emergency-management',
  'information-security',
  'data-protection',
] as const;

export const OBJECTIVE_CATEGORIES = ['business', 'security'] as const;

export const MILESTONE_NAMES = ['planning', 'migration', 'operation'] as const;

export const DEPENDENCY_TYPES = [
  'subcontractor',
  'it-outsourcing',
  'external-data-management',
  'telecom-provider',
  'emergency-cooperation',
  'maintenance',
] as const;

export const RISK_APPETITES = ['low', 'medium', 'high'] as const;

const governanceSchema = object(
  d(
    'how the engagement is steered and how it links to the other management processes of both parties',
    'wie das Outsourcing-Vorhaben gesteuert wird und wie es mit den übrigen Managementprozessen beider Parteien verzahnt ist',
  ),
  {
    must: {
      managementFunctions: textList(
        d(
          'the steering and control functions of the outsourcing management have to be named so that both sides know who leads and who supervises',
          'die Steuerungs- und Kontrollfunktionen des Outsourcing-Managements müssen benannt sein, damit beide Seiten wissen, wer führt und wer überwacht',
        ),
      ),
      interfaces: requireValues(
        choiceList(
          GOVERNANCE_INTERFACES,
          d(
            'the governance has to connect to emergency management, information security and data protection so that both sides can react quickly to events',
            'die Steuerung muss an Notfallmanagement, Informationssicherheit und Datenschutz angebunden sein, damit beide Seiten schnell auf Ereignisse reagieren können',
          ),
        ),
        GOVERNANCE_INTERFACES,
      ),
    },
  },
);

const objectiveSchema = object(
  d('one measurable goal of the engagement', 'ein messbares Ziel des Outsourcing-Vorhabens'),
  {
    must: {
      id: id(
        d(
          'a short id so that the goal can be referred to, e.g. in reports on its progress',
          'eine kurze ID, damit auf das Ziel verwiesen werden kann, etwa in Berichten über den Fortschritt',
        ),
      ),
      category: choice(
        OBJECTIVE_CATEGORIES,
        d(
          'whether the goal concerns the business value of the engagement or information security',
          'ob das Ziel den geschäftlichen Nutzen des Outsourcing-Vorhabens oder die Informationssicherheit betrifft',
        ),
      ),
      goal: text(
        d(
          'what the customer wants to achieve with the engagement, stated as a concrete goal',
          'was der Auftraggeber mit dem Outsourcing-Vorhaben erreichen will, als konkretes Ziel formuliert',
        ),
      ),
      metric: text(
        d(
          "how success is measured, so that the provider's performance can be verified",
          'woran der Erfolg gemessen wird, damit sich die Leistung des Dienstleisters überprüfen lässt',
        ),
      ),
      target: text(
        d(
          'the value of the metric that counts as success',
          'der Wert der Kennzahl, ab dem das Ziel als erreicht gilt',
        ),
      ),
      due: date(
        d(
          'the date by which the goal is to be reached, so that it is bound to a time frame',
          'das Datum, bis zu dem das Ziel erreicht sein soll, damit es an einen Zeitrahmen gebunden ist',
        ),
      ),
    },
  },
);

const objectivesSchema: SchemaNode = {
  ...list(
    objectiveSchema,
    d(
      'the goals the customer links to the engagement have to be specific, measurable and bound to a date, including information security goals',
      'die Ziele, die der Auftraggeber mit dem Outsourcing-Vorhaben verbindet, müssen konkret, messbar und terminiert sein und auch Ziele der Informationssicherheit umfassen',
    ),
    1,
  ),
  contains: { properties: { category: { const: 'security' } }, required: ['category'] },
  'x-contains-message':
    'no objective has category security; the goals of the engagement have to include at least one information security goal',
  'x-contains-message-de':
    'kein Ziel hat die Kategorie security; unter den Zielen des Outsourcing-Vorhabens muss mindestens ein Ziel der Informationssicherheit sein',
};

const milestoneSchema = object(
  d('one milestone of the engagement', 'ein Meilenstein des Outsourcing-Vorhabens'),
  {
    must: {
      name: choice(
        MILESTONE_NAMES,
        d(
          'the phase of the engagement this milestone concludes',
          'die Phase des Outsourcing-Vorhabens, die dieser Meilenstein abschließt',
        ),
      ),
      due: date(
        d(
          'the date by which the phase is planned to be reached',
          'das Datum, zu dem die Phase erreicht sein soll',
        ),
      ),
    },
  },
);

const ismsCertificationSchema = object(
  d(
    'an information security management certification of the provider',
    'eine Zertifizierung des Informationssicherheitsmanagements des Dienstleisters',
  ),
  {
    must: {
      standard: text(
        d(
          'the standard the provider is certified against, e.g. ISO/IEC 27001 or ISO 27001 based on IT-Grundschutz',
          'der Standard, nach dem der Dienstleister zertifiziert ist, z. B. ISO/IEC 27001 oder ISO 27001 auf der Basis von IT-Grundschutz',
        ),
      ),
      coversServiceScope: bool(
        d(
          'whether the certified scope already includes the service offered to this customer, which is what makes the certificate meaningful here',
          'ob der Geltungsbereich der Zertifizierung die angebotene Dienstleistung bereits umfasst; nur dann ist das Zertifikat hier aussagekräftig',
        ),
      ),
      validUntil: date(
        d(
          'the expiry date of the certificate, so that its validity can be checked',
          'das Ablaufdatum des Zertifikats, damit seine Gültigkeit geprüft werden kann',
        ),
      ),
    },
  },
);

const providerQualitiesSchema = object(
  d(
    'evidence the provider can show the customer about its ability to handle information security',
    'Nachweise, mit denen der Dienstleister dem Auftraggeber seine Kompetenz in der Informationssicherheit belegen kann',
  ),
  {
    optional: {
      ismsCertification: ismsCertificationSchema,
      referenceCustomers: textList(
        d(
          'existing customers the prospective customer may contact before signing, to learn how the provider handles security',
          'Bestandskunden, die der künftige Auftraggeber vor Vertragsschluss ansprechen darf, um zu erfahren, wie der Dienstleister mit Sicherheit umgeht',
        ),
      ),
    },
  },
);

const dependencySchema = object(
  d(
    'one third party the provider relies on to deliver the service',
    'ein Dritter, auf den der Dienstleister bei der Erbringung der Dienstleistung angewiesen ist',
  ),
  {
    must: {
      id: id(
        d(
          'a short id that external staff entries and data connection agreements use to refer to this third party',
          'eine kurze ID, mit der Einträge zum Fremdpersonal und Netzanbindungsvereinbarungen auf diesen Dritten verweisen',
        ),
      ),
      type: choice(
        DEPENDENCY_TYPES,
        d(
          'the kind of dependency, so that its risks can be judged',
          'die Art der Abhängigkeit, damit sich ihre Risiken beurteilen lassen',
        ),
      ),
      name: text(d('the name of the third party', 'der Name des Dritten')),
      service: text(
        d(
          'what the third party does for the provider within this engagement',
          'was der Dritte in diesem Outsourcing-Vorhaben für den Dienstleister übernimmt',
        ),
      ),
      location: text(
        d(
          'where the third party provides its service or keeps the data, e.g. a city or country',
          'wo der Dritte seine Leistung erbringt oder die Daten aufbewahrt, z. B. Stadt oder Land',
        ),
      ),
      accessToCustomerData: bool(
        d(
          "whether the third party can see or handle the customer's data, which raises the risk of the dependency",
          'ob der Dritte die Daten des Auftraggebers einsehen oder verarbeiten kann, was das Risiko der Abhängigkeit erhöht',
        ),
      ),
      disclosedOn: date(
        d(
          'the date the customer was told about this dependency; this should be before the contract is signed',
          'das Datum, an dem der Auftraggeber über diese Abhängigkeit informiert wurde; es sollte vor der Vertragsunterzeichnung liegen',
        ),
      ),
    },
  },
);

const securityCultureSchema = object(
  d(
    'a reflection on how the security cultures of the provider and the customer compare',
    'eine Gegenüberstellung der Sicherheitskulturen von Dienstleister und Auftraggeber',
  ),
  {
    must: {
      assessed: bool(
        d(
          'whether both parties have compared their security cultures, values and ways of deciding, to avoid friction in a long relationship',
          'ob beide Parteien ihre Sicherheitskultur, Werte und Entscheidungswege verglichen haben, um Reibungen in einer langen Zusammenarbeit zu vermeiden',
        ),
      ),
      riskAppetite: choice(
        RISK_APPETITES,
        d(
          'how much risk the parties are prepared to accept, as one of the main traits of a security culture',
          'wie viel Risiko die Parteien zu tragen bereit sind, eines der wesentlichen Merkmale einer Sicherheitskultur',
        ),
      ),
    },
    optional: {
      notes: text(
        d(
          'findings of the comparison, e.g. differences in leadership style or ethical standards',
          'Ergebnisse des Vergleichs, z. B. Unterschiede im Führungsstil oder in ethischen Standards',
        ),
      ),
    },
  },
);

export const roughConceptSchema = measure(
  'OPS.3.1.M1',
  object(
    d(
      'the rough concept that provider and customer agree on before the contract, laying the ground for their cooperation',
      'das Grobkonzept, auf das sich Dienstleister und Auftraggeber vor Vertragsschluss verständigen und das die Grundlage ihrer Zusammenarbeit bildet',
    ),
    {
      must: {
        interactionProcesses: textList(
          d(
            'the ways the provider and the customer will interact during the engagement have to be defined jointly',
            'die Wege, auf denen Dienstleister und Auftraggeber während des Outsourcing-Vorhabens zusammenarbeiten, müssen gemeinsam festgelegt werden',
          ),
        ),
        rules: textList(
          d(
            'the rules and guidelines the cooperation rests on have to be written down jointly',
            'die Regeln und Leitlinien, auf denen die Zusammenarbeit beruht, müssen gemeinsam schriftlich festgehalten werden',
          ),
        ),
        governance: governanceSchema,
        objectives: objectivesSchema,
      },
      should: {
        milestones: list(
          milestoneSchema,
          d(
            'dated milestones for planning, migration and operation help to measure whether the engagement is on track',
            'terminierte Meilensteine für Planung, Migration und Betrieb zeigen, ob das Outsourcing-Vorhaben im Plan liegt',
          ),
          1,
        ),
        providerQualities: providerQualitiesSchema,
        dependencies: list(
          dependencySchema,
          d(
            'the third parties the provider depends on (subcontractors, data centres, telecom carriers, maintenance) should be disclosed to the customer before signing so that their risks can be handled',
            'die Dritten, von denen der Dienstleister abhängt (Unterauftragnehmer, Rechenzentren, TK-Anbieter, Wartung), sollten dem Auftraggeber vor Vertragsschluss offengelegt werden, damit ihre Risiken behandelt werden können',
          ),
        ),
        securityCulture: securityCultureSchema,
      },
    },
  ),
);
