/**
 * OPS.3.1.M8: the data connection agreement (DCA) that has to be in place before the
 * provider's and the customer's networks are connected. This is a whole document
 * (`kind: DataConnectionAgreement`), not a section of an engagement.
 */
import {
  d,
  described,
  typed,
  type Description,
  bool,
  choice,
  date,
  duration,
  id,
  list,
  measure,
  mustBeTrue,
  object,
  ref,
  refList,
  text,
  textList,
  textOrList,
  type SchemaNode,
} from '../dsl';
import {
  STATUSES,
  apiVersionSchema,
  kindSchema,
  protectionNeedsSchema,
  waiversSchema,
} from './common';

const metadataSchema = object(
  d(
    'identifies the agreement and the engagement it belongs to',
    'benennt die Vereinbarung und das Outsourcing-Vorhaben, zu dem sie gehört',
  ),
  {
    must: {
      id: id(
        d(
          'a unique id of the agreement, which the engagement lists under dataConnectionAgreements',
          'eine eindeutige ID der Vereinbarung, die das Outsourcing-Vorhaben unter dataConnectionAgreements aufführt',
        ),
      ),
      title: text(
        d(
          'a short title that names the connected networks or the service',
          'ein kurzer Titel, aus dem die verbundenen Netze oder die Dienstleistung hervorgehen',
        ),
      ),
      version: {
        ...text(
          d(
            'the version of this agreement, written as a quoted string such as "1.0"',
            'die Version dieser Vereinbarung, als Zeichenkette in Anführungszeichen, z. B. "1.0"',
          ),
        ),
        ...typed(
          'text (a quoted string such as "1.0")',
          'Text (eine Zeichenkette in Anführungszeichen, z. B. "1.0")',
        ),
      },
      engagementRef: ref(
        'engagement',
        d(
          'the engagement this agreement belongs to; its parties, contacts and dependencies are the ones referred to here',
          'das Outsourcing-Vorhaben, zu dem diese Vereinbarung gehört; dessen Parteien, Ansprechpersonen und Abhängigkeiten sind die, auf die hier verwiesen wird',
        ),
      ),
    },
    optional: {
      status: choice(
        STATUSES,
        d(
          'the life-cycle phase of the agreement',
          'die Phase der Vereinbarung in ihrem Lebenszyklus',
        ),
      ),
    },
  },
);

const accessRightSchema = object(
  d(
    "one precisely defined access of one party into the other party's network",
    'ein genau festgelegter Zugriff einer Partei in das Netz der anderen Partei',
  ),
  {
    must: {
      fromParty: ref(
        'party',
        d(
          'the party whose users get this access',
          'die Partei, deren Benutzer diesen Zugriff erhalten',
        ),
      ),
      users: text(
        d(
          'which users or user groups receive the access',
          'welche Benutzer oder Benutzergruppen den Zugriff erhalten',
        ),
      ),
      targets: textList(
        d(
          'the systems, networks or services the access reaches',
          'die Systeme, Netze oder Dienste, die über den Zugriff erreichbar sind',
        ),
      ),
      rights: text(d('what the users are allowed to do there', 'was die Benutzer dort tun dürfen')),
      conditions: text(
        d(
          'under which conditions the access may be used',
          'unter welchen Bedingungen der Zugriff genutzt werden darf',
        ),
      ),
    },
  },
);

const disconnectionSchema = object(
  d(
    'the rules for cutting the connection when a security incident requires it',
    'die Regelungen für das Trennen der Verbindung, wenn ein Sicherheitsvorfall es erfordert',
  ),
  {
    must: {
      authorized: refList(
        'contact',
        d(
          'the people who are allowed to cut the connection',
          'die Personen, die die Verbindung trennen dürfen',
        ),
      ),
      when: text(
        d(
          'in which situations the connection may or has to be cut',
          'in welchen Situationen die Verbindung getrennt werden darf oder muss',
        ),
      ),
      notify: refList(
        'contact',
        d(
          'the people who have to be told when the connection is cut',
          'die Personen, die bei einer Trennung der Verbindung zu benachrichtigen sind',
        ),
      ),
      escalation: refList(
        'contact',
        d(
          'the people at the escalation steps planned for a disconnection',
          'die Personen auf den für eine Trennung vorgesehenen Eskalationsstufen',
        ),
      ),
    },
  },
);

const networkSchema = object(
  d('one network taking part in the connection', 'ein an der Verbindung beteiligtes Netz'),
  {
    must: {
      party: ref(
        'party',
        d('the party that runs this network', 'die Partei, die dieses Netz betreibt'),
      ),
      name: text(d('a name that identifies the network', 'ein Name, der das Netz bezeichnet')),
    },
    optional: {
      cidr: text(
        d(
          'the address range of the network, e.g. 10.20.0.0/16',
          'der Adressbereich des Netzes, z. B. 10.20.0.0/16',
        ),
      ),
    },
  },
);

const contactsSchema = object(
  d(
    'named contacts of both parties for problems with the connection, above all for security events',
    'namentlich benannte Ansprechpersonen beider Parteien für Probleme mit der Verbindung, vor allem für Sicherheitsereignisse',
  ),
  {
    must: {
      organizational: refList(
        'contact',
        d(
          'the people to turn to with organisational problems of the connection',
          'die Personen, an die man sich bei organisatorischen Problemen mit der Verbindung wendet',
        ),
      ),
      technical: refList(
        'contact',
        d(
          'the people to turn to with technical problems of the connection',
          'die Personen, an die man sich bei technischen Problemen mit der Verbindung wendet',
        ),
      ),
      securityEvents: refList(
        'contact',
        d(
          'the people to inform when a security event affects the connection',
          'die Personen, die zu informieren sind, wenn ein Sicherheitsereignis die Verbindung betrifft',
        ),
      ),
    },
  },
);

const issueClassificationSchema = object(
  d(
    'what each side needs to know to tell organisational issues, technical issues and security events apart',
    'was jede Seite wissen muss, um organisatorische Probleme, technische Probleme und Sicherheitsereignisse voneinander zu unterscheiden',
  ),
  {
    must: {
      organizational: textOrList(
        d(
          'how an issue is recognised and classified as organisational',
          'woran ein Problem erkannt und als organisatorisch eingestuft wird',
        ),
      ),
      technical: textOrList(
        d(
          'how an issue is recognised and classified as technical',
          'woran ein Problem erkannt und als technisch eingestuft wird',
        ),
      ),
      securityEvent: textOrList(
        d(
          'how an event is recognised and classified as security-related',
          'woran ein Ereignis erkannt und als sicherheitsrelevant eingestuft wird',
        ),
      ),
    },
  },
);

/** A port number from 1 to 65535, without leading zeros. */
const PORT_NUMBER = '(6553[0-5]|655[0-2]\\d|65[0-4]\\d{2}|6[0-4]\\d{3}|[1-5]\\d{4}|[1-9]\\d{0,3})';

/** `443`, `443/tcp`, `8000-8100/tcp`: a port or a range of ports, with its protocol if wanted. */
export const PORT_TEXT_PATTERN = `^${PORT_NUMBER}(-${PORT_NUMBER})?(/(tcp|udp|sctp))?$`;

function port(description: Description): SchemaNode {
  return {
    anyOf: [
      { type: 'integer', minimum: 1, maximum: 65535 },
      { type: 'string', pattern: PORT_TEXT_PATTERN },
    ],
    ...typed(
      'a port from 1 to 65535, or a port or range with its protocol such as 443/tcp or 8000-8100/tcp',
      'ein Port von 1 bis 65535 oder ein Port bzw. Portbereich mit Protokoll, z. B. 443/tcp oder 8000-8100/tcp',
    ),
    ...described(description),
  };
}

const allowedServiceSchema = object(
  d(
    'one service that may be used across the connection',
    'ein Dienst, der über die Verbindung genutzt werden darf',
  ),
  {
    must: {
      name: text(
        d(
          'the name of the service, e.g. HTTPS or SSH',
          'der Name des Dienstes, z. B. HTTPS oder SSH',
        ),
      ),
      port: port(
        d(
          'the network port or port range the service uses',
          'der Netzwerkport oder Portbereich, den der Dienst verwendet',
        ),
      ),
    },
    optional: {
      from: text(
        d(
          'where the service may be used from, e.g. a network or party',
          'von wo aus der Dienst genutzt werden darf, z. B. aus einem Netz oder von einer Partei',
        ),
      ),
    },
  },
);

const dataUsePurposeSchema = object(
  d(
    'what one kind of data passed over the connection may be used for',
    'wofür eine Art von Daten, die über die Verbindung übertragen werden, verwendet werden darf',
  ),
  {
    must: {
      data: text(
        d(
          'the data or work result concerned',
          'die betreffenden Daten oder das betreffende Arbeitsergebnis',
        ),
      ),
      purpose: text(
        d(
          'the purpose the data may be used for',
          'der Zweck, für den die Daten verwendet werden dürfen',
        ),
      ),
    },
  },
);

const otherContractorSchema = object(
  d(
    'another contractor involved in the connection',
    'ein weiterer an der Verbindung beteiligter Auftragnehmer',
  ),
  {
    must: {
      dependencyRef: ref(
        'dependency',
        d(
          'the dependency of the engagement that describes this contractor',
          'die Abhängigkeit des Outsourcing-Vorhabens, die diesen Auftragnehmer beschreibt',
        ),
      ),
      role: text(
        d(
          'how the contractor takes part, e.g. by sharing applications or by working for one of the two sides',
          'wie der Auftragnehmer beteiligt ist, z. B. durch gemeinsam genutzte Anwendungen oder als Auftragnehmer einer der beiden Seiten',
        ),
      ),
    },
  },
);

/** The components M8 recommends; the 18th, the protection needs vote, is a MUST part of the document. */
const components: Record<string, SchemaNode> = {
  scope: object(
    d(
      'what the agreement covers as a whole, including the networks involved',
      'was die Vereinbarung insgesamt abdeckt, einschließlich der beteiligten Netze',
    ),
    {
      must: {
        description: text(
          d(
            'a summary of everything the agreement covers',
            'eine Zusammenfassung dessen, was die Vereinbarung abdeckt',
          ),
        ),
        networks: list(
          networkSchema,
          d(
            'the networks of both sides that are connected',
            'die Netze beider Seiten, die miteinander verbunden werden',
          ),
          1,
        ),
      },
    },
  ),
  responsibleForCompliance: refList(
    'contact',
    d(
      'the people who answer for keeping to the agreement; they should also be the ones who draw it up',
      'die Personen, die für die Einhaltung der Vereinbarung verantwortlich sind; sie sollten sie auch selbst ausarbeiten',
    ),
  ),
  contacts: contactsSchema,
  issueClassification: issueClassificationSchema,
  encryption: object(
    d(
      'how traffic inside the connected networks is encrypted',
      'wie der Datenverkehr innerhalb der verbundenen Netze verschlüsselt wird',
    ),
    {
      must: {
        inNetwork: bool(
          d(
            'whether traffic within the connected networks is encrypted',
            'ob der Datenverkehr innerhalb der verbundenen Netze verschlüsselt wird',
          ),
        ),
        protocol: text(
          d(
            'the encryption protocol or method used, e.g. IPsec or TLS 1.3',
            'das eingesetzte Verschlüsselungsprotokoll oder -verfahren, z. B. IPsec oder TLS 1.3',
          ),
        ),
      },
    },
  ),
  services: object(
    d(
      'which services are offered across the connection and which are not',
      'welche Dienste über die Verbindung angeboten werden und welche nicht',
    ),
    {
      must: {
        allowed: list(
          allowedServiceSchema,
          d(
            'the services that may be used across the connection, limited to what is agreed and really needed',
            'die Dienste, die über die Verbindung genutzt werden dürfen, beschränkt auf das Vereinbarte und tatsächlich Benötigte',
          ),
          1,
        ),
        denied: textList(
          d(
            'services that are explicitly not offered across the connection',
            'Dienste, die ausdrücklich nicht über die Verbindung angeboten werden',
          ),
          0,
        ),
      },
    },
  ),
  platforms: object(
    d(
      'the platforms, applications and data formats in use on the connection',
      'die Plattformen, Anwendungen und Datenformate, die auf der Verbindung eingesetzt werden',
    ),
    {
      must: {
        systems: textOrList(
          d(
            'the IT platforms and systems involved in the connection',
            'die an der Verbindung beteiligten IT-Plattformen und IT-Systeme',
          ),
        ),
        applications: textOrList(
          d(
            'the applications used across the connection',
            'die über die Verbindung genutzten Anwendungen',
          ),
        ),
        dataFormats: textOrList(
          d(
            'the data formats exchanged across the connection',
            'die über die Verbindung ausgetauschten Datenformate',
          ),
        ),
      },
    },
  ),
  availabilityRequirements: object(
    d(
      "what the connection demands of the availability of the partner's network and IT components",
      'welche Anforderungen die Verbindung an die Verfügbarkeit von Netz und IT-Komponenten des Partners stellt',
    ),
    {
      must: {
        performance: text(
          d(
            "the performance each partner's components have to deliver for the connection",
            'die Leistung, die die Komponenten jedes Partners für die Verbindung erbringen müssen',
          ),
        ),
        maxFailureRate: text(
          d(
            "the highest failure rate of the partner's components that is acceptable",
            'die höchste noch hinnehmbare Ausfallrate der Komponenten des Partners',
          ),
        ),
      },
    },
  ),
  logging: object(
    d(
      'who logs what, where the logs are kept and who may read them, which matters most in emergencies',
      'wer was protokolliert, wo die Protokolle liegen und wer sie lesen darf, was vor allem im Notfall wichtig ist',
    ),
    {
      must: {
        loggedBy: textOrList(
          d(
            'who is allowed and required to log activity on the connection',
            'wer Aktivitäten auf der Verbindung protokollieren darf und muss',
          ),
        ),
        events: textOrList(
          d('which events have to be logged', 'welche Ereignisse protokolliert werden müssen'),
        ),
        storage: text(
          d('where the log data is stored', 'wo die Protokolldaten gespeichert werden'),
        ),
        accessBy: textOrList(
          d('who is allowed to read the log data', 'wer die Protokolldaten lesen darf'),
        ),
        retention: duration(
          d('how long the log data is kept', 'wie lange die Protokolldaten aufbewahrt werden'),
        ),
      },
    },
  ),
  logExchange: object(
    d(
      'whether and how often the partners exchange log data',
      'ob und wie oft die Partner Protokolldaten austauschen',
    ),
    {
      must: {
        interval: duration(
          d(
            'how often the partners exchange log data',
            'wie oft die Partner Protokolldaten austauschen',
          ),
        ),
      },
    },
  ),
  securityMeasures: object(
    d(
      'the security measures both sides have to take and how keeping to them is checked',
      'die Sicherheitsmaßnahmen, die beide Seiten ergreifen müssen, und wie ihre Einhaltung geprüft wird',
    ),
    {
      must: {
        list: textOrList(
          d(
            'the security measures each side has to implement for the connection',
            'die Sicherheitsmaßnahmen, die jede Seite für die Verbindung umsetzen muss',
          ),
        ),
        complianceCheck: object(
          d(
            'how and how often compliance with the security measures is verified',
            'wie und wie oft die Einhaltung der Sicherheitsmaßnahmen überprüft wird',
          ),
          {
            must: {
              method: text(
                d(
                  'how compliance is verified, e.g. by a basic protection check or by sampling',
                  'wie die Einhaltung überprüft wird, z. B. durch einen IT-Grundschutz-Check oder Stichproben',
                ),
              ),
              interval: duration(
                d('how often compliance is verified', 'wie oft die Einhaltung überprüft wird'),
              ),
            },
          },
        ),
      },
    },
  ),
  nda: object(
    d(
      'a non-disclosure agreement for the connection',
      'eine Vertraulichkeitsvereinbarung für die Verbindung',
    ),
    {
      must: {
        agreed: mustBeTrue(
          d(
            'both sides have to agree not to pass on to outsiders what they learn through the cooperation',
            'beide Seiten müssen sich verpflichten, nichts, was sie durch die Zusammenarbeit erfahren, an Außenstehende weiterzugeben',
          ),
        ),
      },
    },
  ),
  liability: object(
    d(
      'who is liable for what and which compensation applies',
      'wer wofür haftet und welche Entschädigungen gelten',
    ),
    {
      must: {
        disconnectConditions: text(
          d(
            'the conditions under which the connection may be separated',
            'die Bedingungen, unter denen die Verbindung getrennt werden darf',
          ),
        ),
        malware: text(
          d(
            'who is liable for damage from malicious software',
            'wer für Schäden durch Schadsoftware haftet',
          ),
        ),
        hackerAttacks: text(
          d(
            'who is liable for damage from attacks by intruders',
            'wer für Schäden durch Angriffe von Eindringlingen haftet',
          ),
        ),
        penalties: text(
          d(
            'the penalties that apply when a side does not perform',
            'die Vertragsstrafen, die gelten, wenn eine Seite ihre Leistung nicht erbringt',
          ),
        ),
        thirdPartyContent: text(
          d(
            'who is liable when content of third parties is used',
            'wer haftet, wenn Inhalte Dritter verwendet werden',
          ),
        ),
      },
    },
  ),
  breachNotification: object(
    d(
      'the duty to inform the other side about security breaches',
      'die Pflicht, die andere Seite über Sicherheitsverletzungen zu unterrichten',
    ),
    {
      must: {
        deadline: duration(
          d(
            'how soon after a security breach the other side has to be informed',
            'wie schnell nach einer Sicherheitsverletzung die andere Seite unterrichtet werden muss',
          ),
        ),
        recipients: refList(
          'contact',
          d(
            'the people who have to receive a breach notification',
            'die Personen, die eine Meldung über eine Sicherheitsverletzung erhalten müssen',
          ),
        ),
      },
    },
  ),
  dataUsePurposes: list(
    dataUsePurposeSchema,
    d(
      'the purposes each kind of data passed over the connection may serve, e.g. when results of the joint work are reused',
      'die Zwecke, denen jede Art von über die Verbindung übertragenen Daten dienen darf, etwa wenn Ergebnisse der gemeinsamen Arbeit weiterverwendet werden',
    ),
    1,
  ),
  otherContractors: list(
    otherContractorSchema,
    d(
      'other contractors who take part in the connection; an empty list says that there are none',
      'weitere Auftragnehmer, die an der Verbindung beteiligt sind; eine leere Liste besagt, dass es keine gibt',
    ),
    0,
  ),
  term: object(
    d(
      'how long the agreement runs and how it is kept up to date as technology changes',
      'wie lange die Vereinbarung gilt und wie sie bei technischen Veränderungen aktuell gehalten wird',
    ),
    {
      must: {
        effectiveFrom: date(
          d('the day from which the agreement applies', 'der Tag, ab dem die Vereinbarung gilt'),
        ),
        duration: duration(d('how long the agreement runs', 'wie lange die Vereinbarung läuft')),
        reviewInterval: duration(
          d(
            'how often the agreement is reviewed for needed adaptations',
            'wie oft die Vereinbarung auf nötige Anpassungen überprüft wird',
          ),
        ),
        adaptationProcedure: text(
          d(
            'how the agreement is changed when technology or needs change',
            'wie die Vereinbarung geändert wird, wenn sich Technik oder Bedarf ändern',
          ),
        ),
      },
    },
  ),
};

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
      should: components,
      optional: {
        activation: activationSchema,
        foreignLawNotes: foreignLawNotesSchema,
        waivers: waiversSchema,
      },
    },
  ),
});
