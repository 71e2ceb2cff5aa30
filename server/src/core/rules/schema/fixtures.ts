/** Documents that make the schema rules fire, one per message, and documents that do not. */
import type { RuleFixtures } from '../ruleFixtures';

const HEADER = 'apiVersion: outsourcing-policy/v1\nkind: Engagement\n';
const PLANNING = HEADER + 'metadata: {id: ENG-1, title: t, version: "1", status: planning}\n';

export const fixtures: RuleFixtures = {
  'schema/required': {
    failing: [
      {
        name: 'a required key of a section is missing',
        messageId: 'missing',
        text: PLANNING + '⟦tenancy⟧:\n  model: dedicated\n',
      },
      {
        name: 'a required list is empty',
        messageId: 'needsEntry',
        text: PLANNING + 'roughConcept:\n  ⟦objectives⟧: []\n',
      },
      {
        name: 'no objective is a security objective',
        messageId: 'lacksEntry',
        text: PLANNING + 'roughConcept:\n  ⟦objectives⟧:\n    - {category: business, text: x}\n',
      },
      {
        name: 'kind is missing in a file named as an engagement',
        messageId: 'kindMissing',
        text: '⟦apiVersion⟧: outsourcing-policy/v1\nmetadata: {id: ENG-1}\n',
      },
      {
        name: 'kind is missing and the file name does not tell it',
        messageId: 'kindMissingUnknown',
        text: '⟦apiVersion⟧: outsourcing-policy/v1\nmetadata: {id: ENG-1}\n',
        uri: 'test.yaml',
      },
      {
        name: 'a section required from negotiation on is missing',
        messageId: 'missingFromStatus',
        text: 'apiVersion: outsourcing-policy/v1\n⟦kind⟧: Engagement\nmetadata: {id: ENG-1, title: t, version: "1", status: negotiation}\ncontract: {}\nsecurityConcept: {}\ntermination: {}\n',
      },
      {
        name: 'a recommended key is missing',
        messageId: 'recommended',
        text:
          PLANNING + '⟦roughConcept⟧: {dependencies: [], milestones: [], providerQualities: []}\n',
      },
      {
        name: 'a list lacks values it has to contain',
        messageId: 'lacksValues',
        text: PLANNING + 'changeManagement:\n  ⟦lifecycle⟧: [planning]\n',
      },
      {
        name: 'a list lacks entries with required topics',
        messageId: 'lacksValuesWith',
        text:
          PLANNING + 'operations:\n  ⟦exercises⟧:\n    - {topic: backup-restore, interval: P1Y}\n',
      },
    ],
    passing: [
      {
        name: 'a YAML file that is not a policy document is not held to the format',
        uri: 'values.yaml',
        text: 'replicas: 3\nimage: {name: web}\n',
      },
    ],
  },
  'schema/type': {
    failing: [
      {
        name: 'a number where text belongs',
        messageId: 'needsQuotes',
        text: HEADER + 'metadata: {id: ENG-1, title: t, version: ⟦1⟧, status: planning}\n',
      },
      {
        name: 'yes is not a boolean',
        messageId: 'wrongType',
        text:
          PLANNING +
          'tenancy:\n  model: dedicated\n  isolation:\n    noCrossCustomerImpact: ⟦yes⟧\n',
      },
      {
        name: 'a long text where a boolean belongs',
        messageId: 'wrongTypeLong',
        text:
          PLANNING +
          'tenancy:\n  model: dedicated\n  isolation:\n    noCrossCustomerImpact: ⟦"a very long text that makes the message far too long to show"⟧\n',
      },
      {
        name: 'a long number where an id belongs',
        messageId: 'needsQuotesLong',
        text: PLANNING + 'contract:\n  clientCapability:\n    clientConceptRef: ⟦20240101123456⟧\n',
      },
      { name: 'an empty second document', messageId: 'documentEmpty', text: HEADER + '---⟦⟧\n' },
      {
        name: 'a document that is a list',
        messageId: 'documentNotMapping',
        text: '⟦⟧- apiVersion: outsourcing-policy/v1\n',
      },
    ],
    passing: [
      {
        name: 'booleans written as true',
        text:
          PLANNING +
          'tenancy:\n  model: dedicated\n  isolation: {noCrossCustomerImpact: true, noCrossCustomerDataAccess: true}\n',
      },
    ],
  },
  'schema/enum': {
    failing: [
      {
        name: 'a misspelt choice',
        messageId: 'didYouMean',
        text: PLANNING + 'tenancy:\n  model: ⟦dedicatd⟧\n',
      },
      {
        name: 'a value outside the choices',
        messageId: 'useOneOf',
        text: PLANNING + 'tenancy:\n  model: ⟦shared⟧\n',
      },
      {
        name: 'a long value outside many choices',
        messageId: 'notAllowed',
        text:
          HEADER +
          'metadata: {id: ENG-1, title: t, version: "1", status: ⟦finished-and-handed-over-to-someone⟧}\n',
      },
    ],
    passing: [{ name: 'an allowed choice', text: PLANNING + 'tenancy:\n  model: multi-tenant\n' }],
  },
  'schema/format': {
    failing: [
      {
        name: 'a date written day first',
        messageId: 'wrongFormat',
        text: PLANNING + 'contract:\n  signedOn: ⟦10.01.2024⟧\n',
      },
      {
        name: 'an empty title',
        messageId: 'empty',
        text: HEADER + 'metadata: {id: ENG-1, title: ⟦""⟧, version: "1", status: planning}\n',
      },
      {
        name: 'a duration in words',
        messageId: 'wrongFormatLong',
        text:
          PLANNING +
          'termination:\n  reintegrationEstimate: ⟦three months or perhaps a little longer than that⟧\n',
      },
      {
        name: 'a justification shorter than 20 characters',
        messageId: 'tooShort',
        text: PLANNING + 'waivers:\n  - {measure: OPS.3.1.M1, justification: ⟦too short⟧}\n',
      },
      {
        name: 'a number below its minimum',
        messageId: 'tooSmall',
        text: PLANNING + 'accessControl:\n  authenticationPolicy: {passwordMinLength: ⟦0⟧}\n',
      },
    ],
    passing: [
      {
        name: 'a date and a duration in their notation',
        text:
          PLANNING +
          'contract:\n  signedOn: 2024-01-10\ntermination:\n  reintegrationEstimate: P3M\n',
      },
    ],
  },
  'schema/unknown-key': {
    failing: [
      {
        name: 'a misspelt key',
        messageId: 'didYouMean',
        text: PLANNING + '⟦tenancyy⟧:\n  model: dedicated\n',
      },
      {
        name: 'a key the format does not know',
        messageId: 'unknownKey',
        text: PLANNING + '⟦zzzz⟧: 1\n',
      },
    ],
    passing: [{ name: 'only known keys', text: PLANNING + 'tenancy:\n  model: dedicated\n' }],
  },
  'schema/must-be-true': {
    failing: [
      {
        name: 'a commitment set to false',
        messageId: 'mustBe',
        text:
          PLANNING +
          'tenancy:\n  model: dedicated\n  isolation:\n    noCrossCustomerImpact: ⟦false⟧\n',
      },
    ],
    passing: [
      {
        name: 'commitments given',
        text:
          PLANNING +
          'tenancy:\n  model: dedicated\n  isolation: {noCrossCustomerImpact: true, noCrossCustomerDataAccess: true}\n',
      },
    ],
  },
};
