/** Generated files stay in sync with their sources, and every rule the engine reports is documented. */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { RULES, ruleDocPath } from '../../server/src/core/catalog/rules';
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

test('the rule documentation pages match the catalog', () => {
  assertFilesMatch(renderRuleDocs(), 'npm run docs');
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
    /^\| `contract.signedOn` +\| `date` +\| muss ab migration +\| \[M2\]\(\.\.\/measures\.md#ops-3-1-m2\) +\| Der Tag, an dem der Vertrag unterzeichnet wurde;/m,
  );
  assert.match(german, /\| sollte, wenn engagement short-term ist +\|/);
  assert.doesNotMatch(german, /\| (must|should) (from|when|if) /);
});

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

test('every rule id the engine can report has a catalog entry and a documentation page', () => {
  const known = new Set(RULES.map((rule) => rule.id));
  const used = new Set<string>();
  for (const file of sourceFiles(path.join(REPO_ROOT, 'server/src/core'))) {
    if (file.includes(`${path.sep}catalog${path.sep}`)) continue;
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(
      /'((?:schema|yaml|document|waiver|reference|subcontracting|termination|tenancy|dca|access|emergency|migration|contract|external-staff|communication|review|engagement|increased-protection|lifecycle|staff|data-exchange)\/[a-z-]+)'/g,
    )) {
      used.add(match[1]);
    }
  }
  assert.ok(used.size > 30, `found ${used.size} rule ids in the engine`);
  assert.deepEqual([...used].filter((id) => !known.has(id)).sort(), []);
  for (const rule of RULES)
    assert.ok(
      fs.existsSync(path.join(REPO_ROOT, ruleDocPath(rule.id))),
      `${ruleDocPath(rule.id)} exists`,
    );
});
