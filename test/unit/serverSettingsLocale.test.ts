/**
 * The language server's locale: the setting `outsourcingPolicy.locale` when it names one, else
 * the project file's `locale`, else the editor's language, else English; and the problems of
 * the project file are written in that locale.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { effectiveSettings, normalizeSettings } from '../../server/src/lsp/settings';

const withLocale = (locale: string) => normalizeSettings({ locale });

test('setting, then project file, then editor language, then English', () => {
  const cases: [setting: string, project: string | undefined, editor: string, expected: string][] =
    [
      ['auto', undefined, 'de-DE', 'de'],
      ['auto', undefined, 'fr', 'en'],
      ['auto', 'locale: de\n', 'en', 'de'],
      ['auto', 'locale: en\n', 'de', 'en'],
      ['en', 'locale: de\n', 'de', 'en'],
      ['de', 'locale: en\n', 'en', 'de'],
    ];
  for (const [setting, project, editor, expected] of cases)
    assert.equal(
      effectiveSettings(withLocale(setting), project, editor).options.locale,
      expected,
      `${setting} / ${project?.trim()} / ${editor}`,
    );
});

test('the problems of the project file speak the locale in force', () => {
  const project = 'level: [high]\nlocale: de\n';
  const german = effectiveSettings(withLocale('auto'), project, 'en');
  assert.deepEqual(german.problems, [
    '.outsourcing-policy.yaml: level erwartet einen der Werte basic, standard, increased, nicht eine Liste',
  ]);
  const english = effectiveSettings(withLocale('en'), project, 'de');
  assert.deepEqual(english.problems, [
    '.outsourcing-policy.yaml: level must be one of basic, standard, increased, not a list',
  ]);
  assert.deepEqual(effectiveSettings(withLocale('auto'), 'level: {a: 1}\n', 'de').problems, [
    '.outsourcing-policy.yaml: level erwartet einen der Werte basic, standard, increased, nicht eine Zuordnung',
  ]);
});
