/**
 * OPS.3.1.M1 Rough concept: the groundwork both parties agree on before the contract is negotiated:
 * how they work together, who steers the engagement, what it is meant to achieve, which third
 * parties the provider depends on, and how the two security cultures fit together.
 */
import {
  bool,
  choice,
  choiceList,
  date,
  id,
  list,
  measure,
  object,
  requireValues,
  text,
  textList,
  type SchemaNode,
} from '../dsl';

export const GOVERNANCE_INTERFACES = [
  'emergency-management',
  'information-security',
  'data-protection',
] as const;

export const OBJECTIVE_CATEGORIES = ['business', 'security'] as const;

export const MILESTONE_NAMES = ['planning', 'migration', 'operation'] as const;

export const DEPENDENCY_TYPES = [
  'subcontractor',
  'it-outsourcing',
  'external-data-management',
  'telecom-provider',
  'emergency-cooperation',
  'maintenance',
] as const;

export const RISK_APPETITES = ['low', 'medium', 'high'] as const;

const governanceSchema = object(
  'how the engagement is steered and how it links to the other management processes of both parties',
  {
    must: {
      managementFunctions: textList(
        'the steering and control functions of the outsourcing management have to be named so that both sides know who leads and who supervises',
      ),
      interfaces: requireValues(
        choiceList(
          GOVERNANCE_INTERFACES,
          'the governance has to connect to emergency management, information security and data protection so that both sides can react quickly to events',
        ),
        GOVERNANCE_INTERFACES,
      ),
    },
  },
);

const objectiveSchema = object('one measurable goal of the engagement', {
  must: {
    id: id('a short id so that the goal can be referred to, e.g. in reports on its progress'),
    category: choice(
      OBJECTIVE_CATEGORIES,
      'whether the goal concerns the business value of the engagement or information security',
    ),
    goal: text('what the customer wants to achieve with the engagement, stated as a concrete goal'),
    metric: text("how success is measured, so that the provider's performance can be verified"),
    target: text('the value of the metric that counts as success'),
    due: date('the date by which the goal is to be reached, so that it is bound to a time frame'),
  },
});

const objectivesSchema: SchemaNode = {
  ...list(
    objectiveSchema,
    'the goals the customer links to the engagement have to be specific, measurable and bound to a date, including information security goals',
    1,
  ),
  contains: { properties: { category: { const: 'security' } }, required: ['category'] },
  'x-contains-message':
    'no objective has category security; the goals of the engagement have to include at least one information security goal',
};

const milestoneSchema = object('one milestone of the engagement', {
  must: {
    name: choice(MILESTONE_NAMES, 'the phase of the engagement this milestone concludes'),
    due: date('the date by which the phase is planned to be reached'),
  },
});

const ismsCertificationSchema = object(
  'an information security management certification of the provider',
  {
    must: {
      standard: text(
        'the standard the provider is certified against, e.g. ISO/IEC 27001 or ISO 27001 based on IT-Grundschutz',
      ),
      coversServiceScope: bool(
        'whether the certified scope already includes the service offered to this customer, which is what makes the certificate meaningful here',
      ),
      validUntil: date('the expiry date of the certificate, so that its validity can be checked'),
    },
  },
);

const providerQualitiesSchema = object(
  'evidence the provider can show the customer about its ability to handle information security',
  {
    optional: {
      ismsCertification: ismsCertificationSchema,
      referenceCustomers: textList(
        'existing customers the prospective customer may contact before signing, to learn how the provider handles security',
      ),
    },
  },
);

const dependencySchema = object('one third party the provider relies on to deliver the service', {
  must: {
    id: id(
      'a short id that external staff entries and data connection agreements use to refer to this third party',
    ),
    type: choice(DEPENDENCY_TYPES, 'the kind of dependency, so that its risks can be judged'),
    name: text('the name of the third party'),
    service: text('what the third party does for the provider within this engagement'),
    location: text(
      'where the third party provides its service or keeps the data, e.g. a city or country',
    ),
    accessToCustomerData: bool(
      "whether the third party can see or handle the customer's data, which raises the risk of the dependency",
    ),
    disclosedOn: date(
      'the date the customer was told about this dependency; this should be before the contract is signed',
    ),
  },
});

const securityCultureSchema = object(
  'a reflection on how the security cultures of the provider and the customer compare',
  {
    must: {
      assessed: bool(
        'whether both parties have compared their security cultures, values and ways of deciding, to avoid friction in a long relationship',
      ),
      riskAppetite: choice(
        RISK_APPETITES,
        'how much risk the parties are prepared to accept, as one of the main traits of a security culture',
      ),
    },
    optional: {
      notes: text(
        'findings of the comparison, e.g. differences in leadership style or ethical standards',
      ),
    },
  },
);

export const roughConceptSchema = measure(
  'OPS.3.1.M1',
  object(
    'the rough concept that provider and customer agree on before the contract, laying the ground for their cooperation',
    {
      must: {
        interactionProcesses: textList(
          'the ways the provider and the customer will interact during the engagement have to be defined jointly',
        ),
        rules: textList(
          'the rules and guidelines the cooperation rests on have to be written down jointly',
        ),
        governance: governanceSchema,
        objectives: objectivesSchema,
      },
      should: {
        milestones: list(
          milestoneSchema,
          'dated milestones for planning, migration and operation help to measure whether the engagement is on track',
          1,
        ),
        providerQualities: providerQualitiesSchema,
        dependencies: list(
          dependencySchema,
          'the third parties the provider depends on (subcontractors, data centres, telecom carriers, maintenance) should be disclosed to the customer before signing so that their risks can be handled',
        ),
        securityCulture: securityCultureSchema,
      },
    },
  ),
);
