/**
 * The front ends (the command line, the language server) see the engine only through its
 * public face, `core/index.ts` (the service facade and the types it needs); the VS Code client
 * does not bundle the engine, only the clause snippets it starts new documents from and the
 * locale choice that picks their language as the server picks its own. A deep import of any
 * other core module fails here.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../support/cli';

const CORE = path.join(REPO_ROOT, 'server/src/core');
const CORE_FACE = [CORE, path.join(CORE, 'index')];
/**
 * The snippet data "New Engagement" and "New Data Connection Agreement" insert, in a locale; the
 * locale choice; and the status words of coverage, which the Measures view shares with the
 * report and the code lenses (a table with type-only imports).
 */
const CLIENT_MAY_IMPORT = [
  path.join(CORE, 'features/snippets'),
  path.join(CORE, 'i18n/locale'),
  path.join(CORE, 'coverage/statusTexts'),
];
/**
 * The measure ids (their one spelling), which the protocol shared with the client needs for the
 * diagnostics' sources; a leaf module, so the client bundles it without the engine.
 */
const PROTOCOL = path.join(REPO_ROOT, 'server/src/lsp/protocol.ts');
const MEASURES = path.join(CORE, 'domain/measures');

/** Every module specifier of a source: `from '…'`, `import '…'`, `import('…')`, `require('…')`. */
export function specifiersOf(source: string): string[] {
  const pattern = /(?:\bfrom\s+|\bimport\s+|\bimport\(\s*|\brequire\(\s*)['"]([^'"]+)['"]/g;
  return [...source.matchAll(pattern)].map((match) => match[1]);
}

function typeScriptFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The core modules a file imports, as paths without extension. */
function coreImportsOf(file: string): string[] {
  return specifiersOf(fs.readFileSync(file, 'utf8'))
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => path.resolve(path.dirname(file), specifier).replace(/\.(js|ts)$/, ''))
    .filter((target) => target === CORE || target.startsWith(CORE + path.sep));
}

const relative = (file: string) => path.relative(REPO_ROOT, file);

test('the specifier scan finds every form of import', () => {
  const source = [
    "import { a } from '../core/parse';",
    "import type { B } from '../core';",
    "export { c } from './c';",
    "import './side-effect';",
    "const d = import('../core/lazy');",
    "const e = require('../core/old');",
  ].join('\n');
  assert.deepEqual(specifiersOf(source), [
    '../core/parse',
    '../core',
    './c',
    './side-effect',
    '../core/lazy',
    '../core/old',
  ]);
});

test('the command line and the language server import only core/index', () => {
  const files = ['server/src/cli', 'server/src/lsp'].flatMap((folder) =>
    typeScriptFiles(path.join(REPO_ROOT, folder)),
  );
  assert.ok(files.length > 20, `found ${files.length} front-end files`);
  const deep = files.flatMap((file) =>
    coreImportsOf(file)
      .filter((target) => !CORE_FACE.includes(target))
      .filter((target) => !(file === PROTOCOL && target === MEASURES))
      .map((target) => `${relative(file)} imports ${relative(target)}`),
  );
  assert.deepEqual(deep, []);
});

test('the measures module the protocol imports, and the status words, import nothing at run time', () => {
  for (const leaf of [MEASURES, path.join(CORE, 'coverage/statusTexts')]) {
    const source = fs.readFileSync(`${leaf}.ts`, 'utf8');
    const runtime = source.split('\n').filter((line) => /^import (?!type )/.test(line));
    assert.deepEqual(runtime, [], relative(leaf));
  }
});

test('the VS Code client imports nothing of the engine but the snippets, the locale and the status words', () => {
  const files = typeScriptFiles(path.join(REPO_ROOT, 'client/src'));
  assert.ok(files.length > 0);
  const imports = files.flatMap((file) =>
    coreImportsOf(file)
      .filter((target) => !CLIENT_MAY_IMPORT.includes(target))
      .map((target) => `${relative(file)} imports ${relative(target)}`),
  );
  assert.deepEqual(imports, []);
});
