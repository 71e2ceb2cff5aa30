/**
 * The published package works where nothing else is installed: `npm pack` (with its prepack
 * build) gives a tarball that installs offline into an empty prefix, and the two commands it
 * installs run from there without any node_modules. The repository is copied first, so that
 * the production build of the pack does not replace dist/ under the other tests.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type InitializeResult,
} from 'vscode-languageserver-protocol/node';
import { REPO_ROOT } from '../support/cli';

/** Hang guards for the child processes, wide enough for a loaded machine; not speed bounds. */
const HANG_MS = 180_000;
/** Nothing listens here: a request to the registry would fail at once instead of going out. */
const NO_REGISTRY = 'http://127.0.0.1:9';
const NOT_COPIED = new Set(['node_modules', 'out', 'dist', '.git', '.e2e-cache', 'fuzz-failures']);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'outsourcing-policy-package-'));
const prefix = path.join(work, 'prefix');
let packed: string[] = [];
let copy = '';

/** The environment of a child: without the npm settings of the `npm test` that started us. */
function childEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)),
  );
  const nodeBin = path.dirname(process.execPath);
  const cache = path.join(work, 'xdg-cache'); // the CLI's code cache, not the user's
  return {
    ...env,
    PATH: `${nodeBin}${path.delimiter}${env.PATH ?? ''}`,
    NO_COLOR: '1',
    XDG_CACHE_HOME: cache,
  };
}

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, {
    cwd,
    env: childEnv(),
    encoding: 'utf8',
    timeout: HANG_MS,
    maxBuffer: 16 * 1024 * 1024,
  });
  assert.equal(result.error, undefined, `${command} ${args.join(' ')}: ${result.error}`);
  return result;
}

function npm(args: string[], cwd: string): string {
  const offline = ['--offline', `--cache=${path.join(work, 'cache')}`, `--registry=${NO_REGISTRY}`];
  const result = run('npm', [...args, ...offline, '--no-audit', '--no-fund'], cwd);
  assert.equal(result.status, 0, `npm ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

/** A copy of the repository's sources, sharing its node_modules for the build. */
function copyOfRepository(): string {
  const target = path.join(work, 'repo');
  fs.cpSync(REPO_ROOT, target, {
    recursive: true,
    filter: (source) =>
      !NOT_COPIED.has(path.basename(source)) &&
      !source.endsWith('.vsix') &&
      !source.endsWith('.tgz'),
  });
  fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(target, 'node_modules'), 'dir');
  return target;
}

before(() => {
  const packs = path.join(work, 'packs');
  for (const folder of [packs, path.join(work, 'cache')]) fs.mkdirSync(folder);
  copy = copyOfRepository();
  const [pack] = JSON.parse(npm(['pack', '--json', `--pack-destination=${packs}`], copy)) as {
    filename: string;
    files: { path: string }[];
  }[];
  packed = pack.files.map((file) => file.path).sort();
  // An absolute path: npm reads `packs/x.tgz` as a GitHub repository.
  npm(['install', '--global', `--prefix=${prefix}`, path.join(packs, pack.filename)], work);
});

after(() => fs.rmSync(work, { recursive: true, force: true }));

/** A command that `npm install --global` put into the prefix (POSIX layout). */
function installed(command: string): string {
  return path.join(prefix, 'bin', command);
}

/** What both the npm tarball and the .vsix may hold: one `files` list in package.json serves both. */
const PUBLISHED =
  /^(bin\/[\w-]+\.js|dist\/(cli|cli-main|server|poolWorker|extension)\.js|schemas\/[\w/.-]+\.json|snippets\/[\w-]+\.json|images\/(icon\.png|measures\.svg)|docs\/[\w/.-]+\.md|README\.md|CHANGELOG\.md|LICENSE|package\.json|package\.nls(\.[a-z-]+)?\.json|l10n\/bundle\.l10n\.[a-z-]+\.json)$/;

test('the tarball holds the launchers, the bundles, the schemas and the docs, and no sources', () => {
  for (const file of [
    'bin/outsourcing-policy.js',
    'bin/outsourcing-policy-language-server.js',
    'dist/cli.js',
    'dist/cli-main.js',
    'dist/server.js',
    'dist/poolWorker.js',
    'schemas/engagement.schema.json',
    'schemas/data-connection-agreement.schema.json',
    'docs/format.md',
    'docs/measures.md',
    'README.md',
    'LICENSE',
    'package.json',
  ])
    assert.ok(packed.includes(file), `${file} is missing from the tarball`);
  assert.deepEqual(
    packed.filter((file) => !PUBLISHED.test(file)),
    [],
  );
});

test('vsce packs the extension from the same files list: client, server, schemas, snippets', () => {
  const vsce = path.join(REPO_ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  const listed = run(process.execPath, [vsce, 'ls', '--no-dependencies'], copy);
  assert.equal(listed.status, 0, listed.stdout + listed.stderr);
  const files = listed.stdout.split('\n').filter((line) => line !== '');
  for (const file of [
    'dist/extension.js',
    'dist/server.js',
    'dist/poolWorker.js',
    'schemas/engagement.schema.json',
    'snippets/clauses.json',
    'images/icon.png',
    'images/measures.svg',
    'package.nls.json',
    'package.nls.de.json',
    'l10n/bundle.l10n.de.json',
    'LICENSE',
  ])
    assert.ok(files.includes(file), `${file} is missing from the .vsix:\n${listed.stdout}`);
  assert.deepEqual(
    files.filter((file) => !PUBLISHED.test(file)),
    [],
  );
});

test('the installed package has no dependencies: the bundles carry everything they need', () => {
  const root = path.join(prefix, 'lib', 'node_modules');
  assert.deepEqual(fs.readdirSync(root), ['outsourcing-policy']);
  assert.ok(!fs.existsSync(path.join(root, 'outsourcing-policy', 'node_modules')));
});

test('the installed outsourcing-policy passes the clean examples and fails the broken ones', () => {
  const clean = run(installed('outsourcing-policy'), ['check', 'examples/clean'], REPO_ROOT);
  assert.equal(clean.status, 0, clean.stdout + clean.stderr);
  assert.match(clean.stdout, /no problems in 2 files/);

  const broken = run(installed('outsourcing-policy'), ['check', 'examples/broken'], REPO_ROOT);
  assert.equal(broken.status, 1, broken.stdout + broken.stderr);
  assert.match(broken.stdout, /^examples\/broken\/negotiation\.engagement\.yaml$/m);
  assert.match(broken.stdout, /^ +130:19 +error .* termination\/notice-period$/m);
  assert.match(broken.stdout, /✖ \d+ problems \(\d+ errors/);
  assert.equal(broken.stderr, '');
});

test('the installed language server answers initialize over stdio with its capabilities', async () => {
  const server = spawn(installed('outsourcing-policy-language-server'), ['--stdio'], {
    env: childEnv(),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const stderr: string[] = [];
  server.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const exited = new Promise<number | null>((resolve) => server.on('exit', resolve));
  const connection = createProtocolConnection(
    new StreamMessageReader(server.stdout),
    new StreamMessageWriter(server.stdin),
  );
  connection.listen();
  const hang = setTimeout(() => server.kill(), HANG_MS);
  try {
    const result = await connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
    });
    assert.ok(result.capabilities.textDocumentSync, JSON.stringify(result));
    assert.ok(result.capabilities.hoverProvider);
    assert.ok(result.capabilities.completionProvider);
    assert.ok(result.capabilities.codeActionProvider);
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    assert.equal(await exited, 0, stderr.join(''));
  } finally {
    clearTimeout(hang);
    connection.dispose();
    server.kill();
  }
});
