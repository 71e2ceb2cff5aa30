/**
 * OPS.3.1.M8: the data connection agreement (DCA) that has to be in place before the
 * provider's and the customer's networks are connected. This is a whole document
 * (`kind: DataConnectionAgreement`), not a section of an engagement.
 */
import {
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

const metadataSchema = object('identifies the agreement and the engagement it belongs to', {
  must: {
    id: id(
      'a unique id of the agreement, which the engagement lists under dataConnectionAgreements',
    ),
    title: text('a short title that names the connected networks or the service'),
    version: {
      ...text('the version of this agreement, written as a quoted string such as "1.0"'),
      'x-type': 'text (a quoted string such as "1.0")',
    },
    engagementRef: ref(
      'engagement',
      'the engagement this agreement belongs to; its parties, contacts and dependencies are the ones referred to here',
    ),
  },
  optional: {
    status: choice(STATUSES, 'the life-cycle phase of the agreement'),
  },
});

const accessRightSchema = object(
  "one precisely defined access of one party into the other party's network",
  {
    must: {
      fromParty: ref('party', 'the party whose users get this access'),
      users: text('which users or user groups receive the access'),
      targets: textList('the systems, networks or services the access reaches'),
      rights: text('what the users are allowed to do there'),
      conditions: text('under which conditions the access may be used'),
    },
  },
);

const disconnectionSchema = object(
  'the rules for cutting the connection when a security incident requires it',
  {
    must: {
      authorized: refList('contact', 'the people who are allowed to cut the connection'),
      when: text('in which situations the connection may or has to be cut'),
      notify: refList('contact', 'the people who have to be told when the connection is cut'),
      escalation: refList(
        'contact',
        'the people at the escalation steps planned for a disconnection',
      ),
    },
  },
);

const networkSchema = object('one network taking part in the connection', {
  must: {
    party: ref('party', 'the party that runs this network'),
    name: text('a name that identifies the network'),
  },
  optional: {
    cidr: text('the address range of the network, e.g. 10.20.0.0/16'),
  },
});

const contactsSchema = object(
  'named contacts of both parties for problems with the connection, above all for security events',
  {
    must: {
      organizational: refList(
        'contact',
        'the people to turn to with organisational problems of the connection',
      ),
      technical: refList(
        'contact',
        'the people to turn to with technical problems of the connection',
      ),
      securityEvents: refList(
        'contact',
        'the people to inform when a security event affects the connection',
      ),
    },
  },
);

const issueClassificationSchema = object(
  'what each side needs to know to tell organisational issues, technical issues and security events apart',
  {
    must: {
      organizational: textOrList('how an issue is recognised and classified as organisational'),
      technical: textOrList('how an issue is recognised and classified as technical'),
      securityEvent: textOrList('how an event is recognised and classified as security-related'),
    },
  },
);

/** A port number from 1 to 65535, without leading zeros. */
const PORT_NUMBER = '(6553[0-5]|655[0-2]\\d|65[0-4]\\d{2}|6[0-4]\\d{3}|[1-5]\\d{4}|[1-9]\\d{0,3})';

/** `443`, `443/tcp`, `8000-8100/tcp`: a port or a range of ports, with its protocol if wanted. */
export const PORT_TEXT_PATTERN = `^${PORT_NUMBER}(-${PORT_NUMBER})?(/(tcp|udp|sctp))?$`;

function port(description: string): SchemaNode {
  return {
    anyOf: [
      { type: 'integer', minimum: 1, maximum: 65535 },
      { type: 'string', pattern: PORT_TEXT_PATTERN },
    ],
    'x-type':
      'a port from 1 to 65535, or a port or range with its protocol such as 443/tcp or 8000-8100/tcp',
    description,
  };
}

const allowedServiceSchema = object('one service that may be used across the connection', {
  must: {
    name: text('the name of the service, e.g. HTTPS or SSH'),
    port: port('the network port or port range the service uses'),
  },
  optional: {
    from: text('where the service may be used from, e.g. a network or party'),
  },
});

const dataUsePurposeSchema = object(
  'what one kind of data passed over the connection may be used for',
  {
    must: {
      data: text('the data or work result concerned'),
      purpose: text('the purpose the data may be used for'),
    },
  },
);

const otherContractorSchema = object('another contractor involved in the connection', {
  must: {
    dependencyRef: ref(
      'dependency',
      'the dependency of the engagement that describes this contractor',
    ),
    role: text(
      'how the contractor takes part, e.g. by sharing applications or by working for one of the two sides',
    ),
  },
});

/** The components M8 recommends; the 18th, the protection needs vote, is a MUST part of the document. */
const components: Record<string, SchemaNode> = {
  scope: object('what the agreement covers as a whole, including the networks involved', {
    must: {
      description: text('a summary of everything the agreement covers'),
      networks: list(networkSchema, 'the networks of both sides that are connected', 1),
    },
  }),
  responsibleForCompliance: refList(
    'contact',
    'the people who answer for keeping to the agreement; they should also be the ones who draw it up',
  ),
  contacts: contactsSchema,
  issueClassification: issueClassificationSchema,
  encryption: object('how traffic inside the connected networks is encrypted', {
    must: {
      inNetwork: bool('whether traffic within the connected networks is encrypted'),
      protocol: text('the encryption protocol or method used, e.g. IPsec or TLS 1.3'),
    },
  }),
  services: object('which services are offered across the connection and which are not', {
    must: {
      allowed: list(
        allowedServiceSchema,
        'the services that may be used across the connection, limited to what is agreed and really needed',
        1,
      ),
      denied: textList('services that are explicitly not offered across the connection', 0),
    },
  }),
  platforms: object('the platforms, applications and data formats in use on the connection', {
    must: {
      systems: textOrList('the IT platforms and systems involved in the connection'),
      applications: textOrList('the applications used across the connection'),
      dataFormats: textOrList('the data formats exchanged across the connection'),
    },
  }),
  availabilityRequirements: object(
    "what the connection demands of the availability of the partner's network and IT components",
    {
      must: {
        performance: text(
          "the performance each partner's components have to deliver for the connection",
        ),
        maxFailureRate: text(
          "the highest failure rate of the partner's components that is acceptable",
        ),
      },
    },
  ),
  logging: object(
    'who logs what, where the logs are kept and who may read them, which matters most in emergencies',
    {
      must: {
        loggedBy: textOrList('who is allowed and required to log activity on the connection'),
        events: textOrList('which events have to be logged'),
        storage: text('where the log data is stored'),
        accessBy: textOrList('who is allowed to read the log data'),
        retention: duration('how long the log data is kept'),
      },
    },
  ),
  logExchange: object('whether and how often the partners exchange log data', {
    must: {
      interval: duration('how often the partners exchange log data'),
    },
  }),
  securityMeasures: object(
    'the security measures both sides have to take and how keeping to them is checked',
    {
      must: {
        list: textOrList('the security measures each side has to implement for the connection'),
        complianceCheck: object(
          'how and how often compliance with the security measures is verified',
          {
            must: {
              method: text(
                'how compliance is verified, e.g. by a basic protection check or by sampling',
              ),
              interval: duration('how often compliance is verified'),
            },
          },
        ),
      },
    },
  ),
  nda: object('a non-disclosure agreement for the connection', {
    must: {
      agreed: mustBeTrue(
        'both sides have to agree not to pass on to outsiders what they learn through the cooperation',
      ),
    },
  }),
  liability: object('who is liable for what and which compensation applies', {
    must: {
      disconnectConditions: text('the conditions under which the connection may be separated'),
      malware: text('who is liable for damage from malicious software'),
      hackerAttacks: text('who is liable for damage from attacks by intruders'),
      penalties: text('the penalties that apply when a side does not perform'),
      thirdPartyContent: text('who is liable when content of third parties is used'),
    },
  }),
  breachNotification: object('the duty to inform the other side about security breaches', {
    must: {
      deadline: duration('how soon after a security breach the other side has to be informed'),
      recipients: refList('contact', 'the people who have to receive a breach notification'),
    },
  }),
  dataUsePurposes: list(
    dataUsePurposeSchema,
    'the purposes each kind of data passed over the connection may serve, e.g. when results of the joint work are reused',
    1,
  ),
  otherContractors: list(
    otherContractorSchema,
    'other contractors who take part in the connection; an empty list says that there are none',
    0,
  ),
  term: object('how long the agreement runs and how it is kept up to date as technology changes', {
    must: {
      effectiveFrom: date('the day from which the agreement applies'),
      duration: duration('how long the agreement runs'),
      reviewInterval: duration('how often the agreement is reviewed for needed adaptations'),
      adaptationProcedure: text('how the agreement is changed when technology or needs change'),
    },
  }),
};

const activationSchema = object(
  'the security check before the connection is switched on; it may only go live once no known deficiencies remain',
  {
    must: {
      securityCheck: object("the check of the partner's security level before activation", {
        must: {
          method: text(
            "how the partner's security level was checked, e.g. by a basic protection check or by sampling",
          ),
          date: date('the day the security check was done'),
        },
      }),
      openSecurityDeficiencies: textList(
        'security deficiencies found and not yet fixed; the list has to be empty before activation',
        0,
      ),
    },
    optional: {
      activatedOn: date('the day the connection was switched on'),
    },
  },
);

const foreignLawNotesSchema = object(
  "what partners from different countries have to know about each other's national law",
  {
    must: {
      cryptography: text('national rules on the use of cryptography that affect the connection'),
      privacy: text('national data protection rules that affect the connection'),
      copyright: text('national copyright rules that affect the connection'),
    },
  },
);

export const dataConnectionAgreementSchema: SchemaNode = measure('OPS.3.1.M8', {
  title: 'Data connection agreement (OPS.3.1.M8)',
  ...object(
    'an agreement that has to be in place before the networks of provider and customer are connected',
    {
      must: {
        apiVersion: apiVersionSchema,
        kind: kindSchema('DataConnectionAgreement'),
        metadata: metadataSchema,
        accessRights: list(
          accessRightSchema,
          "the access rights of each side into the other's network have to be defined precisely: who, to what, with which rights and conditions",
          1,
        ),
        protectionNeeds: measure('OPS.3.1.M8', {
          ...protectionNeedsSchema,
          description:
            'both sides have to agree on how much protection the data handled over the connection needs, matching the engagement',
        }),
        classificationAgreedOn: date(
          'the day both sides reached a common understanding of how the data is classified',
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
