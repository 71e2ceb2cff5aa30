/**
 * OPS.3.1.M2 Contract design, larger parts: organisational rules, emergency handling, and change
 * management with testing. Assembled into `contractSchema` in m02-contract.ts.
 */
import {
  bool,
  duration,
  list,
  mapOf,
  mustBeTrue,
  object,
  ref,
  refList,
  text,
  textList,
  textOrList,
  date,
  type SchemaNode,
} from '../dsl';

/** An escalation level is usually numbered (1, 2, 3) but may also be named ("2nd level"). */
function escalationLevelName(description: string): SchemaNode {
  return {
    anyOf: [
      { type: 'integer', minimum: 1 },
      { type: 'string', minLength: 1 },
    ],
    'x-type': 'a number from 1 or a name such as "2nd level"',
    description,
  };
}

const ndaSchema = object('the confidentiality agreement between provider and customer', {
  must: {
    agreed: mustBeTrue(
      "a non-disclosure agreement has to be part of the contract, because the customer's security requirements reveal details of its protection",
    ),
    signedOn: date(
      'the date the non-disclosure agreement was signed; it belongs already in the negotiation phase',
    ),
  },
});

const problemResolutionSchema = object(
  'how disputes and problems are settled during the engagement',
  {
    must: {
      procedure: textOrList('the agreed steps for resolving problems between the parties'),
      authorizedContacts: refList(
        'contact',
        'the people on both sides who have the authority to decide when a problem has to be solved',
      ),
    },
  },
);

const accessRightsSchema = object(
  'who may reach which premises and IT systems of the other party',
  {
    must: {
      providerToCustomerIt: textOrList(
        'which IT systems of the customer the provider may use, with which rights and responsibilities',
      ),
      providerStaffToCustomerPremises: textOrList(
        "which premises and IT systems of the customer the provider's staff may enter or access",
      ),
      customerStaffToProvider: textOrList(
        "which premises and IT systems of the provider the customer's staff may enter or access",
      ),
    },
  },
);

export const organizationalSchema = object(
  'the organisational rules and processes of the cooperation agreed in the contract',
  {
    must: {
      nda: ndaSchema,
    },
    should: {
      communicationChannels: textOrList(
        'the channels and contact persons through which the parties talk to each other should be fixed',
      ),
      responsibilities: textOrList(
        "the processes, work steps and responsibilities of each party, including the customer's duty to cooperate, should be defined",
      ),
      problemResolution: problemResolutionSchema,
      coordinationRounds: object('regular meetings in which the parties coordinate', {
        must: {
          interval: duration('how often the coordination meetings take place'),
        },
      }),
      performanceAdjustment: textOrList(
        'how the scope or level of the service can be changed during the engagement should be agreed',
      ),
      dataArchivingAndDeletion: object("how the customer's data is archived and deleted", {
        must: {
          retention: duration("how long the customer's data is kept in the archive"),
          deletionOnTermination: bool(
            "whether the customer's data is deleted when the contract ends",
          ),
        },
      }),
      dataLocation: textList(
        "the physical places where the customer's data is stored should be stated in the contract",
      ),
      accessRights: accessRightsSchema,
    },
  },
);

const incidentCategoriesSchema = object('the categories used to classify errors and incidents', {
  must: {
    types: textOrList('the kinds of errors and incidents that are told apart'),
    severities: textList(
      'the severity levels of incidents; the keys of reactionTimes have to be taken from this list',
    ),
    urgency: textOrList('the urgency levels used to decide how quickly an incident is handled'),
  },
});

const escalationLevelSchema = object('one step of the escalation path', {
  must: {
    level: escalationLevelName('the number or name of the escalation step'),
    after: duration('how long after an incident starts without resolution this step is reached'),
    contact: ref('contact', 'the person to whom the incident is escalated at this step'),
  },
});

export const emergencySchema = object(
  'how the parties deal with incidents and emergencies, as agreed in the contract',
  {
    must: {
      incidentCategories: incidentCategoriesSchema,
      requiredActions: textOrList('what has to be done when an incident or accident occurs'),
      reactionTimes: mapOf(
        duration(
          'the longest time allowed before the provider reacts to an incident of this severity',
        ),
        'the reaction times the customer requires, one per incident severity',
      ),
      escalationLevels: list(
        escalationLevelSchema,
        'the escalation levels the customer requires, each with a deadline and a person to contact',
        1,
      ),
      securityIncidentNotification: duration(
        'how soon the customer is told about a security incident, so that it is informed promptly',
      ),
      customerCooperationDuty: bool('whether the customer is obliged to help resolve emergencies'),
      exercises: object("the customer's emergency exercises and the provider's part in them", {
        must: {
          interval: duration('how often the emergency exercises take place'),
        },
      }),
      backupRequirements: textOrList('the type and extent of data backup the customer requires'),
      redundantSystems: textOrList('which systems have to be built redundantly, if any'),
      forceMajeure: text('what applies in case of force majeure, e.g. a natural disaster'),
      strike: text(
        "how the availability of data and systems is kept up if the provider's staff go on strike",
      ),
    },
  },
);

const testRulesSchema = object(
  'the rules the provider follows when testing new hardware and software',
  {
    must: {
      updates: textOrList('how updates and system adjustments are handled'),
      testProdSeparation: mustBeTrue(
        'test systems have to be kept apart from production systems so that tests cannot disturb the live service',
      ),
      testConceptOwner: ref('party', 'the party responsible for writing the test concepts'),
      testModels: textOrList('the test models to be used'),
      acceptance: textOrList(
        'how each party takes part in tests and how results are accepted and approved',
      ),
      announceMajorInterventions: duration(
        'how far in advance the provider announces major interventions in the systems, so that the customer can prepare',
      ),
      testApproval: textOrList('how approval to run a test is obtained'),
      acceptableQualityLoss: textOrList(
        'how much loss of service quality, e.g. availability, is accepted during a test phase',
      ),
    },
  },
);

export const changeAndTestingSchema = object(
  'how the service is adapted to new requirements and how changes are tested',
  {
    must: {
      adaptationRules: textOrList(
        'rules have to let the customer adapt the service to new requirements at any time, e.g. after a change in the law',
      ),
      growthAndScarcity: textOrList(
        'it has to be settled how to react to system extensions, rising demands or scarce resources',
      ),
      legacyEvolution: textOrList(
        'the care and further development of systems taken over from the customer has to be settled',
      ),
      errorCorrectionTimeframes: mapOf(
        duration('the longest time allowed to correct an error of this severity'),
        'the time frames the customer requires for correcting errors and malfunctions, one per severity',
      ),
    },
    should: {
      testRules: testRulesSchema,
    },
  },
);
