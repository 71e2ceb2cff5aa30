/** OPS.3.1.M8: the components a data connection agreement is recommended to settle. */
import {
  d,
  bool,
  date,
  duration,
  list,
  mustBeTrue,
  object,
  refList,
  text,
  textList,
  textOrList,
  type SchemaNode,
} from '../dsl';
import {
  allowedServiceSchema,
  contactsSchema,
  dataUsePurposeSchema,
  issueClassificationSchema,
  networkSchema,
  otherContractorSchema,
} from './m08-dataConnectionAgreement-parts';

/** The components M8 recommends; the 18th, the protection needs vote, is a MUST part of the document. */
export const DCA_COMPONENTS: Record<string, SchemaNode> = {
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
