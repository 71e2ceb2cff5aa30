/** OPS.3.1.M4: who may receive which information about the engagement. */
import {
  d,
  bool,
  choice,
  choiceList,
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
} from '../dsl';

const partnerSchema = object(
  d(
    'one communication partner and the information it may receive',
    'ein Kommunikationspartner und die Informationen, die er erhalten darf',
  ),
  {
    must: {
      id: id(
        d(
          'a short id that other fields use to refer to this communication partner',
          'eine kurze ID, mit der andere Felder auf diesen Kommunikationspartner verweisen',
        ),
      ),
      contact: ref(
        'contact',
        d(
          'the person who acts as this communication partner',
          'die Person, die als dieser Kommunikationspartner auftritt',
        ),
      ),
      scope: choice(
        ['internal', 'external'],
        d(
          "whether the partner belongs to the provider's own organisation or sits outside it",
          'ob der Partner zur eigenen Organisation des Dienstleisters gehört oder außerhalb steht',
        ),
      ),
      allowed: refList(
        'classification',
        d(
          'the classification levels this partner may receive, taken from the agreed classification scheme of the security concept',
          'die Klassifizierungsstufen, die dieser Partner erhalten darf, aus dem vereinbarten Klassifizierungsschema des Sicherheitskonzepts',
        ),
      ),
    },
    optional: {
      contractualBasis: text(
        d(
          'the contract clause that allows passing classified information to this external partner and ensures the partner may process it',
          'die Vertragsklausel, die die Weitergabe klassifizierter Informationen an diesen externen Partner erlaubt und sicherstellt, dass er sie verarbeiten darf',
        ),
      ),
    },
  },
);

const reviewSchema = object(
  d(
    'the list of communication partners needs a regular check, and an extra one whenever there is cause, to confirm each person still holds the role they were named for',
    'die Liste der Kommunikationspartner muss regelmäßig und zusätzlich aus gegebenem Anlass überprüft werden, um sicherzustellen, dass jede Person die Rolle, für die sie benannt wurde, noch innehat',
  ),
  {
    must: {
      interval: duration(
        d(
          'how often the list of communication partners is checked',
          'wie oft die Liste der Kommunikationspartner überprüft wird',
        ),
      ),
      lastReviewed: date(
        d(
          'the day the list of communication partners was last checked',
          'der Tag, an dem die Liste der Kommunikationspartner zuletzt überprüft wurde',
        ),
      ),
    },
  },
);

const channelSchema = object(
  d(
    'one channel over which information about the engagement travels',
    'ein Kanal, über den Informationen zum Outsourcing-Vorhaben ausgetauscht werden',
  ),
  {
    must: {
      type: text(
        d(
          'the kind of channel, e.g. e-mail, file transfer or telephone',
          'die Art des Kanals, z. B. E-Mail, Dateiübertragung oder Telefon',
        ),
      ),
      protects: choiceList(
        ['C', 'I', 'A'],
        d(
          'which of confidentiality (C), integrity (I) and availability (A) the channel has been checked to protect',
          'für welche der Schutzziele Vertraulichkeit (C), Integrität (I) und Verfügbarkeit (A) geprüft wurde, dass der Kanal sie schützt',
        ),
      ),
      monitored: bool(
        d(
          'the channel should be watched, since information can reach the wrong people through it',
          'der Kanal sollte überwacht werden, da Informationen über ihn an die falschen Personen gelangen können',
        ),
      ),
    },
  },
);

export const communicationSchema = measure(
  'OPS.3.1.M4',
  object(
    d(
      'provider and customer have to agree and record beforehand which internal and external communication partners get which information about the engagement',
      'Dienstleister und Auftraggeber müssen vorab vereinbaren und dokumentieren, welche internen und externen Kommunikationspartner welche Informationen über das Outsourcing-Vorhaben erhalten',
    ),
    {
      must: {
        partners: list(
          partnerSchema,
          d(
            'a communication matrix that assigns every communication partner to the classification levels it may receive',
            'eine Kommunikationsmatrix, die jedem Kommunikationspartner die Klassifizierungsstufen zuordnet, die er erhalten darf',
          ),
          1,
        ),
        review: reviewSchema,
        purposeLimitationNotice: mustBeTrue(
          d(
            'recipients have to be told that they may use the data they receive only for the purpose it was sent for',
            'Empfänger müssen darauf hingewiesen werden, dass sie die erhaltenen Daten nur für den Zweck verwenden dürfen, zu dem sie übermittelt wurden',
          ),
        ),
      },
      should: {
        channels: list(
          channelSchema,
          d(
            'the channels used for communication, checked and watched for confidentiality, integrity and availability',
            'die Kommunikationskanäle, geprüft und überwacht hinsichtlich Vertraulichkeit, Integrität und Verfügbarkeit',
          ),
          1,
        ),
        personalDataRecipients: refList(
          'partner',
          d(
            'an overview of the partners entitled to receive personal data, as data protection law expects; an empty list says that none is',
            'eine Übersicht der Stellen, die personenbezogene Daten erhalten dürfen, wie es das Datenschutzrecht verlangt; eine leere Liste besagt, dass es keine gibt',
          ),
          0,
        ),
      },
    },
  ),
);
