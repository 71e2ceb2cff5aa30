/**
 * The schemas' two real `x-` keywords as code keywords: Ajv writes their checks into the
 * validation code it generates, so the standalone validators need no keyword functions at run
 * time. The error objects are the ones the function keywords of `functionKeywords.ts` make,
 * field for field (a test compares both over the examples and every rule fixture).
 */
import type { CodeKeywordDefinition, KeywordCxt } from 'ajv';
import { _, getProperty, str, strConcat, type Code } from 'ajv/dist/compile/codegen';
import N from 'ajv/dist/compile/names';
import type { SchemaNode } from '../../core/schema/dsl';

type RequiredValues = NonNullable<SchemaNode['x-required-values']>;

/**
 * Appends one error, shaped as Ajv shapes the errors a keyword function returns: the
 * function's `keyword`, `message` and `params`, then the paths and (verbose) schema and data.
 */
function addError(cxt: KeywordCxt, message: string, params: Code): void {
  const { gen, it, keyword } = cxt;
  const verbose = it.opts.verbose ? _`, schema: ${cxt.schemaValue}, data: ${cxt.data}` : _``;
  const error = gen.const(
    'err',
    _`{keyword: ${keyword}, message: ${message}, params: ${params}, instancePath: ${strConcat(N.instancePath, it.errorPath)}, schemaPath: ${str`${it.errSchemaPath}/${keyword}`}${verbose}}`,
  );
  gen.if(
    _`${N.vErrors} === null`,
    () => gen.assign(N.vErrors, _`[${error}]`),
    () => gen.code(_`${N.vErrors}.push(${error})`),
  );
  gen.code(_`${N.errors}++`);
}

/** `x-should: [key, …]`: recommended keys; one error per absent key, in the schema's order. */
export const shouldKeyword: CodeKeywordDefinition = {
  keyword: 'x-should',
  type: 'object',
  schemaType: 'array',
  code(cxt: KeywordCxt) {
    const { gen, data } = cxt;
    const valid = gen.let('valid', true);
    for (const key of cxt.schema as string[]) {
      gen.if(_`${data}${getProperty(key)} === undefined`, () => {
        gen.assign(valid, false);
        addError(cxt, 'should have property', _`{missingProperty: ${key}}`);
      });
    }
    cxt.ok(valid);
  },
};

/** `x-required-values: {values, property?}`: a list must contain these values (of `property`). */
export const requiredValuesKeyword: CodeKeywordDefinition = {
  keyword: 'x-required-values',
  type: 'array',
  schemaType: 'object',
  code(cxt: KeywordCxt) {
    const { gen, data, schemaValue } = cxt;
    const property = (cxt.schema as RequiredValues).property;
    const item = gen.name('item');
    const picked = property
      ? _`${item} && typeof ${item} === "object" ? ${item}${getProperty(property)} : ${item}`
      : _`${item}`;
    const present = gen.const('present', _`new Set(${data}.map((${item}) => ${picked}))`);
    const value = gen.name('value');
    const missing = gen.const(
      'missing',
      _`${schemaValue}.values.filter((${value}) => !${present}.has(${value}))`,
    );
    gen.if(_`${missing}.length`, () =>
      addError(cxt, 'missing values', _`{missing: ${missing}, property: ${schemaValue}.property}`),
    );
    cxt.ok(_`${missing}.length === 0`);
  },
};
