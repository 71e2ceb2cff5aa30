/**
 * No test bounds wall-clock time: on a busy machine any such bound breaks (one did at 5,983 ms
 * of 5,000). Tests bound CPU time (test/support/cpuTime.ts) or wait for a condition with a hang
 * guard (test/support/lspClient.ts); speed itself is measured in bench/. The long fuzz run
 * (test/fuzz/run.ts) runs for a given time and is no test, so it may read the clock.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../support/cli';

const FOLDERS = ['test/unit', 'test/cli', 'test/lsp', 'test/fuzz'];
const MAY_READ_THE_CLOCK = new Set(['test/fuzz/run.ts']);
const CLOCKS = ['performance' + '.now(', 'Date' + '.now(', 'process.hrtime' + '('];

function typeScriptFiles(folder: string): string[] {
  return fs.readdirSync(path.join(REPO_ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const file = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return typeScriptFiles(file);
    return entry.name.endsWith('.ts') ? [file] : [];
  });
}

test('no test reads the wall clock to bound how long something takes', () => {
  const files = FOLDERS.flatMap(typeScriptFiles).filter((file) => !MAY_READ_THE_CLOCK.has(file));
  assert.ok(files.includes('test/unit/hostile.test.ts'), 'the scan sees the tests');
  const offending = files.flatMap((file) => {
    const text = fs.readFileSync(path.join(REPO_ROOT, file), 'utf8');
    return CLOCKS.filter((clock) => text.includes(clock)).map((clock) => `${file}: ${clock}`);
  });
  assert.deepEqual(offending, [], 'bound CPU time with cpuTimed() from test/support/cpuTime.ts');
});
