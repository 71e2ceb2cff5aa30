/**
 * The published schemas in other tools: a generic validator (plain Ajv, as yaml-language-server
 * or a CI step would use them) must find an error only where this checker reports one, and a
 * failed pattern must read as plain words, not as the regular expression.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { parseDocument } from 'yaml';
import { validateTexts, type DataPath, type Finding } from '../../server/src/core';
import { schemaForKind } from '../../server/src/core/schema';
import type { SchemaNode } from '../../server/src/core/schema/dsl';
import { childSchema, formatPath, schemaAt } from '../../server/src/core/schema/lookup';
import { createSchemaAjv } from '../../server/src/tools/validators/schemaAjv';
import { REPO_ROOT } from '../support/cli';
import { TODAY } from '../support/harness';

type Kind = 'Engagement' | 'DataConnectionAgreement';

const EXAMPLES: Record<Kind, string> = {
  Engagement: 'examples/clean/erp-hosting.engagement.yaml',
  DataConnectionAgreement: 'examples/clean/erp-hosting.dca.yaml',
};
const PUBLISHED: Record<Kind, string> = {
  Engagement: 'schemas/engagement.schema.json',
  DataConnectionAgreement: 'schemas/data-connection-agreement.schema.json',
};
const KINDS = Object.keys(EXAMPLES) as Kind[];

const read = (file: string) => fs.readFileSync(path.join(REPO_ROOT, file), 'utf8');
const published = (kind: Kind) => JSON.parse(read(PUBLISHED[kind])) as SchemaNode;

/** A validator that knows nothing of this project: `x-` keywords are simply ignored. */
function genericErrors(kind: Kind, data: unknown): ErrorObject[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(published(kind));
  return validate(data) ? [] : (validate.errors ?? []);
}

function checkerFindings(kind: Kind, text: string): Finding[] {
  const other = KINDS.find((k) => k !== kind)!;
  const results = validateTexts(
    [
      { uri: EXAMPLES[kind], text },
      { uri: EXAMPLES[other], text: read(EXAMPLES[other]) },
    ],
    { level: 'standard', today: TODAY, maxDocumentSize: 1e7 },
  );
  return results[0].findings;
}

const pointer = (at: DataPath) => at.map((segment) => `/${segment}`).join('');

/** Every boolean field of the data whose schema (in the checker) fixes its value. */
function fixedBooleans(schema: SchemaNode, data: unknown, at: DataPath = []): DataPath[] {
  if (Array.isArray(data))
    return data.flatMap((item, index) => fixedBooleans(schema.items ?? {}, item, [...at, index]));
  if (!data || typeof data !== 'object') return typeof schema.const === 'boolean' ? [at] : [];
  return Object.entries(data as Record<string, unknown>).flatMap(([key, value]) => {
    const child = childSchema(schema, key);
    return child ? fixedBooleans(child, value, [...at, key]) : [];
  });
}

for (const kind of KINDS) {
  describe(`the published ${kind} schema and fields with a fixed value`, () => {
    const text = read(EXAMPLES[kind]);
    const base = parseDocument(text);
    const root = schemaForKind(kind);
    const fields = fixedBooleans(root, base.toJS());

    test('the clean example has no error from a generic validator either', () => {
      assert.deepEqual(genericErrors(kind, base.toJS()), []);
    });

    for (const field of fields) {
      const schema = schemaAt(root, field)!;
      const wanted = schema.const as boolean;
      const isMust = schema['x-obligation'] === 'must';
      const name = formatPath(field);
      test(`${name}: ${!wanted} is ${isMust ? 'an error' : 'only a warning'} in both`, () => {
        const doc = base.clone();
        doc.setIn(field, !wanted);
        const errors = genericErrors(kind, doc.toJS()).filter(
          (e) => e.instancePath === pointer(field),
        );
        assert.deepEqual(
          errors.map((e) => e.keyword),
          isMust ? ['const'] : [],
        );
        const found = checkerFindings(kind, doc.toString()).filter(
          (f) => f.ruleId === 'schema/must-be-true',
        );
        assert.equal(found.length, 1);
        assert.deepEqual(found[0].path, field);
        assert.equal(found[0].measure, schema['x-measure']);
        assert.equal(found[0].severity, isMust ? 'error' : 'warning');
      });
    }
  });
}

test('the recommendations the issue named are among the cases above', () => {
  const engagementShould = fixedBooleans(
    schemaForKind('Engagement'),
    parseDocument(read(EXAMPLES.Engagement)).toJS(),
  ).filter((field) => schemaAt(schemaForKind('Engagement'), field)?.['x-obligation'] !== 'must');
  // the 16th, treatedAsVisitor, is expected only of short-term staff: see the test below
  assert.equal(engagementShould.length, 15);
  const nda = schemaAt(published('DataConnectionAgreement'), ['nda', 'agreed'])!;
  assert.equal(nda.const, undefined);
  assert.equal(nda['x-expected'], true);
  assert.equal(nda['x-obligation'], 'should');
});

test('treatedAsVisitor: false for short-term staff is only a warning in both', () => {
  const field = ['externalStaff', 1, 'treatedAsVisitor'];
  const doc = parseDocument(read(EXAMPLES.Engagement));
  assert.equal(doc.getIn(['externalStaff', 1, 'engagement']), 'short-term');
  doc.setIn(field, false);
  const errors = genericErrors('Engagement', doc.toJS()).filter(
    (e) => e.instancePath === pointer(field),
  );
  assert.deepEqual(errors, []);
  const found = checkerFindings('Engagement', doc.toString()).filter(
    (f) => f.ruleId === 'schema/must-be-true',
  );
  assert.deepEqual(
    found.map((f) => [f.path, f.measure, f.severity]),
    [[field, 'OPS.3.1.M6', 'warning']],
  );
});

/** Calls `visit` on every schema node of `schema` with the data path it describes. */
function walkSchema(
  schema: SchemaNode,
  visit: (node: SchemaNode, at: DataPath) => void,
  at: DataPath = [],
): void {
  visit(schema, at);
  for (const [key, child] of Object.entries(schema.properties ?? {}))
    walkSchema(child, visit, [...at, key]);
  if (schema.items) walkSchema(schema.items, visit, [...at, 0]);
  if (typeof schema.additionalProperties === 'object')
    walkSchema(schema.additionalProperties, visit, [...at, '\u0000any']);
  for (const branch of [...(schema.allOf ?? []), ...(schema.anyOf ?? [])])
    walkSchema(branch, visit, at);
  for (const branch of [schema.then, schema.else]) if (branch) walkSchema(branch, visit, at);
}

for (const kind of KINDS) {
  test(`the published ${kind} schema holds no constraint where the checker only warns`, () => {
    const root = schemaForKind(kind);
    const obligation = (at: DataPath) => schemaAt(root, at)?.['x-obligation'];
    const stricter: string[] = [];
    walkSchema(published(kind), (node, at) => {
      const where = formatPath(at) || '(document)';
      if (typeof node.const === 'boolean' && obligation(at) !== 'must')
        stricter.push(`${where}: const`);
      if (node.minItems !== undefined && obligation(at) === 'should')
        stricter.push(`${where}: minItems`);
      if (node.contains && obligation(at) === 'should') stricter.push(`${where}: contains`);
      if (node.additionalProperties === false) stricter.push(`${where}: additionalProperties`);
      for (const key of node.required ?? [])
        if (obligation([...at, key]) === 'should') stricter.push(`${where}: required ${key}`);
    });
    assert.deepEqual(stricter, []);
  });
}

function schemaFiles(): string[] {
  const sections = fs
    .readdirSync(path.join(REPO_ROOT, 'schemas/sections'))
    .map((file) => `schemas/sections/${file}`);
  return [...Object.values(PUBLISHED), ...sections];
}

/** Every object inside a JSON value, wherever it is (also inside `if`, `not`, definitions). */
function everyObject(value: unknown, visit: (node: Record<string, unknown>) => void): void {
  if (Array.isArray(value)) value.forEach((item) => everyObject(item, visit));
  else if (value && typeof value === 'object') {
    visit(value as Record<string, unknown>);
    Object.values(value).forEach((child) => everyObject(child, visit));
  }
}

test('every pattern in every published schema says in plain words what it expects', () => {
  let patterns = 0;
  for (const file of schemaFiles()) {
    everyObject(JSON.parse(read(file)), (node) => {
      if (typeof node.pattern !== 'string') return;
      patterns++;
      for (const keyword of ['errorMessage', 'patternErrorMessage']) {
        const message = node[keyword];
        assert.equal(typeof message, 'string', `${file}: ${node.pattern} has no ${keyword}`);
        assert.match(message as string, /^Expected [a-z]/);
        assert.doesNotMatch(message as string, /[\^$\\]|\(\?/, `${file}: ${keyword} is plain`);
      }
    });
  }
  assert.ok(patterns > 30, `found ${patterns} patterns`);
});

test('a duration in the wrong form gets the plain message from a generic validator', () => {
  const doc = parseDocument(read(EXAMPLES.Engagement));
  doc.setIn(['contract', 'term', 'noticePeriod'], '3 months');
  const schema = published('Engagement');
  assert.equal(
    schemaAt(schema, ['contract', 'term', 'noticePeriod'])?.patternErrorMessage,
    'Expected an ISO 8601 duration such as PT4H, P30D, P3M or P1Y.',
  );
  const errors = genericErrors('Engagement', doc.toJS());
  assert.deepEqual(
    errors.map((e) => [e.instancePath, e.keyword]),
    [['/contract/term/noticePeriod', 'pattern']],
  );
});

test("the checker's own strict Ajv accepts the message keywords of its schemas", () => {
  for (const kind of KINDS) {
    let messages = 0;
    everyObject(schemaForKind(kind), (node) => {
      if (typeof node.errorMessage === 'string') messages++;
    });
    assert.ok(messages > 5, `${kind} schema carries error messages`);
    for (const form of ['code', 'functions'] as const)
      assert.doesNotThrow(() => createSchemaAjv(form).compile(schemaForKind(kind)));
  }
});

/** Changes the clean engagement; returns the generic errors and the checker's schema findings. */
function bothOn(change: (doc: ReturnType<typeof parseDocument>) => void) {
  const doc = parseDocument(read(EXAMPLES.Engagement));
  change(doc);
  return {
    generic: genericErrors('Engagement', doc.toJS()),
    checker: checkerFindings('Engagement', doc.toString()).filter((f) =>
      f.ruleId.startsWith('schema/'),
    ),
  };
}

test('a key missing inside a recommended section is a warning here and no error elsewhere', () => {
  const { generic, checker } = bothOn((doc) =>
    doc.deleteIn(['roughConcept', 'securityCulture', 'riskAppetite']),
  );
  assert.deepEqual(generic, []);
  assert.deepEqual(
    checker.map((f) => [f.ruleId, f.severity, f.measure, formatPath(f.path ?? [])]),
    [['schema/required', 'warning', 'OPS.3.1.M1', 'roughConcept.securityCulture.riskAppetite']],
  );
});

test('an empty recommended list is a warning here and no error elsewhere', () => {
  const { generic, checker } = bothOn((doc) => doc.setIn(['contract', 'slas'], []));
  assert.deepEqual(generic, []);
  assert.deepEqual(
    checker.map((f) => [f.ruleId, f.severity, formatPath(f.path ?? [])]),
    [['schema/required', 'warning', 'contract.slas']],
  );
});

test('an unknown key is a warning here and no error elsewhere', () => {
  const { generic, checker } = bothOn((doc) => doc.setIn(['tenancy', 'modell'], 'dedicated'));
  assert.deepEqual(generic, []);
  assert.deepEqual(
    checker.map((f) => [f.ruleId, f.severity, formatPath(f.path ?? [])]),
    [['schema/unknown-key', 'warning', 'tenancy.modell']],
  );
});
