/** The annotated schemas the engine validates with, one per document kind. */
import type { PolicyKind } from '../types';
import { annotate } from './annotate';
import type { SchemaNode } from './dsl';
import { engagementSchema } from './engagement';
import { dataConnectionAgreementSchema } from './sections/m08-dataConnectionAgreement';

export const ENGAGEMENT_SCHEMA: SchemaNode = annotate(engagementSchema, undefined, 'must');
export const DCA_SCHEMA: SchemaNode = annotate(dataConnectionAgreementSchema, undefined, 'must');

export function schemaForKind(kind: PolicyKind): SchemaNode {
  return kind === 'Engagement' ? ENGAGEMENT_SCHEMA : DCA_SCHEMA;
}
