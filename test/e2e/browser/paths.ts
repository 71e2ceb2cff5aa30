/** Where the browser end-to-end tests find the repository, their cache and the packaged extension. */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root (this file runs from out/test/e2e/browser/). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');
/** Git-ignored; filled by scripts/e2e-setup.sh. */
export const CACHE = path.join(REPO_ROOT, '.e2e-cache');
export const FAILURES = path.join(CACHE, 'failures');
export const VSIX = path.join(REPO_ROOT, 'outsourcing-policy.vsix');
export const FIXTURE_WORKSPACE = path.join(REPO_ROOT, 'test', 'e2e', 'fixture-workspace');
export const SCREENSHOTS = path.join(REPO_ROOT, 'docs', 'images');

export interface SetupPaths {
  /** Node 24, which code-server needs. */
  node: string;
  codeServerEntry: string;
  chromium: string;
}

/** What scripts/e2e-setup.sh installed, read from the file it writes last. */
export function setupPaths(): SetupPaths {
  const file = path.join(CACHE, 'setup.json');
  if (!fs.existsSync(file))
    throw new Error(`${file} is missing: run scripts/e2e-setup.sh (npm run test:e2e does)`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as SetupPaths;
}

/** A fresh copy of the fixture workspace, so that a test may edit and save without harm. */
export function copyOfFixtureWorkspace(target: string): string {
  const folder = path.join(target, 'fixture-workspace');
  fs.cpSync(FIXTURE_WORKSPACE, folder, { recursive: true });
  return folder;
}
