/**
 * OPS.3.1.M8, the parts of a data connection agreement: its header, the access rights and
 * disconnection rules, and the building blocks of the recommended components
 * (m08-dataConnectionAgreement-components.ts).
 */
import {
  d,
  described,
  typed,
  type Description,
  choice,
  id,
  object,
  ref,
  refList,
  text,
  textList,
  textOrList,
  type SchemaNode,
} from '../dsl';
import { STATUSES } from './common';

export const metadataSchema = object(
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

export const accessRightSchema = object(
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

export const disconnectionSchema = object(
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

export const networkSchema = object(
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

export const contactsSchema = object(
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

export const issueClassificationSchema = object(
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

export const allowedServiceSchema = object(
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

export const dataUsePurposeSchema = object(
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

export const otherContractorSchema = object(
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
