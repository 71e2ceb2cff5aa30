/**
 * Table-driven from the schemas: every must and should field of FORMAT.md is removed from (or,
 * for `true!` fields, set to false in) the clean example, one at a time, and the engine has
 * to report exactly that field, with its measure, its severity and on the parent key's line.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { validateTexts, type DataPath, type Finding } from '../../server/src/core';
import { schemaForKind } from '../../server/src/core/schema';
import type { SchemaNode } from '../../server/src/core/schema/dsl';
import { childSchema, formatPath } from '../../server/src/core/schema/lookup';
import { REPO_ROOT } from '../support/cli';
import { TODAY } from '../support/harness';

const ENGAGEMENT = 'examples/clean/erp-hosting.engagement.yaml';
const DCA = 'examples/clean/erp-hosting.dca.yaml';
const read = (file: string) => fs.readFileSync(path.join(REPO_ROOT, file), 'utf8');

interface Case {
  path: DataPath;
  schema: SchemaNode;
}

/** Every field present in the data that the schema marks must or should, with its schema. */
function obligedFields(schema: SchemaNode, data: unknown, at: DataPath = []): Case[] {
  const cases: Case[] = [];
  if (Array.isArray(data)) {
    data.forEach((item, index) =>
      cases.push(...obligedFields(schema.items ?? {}, item, [...at, index])),
    );
  } else if (data && typeof data === 'object') {
    for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
      const child = childSchema(schema, key);
      if (!child) continue;
      const here = [...at, key];
      if (child['x-obligation'] === 'must' || child['x-obligation'] === 'should')
        cases.push({ path: here, schema: child });
      cases.push(...obligedFields(child, value, here));
    }
  }
  return cases;
}

function check(uri: string, text: string, other: { uri: string; text: string }): Finding[] {
  return validateTexts([{ uri, text }, other], {
    level: 'standard',
    today: TODAY,
    maxDocumentSize: 1e7,
  })[0].findings;
}

/** Line (1-based) of the key that owns `parent` in `doc`, computed from the yaml nodes directly. */
function parentKeyLine(doc: Document, text: string, parent: DataPath): number {
  let node = doc.contents as Node | null;
  let keyStart = -1;
  for (const segment of parent) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === segment)!;
      keyStart = (pair.key as Node).range![0];
      node = pair.value as Node;
    } else if (isSeq(node)) {
      node = node.items[segment as number] as Node;
      const first = isMap(node) ? node.items[0] : undefined;
      keyStart = first ? (first.key as Node).range![0] : node.range![0];
    }
  }
  if (keyStart < 0) keyStart = text.indexOf('\nkind:') + 1;
  return text.slice(0, keyStart).split('\n').length;
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

const HEADER = new Set(['apiVersion', 'kind']);

function runCases(file: string, other: string): void {
  const text = read(file);
  const base = parseDocument(text);
  const kind = file.endsWith('.dca.yaml') ? 'DataConnectionAgreement' : 'Engagement';
  const root = schemaForKind(kind);
  const otherSource = { uri: other, text: read(other) };
  const cases = obligedFields(root, base.toJS()).filter((c) => !HEADER.has(String(c.path[0])));

  test(`${file} is clean, so every finding below comes from the change`, () => {
    assert.deepEqual(
      check(file, text, otherSource).map((f) => f.message),
      [],
    );
  });

  for (const { path: field, schema } of cases) {
    const severity = schema['x-obligation'] === 'must' ? 'error' : 'warning';
    test(`removing ${formatPath(field)} is a ${severity} of ${schema['x-measure']}`, () => {
      const doc = base.clone();
      doc.deleteIn(field);
      const changed = doc.toString();
      const found = check(file, changed, otherSource).filter(
        (f) => f.ruleId === 'schema/required' && f.path && formatPath(f.path) === formatPath(field),
      );
      assert.equal(found.length, 1, `expected schema/required for ${formatPath(field)}`);
      assert.equal(found[0].measure, schema['x-measure']);
      assert.equal(found[0].severity, severity);
      assert.equal(
        lineOf(changed, found[0].start),
        parentKeyLine(parseDocument(changed), changed, field.slice(0, -1)),
      );
    });
    if (schema.const === true) {
      test(`${formatPath(field)}: false is a ${severity} of ${schema['x-measure']}`, () => {
        const doc = base.clone();
        doc.setIn(field, false);
        const changed = doc.toString();
        const found = check(file, changed, otherSource).filter(
          (f) => f.ruleId === 'schema/must-be-true',
        );
        assert.equal(found.length, 1, `expected schema/must-be-true for ${formatPath(field)}`);
        assert.deepEqual(found[0].path, field);
        assert.equal(found[0].measure, schema['x-measure']);
        assert.equal(found[0].severity, severity);
        assert.equal(changed.slice(found[0].start, found[0].end), 'false');
      });
    }
  }
}

/** Schema fields that the clean examples do not contain, so the cases above would not cover them. */
function uncovered(root: SchemaNode, data: unknown, at = ''): string[] {
  const missing: string[] = [];
  for (const [key, child] of Object.entries(root.properties ?? {})) {
    const value = (data as Record<string, unknown> | undefined)?.[key];
    const here = at ? `${at}.${key}` : key;
    if (child['x-obligation'] !== 'optional' && value === undefined) missing.push(here);
    if (Array.isArray(value) && child.items && value.length) {
      const inAll = value.map((item) => new Set(uncovered(child.items!, item, here)));
      missing.push(...[...inAll[0]].filter((field) => inAll.every((set) => set.has(field))));
    } else if (value && typeof value === 'object') {
      missing.push(...uncovered(child, value, here));
    }
  }
  return missing;
}

describe('every must and should field of an engagement', () => runCases(ENGAGEMENT, DCA));
describe('every must and should field of a data connection agreement', () =>
  runCases(DCA, ENGAGEMENT));

test('the clean examples contain every must and should field, so the table above is complete', () => {
  assert.deepEqual(
    uncovered(schemaForKind('Engagement'), parseDocument(read(ENGAGEMENT)).toJS()),
    [],
  );
  assert.deepEqual(
    uncovered(schemaForKind('DataConnectionAgreement'), parseDocument(read(DCA)).toJS()),
    [],
  );
});
