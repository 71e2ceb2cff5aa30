/**
 * The schemas' two real `x-` keywords as keyword functions, as the checker ran them before its
 * validators were generated at build time. Kept as the reference the generated code is tested
 * against (`test/unit/standaloneSchema.test.ts`); no bundle loads this file.
 */
import type { ErrorObject, FuncKeywordDefinition } from 'ajv';
import type { SchemaNode } from '../../core/schema/dsl';

interface KeywordValidator {
  (schema: never, data: unknown): boolean;
  errors?: Partial<ErrorObject>[];
}

function shouldValidator(): KeywordValidator {
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

function requiredValuesValidator(): KeywordValidator {
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

export const shouldFunctionKeyword: FuncKeywordDefinition = {
  keyword: 'x-should',
  type: 'object',
  schemaType: 'array',
  errors: true,
  validate: shouldValidator() as never,
};

export const requiredValuesFunctionKeyword: FuncKeywordDefinition = {
  keyword: 'x-required-values',
  type: 'array',
  schemaType: 'object',
  errors: true,
  validate: requiredValuesValidator() as never,
};
