/**
 * The catalogues of the command line, the generated docs, the project file and the io layer:
 * every key in both locales with the same placeholders, and German that is not just English.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { de as cliDe } from '../../server/src/cli/texts/de';
import { en as cliEn } from '../../server/src/cli/texts/en';
import { configTextsDe } from '../../server/src/core/config.texts.de';
import { configTexts } from '../../server/src/core/config.texts.en';
import { leavesOf, type TextTree } from '../../server/src/core/i18n/catalogue';
import { placeholdersOf } from '../../server/src/core/i18n/message';
import { ioTextsDe } from '../../server/src/io/texts.de';
import { ioTexts } from '../../server/src/io/texts.en';
import { de as docsDe } from '../../server/src/tools/ruleDocs/de';
import { en as docsEn } from '../../server/src/tools/ruleDocs/en';

/** Texts that are the same in German: only placeholders, ids, names and symbols. */
const SAME_IN_GERMAN = new Set([
  'cli:usage.projectFile',
  'cli:usage.verbatim',
  'cli:stylish.summary',
  'cli:github.summary',
  'cli:markdown.tally',
  'docs:measures.yaml',
  'docs:measures.kompendium',
  'docs:measures.iso',
  'docs:rule.grundschutz',
]);

const CATALOGUES: [string, TextTree, TextTree][] = [
  ['cli', cliEn, cliDe],
  ['docs', docsEn, docsDe],
  ['config', configTexts, configTextsDe],
  ['io', ioTexts, ioTextsDe],
];

for (const [name, english, german] of CATALOGUES) {
  test(`${name}: every text in German, with the same placeholders`, () => {
    const germanTexts = new Map(leavesOf(german));
    const englishTexts = leavesOf(english);
    assert.deepEqual([...germanTexts.keys()].sort(), englishTexts.map(([key]) => key).sort());
    for (const [key, text] of englishTexts) {
      const translated = germanTexts.get(key)!;
      assert.deepEqual(placeholdersOf(translated), placeholdersOf(text), `${name}:${key}`);
      if (!SAME_IN_GERMAN.has(`${name}:${key}`))
        assert.notEqual(translated, text, `${name}:${key} is translated`);
    }
  });
}

test('the German help lists every option of the English help', () => {
  for (const topic of ['main', 'check', 'coverage', 'explain'] as const) {
    const options = (text: string) => [...text.matchAll(/--[a-z-]+/g)].map((m) => m[0]).sort();
    assert.deepEqual(options(cliDe.help[topic]), options(cliEn.help[topic]), topic);
  }
});
