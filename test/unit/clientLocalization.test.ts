/**
 * The VS Code UI in English and German: every `%key%` of package.json has a text in
 * package.nls.json and package.nls.de.json, every `vscode.l10n.t` string of the client has a
 * German entry in l10n/bundle.l10n.de.json with the same placeholders, and the .vsix carries
 * all of them.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { listFiles, PackageManager } from '@vscode/vsce';
import { productLocale } from '../../client/src/locale';
import { clauseSnippets } from '../../server/src/core/features/snippets';
import { REPO_ROOT } from '../support/cli';

const readJson = (file: string): unknown =>
  JSON.parse(fs.readFileSync(path.join(REPO_ROOT, file), 'utf8'));

const manifestText = fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8');
const english = readJson('package.nls.json') as Record<string, string>;
const german = readJson('package.nls.de.json') as Record<string, string>;
const bundle = readJson('l10n/bundle.l10n.de.json') as Record<string, string>;

/** Texts that are names, the same in every language. */
const SAME_IN_EVERY_LANGUAGE = new Set([
  'command.category',
  'viewsContainers.outsourcingPolicy.title',
]);

const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

/** The string literal that opens each `l10n.t(` call of a source; null where it is no literal. */
export function l10nStrings(source: string): (string | null)[] {
  const calls = [...source.matchAll(/\bl10n\.t\(\s*/g)];
  return calls.map((call) => {
    const rest = source.slice(call.index + call[0].length);
    const literal = /^'((?:[^'\\\n]|\\.)*)'|^"((?:[^"\\\n]|\\.)*)"/.exec(rest);
    if (!literal) return null;
    return (literal[1] ?? literal[2]).replace(/\\(.)/g, '$1');
  });
}

/** Every .ts file under client/src, sub-folders (such as measures/) included. */
function clientSources(folder = 'client/src'): { file: string; source: string }[] {
  return fs.readdirSync(path.join(REPO_ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const file = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return clientSources(file);
    if (!entry.name.endsWith('.ts')) return [];
    return [{ file, source: fs.readFileSync(path.join(REPO_ROOT, file), 'utf8') }];
  });
}

test('the l10n scan reads literals and flags anything else', () => {
  const source = [
    "vscode.l10n.t('Show Output')",
    "l10n.t(\n  'It\\'s {0}', x)",
    'l10n.t("double")',
    'l10n.t(`template ${x}`)',
  ].join('\n');
  assert.deepEqual(l10nStrings(source), ['Show Output', "It's {0}", 'double', null]);
});

test('every %key% of package.json has an English and a German text', () => {
  const keys = [...manifestText.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
  assert.ok(keys.length >= 20, `package.json uses ${keys.length} keys`);
  for (const key of keys) {
    assert.ok(english[key], `${key} in package.nls.json`);
    assert.ok(german[key], `${key} in package.nls.de.json`);
  }
  assert.deepEqual(Object.keys(english).sort(), [...new Set(keys)].sort(), 'no unused English key');
  assert.deepEqual(Object.keys(german).sort(), Object.keys(english).sort(), 'same keys in German');
  for (const key of Object.keys(english)) {
    if (SAME_IN_EVERY_LANGUAGE.has(key)) continue;
    assert.notEqual(german[key], english[key], `${key} is translated`);
  }
});

test('the manifest keeps no English text a person reads outside the nls files', () => {
  const manifest = JSON.parse(manifestText) as {
    contributes: {
      commands: { title: string; category: string }[];
      viewsContainers: Record<string, { title: string }[]>;
      views: Record<string, { name: string }[]>;
      viewsWelcome: { contents: string }[];
      configuration: {
        title: string;
        properties: Record<string, { markdownDescription?: string; enumDescriptions?: string[] }>;
      };
    };
  };
  const { commands, configuration, viewsContainers, views, viewsWelcome } = manifest.contributes;
  const texts = [
    configuration.title,
    ...Object.values(viewsContainers).flatMap((containers) => containers.map((c) => c.title)),
    ...Object.values(views).flatMap((list) => list.map((view) => view.name)),
    ...viewsWelcome.map((welcome) => welcome.contents),
    ...commands.flatMap((command) => [command.title, command.category]),
    ...Object.values(configuration.properties).flatMap((setting) => [
      setting.markdownDescription ?? '',
      ...(setting.enumDescriptions ?? []),
    ]),
  ];
  for (const text of texts) assert.match(text, /^%[^%]+%$/);
  const locale = configuration.properties['outsourcingPolicy.locale'] as { enum?: string[] };
  assert.deepEqual(locale.enum, ['auto', 'en', 'de']);
});

test('every vscode.l10n.t string of the client has a German translation', () => {
  const used = new Set<string>();
  for (const { file, source } of clientSources()) {
    for (const text of l10nStrings(source)) {
      assert.ok(text !== null, `${file}: l10n.t takes a string literal`);
      used.add(text);
      const translation = bundle[text];
      assert.ok(translation, `${file}: "${text}" is in l10n/bundle.l10n.de.json`);
      assert.deepEqual(placeholders(translation), placeholders(text), `placeholders of "${text}"`);
    }
  }
  assert.ok(used.size >= 20, `the client translates ${used.size} strings`);
  assert.deepEqual(
    Object.keys(bundle).filter((key) => !used.has(key)),
    [],
    'no unused entry in the bundle',
  );
});

test('the .vsix and the npm tarball carry the translations', async () => {
  const packaged = new Set(
    await listFiles({ cwd: REPO_ROOT, packageManager: PackageManager.None }),
  );
  for (const file of ['package.nls.json', 'package.nls.de.json', 'l10n/bundle.l10n.de.json'])
    assert.ok(packaged.has(file), `${file} is packaged`);
  assert.ok(packaged.has('images/measures.svg'), 'the icon of the Measures view is packaged');
  const manifest = JSON.parse(manifestText) as { files: string[]; l10n?: string };
  assert.equal(manifest.l10n, './l10n');
  for (const entry of ['package.nls.json', 'package.nls.de.json', 'l10n/'])
    assert.ok(manifest.files.includes(entry), `files lists ${entry}`);
});

test('new documents start from the templates in the language the server speaks', () => {
  assert.equal(productLocale('auto', 'de'), 'de');
  assert.equal(productLocale('auto', 'de-at'), 'de');
  assert.equal(productLocale('auto', 'en'), 'en');
  assert.equal(productLocale('auto', 'fr'), 'en', 'another language falls back to English');
  assert.equal(productLocale('en', 'de'), 'en', 'the setting wins over the editor');
  assert.equal(productLocale('de', 'en'), 'de');
  const template = (locale: 'en' | 'de', id: string) =>
    clauseSnippets(locale)
      .find((snippet) => snippet.id === id)
      ?.body.join('\n') ?? '';
  for (const id of ['engagement', 'dca']) {
    assert.notEqual(template('de', id), template('en', id), `${id} has German example texts`);
    assert.equal(
      template('de', id).replace(/\$\{\d+:[^}]*\}/g, '…'),
      template('en', id).replace(/\$\{\d+:[^}]*\}/g, '…'),
      `${id}: the same keys in both languages`,
    );
  }
  const source = fs.readFileSync(path.join(REPO_ROOT, 'client/src/clauses.ts'), 'utf8');
  assert.match(source, /clauseSnippets\(locale\)/, 'New Engagement takes the snippets in a locale');
  assert.doesNotMatch(source, /CLAUSE_SNIPPETS/, 'never the English ones alone');
});
