/**
 * OPS.3.1.M2 Contract design: what the contract with the customer has to settle (term, services,
 * infrastructure, organisation, personnel, emergencies, legal questions, subcontracting, tenant
 * separation, change and testing, audits). `signedOn` becomes required from status `migration`;
 * that status-dependent requirement is added at the document root, not here.
 */
import {
  bool,
  date,
  duration,
  id,
  list,
  measure,
  mustBeTrue,
  object,
  ref,
  text,
  textList,
  textOrList,
} from '../dsl';
import {
  changeAndTestingSchema,
  emergencySchema,
  organizationalSchema,
} from './m02-contract-parts';

const termSchema = object('how long the contract runs and how it can be ended', {
  must: {
    start: date('the day the contract takes effect'),
    minimumTerm: duration('the shortest period the contract runs before it can be ended'),
    noticePeriod: duration(
      'the notice period; it has to leave the customer enough time to take the service back or move it to another provider',
    ),
  },
});

const serviceDescriptionSchema = object('one service the provider delivers', {
  must: {
    id: id('a short id of the service'),
    name: text('the name of the service'),
    description: text(
      'what exactly the service includes, so that both sides understand it the same way',
    ),
  },
});

const slaSchema = object('one service level agreed for the engagement', {
  must: {
    id: id('a short id of the service level'),
    metric: text('what is measured, e.g. availability of the application'),
    target: text('the value the provider promises to reach'),
    period: duration('the period over which the target is measured'),
  },
});

const ownershipSchema = object('who owns one part of the infrastructure', {
  must: {
    asset: text('the infrastructure component in question'),
    owner: ref('party', 'the party that owns the component'),
  },
});

const infrastructureSchema = object('the infrastructure shared for the service and who owns it', {
  must: {
    sharedScope: textList('which infrastructure is shared with the customer or between customers'),
    customerSecurityRequirements: textList(
      'what the customer requires to protect the shared infrastructure',
    ),
    ownership: list(
      ownershipSchema,
      'the ownership of every infrastructure component should be settled',
      1,
    ),
  },
});

const personnelSchema = object("rules for the provider's staff working for this customer", {
  must: {
    workplaceDesign: textOrList(
      "how the workplaces of provider staff sent to the customer's site are set up, e.g. screen workplace rules",
    ),
    substitutionArrangements: bool(
      'whether both parties have agreed on how absent staff are substituted',
    ),
    trainingCommitment: bool('whether the provider commits to training its staff'),
  },
});

const penaltiesSchema = object(
  'contractual penalties or compensation for service quality that is not delivered',
  {
    must: {
      agreed: bool('whether penalties or compensation have been agreed in the contract'),
    },
    optional: {
      damageQuantification: text('how the amount of a damage that occurred is determined'),
      imageDamage: text('how damage to reputation is measured'),
      providerInsolvency: text('what happens if the provider becomes insolvent'),
      catastrophicDamage: text('how a catastrophic damage is dealt with'),
    },
  },
);

const legalSchema = object('the legal framework and liability questions of the engagement', {
  must: {
    subcontracting: object('whether the provider may involve third parties and subcontractors', {
      must: {
        regulated: mustBeTrue(
          'the contract has to say whether and how the provider may involve third parties and subcontractors',
        ),
      },
    }),
    ownershipAndCopyright: text(
      'who owns systems, software and interfaces and holds their copyright has to be fixed in the contract',
    ),
  },
  should: {
    toolReuseOnTermination: text(
      'whether the tools, procedures and scripts the provider used may still be used after the engagement ends should be settled',
    ),
  },
  optional: {
    penalties: penaltiesSchema,
  },
});

const furtherRelocationSchema = object(
  'whether and on what terms the provider may pass work on to further subcontractors',
  {
    must: {
      permitted: bool(
        'whether the provider may pass parts of the service on to subcontractors; a blanket ban is not advisable',
      ),
      conditions: text(
        'the conditions under which passing work on to subcontractors is allowed have to be defined',
      ),
    },
    should: {
      flowDownAllRequirements: mustBeTrue(
        'a subcontractor should only be used if it meets every requirement the provider itself has to meet in this engagement',
      ),
      customerApprovalRequired: bool(
        'whether the customer has to approve each subcontractor before it is used',
      ),
    },
  },
);

const clientCapabilitySchema = object(
  "how this customer is kept apart from the provider's other customers",
  {
    must: {
      clientConceptRef: {
        ...id('the id of the client concept that sets out how customers are separated'),
        'x-type': 'the id of the client concept (clientConcept.id)',
      },
      physicalSeparation: bool(
        'whether dedicated hardware has been agreed to separate this customer physically',
      ),
      dedicatedStaff: bool(
        "whether the provider's staff working for this customer may not work for other customers",
      ),
      staffSecrecy: bool(
        "whether the staff are bound to keep this customer's information from colleagues working for other customers",
      ),
    },
  },
);

const auditsSchema = object('how service quality and security are checked and audited', {
  must: {
    regularMonitoring: object(
      'the regular monitoring of service quality and information security',
      {
        must: {
          interval: duration('how often service quality and information security are checked'),
        },
      },
    ),
    grantedAccess: textList(
      'the information, access and rights the customer gets for checking the service have to be agreed',
    ),
    supervisoryAuthorityAccess: mustBeTrue(
      'bodies that audit the customer, such as supervisory authorities, have to be given the access they need to check the service',
    ),
  },
  should: {
    thirdPartyAudits: object('audits or benchmarks carried out by independent third parties', {
      must: {
        permitted: bool('whether independent third parties may audit or benchmark the service'),
      },
    }),
  },
});

export const contractSchema = measure(
  'OPS.3.1.M2',
  object(
    'the contract with the customer, which has to settle security and service matters precisely so that no gaps lead to disputes',
    {
      must: {
        term: termSchema,
        organizational: organizationalSchema,
        legal: legalSchema,
        furtherRelocation: furtherRelocationSchema,
        changeAndTesting: changeAndTestingSchema,
        audits: auditsSchema,
      },
      should: {
        serviceDescriptions: list(
          serviceDescriptionSchema,
          'every service should be described as precisely as possible so that both parties expect the same',
          1,
        ),
        slas: list(
          slaSchema,
          'service level agreements should set measurable targets for the service',
          1,
        ),
        infrastructure: infrastructureSchema,
        personnel: personnelSchema,
        emergency: emergencySchema,
      },
      optional: {
        signedOn: date(
          'the day the contract was signed; it is required once the engagement is past negotiation',
        ),
        clientCapability: clientCapabilitySchema,
      },
    },
  ),
);
