import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildWorkspaceIndex, defaultOptions, validateTexts } from '../../../server/src/core';
import {
  clauseEdits,
  clausesToOffer,
  indentStepOf,
} from '../../../server/src/core/features/clauseInsertion';
import type { FeatureContext } from '../../../server/src/core/features/context';
import type { OffsetEdit } from '../../../server/src/core/features/codeActions/fix';
import { CLAUSE_SNIPPETS } from '../../../server/src/core/features/snippets';
import type { Locale } from '../../../server/src/core/i18n/locale';
import { TODAY, yaml } from '../../support/harness';

const FIXTURES = join(__dirname, '../../../../test/fixtures/insert-clause');

function contextOf(
  uri: string,
  text: string,
  locale: Locale = 'en',
): FeatureContext & { errors: string[] } {
  const options = { ...defaultOptions(TODAY), locale };
  const [result] = validateTexts([{ uri, text }], options);
  const errors = result.findings
    .filter((f) => f.severity === 'error' && f.ruleId.startsWith('yaml/'))
    .map((f) => `${f.ruleId} ${f.message}`);
  return { file: result.file, index: buildWorkspaceIndex([result.file]), options, errors };
}

function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  return [...edits]
    .sort((a, b) => b.start - a.start)
    .reduce((out, e) => out.slice(0, e.start) + e.newText + out.slice(e.end), text);
}

/** The cursor of the reproduction: column 1 of the last line that has text. */
function startOfLastLine(text: string): number {
  const trimmed = text.replace(/\s+$/, '');
  return Math.max(trimmed.lastIndexOf('\n') + 1, 0);
}

function fixtureNamesIn(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml') && !name.includes('.golden.'))
    .map((name) => name.slice(0, -'.yaml'.length))
    .sort();
}

const fixtureNames = fixtureNamesIn(FIXTURES);

/** The golden files of `folder`, inserted in `locale` (German ones live in `de/`). */
function goldenTests(folder: string, locale: Locale): void {
  for (const name of fixtureNamesIn(folder)) {
    test(`golden (${locale}): ${name}`, () => {
      const input = readFileSync(join(folder, `${name}.yaml`), 'utf8');
      const directive = input.split(/\r?\n/, 1)[0];
      const ctx = contextOf(`file:///fixtures/${name}.yaml`, input, locale);
      const cursor = startOfLastLine(input);
      if (directive === '# offered-clauses') {
        const golden = readFileSync(join(folder, `${name}.golden.txt`), 'utf8');
        const offered = clausesToOffer(ctx, cursor).map((snippet) => snippet.id);
        assert.equal(offered.join('\n') + '\n', golden);
        return;
      }
      const match = /^# insert-clause: ([\w-]+)$/.exec(directive);
      assert.ok(match, `unreadable directive: ${directive}`);
      const golden = readFileSync(join(folder, `${name}.golden.yaml`), 'utf8');
      const edits = clauseEdits(ctx, cursor, match[1]);
      assert.ok(edits, `${name}: no edits`);
      const inserted = applyEdits(input, edits);
      assert.equal(inserted, golden);
      assert.deepEqual(contextOf(`file:///fixtures/${name}.yaml`, inserted, locale).errors, []);
      const again = clauseEdits(contextOf('file:///again.yaml', inserted, locale), 0, match[1]);
      // A document has each clause once; only waivers are list items that may repeat.
      if (match[1] !== 'waiver') assert.equal(again, undefined, 'offered a second time');
    });
  }
}

goldenTests(FIXTURES, 'en');
goldenTests(join(FIXTURES, 'de'), 'de');

test('every edit keeps the lines it does not replace whole', () => {
  for (const name of fixtureNames.filter((n) => !n.startsWith('already'))) {
    const input = readFileSync(join(FIXTURES, `${name}.yaml`), 'utf8');
    const id = /^# insert-clause: ([\w-]+)/.exec(input)?.[1] ?? '';
    const inserted = applyEdits(
      input,
      clauseEdits(contextOf('file:///x.yaml', input), 0, id) ?? [],
    );
    const before = input
      .split(/\r?\n/)
      .filter((line) => line.trim() !== '' && !/\[\]|\{/.test(line));
    const after = new Set(inserted.split(/\r?\n/));
    for (const line of before) assert.ok(after.has(line), `${name}: line changed: ${line}`);
  }
});

test('every clause fits an engagement or an agreement and is offered while missing', () => {
  const engagement = contextOf(
    'file:///e.engagement.yaml',
    yaml`
    apiVersion: outsourcing-policy/v1
    kind: Engagement
    metadata: {id: ENG-1, title: T, version: "1", status: planning}
  `,
  );
  const offered = clausesToOffer(engagement, 0).map((s) => s.id);
  const clauses = CLAUSE_SNIPPETS.filter((s) => s.scope !== '' || s.key !== '');
  assert.deepEqual(
    offered,
    clauses.map((s) => s.id),
  );
  for (const id of offered) {
    const edits = clauseEdits(engagement, 0, id);
    assert.ok(edits, `${id}: no edits`);
    const inserted = applyEdits(engagement.file.text, edits);
    assert.deepEqual(contextOf('file:///e.engagement.yaml', inserted).errors, [], id);
  }
});

test('a document that is not a policy document gets no clauses', () => {
  const other = contextOf('file:///other.yaml', 'name: something else\n');
  assert.deepEqual(clausesToOffer(other, 0), []);
  assert.equal(clauseEdits(other, 0, 'contract-term'), undefined);
});

test('a parent that holds text cannot take a clause', () => {
  const ctx = contextOf(
    'file:///e.engagement.yaml',
    yaml`
    apiVersion: outsourcing-policy/v1
    kind: Engagement
    metadata: {id: ENG-1, title: T, version: "1", status: planning}
    contract: to be negotiated
  `,
  );
  assert.equal(clauseEdits(ctx, 0, 'contract-term'), undefined);
});

test('the indentation step is the smallest indentation of a key line', () => {
  assert.equal(indentStepOf('a:\n    b: 1\n        c: 2\n'), '    ');
  assert.equal(indentStepOf('a:\n  - x\n'), '  ');
  assert.equal(indentStepOf('a: 1\n'), '  ');
});
