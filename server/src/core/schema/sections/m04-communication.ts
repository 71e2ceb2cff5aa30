/** OPS.3.1.M4: who may receive which information about the engagement. */
import {
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

const partnerSchema = object('one communication partner and the information it may receive', {
  must: {
    id: id('a short id that other fields use to refer to this communication partner'),
    contact: ref('contact', 'the person who acts as this communication partner'),
    scope: choice(
      ['internal', 'external'],
      "whether the partner belongs to the provider's own organisation or sits outside it",
    ),
    allowed: refList(
      'classification',
      'the classification levels this partner may receive, taken from the agreed classification scheme of the security concept',
    ),
  },
  optional: {
    contractualBasis: text(
      'the contract clause that allows passing classified information to this external partner and ensures the partner may process it',
    ),
  },
});

const reviewSchema = object(
  'the list of communication partners needs a regular check, and an extra one whenever there is cause, to confirm each person still holds the role they were named for',
  {
    must: {
      interval: duration('how often the list of communication partners is checked'),
      lastReviewed: date('the day the list of communication partners was last checked'),
    },
  },
);

const channelSchema = object('one channel over which information about the engagement travels', {
  must: {
    type: text('the kind of channel, e.g. e-mail, file transfer or telephone'),
    protects: choiceList(
      ['C', 'I', 'A'],
      'which of confidentiality (C), integrity (I) and availability (A) the channel has been checked to protect',
    ),
    monitored: bool(
      'the channel should be watched, since information can reach the wrong people through it',
    ),
  },
});

export const communicationSchema = measure(
  'OPS.3.1.M4',
  object(
    'provider and customer have to agree and record beforehand which internal and external communication partners get which information about the engagement',
    {
      must: {
        partners: list(
          partnerSchema,
          'a communication matrix that assigns every communication partner to the classification levels it may receive',
          1,
        ),
        review: reviewSchema,
        purposeLimitationNotice: mustBeTrue(
          'recipients have to be told that they may use the data they receive only for the purpose it was sent for',
        ),
      },
      should: {
        channels: list(
          channelSchema,
          'the channels used for communication, checked and watched for confidentiality, integrity and availability',
          1,
        ),
        personalDataRecipients: refList(
          'partner',
          'an overview of the partners entitled to receive personal data, as data protection law expects; an empty list says that none is',
          0,
        ),
      },
    },
  ),
);
