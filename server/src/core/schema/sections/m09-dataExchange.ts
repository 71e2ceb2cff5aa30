/** OPS.3.1.M9: agreements for regular data exchange between provider and customer. */
import {
  d,
  bool,
  choice,
  choiceList,
  duration,
  list,
  measure,
  mustBeTrue,
  object,
  refList,
  text,
  textOrList,
  withConditions,
  withObligation,
  type SchemaNode,
} from '../dsl';

const contactsSchema = object(
  d(
    'named contacts for the data exchange, for organisational and technical matters and above all for security events',
    'namentlich benannte Ansprechpersonen für den Datenaustausch, für organisatorische und technische Fragen und vor allem für Sicherheitsereignisse',
  ),
  {
    must: {
      organizational: refList(
        'contact',
        d(
          'the people to turn to with organisational questions about the data exchange',
          'die Personen, an die man sich mit organisatorischen Fragen zum Datenaustausch wendet',
        ),
      ),
      technical: refList(
        'contact',
        d(
          'the people to turn to with technical problems of the data exchange',
          'die Personen, an die man sich bei technischen Problemen mit dem Datenaustausch wendet',
        ),
      ),
      securityEvents: refList(
        'contact',
        d(
          'the people to inform when a security event affects the data exchange',
          'die Personen, die zu informieren sind, wenn ein Sicherheitsereignis den Datenaustausch betrifft',
        ),
      ),
    },
  },
);

const frameworkSchema = object(
  d(
    'the technical and organisational conditions of the exchange, so both sides know what to support and how fast to react',
    'die technischen und organisatorischen Rahmenbedingungen des Austauschs, damit beide Seiten wissen, was sie unterstützen und wie schnell sie reagieren müssen',
  ),
  {
    must: {
      applications: textOrList(
        d(
          'the applications both sides use to send and receive the data',
          'die Anwendungen, mit denen beide Seiten die Daten senden und empfangen',
        ),
      ),
      dataFormats: textOrList(
        d(
          'the data formats both sides support for the exchange',
          'die Datenformate, die beide Seiten für den Austausch unterstützen',
        ),
      ),
      availability: text(
        d(
          'the availability each partner has to guarantee for the exchange',
          'die Verfügbarkeit, die jeder Partner für den Austausch gewährleisten muss',
        ),
      ),
      readFrequency: duration(
        d(
          'how often incoming messages and data are read at the latest',
          'wie oft eingehende Nachrichten und Daten spätestens gelesen werden',
        ),
      ),
      responseTime: duration(
        d(
          'how quickly a partner has to answer a message',
          'wie schnell ein Partner auf eine Nachricht antworten muss',
        ),
      ),
    },
  },
);

const malwareScanSchema = object(
  d(
    'exchanged data should be scanned for malware on both sides of the transfer',
    'ausgetauschte Daten sollten auf beiden Seiten der Übertragung auf Schadsoftware geprüft werden',
  ),
  {
    must: {
      before: mustBeTrue(
        d(
          'the sender has to scan the data for malware before sending it',
          'der Absender muss die Daten vor dem Versand auf Schadsoftware prüfen',
        ),
      ),
      after: mustBeTrue(
        d(
          'the recipient has to scan the data for malware after receiving it',
          'der Empfänger muss die Daten nach dem Empfang auf Schadsoftware prüfen',
        ),
      ),
    },
  },
);

const securitySchema = object(
  d(
    'the safeguards both sides apply while data is exchanged',
    'die Schutzvorkehrungen, die beide Seiten beim Datenaustausch anwenden',
  ),
  {
    must: {
      malwareScan: malwareScanSchema,
      transportProtection: choiceList(
        ['sealed-container', 'checksum', 'encryption', 'signature'],
        d(
          'how the data is protected against damage in transit and against being read by outsiders on the way',
          'wie die Daten bei der Übertragung gegen Beschädigung und gegen unbefugtes Mitlesen geschützt werden',
        ),
      ),
      keyManagement: text(
        d(
          'how the keys used to protect the exchange are managed and controlled',
          'wie die Schlüssel, die den Austausch schützen, verwaltet und kontrolliert werden',
        ),
      ),
      senderDeletion: choice(
        ['never', 'after-receipt-confirmation'],
        d(
          'whether the sender deletes its copy, and then not before the recipient has confirmed correct receipt',
          'ob der Absender seine Kopie löscht, und zwar nicht, bevor der Empfänger den korrekten Empfang bestätigt hat',
        ),
      ),
    },
  },
);

const dataUsePurposeSchema = object(
  d(
    'what one kind of exchanged data may be used for',
    'wofür eine Art ausgetauschter Daten verwendet werden darf',
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

/** Everything except `regular`; expected unless `regular: false` says no regular exchange happens. */
const exchangeFields: Record<string, SchemaNode> = {
  contacts: contactsSchema,
  framework: frameworkSchema,
  security: securitySchema,
  nda: text(
    d(
      'a non-disclosure agreement under which neither side passes information gained from the exchange to outsiders, e.g. the clause that contains it',
      'eine Vertraulichkeitsvereinbarung, nach der keine Seite Informationen aus dem Austausch an Außenstehende weitergibt, z. B. die Vertragsklausel, die sie enthält',
    ),
  ),
  dataUsePurposes: list(
    dataUsePurposeSchema,
    d(
      'an agreement saying for what purpose each kind of exchanged data may be used, e.g. when work results are reused',
      'eine Vereinbarung, für welchen Zweck jede Art ausgetauschter Daten verwendet werden darf, etwa wenn Arbeitsergebnisse weiterverwendet werden',
    ),
    1,
  ),
  legalCompliance: choiceList(
    ['privacy', 'copyright', 'licensing'],
    d(
      'the legal areas the exchange has been checked against, such as data protection, copyright and licences',
      'die Rechtsgebiete, anhand derer der Austausch geprüft wurde, etwa Datenschutz, Urheberrecht und Lizenzen',
    ),
  ),
};

const optionalFields: Record<string, SchemaNode> = Object.fromEntries(
  Object.entries(exchangeFields).map(([key, node]) => [key, withObligation('should', node)]),
);

export const dataExchangeSchema = measure(
  'OPS.3.1.M9',
  withConditions(
    object(
      d(
        'regular data exchange between provider and customer should be governed by an agreement that keeps it smooth and secure',
        'ein regelmäßiger Datenaustausch zwischen Dienstleister und Auftraggeber sollte durch eine Vereinbarung geregelt sein, damit er reibungslos und sicher abläuft',
      ),
      {
        optional: {
          regular: bool(
            d(
              'says whether data is exchanged regularly; false declares that it is not, and then nothing else is expected here',
              'gibt an, ob regelmäßig Daten ausgetauscht werden; false erklärt, dass dies nicht der Fall ist, und dann wird hier nichts weiter erwartet',
            ),
          ),
          ...optionalFields,
        },
      },
    ),
    {
      if: { properties: { regular: { const: false } }, required: ['regular'] },
      else: { 'x-should': Object.keys(exchangeFields) },
    },
  ),
);
