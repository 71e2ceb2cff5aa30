/**
 * The schema validators the CLI and the server run are Ajv standalone code generated at build
 * time: they are up to date with the schema definitions, they report exactly the errors Ajv
 * reports when it compiles the schemas at run time with the keyword functions the checker used
 * before, and the engine checks documents without loading Ajv's compiler.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import type { ErrorObject } from 'ajv';
import { defaultOptions, parsePolicyFile } from '../../server/src/core';
import type { PolicyKind } from '../../server/src/core/types';
import { schemaForKind } from '../../server/src/core/schema';
import { validatorFor } from '../../server/src/core/validate/ajv';
import type { FixtureCase, RuleFixtures } from '../../server/src/core/rules/ruleFixtures';
import { createSchemaAjv } from '../../server/src/tools/validators/schemaAjv';
import { renderValidators } from '../../server/src/tools/validators/writeValidators';
import { exampleSources, type Source } from '../support/coverageFixtures';
import { REPO_ROOT } from '../support/cli';
import { TODAY } from '../support/harness';

const KINDS: PolicyKind[] = ['Engagement', 'DataConnectionAgreement'];
const RULES_DIR = path.join(__dirname, '../../server/src/core/rules');

test('the generated validators match the schema definitions', () => {
  const files = renderValidators();
  assert.equal(files.size, KINDS.length);
  for (const [file, content] of files) {
    const onDisk = fs.readFileSync(path.join(REPO_ROOT, file), 'utf8');
    assert.ok(onDisk === content, `${file} is out of date; run npm run schemas`);
  }
});

/** The documents of every rule folder's fixtures (failing and passing, with their others). */
function fixtureSources(): Source[] {
  const sources: Source[] = [];
  for (const entry of fs.readdirSync(RULES_DIR, { withFileTypes: true })) {
    const file = path.join(RULES_DIR, entry.name, 'fixtures.js');
    if (!entry.isDirectory() || !fs.existsSync(file)) continue;
    // The compiled fixtures module of a rule folder, found at run time; typed by the import above.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { fixtures } = require(file) as { fixtures: RuleFixtures };
    for (const [id, set] of Object.entries(fixtures)) {
      const cases: FixtureCase[] = [...set.failing, ...set.passing];
      cases.forEach((fixture, i) => {
        const text = fixture.text.replace(/[⟦⟧]/g, '');
        sources.push({ uri: `${id}/${i}/${fixture.uri ?? 'test.engagement.yaml'}`, text });
        for (const other of fixture.others ?? [])
          sources.push({ ...other, uri: `${id}/${other.uri}` });
      });
    }
  }
  return sources;
}

/** Each document's data with its kind, as the engine hands it to the schema validator. */
function documentsOf(sources: Source[]): { name: string; kind: PolicyKind; value: unknown }[] {
  const options = defaultOptions(TODAY);
  return sources.flatMap((source) =>
    parsePolicyFile(source.uri, source.text, options).documents.flatMap((doc, i) =>
      doc.kind && doc.value && typeof doc.value === 'object'
        ? [{ name: `${source.uri}#${i}`, kind: doc.kind, value: doc.value }]
        : [],
    ),
  );
}

function errorsOf(validate: (data: unknown) => boolean, errors: () => unknown, data: unknown) {
  const valid = validate(data);
  return { valid, errors: (errors() ?? null) as ErrorObject[] | null };
}

test('the generated validators report the errors of Ajv compiling the schemas at run time', () => {
  const reference = createSchemaAjv('functions');
  const compiled = new Map(KINDS.map((kind) => [kind, reference.compile(schemaForKind(kind))]));
  const documents = documentsOf([...exampleSources('clean', 'broken'), ...fixtureSources()]);
  assert.ok(documents.length > 200, `${documents.length} documents`);
  const keywords = new Map<string, number>();
  for (const { name, kind, value } of documents) {
    const runtime = compiled.get(kind)!;
    const standalone = validatorFor(kind);
    const expected = errorsOf(runtime, () => runtime.errors, value);
    const actual = errorsOf(standalone, () => standalone.errors, value);
    assert.deepStrictEqual(actual, expected, name);
    for (const error of actual.errors ?? [])
      keywords.set(error.keyword, (keywords.get(error.keyword) ?? 0) + 1);
  }
  for (const keyword of ['x-should', 'x-required-values', 'required', 'type', 'enum', 'format'])
    assert.ok((keywords.get(keyword) ?? 0) > 0, `some document fails ${keyword}`);
});

test('the code keywords compile to the errors of the keyword functions, in subschemas too', () => {
  const schema = {
    type: 'object',
    properties: {
      list: {
        type: 'array',
        'x-required-values': { values: ['a', 'b', 'c'], property: 'id' },
        items: { type: 'object', 'x-should': ['id', 'name'] },
      },
      plain: { type: 'array', 'x-required-values': { values: [1, 'x'] } },
    },
    'x-should': ['list', 'plain', 'other'],
  };
  const samples: unknown[] = [
    {},
    { list: [{ id: 'a' }, { name: 'b' }, 'c', null], plain: ['x'] },
    {
      list: [
        { id: 'a', name: 'n' },
        { id: 'b', name: 'n' },
        { id: 'c', name: 0 },
      ],
      plain: [1, 'x'],
      other: 0,
    },
    { list: 'not a list', plain: [] },
  ];
  const viaFunctions = createSchemaAjv('functions').compile(schema);
  const viaCode = createSchemaAjv('code').compile(schema);
  for (const sample of samples) {
    const expected = errorsOf(viaFunctions, () => viaFunctions.errors, sample);
    assert.deepStrictEqual(
      errorsOf(viaCode, () => viaCode.errors, sample),
      expected,
    );
  }
  assert.equal(viaCode(samples[2]), true);
  assert.equal(viaCode(samples[1]), false);
});

test('checking a document loads none of Ajv but its small runtime helpers', () => {
  const main = path.join(__dirname, '../../server/src/cli/main.js');
  const script = [
    `process.argv = [process.argv[0], 'cli', 'check', 'examples/broken/planning.engagement.yaml'];`,
    `process.on('exit', () => {`,
    `  const loaded = Object.keys(require.cache).filter((f) => /node_modules[\\\\/]ajv/.test(f));`,
    `  require('node:fs').writeSync(2, '\\nLOADED ' + JSON.stringify(loaded) + '\\n');`,
    `});`,
    `require(${JSON.stringify(main)}).runProcess();`,
  ].join('\n');
  const result = spawnSync(process.execPath, ['-e', script], { cwd: REPO_ROOT, encoding: 'utf8' });
  assert.match(result.stdout, /schema\//, 'the check reports schema findings');
  const line = /LOADED (.*)/.exec(result.stderr);
  assert.ok(line, result.stderr);
  const loaded = (JSON.parse(line[1]) as string[]).map((file) =>
    path.relative(path.join(REPO_ROOT, 'node_modules'), file).split(path.sep).join('/'),
  );
  assert.ok(loaded.length > 0, 'the runtime helpers are loaded');
  assert.deepEqual(
    loaded.filter((file) => !/^(ajv\/dist\/runtime\/|ajv-formats\/dist\/formats\.js$)/.test(file)),
    [],
  );
});
