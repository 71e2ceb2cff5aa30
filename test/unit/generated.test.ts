/** Generated files stay in sync with their sources, and every rule the engine reports is documented. */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { docsFolder, RULES, ruleCatalogue, ruleDocPath } from '../../server/src/core/catalog/rules';
import { LOCALES } from '../../server/src/core/i18n/locale';
import { allRuleDefinitions } from '../../server/src/core/rules/registry';
import { renderFormatDocs } from '../../server/src/tools/writeFormatDocs';
import { renderRuleDocs } from '../../server/src/tools/writeRuleDocs';
import { renderSchemas } from '../../server/src/tools/writeSchemas';
import { REPO_ROOT } from '../support/cli';

function assertFilesMatch(files: Map<string, string>, command: string): void {
  for (const [file, content] of files) {
    const onDisk = fs.readFileSync(path.join(REPO_ROOT, file), 'utf8');
    assert.ok(onDisk === content, `${file} is out of date; run ${command}`);
  }
}

test('the published JSON schemas match their TypeScript definitions', () => {
  const files = renderSchemas();
  assert.ok(files.has('schemas/engagement.schema.json'));
  assert.ok(files.has('schemas/data-connection-agreement.schema.json'));
  assertFilesMatch(files, 'npm run schemas');
  const onDisk = fs
    .readdirSync(path.join(REPO_ROOT, 'schemas/sections'))
    .map((f) => `schemas/sections/${f}`);
  assert.deepEqual(
    onDisk.sort(),
    [...files.keys()].filter((f) => f.startsWith('schemas/sections/')).sort(),
  );
});

/** Every Markdown file below a folder of the repository, as repository paths. */
function markdownFiles(folder: string): string[] {
  const full = path.join(REPO_ROOT, folder);
  if (!fs.existsSync(full)) return [];
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((entry) => {
    const child = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return markdownFiles(child);
    return entry.name.endsWith('.md') ? [child] : [];
  });
}

test('the rule documentation pages match the catalog, in English and German', () => {
  const files = renderRuleDocs();
  assertFilesMatch(files, 'npm run docs');
  for (const locale of LOCALES) {
    const folder = `${docsFolder(locale)}rules`;
    assert.deepEqual(
      markdownFiles(folder).sort(),
      [...files.keys()].filter((file) => file.startsWith(`${folder}/`)).sort(),
      `${folder} holds exactly the generated pages (a removed rule leaves no page behind)`,
    );
    assert.ok(files.has(`${docsFolder(locale)}measures.md`));
  }
});

test('every registered rule has a page per locale, the German one with its German title', () => {
  const files = renderRuleDocs();
  for (const definition of allRuleDefinitions()) {
    for (const locale of LOCALES) {
      const page = files.get(ruleDocPath(definition.id, locale));
      assert.ok(page, `${ruleDocPath(definition.id, locale)} is generated`);
      assert.ok(
        page.includes(`# \`${definition.id}\`: ${definition.texts[locale].title}\n`),
        `${definition.id} (${locale}) has its title`,
      );
    }
  }
  const german = files.get('docs/de/rules/README.md') ?? '';
  assert.match(german, /^# Regeln$/m);
  assert.deepEqual(
    ruleCatalogue('de').map((rule) => rule.id),
    RULES.map((rule) => rule.id),
    'the same rules in both locales, in the same order',
  );
});

test('the format reference docs/format.md and its German twin match the schema definitions', () => {
  const files = renderFormatDocs(REPO_ROOT);
  assert.deepEqual([...files.keys()], ['docs/format.md', 'docs/de/format.md']);
  assertFilesMatch(files, 'npm run docs');
});

test('the German format reference speaks German: headings, columns, obligations, descriptions', () => {
  const german = renderFormatDocs(REPO_ROOT).get('docs/de/format.md') ?? '';
  assert.match(german, /^# Formatreferenz$/m);
  assert.match(german, /^## Lebenszyklus eines Outsourcing-Vorhabens$/m);
  assert.match(german, /^## Netzanbindungsvereinbarung \(`kind: DataConnectionAgreement`\)$/m);
  assert.match(
    german,
    /^\| Feld +\| Typ +\| Verbindlichkeit +\| Maßnahme +\| Beschreibung +\| Beispiel +\|$/m,
  );
  assert.match(
    german,
    /^\| `contract.signedOn` +\| `date` +\| muss ab migration +\| \[M2\]\(measures\.md#ops-3-1-m2\) +\| Der Tag, an dem der Vertrag unterzeichnet wurde;/m,
  );
  assert.match(german, /\| sollte, wenn engagement short-term ist +\|/);
  assert.doesNotMatch(german, /\| (must|should) (from|when|if) /);
});

test('each format reference links the measures and rules pages of its own language', () => {
  for (const [file, text] of renderFormatDocs(REPO_ROOT)) {
    const links = [...text.matchAll(/\]\(([^)#]+\.md)(?:#[^)]*)?\)/g)].map((match) => match[1]);
    assert.deepEqual([...new Set(links)].sort(), ['measures.md', 'rules/README.md'], file);
    for (const link of links)
      assert.ok(fs.existsSync(path.join(REPO_ROOT, path.dirname(file), link)), `${file}: ${link}`);
  }
});

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The rule groups (`schema`, `tenancy`, …) of the catalogue and of the registry. */
function ruleGroups(): string[] {
  const ids = [...RULES.map((rule) => rule.id), ...allRuleDefinitions().map((d) => d.id)];
  return [...new Set(ids.map((id) => id.split('/')[0]))].sort();
}

test('every rule id the engine can report has a catalog entry and a documentation page', () => {
  const known = new Set(RULES.map((rule) => rule.id));
  const used = new Set<string>();
  const groups = ruleGroups().map((group) => group.replace(/[^a-z-]/g, ''));
  const ruleIdLiteral = new RegExp(`'((?:${groups.join('|')})/[a-z-]+)'`, 'g');
  for (const file of sourceFiles(path.join(REPO_ROOT, 'server/src/core'))) {
    if (file.includes(`${path.sep}catalog${path.sep}`)) continue;
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(ruleIdLiteral)) used.add(match[1]);
  }
  assert.ok(used.size > 30, `found ${used.size} rule ids in the engine`);
  assert.deepEqual([...used].filter((id) => !known.has(id)).sort(), []);
  for (const rule of RULES)
    for (const locale of LOCALES)
      assert.ok(
        fs.existsSync(path.join(REPO_ROOT, ruleDocPath(rule.id, locale))),
        `${ruleDocPath(rule.id, locale)} exists`,
      );
});
