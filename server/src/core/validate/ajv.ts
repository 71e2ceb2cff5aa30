/**
 * One Ajv instance that understands the schemas' `x-` vocabulary. Two annotations are real
 * keywords: `x-should` (recommended keys) and `x-required-values` (a list must contain values).
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { PolicyKind } from '../types';
import type { SchemaNode } from '../schema/dsl';
import { schemaForKind } from '../schema';

interface KeywordValidator {
  (schema: never, data: unknown): boolean;
  errors?: Partial<ErrorObject>[];
}

function shouldKeyword(): KeywordValidator {
  const validate: KeywordValidator = (schema: string[], data: unknown) => {
    const record = data as Record<string, unknown>;
    const missing = schema.filter((key) => record[key] === undefined);
    validate.errors = missing.map((key) => ({
      keyword: 'x-should',
      message: 'should have property',
      params: { missingProperty: key },
    }));
    return missing.length === 0;
  };
  return validate;
}

function requiredValuesKeyword(): KeywordValidator {
  const validate: KeywordValidator = (
    schema: SchemaNode['x-required-values'] & object,
    data: unknown,
  ) => {
    const items = data as unknown[];
    const present = new Set(
      items.map((item) =>
        schema.property && item && typeof item === 'object'
          ? (item as Record<string, unknown>)[schema.property]
          : item,
      ),
    );
    const missing = schema.values.filter((value) => !present.has(value));
    validate.errors = missing.length
      ? [
          {
            keyword: 'x-required-values',
            message: 'missing values',
            params: { missing, property: schema.property },
          },
        ]
      : [];
    return missing.length === 0;
  };
  return validate;
}

function createAjv(): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    verbose: true,
    strict: true,
    strictTypes: false,
    strictRequired: false,
    allowUnionTypes: true,
  });
  addFormats(ajv, ['date', 'email']);
  ajv.addVocabulary([
    'x-measure',
    'x-obligation',
    'x-type',
    'x-type-de',
    'x-description-de',
    'x-ref',
    'x-required-from',
    'x-contains-message',
    'x-contains-message-de',
    'markdownDescription',
    'errorMessage',
    'patternErrorMessage',
  ]);
  ajv.addKeyword({
    keyword: 'x-should',
    type: 'object',
    schemaType: 'array',
    errors: true,
    validate: shouldKeyword() as never,
  });
  ajv.addKeyword({
    keyword: 'x-required-values',
    type: 'array',
    schemaType: 'object',
    errors: true,
    validate: requiredValuesKeyword() as never,
  });
  return ajv;
}

let ajvInstance: Ajv | undefined;
const validators = new Map<PolicyKind, ValidateFunction>();

/** The compiled validator of a document kind (compiled once, on first use). */
export function validatorFor(kind: PolicyKind): ValidateFunction {
  let validator = validators.get(kind);
  if (!validator) {
    ajvInstance ??= createAjv();
    validator = ajvInstance.compile(schemaForKind(kind));
    validators.set(kind, validator);
  }
  return validator;
}
