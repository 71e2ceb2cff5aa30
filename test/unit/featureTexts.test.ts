/**
 * The texts of the editor features and of `explain` exist in every locale with the same keys
 * and the same placeholders, and the German ones are German (not the English left in place).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CONTROL_TEXTS } from '../../server/src/core/catalog/controls/describe';
import { de as explainDe } from '../../server/src/core/catalog/explainTexts.de';
import { en as explainEn } from '../../server/src/core/catalog/explainTexts.en';
import { de as measuresDe } from '../../server/src/core/catalog/measureTexts.de';
import { en as measuresEn } from '../../server/src/core/catalog/measureTexts.en';
import { COMPLETION_TEXTS } from '../../server/src/core/features/completion/texts';
import { HOVER_TEXTS } from '../../server/src/core/features/hover/texts';
import { NAVIGATION_TEXTS } from '../../server/src/core/features/navigation/texts';
import { de as symbolsDe } from '../../server/src/core/features/symbols.de';
import { en as symbolsEn } from '../../server/src/core/features/symbols.en';
import { leavesOf, type TextTree } from '../../server/src/core/i18n/catalogue';
import { placeholdersOf } from '../../server/src/core/i18n/message';

/** Lists of points become records keyed by their index. */
function asTree(texts: object): TextTree {
  return JSON.parse(JSON.stringify(texts)) as TextTree;
}

const CATALOGUES: Record<string, { en: TextTree; de: TextTree }> = {
  completion: COMPLETION_TEXTS,
  hover: HOVER_TEXTS,
  navigation: NAVIGATION_TEXTS,
  symbols: { en: symbolsEn, de: symbolsDe },
  explain: { en: explainEn, de: explainDe },
  controls: CONTROL_TEXTS,
  measures: { en: asTree(measuresEn), de: asTree(measuresDe) },
};

/** Texts that are the same word in both languages. */
const SAME_IN_BOTH = new Set([
  'completion:obligation.optional',
  'completion:obligationLabel.optional',
  'hover:field.obligationWord.optional',
  'hover:reference.label.name',
  'hover:reference.label.status',
  'explain:obligation.optional',
  'hover:controls.annexA',
  'hover:controls.grundschutz',
  'controls:kompendium',
  'controls:grundschutz',
  'controls:grundschutzFacts',
]);

for (const [name, { en, de }] of Object.entries(CATALOGUES)) {
  test(`the ${name} texts have the same keys and placeholders in English and German`, () => {
    const english = new Map(leavesOf(en));
    const german = new Map(leavesOf(de));
    assert.deepEqual([...german.keys()], [...english.keys()]);
    for (const [key, text] of english) {
      const translated = german.get(key) ?? '';
      assert.deepEqual(
        placeholdersOf(translated).sort(),
        placeholdersOf(text).sort(),
        `${name}:${key}`,
      );
      if (!SAME_IN_BOTH.has(`${name}:${key}`))
        assert.notEqual(translated, text, `${name}:${key} is still English`);
    }
  });
}
