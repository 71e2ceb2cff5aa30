/**
 * No English in German output: the findings of `examples/broken` (message and detail), the
 * explanation of every rule and every measure, and the hover and the completions at every key
 * and value of `examples/clean`, all asked with `locale: 'de'`, contain none of a short list of
 * English giveaway words. What stays English by design is left out before the search: code spans and
 * YAML examples (fenced or indented), quoted values, field paths, ids and links. The rule examples
 * are checked on their own: the German one has the English one's structure and no English prose.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, visit } from 'yaml';
import { createPolicyService, defaultOptions, MEASURES } from '../../server/src/core';
import { REPO_ROOT } from '../support/cli';
import { TODAY } from '../support/harness';

const service = createPolicyService();
const GERMAN = { ...defaultOptions(TODAY), locale: 'de' as const };

/**
 * Words and phrases that give English away. Each is a common English word that German text
 * does not use (unlike "in", "an", "so", "A" of an Anhang), matched in any case; "or" stands
 * for the English type names ("true or false", "text or a list of text").
 */
export const ENGLISH_GIVEAWAYS = [
  'the',
  'a date',
  'a list',
  'a whole number',
  'an id',
  'must',
  'should',
  'missing',
  'is',
  'is not',
  'are',
  'does',
  'has',
  'clause',
  'Expected',
  'required',
  'which',
  'with',
  'without',
  'when',
  'or',
  'and',
  'of',
  'for',
  'this',
  'that',
  'list of',
  'one of',
  'at least',
  'please',
  'see',
  'instead',
  'better',
  'Severity',
  'Measure',
  'Fix',
] as const;

/** The text a person reads as prose: code, quoted values, paths, ids and links taken out. */
export function proseOf(text: string): string {
  return (
    text
      .replace(/```[^\n]*\n[\s\S]*?```/g, ' ') // fenced YAML examples
      .replace(/^ {4}.*$/gm, ' ') // indented YAML examples (plain-text explain)
      .replace(/`[^`\n]*`/g, ' ') // code spans: keys, values, types of the format
      .replace(/„[^“\n]*“|"[^"\n]*"|'[^'\n]*'/g, ' ') // quoted values of the document
      .replace(/\bhttps?:\/\/\S+/g, ' ')
      // field paths, ids, file names, types such as ref<party>; not the full stop after a word
      .replace(/\S*(?:[./][\p{L}\d*]|[_[\]<>])\S*/gu, ' ')
  );
}

/** `text` without the document's own values, which a hover or message may quote unquoted. */
function withoutValues(text: string, values: readonly string[]): string {
  let rest = text;
  for (const value of values) rest = rest.split(value).join(' ');
  return rest;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The giveaway words found in `text`, each with the line it was found in. */
export function englishIn(
  text: string,
  documentValues: readonly string[] = [],
  giveaways: readonly string[] = ENGLISH_GIVEAWAYS,
): string[] {
  const found: string[] = [];
  const prose = proseOf(withoutValues(text, documentValues));
  for (const word of giveaways) {
    const pattern = new RegExp(`(?<![\\p{L}\\d-])${escape(word)}(?![\\p{L}\\d-])`, 'giu');
    for (const match of prose.matchAll(pattern)) {
      const lineStart = prose.lastIndexOf('\n', match.index) + 1;
      const lineEnd = prose.indexOf('\n', match.index);
      const line = prose.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).trim();
      found.push(`"${word}" in: ${line.slice(0, 160)}`);
    }
  }
  return found;
}

/** The longer scalar values of a YAML text (data of the document, whatever its language). */
function scalarValuesOf(text: string): string[] {
  const values = new Set<string>();
  for (const doc of parseAllDocuments(text)) {
    visit(doc, {
      Scalar(_, node) {
        if (typeof node.value === 'string' && node.value.includes(' ')) values.add(node.value);
      },
    });
  }
  return [...values];
}

function examplesIn(folder: string): { uri: string; text: string }[] {
  const dir = path.join(REPO_ROOT, 'examples', folder);
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({
      uri: `file:///work/examples/${folder}/${name}`,
      text: fs.readFileSync(path.join(dir, name), 'utf8'),
    }));
}

/** Each text under its origin, so that a failure says where the English came from. */
type Texts = [origin: string, text: string][];

/** The document values of every example: a text may quote them as they are. */
const DOCUMENT_VALUES = [...examplesIn('broken'), ...examplesIn('clean')]
  .flatMap(({ text }) => scalarValuesOf(text))
  .sort((a, b) => b.length - a.length); // the longest first: no value is cut by a shorter one

function germanFindings(): Texts {
  return service.validateTexts(examplesIn('broken'), GERMAN).flatMap(({ file, findings }) =>
    findings.flatMap((finding): Texts => [
      [`${file.uri} ${finding.ruleId}`, finding.message],
      [`${file.uri} ${finding.ruleId} (detail)`, finding.detail ?? ''],
    ]),
  );
}

function germanExplanations(): Texts {
  const topics = [
    ...MEASURES.map((measure) => measure.id),
    ...service.ruleCatalogue('de').map((rule) => rule.id),
  ];
  return topics.flatMap((topic): Texts =>
    (['markdown', 'text'] as const).map((style) => [
      `${topic} (${style})`,
      service.explain(topic, style, 'de') ?? '',
    ]),
  );
}

/** The feature context and the start of every key and scalar value of each clean example. */
function cleanPositions() {
  return examplesIn('clean').map(({ uri, text }) => {
    const file = service.parse(uri, text, GERMAN);
    const ctx = service.context(file, service.index([file]), GERMAN);
    const offsets: number[] = [];
    for (const doc of parseAllDocuments(text)) {
      visit(doc, {
        Pair(_, pair) {
          if (isScalar(pair.key) && pair.key.range) offsets.push(pair.key.range[0]);
          if (isScalar(pair.value) && pair.value.range) offsets.push(pair.value.range[0]);
        },
      });
    }
    return { uri, ctx, offsets };
  });
}

function germanHovers(): Texts {
  return cleanPositions().flatMap(({ uri, ctx, offsets }) =>
    offsets.flatMap((offset): Texts => {
      const contents = service.hover(ctx, offset)?.contents;
      const value = contents && typeof contents === 'object' && 'value' in contents;
      return value ? [[`${uri} @${offset}`, contents.value]] : [];
    }),
  );
}

/** The details and documentation of every completion offered at those positions. */
function germanCompletions(): Texts {
  const seen = new Set<string>();
  return cleanPositions().flatMap(({ uri, ctx, offsets }) =>
    offsets.flatMap((offset) =>
      service.complete(ctx, offset, { snippets: true }).flatMap((item): Texts => {
        const documentation =
          typeof item.documentation === 'object' ? item.documentation.value : item.documentation;
        const text = [item.detail, documentation].filter(Boolean).join('\n\n');
        if (!text || seen.has(text)) return [];
        seen.add(text);
        return [[`${uri} @${offset} ${item.label}`, text]];
      }),
    ),
  );
}

function assertGerman(texts: Texts, least: number): void {
  assert.ok(texts.length >= least, `only ${texts.length} texts`);
  const english = texts.flatMap(([origin, text]) =>
    englishIn(text, DOCUMENT_VALUES).map((found) => `${origin}: ${found}`),
  );
  assert.deepEqual(english, []);
}

describe('the English giveaways', () => {
  test('catch real English and leave German, code, paths and quoted values alone', () => {
    assert.deepEqual(englishIn('Expected: true or false.').length, 2);
    assert.ok(englishIn('The contract must name the subcontractor.').length >= 3);
    assert.ok(englishIn('Erwartet wird: a list of text.').length >= 2);
    assert.ok(englishIn('Insert clause').length === 1);
    assert.deepEqual(englishIn('Der Schlüssel is missing.').length, 2, 'the last word counts');
    assert.deepEqual(
      englishIn(
        [
          'Erwartet wird: true oder false.',
          '`contract.term` muss ab `negotiation` angegeben sein; „the customer“ ist ein Wert.',
          'contract.organizational.nda.agreed muss true sein (OPS.3.1.M2)',
          'Statt:\n```yaml\nconditions: only with the approval of the customer\n```',
          'besser:\n    conditions: only with the approval of the customer',
          'Dokumentation: docs/de/rules/subcontracting/flow-down.md',
          'Gibt an, ob die Person an vertrauliche Daten gelangen kann.',
        ].join('\n'),
      ),
      [],
    );
  });
});

describe('German output of the examples', () => {
  test('the findings of examples/broken, message and detail', () => {
    assertGerman(germanFindings(), 20);
  });

  test('the explanation of every measure and every rule', () => {
    const explanations = germanExplanations();
    assertGerman(explanations, 2 * (16 + 40));
    const m7 = explanations.find(([origin]) => origin === 'OPS.3.1.M7 (text)')?.[1] ?? '';
    assert.match(
      m7,
      /^ {2}clientConcept\.tenantSelfControl\.logging +muss, wenn .* +true oder false$/m,
    );
    assert.match(
      m7,
      /^ {2}clientConcept\.crossClientProcessing\.interfaces +sollte, wenn .* +Liste von text$/m,
    );
  });

  test('the hover over every key and value of examples/clean', () => {
    const hovers = germanHovers();
    assertGerman(hovers, 300);
    assert.ok(
      hovers.some(([, text]) => /^Erwartet wird: true oder false\.$/m.test(text)),
      'the expected type is named in German',
    );
  });

  test('the completions at every key and value of examples/clean, detail and documentation', () => {
    assertGerman(germanCompletions(), 200);
  });
});

/** More giveaways for the comments and free-text values of the YAML examples. */
const EXAMPLE_GIVEAWAYS = [
  ...ENGLISH_GIVEAWAYS,
  'no',
  'not',
  'yet',
  'other',
  'omitted',
  'none',
  'only',
  'all',
  'will',
  'next',
] as const;

const keyOf = (pair: { key: unknown }): unknown => (isScalar(pair.key) ? pair.key.value : '?');

/**
 * Where the German YAML of an example differs in structure from the English: keys, their
 * order, entries of lists, and every value that is no prose (ids, dates, durations, enum
 * values, booleans). Prose is a string value with a space in the English example, or a single
 * English word the German example replaces with words.
 */
function structuralDifferences(en: unknown, de: unknown, at: string): string[] {
  if (isMap(en) && isMap(de)) {
    const [keysEn, keysDe] = [en.items.map(keyOf), de.items.map(keyOf)];
    if (keysEn.join() !== keysDe.join()) return [`${at}: keys ${keysEn.join()} | ${keysDe.join()}`];
    return en.items.flatMap((pair, index) =>
      structuralDifferences(pair.value, de.items[index]?.value, `${at}.${String(keyOf(pair))}`),
    );
  }
  if (isSeq(en) && isSeq(de)) {
    if (en.items.length !== de.items.length) return [`${at}: list lengths differ`];
    return en.items.flatMap((item, index) =>
      structuralDifferences(item, de.items[index], `${at}[${index}]`),
    );
  }
  if (isScalar(en) && isScalar(de)) {
    const [textEn, textDe] = [en.value, de.value].map((v) => (typeof v === 'string' ? v : ''));
    // prose: a text with a space, or one English word ("none") that German says in several
    const prose = /\s/.test(textEn) || (/^[a-z]+$/.test(textEn) && /\s/.test(textDe));
    const same = prose ? typeof de.value === 'string' : en.value === de.value;
    return same ? [] : [`${at}: ${String(en.value)} | ${String(de.value)}`];
  }
  if (isAlias(en) && isAlias(de) && en.source === de.source) return [];
  return en == null && de == null ? [] : [`${at}: different kinds of node`];
}

function exampleDifferences(en: string, de: string): string[] {
  const [docsEn, docsDe] = [parseAllDocuments(en), parseAllDocuments(de)];
  if (en.split('\n').length !== de.split('\n').length) return ['different numbers of lines'];
  if (docsEn.length !== docsDe.length) return ['different numbers of documents'];
  return docsEn.flatMap((doc, index) =>
    structuralDifferences(doc.contents, docsDe[index]?.contents, `document ${index}`),
  );
}

/** What a person reads as prose in a YAML example: its comments and its free-text values. */
function exampleProse(text: string): string {
  const comments = text.split('\n').flatMap((line) => /(?:^|\s)#(.*)$/.exec(line)?.[1] ?? []);
  return [...comments, ...scalarValuesOf(text)].join('\n');
}

const EXAMPLES = (locale: 'en' | 'de') =>
  new Map(
    service
      .ruleCatalogue(locale)
      .flatMap((rule) => (rule.example ? [[rule.id, rule.example]] : [])),
  );

describe('the rule examples in German', () => {
  const english = EXAMPLES('en');
  const german = EXAMPLES('de');

  test('every rule with an English example has a German one of the same structure', () => {
    assert.deepEqual([...german.keys()], [...english.keys()]);
    assert.ok(english.size >= 30, `only ${english.size} examples`);
    const differences = [...english].flatMap(([id, en]) => {
      const de = german.get(id);
      return (['bad', 'good'] as const).flatMap((which) =>
        exampleDifferences(en[which], de?.[which] ?? '').map((found) => `${id} ${which}: ${found}`),
      );
    });
    assert.deepEqual(differences, []);
  });

  test('no English words in the comments and free-text values of the German examples', () => {
    const found = [...german].flatMap(([id, example]) =>
      [example.bad, example.good].flatMap((text) =>
        englishIn(exampleProse(text), [], EXAMPLE_GIVEAWAYS).map((word) => `${id}: ${word}`),
      ),
    );
    assert.deepEqual(found, []);
  });

  test('the check finds the English prose of the English examples', () => {
    const flagged = (id: string) => {
      const example = english.get(id);
      return englishIn(exampleProse(`${example?.bad}\n${example?.good}`), [], EXAMPLE_GIVEAWAYS);
    };
    for (const id of [
      'engagement/dca-missing',
      'increased-protection/screening',
      'subcontracting/flow-down',
      'waiver/not-allowed',
    ])
      assert.ok(flagged(id).length > 0, `${id} has English prose`);
    assert.deepEqual(
      german.get('subcontracting/flow-down')?.bad.split('\n')[2],
      '    - { id: DEP-NET, type: subcontractor, name: NetOps GmbH } # weitere Felder ausgelassen',
    );
  });
});
