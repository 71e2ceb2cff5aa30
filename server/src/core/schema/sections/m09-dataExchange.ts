/** OPS.3.1.M9: agreements for regular data exchange between provider and customer. */
import {
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
  'named contacts for the data exchange, for organisational and technical matters and above all for security events',
  {
    must: {
      organizational: refList(
        'contact',
        'the people to turn to with organisational questions about the data exchange',
      ),
      technical: refList(
        'contact',
        'the people to turn to with technical problems of the data exchange',
      ),
      securityEvents: refList(
        'contact',
        'the people to inform when a security event affects the data exchange',
      ),
    },
  },
);

const frameworkSchema = object(
  'the technical and organisational conditions of the exchange, so both sides know what to support and how fast to react',
  {
    must: {
      applications: textOrList('the applications both sides use to send and receive the data'),
      dataFormats: textOrList('the data formats both sides support for the exchange'),
      availability: text('the availability each partner has to guarantee for the exchange'),
      readFrequency: duration('how often incoming messages and data are read at the latest'),
      responseTime: duration('how quickly a partner has to answer a message'),
    },
  },
);

const malwareScanSchema = object(
  'exchanged data should be scanned for malware on both sides of the transfer',
  {
    must: {
      before: mustBeTrue('the sender has to scan the data for malware before sending it'),
      after: mustBeTrue('the recipient has to scan the data for malware after receiving it'),
    },
  },
);

const securitySchema = object('the safeguards both sides apply while data is exchanged', {
  must: {
    malwareScan: malwareScanSchema,
    transportProtection: choiceList(
      ['sealed-container', 'checksum', 'encryption', 'signature'],
      'how the data is protected against damage in transit and against being read by outsiders on the way',
    ),
    keyManagement: text('how the keys used to protect the exchange are managed and controlled'),
    senderDeletion: choice(
      ['never', 'after-receipt-confirmation'],
      'whether the sender deletes its copy, and then not before the recipient has confirmed correct receipt',
    ),
  },
});

const dataUsePurposeSchema = object('what one kind of exchanged data may be used for', {
  must: {
    data: text('the data or work result concerned'),
    purpose: text('the purpose the data may be used for'),
  },
});

/** Everything except `regular`; expected unless `regular: false` says no regular exchange happens. */
const exchangeFields: Record<string, SchemaNode> = {
  contacts: contactsSchema,
  framework: frameworkSchema,
  security: securitySchema,
  nda: text(
    'a non-disclosure agreement under which neither side passes information gained from the exchange to outsiders, e.g. the clause that contains it',
  ),
  dataUsePurposes: list(
    dataUsePurposeSchema,
    'an agreement saying for what purpose each kind of exchanged data may be used, e.g. when work results are reused',
    1,
  ),
  legalCompliance: choiceList(
    ['privacy', 'copyright', 'licensing'],
    'the legal areas the exchange has been checked against, such as data protection, copyright and licences',
  ),
};

const optionalFields: Record<string, SchemaNode> = Object.fromEntries(
  Object.entries(exchangeFields).map(([key, node]) => [key, withObligation('should', node)]),
);

export const dataExchangeSchema = measure(
  'OPS.3.1.M9',
  withConditions(
    object(
      'regular data exchange between provider and customer should be governed by an agreement that keeps it smooth and secure',
      {
        optional: {
          regular: bool(
            'says whether data is exchanged regularly; false declares that it is not, and then nothing else is expected here',
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
