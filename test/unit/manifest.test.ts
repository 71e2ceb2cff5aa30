/**
 * The extension manifest (`package.json` `contributes`): what it promises is in the package.
 * The schemas reach Red Hat YAML users through `yamlValidation`, every setting says where it
 * may be set, and every marketplace category is backed by a contribution.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';
import { listFiles, PackageManager } from '@vscode/vsce';
import { REPO_ROOT } from '../support/cli';

interface Manifest {
  main?: string;
  categories?: string[];
  activationEvents?: string[];
  contributes: {
    configuration: { properties: Record<string, { scope?: string }> };
    yamlValidation?: { fileMatch: string[]; url: string }[];
    snippets?: { language: string; path: string }[];
    languages?: unknown[];
    grammars?: unknown[];
  };
}

const manifest = JSON.parse(
  fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'),
) as Manifest;

/** The files `vsce package` puts into the .vsix, relative to the repository root. */
let packaged: Set<string>;
before(async () => {
  packaged = new Set(await listFiles({ cwd: REPO_ROOT, packageManager: PackageManager.None }));
});

const relative = (url: string) => path.posix.normalize(url.replace(/^\.\//, ''));

test('yamlValidation maps engagements and DCAs to their published schemas, both in the package', () => {
  const entries = manifest.contributes.yamlValidation ?? [];
  assert.deepEqual(
    entries.map((entry) => [entry.fileMatch, relative(entry.url)]),
    [
      [['*.engagement.yaml', '*.engagement.yml'], 'schemas/engagement.schema.json'],
      [['*.dca.yaml', '*.dca.yml'], 'schemas/data-connection-agreement.schema.json'],
    ],
  );
  for (const entry of entries) {
    const file = relative(entry.url);
    assert.ok(fs.existsSync(path.join(REPO_ROOT, file)), `${file} exists`);
    assert.ok(packaged.has(file), `${file} is packaged`);
  }
});

test('every setting has a scope; the file patterns may differ per workspace folder', () => {
  const allowed = [
    'application',
    'machine',
    'machine-overridable',
    'window',
    'resource',
    'language-overridable',
  ];
  const properties = manifest.contributes.configuration.properties;
  for (const [name, setting] of Object.entries(properties))
    assert.ok(allowed.includes(setting.scope ?? ''), `${name} has a scope (${setting.scope})`);
  assert.equal(properties['outsourcingPolicy.files.extraGlobs'].scope, 'resource');
});

/** What backs each marketplace category the manifest may claim. */
const CATEGORY_BACKING: Record<string, (m: Manifest) => boolean> = {
  Snippets: (m) => (m.contributes.snippets ?? []).length > 0,
  Linters: (m) => m.main !== undefined && (m.activationEvents ?? []).includes('onLanguage:yaml'),
  'Programming Languages': (m) =>
    [m.contributes.languages, m.contributes.grammars, m.contributes.yamlValidation].some(
      (list) => (list ?? []).length > 0,
    ),
};

test('every claimed category is backed by a contribution', () => {
  for (const category of manifest.categories ?? []) {
    const backed = CATEGORY_BACKING[category];
    assert.ok(backed, `${category}: say in this test what backs it`);
    assert.ok(backed(manifest), `${category} is claimed but not backed`);
  }
  for (const snippet of manifest.contributes.snippets ?? [])
    assert.ok(packaged.has(relative(snippet.path)), `${snippet.path} is packaged`);
});
