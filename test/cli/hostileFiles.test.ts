/**
 * A hostile checkout: FIFOs, links to devices and to files outside the project, and project
 * files whose values are long or carry escape sequences. The CLI ends with a usage error
 * (exit 2) that names the file, never hangs, and never echoes an outside file's content.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { runCli, tempTree } from '../support/cli';

const ENGAGEMENT = 'apiVersion: outsourcing-policy/v1\nkind: Engagement\n';
const DCA = 'apiVersion: outsourcing-policy/v1\nkind: DataConnectionAgreement\n';

function mkfifo(file: string): void {
  const made = spawnSync('mkfifo', [file]);
  assert.equal(made.status, 0, `mkfifo ${file}: ${String(made.stderr)}`);
}

test('a FIFO or a link to a device named on the command line is a usage error, not a hang', () => {
  const dir = tempTree({});
  mkfifo(path.join(dir, 'pipe.engagement.yaml'));
  fs.symlinkSync('/dev/zero', path.join(dir, 'zero.engagement.yaml'));
  for (const [name, kind] of [
    ['pipe.engagement.yaml', 'a FIFO \\(named pipe\\)'],
    ['zero.engagement.yaml', 'a device'],
  ]) {
    const run = runCli(['check', name], dir);
    assert.equal(run.status, 2, run.stderr);
    assert.match(
      run.stderr,
      new RegExp(`${name.replace('.', '\\.')}: is ${kind}, not a regular file; it was not read`),
    );
  }
});

test('a project file that is a FIFO or a link to /dev/zero is a usage error, not a hang', () => {
  const fifo = tempTree({ 'a.engagement.yaml': ENGAGEMENT });
  mkfifo(path.join(fifo, '.outsourcing-policy.yaml'));
  const zero = tempTree({ 'a.engagement.yaml': ENGAGEMENT });
  fs.symlinkSync('/dev/zero', path.join(zero, '.outsourcing-policy.yaml'));
  const fromFifo = runCli(['check', '.'], fifo);
  assert.equal(fromFifo.status, 2);
  assert.match(
    fromFifo.stderr,
    /\.outsourcing-policy\.yaml: is a FIFO \(named pipe\), not a regular file/,
  );
  const fromZero = runCli(['check', '.'], zero);
  assert.equal(fromZero.status, 2);
  assert.match(
    fromZero.stderr,
    /\.outsourcing-policy\.yaml: is a link to a file outside the folder/,
  );
});

test('a project file linked to a file outside the folder is refused without echoing it', () => {
  const outside = tempTree({ 'secret.yaml': 'level: OUTSIDE-SECRET-VALUE\n' });
  const dir = tempTree({ 'a.engagement.yaml': ENGAGEMENT });
  fs.symlinkSync(path.join(outside, 'secret.yaml'), path.join(dir, '.outsourcing-policy.yaml'));
  const run = runCli(['check', '.'], dir);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /\.outsourcing-policy\.yaml: is a link to a file outside the folder/);
  assert.doesNotMatch(run.stderr, /OUTSIDE-SECRET-VALUE/);
});

test('a bad project file value is echoed as a short excerpt with control characters escaped', () => {
  const value = `\u001b[31m\u0007${'x'.repeat(500)}`;
  const dir = tempTree({ '.outsourcing-policy.yaml': `level: ${JSON.stringify(value)}\n` });
  const run = runCli(['check', '.'], dir);
  assert.equal(run.status, 2);
  const excerpt = `"\\x1b[31m\\x07${'x'.repeat(34)}…"`;
  assert.ok(
    run.stderr.includes(`level must be one of basic, standard, increased, not ${excerpt}`),
    run.stderr,
  );
  assert.ok(!run.stderr.includes('\u001b') && !run.stderr.includes('\u0007'), 'no raw ESC or BEL');
});

test('a project file larger than the small bound is refused', () => {
  const dir = tempTree({
    '.outsourcing-policy.yaml': `# ${'x'.repeat(70 * 1024)}\nlevel: basic\n`,
  });
  const run = runCli(['check', '.'], dir);
  assert.equal(run.status, 2);
  assert.match(
    run.stderr,
    /\.outsourcing-policy\.yaml: is larger than 65536 bytes; it was not read/,
  );
});

test('a large data YAML met in a folder is passed over; a large policy file is a usage error', () => {
  const data = `rows:\n${'  - 1\n'.repeat(2000)}`; // 12,000 bytes, over 4 bytes x 1,000 characters
  const dir = tempTree({ 'data/table.yaml': data, 'link.dca.yaml': DCA });
  const passed = runCli(['check', '.', '--max-size', '1000', '--format', 'json'], dir);
  assert.notEqual(passed.status, 2, passed.stderr);
  assert.doesNotMatch(passed.stderr, /table\.yaml/);
  fs.writeFileSync(path.join(dir, 'data/big.engagement.yaml'), data);
  const refused = runCli(['check', '.', '--max-size', '1000'], dir);
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /big\.engagement\.yaml: is larger than 4004 bytes; it was not read/);
});
