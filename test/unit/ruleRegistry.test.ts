/**
 * Every registered rule is complete: failing and passing fixtures in its folder, a fixture for
 * each of its messages, texts in every locale with the same placeholders, German that differs
 * from the English, and (where it declares one) a fix that offers an action. Rule folders are
 * found by themselves, so a new folder is checked without touching this file.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { leavesOf, type TextTree } from '../../server/src/core/i18n/catalogue';
import { LOCALES } from '../../server/src/core/i18n/locale';
import { placeholdersOf } from '../../server/src/core/i18n/message';
import { allRuleDefinitions } from '../../server/src/core/rules/registry';
import type { FixtureCase, RuleFixtures } from '../../server/src/core/rules/ruleFixtures';
import type { Finding } from '../../server/src/core';
import { check, markedSpan, TODAY } from '../support/harness';
import { toActionable } from '../../server/src/core/features/codeActions';
import { documentAt } from '../../server/src/core/features/context';
import { parsePolicyFile } from '../../server/src/core/parse';
import { defaultOptions } from '../../server/src/core/types';
import { validateFile } from '../../server/src/core/validate';
import { buildWorkspaceIndex } from '../../server/src/core/workspace';
import type { RuleDefinition } from '../../server/src/core/rules/defineRule';

const PLACEHOLDERS = /\{[A-Za-z][A-Za-z0-9]*\}/g;

const RULES_DIR = path.join(__dirname, '../../server/src/core/rules');

function loadFixtures(): Map<string, RuleFixtures[string]> {
  const found = new Map<string, RuleFixtures[string]>();
  for (const entry of readdirSync(RULES_DIR, { withFileTypes: true })) {
    const file = path.join(RULES_DIR, entry.name, 'fixtures.js');
    if (!entry.isDirectory() || !existsSync(file)) continue;
    // The compiled fixtures module of a rule folder, found at run time; typed by the import above.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const module = require(file) as { fixtures: RuleFixtures };
    for (const [id, set] of Object.entries(module.fixtures)) found.set(id, set);
  }
  return found;
}

const FIXTURES = loadFixtures();

function run(fixture: FixtureCase, locale: 'en' | 'de' = 'en'): Finding[] {
  return check(fixture.text, {
    ...(fixture.uri ? { uri: fixture.uri } : {}),
    ...(fixture.others ? { others: [...fixture.others] } : {}),
    ...(fixture.level ? { level: fixture.level } : {}),
    ...(fixture.today ? { today: fixture.today } : {}),
    ...(fixture.maxDocumentSize !== undefined ? { maxDocumentSize: fixture.maxDocumentSize } : {}),
    ...(fixture.maxFindings !== undefined ? { maxFindings: fixture.maxFindings } : {}),
    locale,
  });
}

function atMarkedSpan(fixture: FixtureCase, findings: Finding[], ruleId: string): Finding[] {
  const span = markedSpan(fixture.text);
  return findings.filter(
    (f) =>
      f.ruleId === (fixture.ruleId ?? ruleId) &&
      f.start === span.start &&
      f.end === span.end &&
      (fixture.messageId === undefined || f.messageId === fixture.messageId),
  );
}

/** The titles of the fixes the rule's own provider offers for the finding of a failing fixture. */
function fixTitles(definition: RuleDefinition, fixture: FixtureCase): string[] {
  const options = { ...defaultOptions(fixture.today ?? TODAY), level: fixture.level ?? 'standard' };
  const plain = fixture.text.replace(/[⟦⟧]/g, '');
  const file = parsePolicyFile(fixture.uri ?? 'test.engagement.yaml', plain, options);
  const others = (fixture.others ?? []).map((o) => parsePolicyFile(o.uri, o.text, options));
  const index = buildWorkspaceIndex([file, ...others]);
  const span = markedSpan(fixture.text);
  const finding = validateFile(file, index, options).find(
    (f) =>
      f.ruleId === (fixture.ruleId ?? definition.id) &&
      f.start === span.start &&
      f.end === span.end &&
      (fixture.messageId === undefined || f.messageId === fixture.messageId),
  );
  assert.ok(finding, 'the fixture does not fire');
  const doc = documentAt(file, finding.start);
  assert.ok(doc, 'no document at the finding');
  const fixContext = { feature: { file, index, options }, doc, text: plain };
  return (definition.fix?.(fixContext, toActionable(finding)) ?? []).map((fix) => fix.title);
}

for (const definition of allRuleDefinitions()) {
  describe(`rule ${definition.id}`, () => {
    const fixtures = FIXTURES.get(definition.id);

    test('has failing and passing fixtures in its folder', () => {
      assert.ok(fixtures, `no fixtures for ${definition.id}`);
      assert.ok(fixtures.failing.length > 0, 'no failing fixture');
      assert.ok(fixtures.passing.length > 0, 'no passing fixture');
    });

    for (const fixture of fixtures?.failing ?? []) {
      test(`fires: ${fixture.name}`, () => {
        const findings = atMarkedSpan(fixture, run(fixture), definition.id);
        assert.equal(findings.length, 1, `expected one ${definition.id} at the marked span`);
      });
    }

    for (const fixture of fixtures?.passing ?? []) {
      test(`stays quiet: ${fixture.name}`, () => {
        const findings = run(fixture).filter((f) => f.ruleId === definition.id);
        assert.deepEqual(
          findings.map((f) => f.message),
          [],
        );
      });
    }

    test('every message has a fixture and reads differently in German, placeholders filled', () => {
      for (const messageId of Object.keys(definition.texts.en.messages)) {
        const fixture = fixtures?.failing.find((f) => f.messageId === messageId);
        assert.ok(fixture, `no failing fixture for message ${messageId}`);
        const [en] = atMarkedSpan(fixture, run(fixture, 'en'), definition.id);
        const [de] = atMarkedSpan(fixture, run(fixture, 'de'), definition.id);
        assert.ok(en && de, `${messageId} did not fire in both locales`);
        for (const finding of [en, de]) {
          assert.doesNotMatch(`${finding.message} ${finding.detail ?? ''}`, /\{[A-Za-z]+\}/);
        }
        assert.notEqual(de.message, en.message, `${messageId}: German equals English`);
        // a detail that is only an argument (the field's description) has no words of its own
        // here; the description's German is checked with the schema descriptions
        const ownWords = definition.texts.en.messages[messageId].detail?.replace(PLACEHOLDERS, '');
        if (en.detail && ownWords?.trim())
          assert.notEqual(de.detail, en.detail, `${messageId}: German detail`);
        assert.deepEqual(
          [de.ruleId, de.messageId, de.measure, de.severity, de.start, de.end, de.args],
          [en.ruleId, en.messageId, en.measure, en.severity, en.start, en.end, en.args],
        );
      }
    });

    if (definition.fix) {
      test('its fix offers an action for its first failing fixture', () => {
        const [first] = fixtures?.failing ?? [];
        assert.ok(first, 'no failing fixture');
        assert.notDeepEqual(fixTitles(definition, first), [], first.name);
      });
    }

    test('has every text in every locale with the same placeholders', () => {
      const reference = new Map(leavesOf(definition.texts.en as unknown as TextTree));
      for (const locale of LOCALES) {
        const leaves = new Map(leavesOf(definition.texts[locale] as unknown as TextTree));
        assert.deepEqual([...leaves.keys()].sort(), [...reference.keys()].sort(), locale);
        for (const [key, text] of leaves) {
          assert.deepEqual(placeholdersOf(text), placeholdersOf(reference.get(key)!), key);
          assert.ok(text.trim().length > 0, `${locale} ${key} is empty`);
        }
      }
    });
  });
}
