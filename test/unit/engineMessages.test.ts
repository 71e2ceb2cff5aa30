/**
 * The engine's own findings (schema, YAML, header, waivers, the findings cap) are message ids
 * with arguments: the same documents give the same rule ids, message ids, arguments, measures
 * and ranges in English and German, and the German text is German, with every placeholder filled.
 * The expected types of the schemas are shared phrases in every locale.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { validateTexts, type Finding, type SourceText } from '../../server/src/core';
import type { Locale } from '../../server/src/core/i18n/locale';
import { placeholdersOf } from '../../server/src/core/i18n/message';
import { PHRASES } from '../../server/src/core/i18n/phrases';
import { en as englishPhrases } from '../../server/src/core/i18n/phrases/en';
import { typePhrase } from '../../server/src/core/i18n/phrases/schemaType';
import { schemaForKind } from '../../server/src/core/schema';
import type { SchemaNode } from '../../server/src/core/schema/dsl';
import { REPO_ROOT } from '../support/cli';
import { CLEAN_ENGAGEMENT } from '../support/examples';
import { TODAY } from '../support/harness';

const ENGINE_RULES = /^(schema|yaml|document|waiver)\//;

function broken(): SourceText[] {
  const folder = path.join(REPO_ROOT, 'examples/broken');
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ uri: name, text: fs.readFileSync(path.join(folder, name), 'utf8') }));
}

/** The clean engagement with typical slips: a wrong type, a misspelt key and choice, a tab. */
function slipped(): SourceText {
  const text = CLEAN_ENGAGEMENT.replace(/\n {2}status: \w+/, '\n  status: operaton')
    .replace('tenancy:', 'tenancy:\n  tenancyModel: shared')
    .replace(/version: "[^"]*"/, 'version: 1')
    .replace(/\ntermination:\n {2}/, '\ntermination:\n\t');
  return { uri: 'slipped.engagement.yaml', text };
}

function findings(sources: SourceText[], locale: Locale): Finding[] {
  return validateTexts(sources, {
    level: 'standard',
    today: TODAY,
    maxDocumentSize: 1 << 21,
    locale,
  }).flatMap((result) => result.findings);
}

const identity = (f: Finding) => [
  f.ruleId,
  f.messageId,
  f.args,
  f.measure,
  f.severity,
  f.start,
  f.end,
];

describe('the engine speaks German', () => {
  for (const [name, sources] of [
    ['examples/broken', broken()],
    ['a clean engagement with slips', [slipped()]],
  ] as const) {
    test(`${name}: the same findings in both locales`, () => {
      const english = findings([...sources], 'en');
      const german = findings([...sources], 'de');
      assert.deepEqual(german.map(identity), english.map(identity));
      assert.ok(
        english.some((f) => ENGINE_RULES.test(f.ruleId)),
        'no engine finding',
      );
    });

    test(`${name}: the engine's findings read German, every placeholder filled`, () => {
      const english = findings([...sources], 'en');
      const german = findings([...sources], 'de');
      german.forEach((finding, i) => {
        if (!ENGINE_RULES.test(finding.ruleId)) return;
        const text = `${finding.message}\n${finding.detail ?? ''}`;
        assert.doesNotMatch(text, /\{[A-Za-z]+\}/, text);
        assert.ok(finding.messageId, `${finding.ruleId} has no message id`);
        assert.notEqual(finding.message, english[i].message, text);
        assert.ok(finding.message.length <= 180, `${finding.message.length}: ${finding.message}`);
      });
    });
  }

  test('a wrong type names the expected type and the value in German', () => {
    const [finding] = findings([slipped()], 'de').filter((f) => f.messageId === 'needsQuotes');
    assert.ok(finding, 'no needsQuotes finding');
    assert.match(
      finding.message,
      /^metadata\.version muss .* sein, nicht die Zahl 1 \(OPS\.3\.1\.M1\)$/,
    );
    assert.match(finding.detail ?? '', /^YAML liest den Wert als Zahl/);
  });
});

function expectedTypes(node: SchemaNode | undefined, found: Set<string>): Set<string> {
  if (!node || typeof node !== 'object') return found;
  if (node['x-type']) found.add(node['x-type']);
  for (const child of Object.values(node.properties ?? {})) expectedTypes(child, found);
  expectedTypes(node.items, found);
  for (const branch of [...(node.anyOf ?? []), ...(node.allOf ?? [])]) expectedTypes(branch, found);
  return found;
}

describe('expected types as shared phrases', () => {
  test('every x-type of the schemas has a phrase (the header values stay literal)', () => {
    const types = new Set<string>();
    expectedTypes(schemaForKind('Engagement'), types);
    expectedTypes(schemaForKind('DataConnectionAgreement'), types);
    const literal = ['outsourcing-policy/v1', 'Engagement', 'DataConnectionAgreement'];
    const unmapped = [...types].filter((t) => typeof typePhrase(t) === 'string');
    assert.deepEqual(
      unmapped.filter((t) => !literal.includes(t)),
      [],
    );
  });

  test('every phrase exists in every locale with the same placeholders, in other words', () => {
    for (const [id, english] of Object.entries(englishPhrases)) {
      const german = PHRASES.de[id as keyof typeof englishPhrases];
      assert.deepEqual(placeholdersOf(german), placeholdersOf(english), id);
      if (english.replace(/\{[A-Za-z]+\}/g, '').trim() && !/^true or false$/.test(english))
        assert.notEqual(german, english, id);
    }
  });
});
