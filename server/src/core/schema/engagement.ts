/**
 * The Engagement document: every section of the measures, and the life cycle that decides
 * from which `metadata.status` on a section is required.
 */
import {
  LIFECYCLE,
  SECTIONS_REQUIRED_FROM,
  statusesFrom,
  type LifecycleStatus,
} from '../domain/lifecycle';
import { d, refList, withObligation, type SchemaNode } from './dsl';
import {
  apiVersionSchema,
  contactsSchema,
  kindSchema,
  metadataSchema,
  partiesSchema,
  protectionNeedsSchema,
  tenancySchema,
  waiversSchema,
} from './sections/common';
import { roughConceptSchema } from './sections/m01-roughConcept';
import { contractSchema } from './sections/m02-contract';
import { securityConceptSchema } from './sections/m03-securityConcept';
import { communicationSchema } from './sections/m04-communication';
import { staffSchema } from './sections/m05-staff';
import { externalStaffSchema } from './sections/m06-externalStaff';
import { clientConceptSchema } from './sections/m07-clientConcept';
import { dataExchangeSchema } from './sections/m09-dataExchange';
import { operationsSchema } from './sections/m10-operations';
import { accessControlSchema } from './sections/m11-accessControl';
import { changeManagementSchema } from './sections/m12-changeManagement';
import { migrationSchema } from './sections/m13-migration';
import { emergencyPreparednessSchema } from './sections/m14-emergencyPreparedness';
import { terminationSchema } from './sections/m15-termination';
import { personnelScreeningSchema } from './sections/m16-personnelScreening';

/** Sections whose whole measure is a recommendation: missing them is a warning. */
const SHOULD_SECTIONS = new Set(['dataExchange']);

const dataConnectionAgreementsSchema: SchemaNode = {
  ...refList(
    'dca',
    d(
      'the ids of the data connection agreements that govern network links of this engagement',
      'die IDs der Netzanbindungsvereinbarungen, die die Netzverbindungen dieses Outsourcing-Vorhabens regeln',
    ),
    0,
  ),
  'x-measure': 'OPS.3.1.M8',
};

const SECTION_SCHEMAS: Record<string, SchemaNode> = {
  metadata: metadataSchema,
  parties: partiesSchema,
  contacts: contactsSchema,
  protectionNeeds: protectionNeedsSchema,
  tenancy: tenancySchema,
  roughConcept: roughConceptSchema,
  contract: contractSchema,
  securityConcept: securityConceptSchema,
  communication: communicationSchema,
  staff: staffSchema,
  externalStaff: externalStaffSchema,
  clientConcept: clientConceptSchema,
  dataConnectionAgreements: dataConnectionAgreementsSchema,
  dataExchange: dataExchangeSchema,
  operations: operationsSchema,
  accessControl: accessControlSchema,
  changeManagement: changeManagementSchema,
  migration: migrationSchema,
  emergencyPreparedness: emergencyPreparednessSchema,
  termination: terminationSchema,
  personnelScreening: personnelScreeningSchema,
  waivers: waiversSchema,
};

/** One `if status is X or later then require …` entry per status that adds sections. */
function lifecycleConditions(): SchemaNode[] {
  const conditions: SchemaNode[] = [];
  for (const status of LIFECYCLE.slice(1)) {
    const sections = SECTIONS_REQUIRED_FROM[status];
    const then: SchemaNode = {};
    const must = sections.filter((s) => !SHOULD_SECTIONS.has(s));
    const should = sections.filter((s) => SHOULD_SECTIONS.has(s));
    if (must.length) then.required = must;
    if (should.length) then['x-should'] = should;
    if (status === 'migration') then.properties = { contract: { required: ['signedOn'] } };
    if (!must.length && !should.length) continue;
    conditions.push({
      if: {
        properties: {
          metadata: {
            properties: { status: { enum: [...statusesFrom(status)] } },
            required: ['status'],
          },
        },
        required: ['metadata'],
      },
      then,
    });
  }
  return conditions;
}

/** The status from which a section is required by status alone (conditional sections: never). */
function requiredFrom(section: string): LifecycleStatus | undefined {
  return LIFECYCLE.find((status) => SECTIONS_REQUIRED_FROM[status].includes(section));
}

function sectionProperties(): Record<string, SchemaNode> {
  const properties: Record<string, SchemaNode> = {};
  for (const [key, schema] of Object.entries(SECTION_SCHEMAS)) {
    const from = requiredFrom(key);
    const obligation = from ? (SHOULD_SECTIONS.has(key) ? 'should' : 'must') : 'optional';
    properties[key] = {
      ...withObligation(obligation, schema),
      ...(from ? { 'x-required-from': from } : {}),
    };
  }
  return properties;
}

export const engagementSchema: SchemaNode = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Outsourcing engagement (BSI IT-Grundschutz OPS.3.1)',
  description: 'one outsourcing engagement between a service provider and one customer',
  'x-description-de':
    'ein Outsourcing-Vorhaben zwischen einem Outsourcing-Dienstleister und einem Auftraggeber',
  type: 'object',
  properties: {
    apiVersion: apiVersionSchema,
    kind: kindSchema('Engagement'),
    ...sectionProperties(),
  },
  required: ['apiVersion', 'kind', ...SECTIONS_REQUIRED_FROM.planning],
  additionalProperties: false,
  allOf: lifecycleConditions(),
};
