/**
 * The CLI's V8 code cache (`server/src/cli/launch/`): a check writes it, later runs use it, and
 * a missing, damaged, foreign or unwritable cache changes nothing of the result.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { readCache, writeCache } from '../../server/src/cli/launch/codeCache';
import { isShortRun } from '../../server/src/cli/launch/shortRun';
import { runCli, tempTree, type CliRun } from '../support/cli';

const ARGS = ['check', 'examples/broken', '--today', '2026-11-27', '--format', 'json'];

/** The result of a check without any cache: what every other run must print. */
const expected = runCli(ARGS, undefined, { OUTSOURCING_POLICY_CODE_CACHE: 'off' });

function cacheFiles(home: string): string[] {
  const folder = path.join(home, 'outsourcing-policy');
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder).map((name) => path.join(folder, name));
}

function assertSameResult(run: CliRun): void {
  assert.equal(run.stderr, '');
  assert.equal(run.status, expected.status);
  assert.equal(run.stdout, expected.stdout);
}

test('the check without a cache reports findings (the baseline of the other tests)', () => {
  assert.equal(expected.status, 1, expected.stderr);
  assert.match(expected.stdout, /"ruleId": "termination\/notice-period"/);
});

test('a check writes one cache file, which the next run reads; the result is the same', () => {
  const home = tempTree({});
  assertSameResult(runCli(ARGS, undefined, { XDG_CACHE_HOME: home }));
  const [file, ...others] = cacheFiles(home);
  assert.deepEqual(others, []);
  assert.match(path.basename(file), /^cli-[0-9a-f]{16}-v\d+\.\d+\.\d+-\w+-\w+-[0-9a-f]+\.v8cache$/);
  const written = fs.statSync(file).mtimeMs;
  assert.ok(readCache(file)!.length > 100_000, 'the cache holds the compiled bundle');
  assertSameResult(runCli(ARGS, undefined, { XDG_CACHE_HOME: home }));
  assert.equal(fs.statSync(file).mtimeMs, written, 'an accepted cache is not written again');
});

test('--version and help do not write a cache (it would lack what a check compiles)', () => {
  const home = tempTree({});
  const version = runCli(['--version'], undefined, { XDG_CACHE_HOME: home });
  assert.equal(version.status, 0);
  assert.deepEqual(cacheFiles(home), []);
});

test('OUTSOURCING_POLICY_CODE_CACHE=off neither reads nor writes a cache', () => {
  const home = tempTree({});
  const env = { XDG_CACHE_HOME: home, OUTSOURCING_POLICY_CODE_CACHE: 'off' };
  assertSameResult(runCli(ARGS, undefined, env));
  assert.deepEqual(cacheFiles(home), []);
});

/** Damages the cache file of a fresh cache folder with `damage`, then checks with it. */
function checkWithDamagedCache(damage: (file: string) => void): string {
  const home = tempTree({});
  runCli(ARGS, undefined, { XDG_CACHE_HOME: home });
  const [file] = cacheFiles(home);
  damage(file);
  assertSameResult(runCli(ARGS, undefined, { XDG_CACHE_HOME: home }));
  return file;
}

test('a truncated cache file is ignored and written anew', () => {
  const file = checkWithDamagedCache((cache) => {
    fs.truncateSync(cache, Math.floor(fs.statSync(cache).size / 2));
  });
  assert.ok(readCache(file), 'the damaged file was replaced by a valid one');
});

test('a cache file with a changed byte (its CRC no longer matches) is ignored and written anew', () => {
  const file = checkWithDamagedCache((cache) => {
    const bytes = fs.readFileSync(cache);
    bytes[bytes.length >> 1] ^= 0xff;
    fs.writeFileSync(cache, bytes);
  });
  assert.ok(readCache(file));
});

test('a well-formed file whose data V8 rejects (not a code cache) is replaced', () => {
  const file = checkWithDamagedCache((cache) => writeCache(cache, Buffer.alloc(4096, 7)));
  assert.ok(readCache(file)!.length > 100_000);
});

test('a cache folder that cannot be made changes nothing and prints nothing', () => {
  const home = tempTree({ 'outsourcing-policy': 'a file where the folder would be' });
  assertSameResult(runCli(ARGS, undefined, { XDG_CACHE_HOME: home }));
  const again = runCli(['check', 'examples/clean'], undefined, { XDG_CACHE_HOME: home });
  assert.equal(again.status, 0, again.stderr);
  assert.equal(again.stderr, '');
});

test('workers, started through the launcher and its cache, give the result of one thread', () => {
  const home = tempTree({});
  runCli(ARGS, undefined, { XDG_CACHE_HOME: home });
  const env = { XDG_CACHE_HOME: home, OUTSOURCING_POLICY_WORKERS: '1' };
  assertSameResult(runCli(ARGS, undefined, env));
});

test('readCache: only what writeCache wrote, whole', () => {
  const folder = tempTree({});
  const file = path.join(folder, 'nested', 'cache.v8cache');
  writeCache(file, Buffer.from('data of the cache'));
  assert.equal(readCache(file)?.toString(), 'data of the cache');
  assert.deepEqual(fs.readdirSync(path.dirname(file)), ['cache.v8cache'], 'no temporary file left');
  fs.writeFileSync(file, 'not a cache file at all');
  assert.equal(readCache(file), undefined);
  assert.equal(readCache(path.join(folder, 'missing')), undefined);
});

test('a check of one file (a short run, other V8 flags) has a cache of its own', () => {
  const home = tempTree({});
  const one = ['check', 'examples/broken/negotiation.engagement.yaml', '--today', '2026-11-27'];
  const withoutCache = runCli(one, undefined, { OUTSOURCING_POLICY_CODE_CACHE: 'off' });
  assert.equal(withoutCache.status, 1, withoutCache.stderr);
  assert.match(withoutCache.stdout, /termination\/notice-period/);
  for (let run = 0; run < 2; run++) {
    const result = runCli(one, undefined, { XDG_CACHE_HOME: home });
    assert.deepEqual(result, withoutCache);
  }
  // a folder of more than ten YAML files: a long run, with the V8 flags of the default
  runCli(['check', 'test/fixtures/code-actions', '--today', '2026-11-27'], undefined, {
    XDG_CACHE_HOME: home,
  });
  const files = cacheFiles(home);
  assert.equal(files.length, 2, files.join('\n'));
  for (const file of files) assert.ok(readCache(file)!.length > 100_000, file);
});

test('isShortRun: a check of at most ten files, named or in folders', () => {
  const tree = tempTree(Object.fromEntries([...Array(11).keys()].map((n) => [`f${n}.yaml`, ''])));
  const files = (count: number) =>
    [...Array(count).keys()].map((n) => path.join(tree, `f${n}.yaml`));
  assert.equal(isShortRun(['check', ...files(1)]), true);
  assert.equal(isShortRun(['check', '--format', 'json', ...files(10)]), true);
  assert.equal(isShortRun(['check', ...files(11)]), false);
  assert.equal(isShortRun(['check', files(1)[0], tree]), false, 'a folder of 11 YAML files');
  const small = tempTree({ 'a/one.engagement.yaml': '', 'a/b/two.dca.yml': '', 'notes.txt': '' });
  assert.equal(isShortRun(['check', small]), true, 'a folder of two YAML files');
  assert.equal(isShortRun(['check', small, ...files(8)]), true, 'ten in all');
  assert.equal(isShortRun(['check', small, ...files(9)]), false, 'eleven in all');
  const wide = tempTree(Object.fromEntries([...Array(201).keys()].map((n) => [`n${n}.txt`, ''])));
  assert.equal(isShortRun(['check', wide]), false, 'too many entries to look at');
  assert.equal(isShortRun(['check']), false, 'no path: the current folder');
  assert.equal(isShortRun(['coverage', ...files(1)]), false);
  assert.equal(isShortRun(['check', path.join(tree, 'missing.yaml')]), false);
});
