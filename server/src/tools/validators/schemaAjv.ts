/**
 * The Ajv instance that understands the schemas' `x-` vocabulary, for build-time tools and
 * tests only: `writeValidators.ts` compiles the schemas with it into standalone code, which is
 * what the CLI and the server run (`core/validate/ajv.ts`). No bundle loads Ajv itself.
 */
import Ajv, { type KeywordDefinition } from 'ajv';
import addFormats from 'ajv-formats';
import { requiredValuesKeyword, shouldKeyword } from './codeKeywords';
import { requiredValuesFunctionKeyword, shouldFunctionKeyword } from './functionKeywords';

/** Annotations of the schemas that Ajv accepts in strict mode and otherwise ignores. */
const ANNOTATIONS = [
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
];

/**
 * `code`: the keywords as generated code, with the source kept for standalone code (what the
 * build uses); `functions`: the keywords as functions run by Ajv (the reference for tests).
 */
export type KeywordForm = 'code' | 'functions';

export function createSchemaAjv(form: KeywordForm = 'code'): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    verbose: true,
    strict: true,
    strictTypes: false,
    strictRequired: false,
    allowUnionTypes: true,
    ...(form === 'code' ? { code: { source: true, esm: true } } : {}),
  });
  addFormats(ajv, ['date', 'email']);
  ajv.addVocabulary(ANNOTATIONS);
  const keywords: KeywordDefinition[] =
    form === 'code'
      ? [shouldKeyword, requiredValuesKeyword]
      : [shouldFunctionKeyword, requiredValuesFunctionKeyword];
  for (const keyword of keywords) ajv.addKeyword(keyword);
  return ajv;
}
