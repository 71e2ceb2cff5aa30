/**
 * The schema validator of each document kind: Ajv standalone code generated at build time from
 * the schemas in core/schema (`npm run schemas`, see tools/validators/writeValidators.ts), so no
 * schema is compiled at run time and Ajv itself is not loaded.
 */
import type { PolicyKind } from '../types';
import type { SchemaValidator } from './schemaValidator';
import { validate as validateEngagement } from './compiled/engagement';
import { validate as validateDca } from './compiled/dataConnectionAgreement';

const VALIDATORS: Record<PolicyKind, SchemaValidator> = {
  Engagement: validateEngagement,
  DataConnectionAgreement: validateDca,
};

/** The generated validator of a document kind. */
export function validatorFor(kind: PolicyKind): SchemaValidator {
  return VALIDATORS[kind];
}
