/**
 * The README's configuration for Neovim 0.7 to 0.9, run as it stands in a headless Neovim
 * against the built language server (`bin/outsourcing-policy-language-server.js`): diagnostics,
 * code lenses, hover, a code action and completion arrive, and accepting a clause through Vim's own
 * completion writes it on several lines, without NUL bytes. `npm run test:neovim`; `.ci/run`
 * installs Debian's neovim (0.7) first. Needs `npm run build` (the script does it).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT, tempTree } from '../support/cli';

const FIXTURE = path.join(REPO_ROOT, 'test/fixtures/neovim/broken.engagement.yaml');
const DRIVER = path.join(REPO_ROOT, 'test/neovim/driver.lua');
const SERVER = path.join(REPO_ROOT, 'bin/outsourcing-policy-language-server.js');
/** Neovim gives up on any one wait after this; the whole run is killed after twice as long. */
const HANG_LIMIT_MS = 60_000;

interface DriverResult {
  failure?: string;
  steps: string[];
  version: { major: number; minor: number };
  snippetSupport: boolean;
  diagnostics: { lnum: number; col: number; severity: number; code: string; message: string }[];
  codeLenses: { line: number; title: string }[];
  hover: string;
  codeActions: string[];
  completionLabels: string[];
  clause: { insertTextFormat?: number; textEdit: { newText: string } };
  written: boolean;
}

/** The Lua block the README marks as the Neovim 0.7 configuration. */
function readmeConfiguration(): string {
  const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const marker = readme.indexOf('<!-- neovim-0.7-config');
  assert.ok(marker >= 0, 'the README marks its Neovim 0.7 configuration');
  const block = /```lua\n([\s\S]*?)```/.exec(readme.slice(marker));
  assert.ok(block, 'a lua block follows the marker');
  return block[1];
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, timeout: 2 * HANG_LIMIT_MS });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

test('Neovim 0.7 with the README configuration: diagnostics, hover, code action, clause completion', async () => {
  assert.ok(fs.existsSync(path.join(REPO_ROOT, 'dist/server.js')), 'built: run npm run build');
  const fixture = fs.readFileSync(FIXTURE, 'utf8');
  const root = tempTree({
    'project/.outsourcing-policy.yaml': 'level: standard\n',
    'project/policies/broken.engagement.yaml': fixture,
    'init.lua': readmeConfiguration(),
    'state/.keep': '',
  });
  // the README's `cmd` finds the server on the PATH, as after `npm install -g`
  fs.mkdirSync(path.join(root, 'bin'));
  fs.symlinkSync(SERVER, path.join(root, 'bin/outsourcing-policy-language-server'));
  const resultFile = path.join(root, 'result.json');
  const state = path.join(root, 'state');
  const env = {
    ...process.env,
    PATH: `${path.join(root, 'bin')}${path.delimiter}${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
    NVIM_TEST_RESULT: resultFile,
    NVIM_TEST_HANG_LIMIT_MS: String(HANG_LIMIT_MS),
    XDG_CACHE_HOME: state,
    XDG_STATE_HOME: state,
    XDG_DATA_HOME: state,
    XDG_CONFIG_HOME: state,
  };
  const cwd = path.join(root, 'project/policies');
  const nvim = await run(
    'nvim',
    [
      '--headless',
      '--clean',
      '-u',
      path.join(root, 'init.lua'),
      '-c',
      `luafile ${DRIVER}`,
      'broken.engagement.yaml',
    ],
    cwd,
    env,
  ).catch((error: Error) =>
    assert.fail(`nvim could not start (${error.message}); .ci/run installs it`),
  );
  assert.ok(fs.existsSync(resultFile), `the driver wrote its result; nvim said: ${nvim.output}`);
  const result = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as DriverResult;
  assert.equal(result.failure, undefined, `after steps ${result.steps.join(', ')}`);
  assert.equal(nvim.code, 0, nvim.output);
  assert.ok(
    result.version.major === 0 && result.version.minor >= 7 && result.version.minor < 10,
    `this configuration is for Neovim 0.7 to 0.9, found ${JSON.stringify(result.version)}`,
  );
  assert.equal(result.snippetSupport, false);

  const typo = result.diagnostics.find((d) => d.code === 'schema/enum');
  assert.deepEqual(
    typo && [typo.lnum, typo.col, typo.severity],
    [32, 9, 1],
    JSON.stringify(result.diagnostics),
  );
  assert.match(typo!.message, /OPS\.3\.1\.M10/);
  assert.ok(
    result.diagnostics.some(
      (d) => d.code === 'schema/required' && /^contract\.term /.test(d.message),
    ),
  );
  assert.deepEqual(
    result.codeLenses.map((lens) => `${lens.line} ${lens.title}`),
    [
      '3 2 of 16 measures fulfilled · 3 failing · 9 pending · 2 not applicable',
      '3 OPS.3.1.M1 · 1 error',
      '9 OPS.3.1.M1 · 1 error',
      '19 OPS.3.1.M13 · fulfilled',
      '26 OPS.3.1.M3 · fulfilled',
      '31 OPS.3.1.M10 · 1 error',
      '37 OPS.3.1.M2 · 6 errors · 5 warnings',
    ],
  );
  assert.match(result.hover, /OPS\.3\.1\.M10/);
  assert.deepEqual(result.codeActions, ['Replace with multi-tenant']);
  assert.ok(result.completionLabels.includes('term'), JSON.stringify(result.completionLabels));
  assert.equal(result.clause.insertTextFormat, 1);
  assert.doesNotMatch(result.clause.textEdit.newText, /\$/);
  assert.equal(result.written, true);

  const written = fs.readFileSync(path.join(cwd, 'broken.engagement.yaml'));
  assert.equal(written.indexOf(0), -1, 'no NUL byte in the file');
  const clause = [
    '  term:',
    '    start: 2026-07-01',
    '    minimumTerm: P3Y',
    '    noticePeriod: P12M',
    '',
  ].join('\n');
  assert.equal(written.toString('utf8'), fixture + clause);
});
