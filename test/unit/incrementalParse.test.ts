/**
 * The incremental parse (core/parse/incremental/) against the full parse: seeded random edit
 * sequences over the examples, the code-action fixtures and generated engagements, each result
 * compared in everything a consumer reads (findings, data, nodes and offsets, validation);
 * and the decisions of when it applies: the split into sections and the fallbacks.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { engagementOfLines } from '../../bench/generate/engagements';
import { typedInTheMiddle } from '../../bench/lsp/scenarios';
import { defaultOptions, parsePolicyFile, type PolicyFile } from '../../server/src/core';
import {
  planReparse,
  reparseWithWay,
  splitSections,
} from '../../server/src/core/parse/incremental';
import { REPO_ROOT } from '../support/cli';
import { observable } from './incrementalParseCompare';
import { randomEdit, randomNestedEdit, seededRandom, type Edit } from './incrementalParseEdits';

const OPTIONS = defaultOptions('2026-11-27');
const SEED = 20261207;

interface Corpus {
  name: string;
  text: string;
  edits: number;
}

function yamlFiles(folder: string): { name: string; text: string }[] {
  const root = path.join(REPO_ROOT, folder);
  return fs
    .readdirSync(root)
    .filter((file) => /\.ya?ml$/.test(file))
    .sort()
    .map((file) => ({ name: file, text: fs.readFileSync(path.join(root, file), 'utf8') }));
}

function corpus(): Corpus[] {
  const examples = [...yamlFiles('examples/clean'), ...yamlFiles('examples/broken')];
  const fixtures = yamlFiles('test/fixtures/code-actions').filter((_, i) => i % 4 === 0);
  return [
    ...examples.map((file) => ({ ...file, edits: 35 })),
    ...fixtures.map((file) => ({ ...file, edits: 20 })),
    { name: 'generated.engagement.yaml', text: engagementOfLines(250, 'block').text, edits: 80 },
    { name: 'large.engagement.yaml', text: engagementOfLines(2000, 'block').text, edits: 10 },
  ];
}

/** Runs one seeded edit sequence; returns how many edits took the incremental path. */
type EditMaker = (random: () => number, text: string, original: string) => Edit;

function runSequence(
  entry: Corpus,
  seed: number,
  makeEdit: EditMaker = randomEdit,
): { incremental: number; nested: number; edits: number } {
  const random = seededRandom(seed);
  const uri = `file:///w/${entry.name}`;
  let previous: PolicyFile = parsePolicyFile(uri, entry.text, OPTIONS);
  let before = entry.text;
  let clean = entry.text;
  let incremental = 0;
  let nested = 0;
  const history: string[] = [];
  for (let step = 0; step < entry.edits; step++) {
    const broken = previous.documents.some((document) => document.hasSyntaxErrors);
    if (!broken) clean = previous.text;
    const edit =
      broken && random() < 0.5
        ? { text: clean, what: 'fix the syntax error' }
        : random() < 0.08
          ? { text: before, what: 'undo' }
          : makeEdit(random, previous.text, entry.text);
    history.push(edit.what);
    before = previous.text;
    const { file, way } = reparseWithWay(previous, uri, edit.text, OPTIONS);
    if (way.incremental) incremental++;
    if (way.incremental && way.depth !== undefined) nested++;
    const full = parsePolicyFile(uri, edit.text, OPTIONS);
    assert.deepStrictEqual(
      observable(file, OPTIONS),
      observable(full, OPTIONS),
      `seed ${seed}, ${entry.name}, edit ${step + 1} (${JSON.stringify(way)}); last edits: ${history.slice(-4).join('; ')}`,
    );
    previous = file;
  }
  return { incremental, nested, edits: entry.edits };
}

test('random edit sequences: the incremental parse equals the full parse after every edit', () => {
  let incremental = 0;
  let edits = 0;
  corpus().forEach((entry, i) => {
    const result = runSequence(entry, SEED + i);
    incremental += result.incremental;
    edits += result.edits;
  });
  assert.ok(edits >= 500, `${edits} edits`);
  // the comparison means something only if the shortcut was taken often
  assert.ok(incremental >= edits / 4, `${incremental} of ${edits} edits were incremental`);
});

test('random edits inside sections: the parse below the top level equals the full parse', () => {
  let nested = 0;
  let edits = 0;
  corpus().forEach((entry, i) => {
    const result = runSequence(entry, SEED + 1000 + i, randomNestedEdit);
    nested += result.nested;
    edits += result.edits;
  });
  assert.ok(edits >= 500, `${edits} edits`);
  // the comparison means something only if the parse below the top level was taken often
  assert.ok(nested >= edits / 3, `${nested} of ${edits} edits were parsed below the top level`);
});

const DOCUMENT = [
  '# leading comment',
  'apiVersion: outsourcing-policy/v1',
  'kind: Engagement',
  'metadata:',
  '  id: ENG-1',
  '  # indented comment',
  '',
  '# before contacts',
  'contacts:',
  '- id: a',
  '  name: A',
  'notes: |',
  '  text',
  '',
].join('\n');

test('splitSections: one section per key at column 0, what precedes the first key in the first', () => {
  const sections = splitSections(DOCUMENT);
  assert.ok(sections);
  const keys = sections.map((s) => DOCUMENT.slice(s.keyStart, DOCUMENT.indexOf(':', s.keyStart)));
  assert.deepEqual(keys, ['apiVersion', 'kind', 'metadata', 'contacts', 'notes']);
  assert.equal(sections[0].start, 0);
  assert.equal(sections[0].keyStart, DOCUMENT.indexOf('apiVersion'));
  assert.equal(sections[2].end, DOCUMENT.indexOf('contacts:'), 'trailing comments stay with it');
  assert.equal(sections[4].end, DOCUMENT.length);
});

test('splitSections refuses texts whose sections are not independent', () => {
  for (const text of [
    'a: 1\n---\nb: 2\n',
    '%YAML 1.2\n---\na: 1\n',
    'a: &x 1\nb: *x\n',
    '- a\n- b\n',
    'a:\n-x\n',
    'a: 1\r\nb: 2\r\n',
    '\uFEFFa: 1\n',
    'a: 1\n\tb: 2\n',
    '? a\n: 1\n',
    '{a: 1}\n',
    '# only a comment\n',
  ])
    assert.equal(splitSections(text), undefined, JSON.stringify(text));
});

const URI = 'file:///w/x.engagement.yaml';
const parsed = (text: string) => parsePolicyFile(URI, text, OPTIONS);

test('planReparse keeps the sections before and after an edit', () => {
  const edited = DOCUMENT.replace('  id: ENG-1', '  id: ENG-22');
  const plan = planReparse(parsed(DOCUMENT), URI, edited);
  assert.ok(!('fallback' in plan));
  assert.equal(plan.before, 2);
  assert.equal(plan.after, 2);
  assert.equal(plan.delta, 1);
});

test('planReparse falls back for another file, a broken or multi-document previous parse', () => {
  const edited = DOCUMENT.replace('ENG-1', 'ENG-2');
  const fallback = (previous: PolicyFile, uri = URI) => {
    const plan = planReparse(previous, uri, edited);
    return 'fallback' in plan ? plan.fallback : 'incremental';
  };
  assert.equal(fallback(parsed(DOCUMENT), 'file:///w/y.engagement.yaml'), 'another file');
  assert.equal(
    fallback(parsed(DOCUMENT.replace('kind: Engagement', 'kind: "Engagement'))),
    'previous parse not a clean block mapping',
  );
  assert.equal(fallback(parsed(`${DOCUMENT}---\na: 1\n`)), 'not a plain block mapping');
  assert.equal(fallback(parsed(DOCUMENT)), 'incremental');
});

test('reparse: a change in one section parses that section only; a syntax error parses all', () => {
  const previous = parsed(DOCUMENT);
  const oneSection = reparseWithWay(previous, URI, DOCUMENT.replace('id: ENG-1', 'ENG-1'), OPTIONS);
  assert.deepEqual(oneSection.way, { incremental: true, kept: 4, parsed: 1 });
  // a value typed below the top level: only its item is parsed (contacts, entry 0, key name)
  const oneValue = reparseWithWay(previous, URI, DOCUMENT.replace('name: A', 'name: B'), OPTIONS);
  assert.deepEqual(oneValue.way, { incremental: true, kept: 4, parsed: 1, depth: 2 });
  assert.deepStrictEqual(
    observable(oneValue.file, OPTIONS),
    observable(parsed(oneValue.file.text), OPTIONS),
  );
  const broken = reparseWithWay(previous, URI, DOCUMENT.replace('name: A', 'name: "A'), OPTIONS);
  assert.deepEqual(broken.way, {
    incremental: false,
    reason: 'changed sections read differently on their own',
  });
  assert.deepStrictEqual(
    observable(broken.file, OPTIONS),
    observable(parsed(broken.file.text), OPTIONS),
  );
});

test('typing in a value of a large engagement parses only the item around it', () => {
  const text = engagementOfLines(2000, 'block').text;
  let previous = parsed(text);
  for (let edit = 1; edit <= 3; edit++) {
    const typed = typedInTheMiddle(text, edit);
    const { file, way } = reparseWithWay(previous, URI, typed, OPTIONS);
    assert.ok(way.incremental && (way.depth ?? 0) >= 2, JSON.stringify(way));
    assert.deepStrictEqual(observable(file, OPTIONS), observable(parsed(typed), OPTIONS));
    previous = file;
  }
});

test('reparse leaves the previous parse as it was', () => {
  const previous = parsed(DOCUMENT);
  const before = observable(previous, OPTIONS);
  const edited = DOCUMENT.replace('kind: Engagement', 'kind: Engagement\nextra: 1');
  const { way } = reparseWithWay(previous, URI, edited, OPTIONS);
  assert.equal(way.incremental, true);
  assert.deepStrictEqual(observable(previous, OPTIONS), before);
  const typed = DOCUMENT.replace('name: A', 'name: AB');
  const below = reparseWithWay(previous, URI, typed, OPTIONS);
  assert.deepEqual(below.way, { incremental: true, kept: 4, parsed: 1, depth: 2 });
  assert.deepStrictEqual(observable(previous, OPTIONS), before);
});

/** Section endings (the first section's text) that column-0 trivia below may or may not reach. */
const ENDINGS = [
  'a: 1\n',
  'a: "q"\n',
  "a: 'q'\n",
  'a:\n  x: 1\n',
  'a:\n  - x\n  - y\n',
  'a:\n- x\n',
  'a: [1, 2]\n',
  'a: {b: 1}\n',
  'a: 1 # c\n',
  'a: foo\n  bar\n',
  'a:\n',
  'a:\n  x:\n',
  'a:\n  -\n',
  'a: |\n  t\n',
  'a: |+\n  t\n\n',
  'a: >-\n  t\n',
  'a: ""\n',
  'a:\n  x: 1\n  # indented\n',
  'a: "x\n  y"\n',
  'a: !!str x\n',
  'a:\n  - [1]\n',
  'a:\n  x: |\n    t\n',
  'a:\n  x: 1\n   \n',
];
const TRIVIA = ['', '# c\n', '\n', '# c\n\n# d\n', '\n\n\n', '#\n'];

test('edits of column-0 comment and blank lines between sections equal the full parse', () => {
  let withoutParse = 0;
  for (const ending of ENDINGS)
    for (const from of TRIVIA)
      for (const to of TRIVIA) {
        if (from === to) continue;
        const tail = 'b: 2\nc: 3\n';
        const previous = parsed(`${ending}${from}${tail}`);
        const text = `${ending}${to}${tail}`;
        const { file, way } = reparseWithWay(previous, URI, text, OPTIONS);
        if (way.incremental && way.parsed === 0) withoutParse++;
        assert.deepStrictEqual(
          observable(file, OPTIONS),
          observable(parsed(text), OPTIONS),
          `${JSON.stringify(ending)}: ${JSON.stringify(from)} -> ${JSON.stringify(to)}`,
        );
      }
  assert.ok(withoutParse >= 200, `${withoutParse} trivia edits without a parse`);
});
