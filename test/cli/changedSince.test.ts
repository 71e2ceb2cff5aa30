/** `--changed-since`: in a temporary git repository built by the test. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { runCli, tempTree } from '../support/cli';
import { CLEAN_ENGAGEMENT as ENGAGEMENT, CLEAN_DCA as DCA } from '../support/examples';

function git(cwd: string, ...args: string[]): void {
  execFileSync(
    'git',
    [
      '-c',
      'user.email=test@example.org',
      '-c',
      'user.name=Test',
      '-c',
      'init.defaultBranch=main',
      ...args,
    ],
    { cwd, stdio: 'ignore' },
  );
}

/** A repository whose first commit has one old typo (status: operatoin) in the engagement. */
function repository(): string {
  const dir = tempTree({
    'policies/erp.engagement.yaml': ENGAGEMENT.replace('status: operation', 'status: operatoin'),
    'policies/erp.dca.yaml': DCA,
  });
  git(dir, 'init', '-q');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'first');
  return dir;
}

interface Diagnostic {
  file: string;
  line: number;
  ruleId: string;
  message: string;
}

function check(
  dir: string,
  ...args: string[]
): { status: number | null; diagnostics: Diagnostic[]; stderr: string } {
  const run = runCli(['check', 'policies', '--format', 'json', ...args], dir);
  const diagnostics = run.stdout
    ? (JSON.parse(run.stdout) as { diagnostics: Diagnostic[] }).diagnostics
    : [];
  return { status: run.status, diagnostics, stderr: run.stderr };
}

describe('check --changed-since', () => {
  test('reports a finding on a changed line and not one on an unchanged line', () => {
    const dir = repository();
    const file = path.join(dir, 'policies/erp.engagement.yaml');
    fs.writeFileSync(
      file,
      fs.readFileSync(file, 'utf8').replace('model: multi-tenant', 'model: multitenant'),
    );
    const all = check(dir).diagnostics.map((d) => d.message);
    assert.ok(
      all.some((m) => m.includes('"operatoin"')) && all.some((m) => m.includes('"multitenant"')),
      'both typos exist',
    );
    const changed = check(dir, '--changed-since', 'HEAD');
    assert.deepEqual(
      changed.diagnostics.map((d) => [d.file, d.ruleId, d.message.slice(0, 30)]),
      [['policies/erp.engagement.yaml', 'schema/enum', 'tenancy.model is "multitenant"']],
    );
    assert.equal(changed.status, 1);
  });

  test('a change in the engagement reports the finding it causes on an unchanged line of the DCA', () => {
    const dir = repository();
    const file = path.join(dir, 'policies/erp.engagement.yaml');
    fs.writeFileSync(
      file,
      fs.readFileSync(file, 'utf8').replace(/^( {2}availability:) high$/m, '$1 normal'),
    );
    const changed = check(dir, '--changed-since', 'HEAD').diagnostics;
    assert.deepEqual(
      changed.map((d) => [d.file, d.ruleId]),
      [['policies/erp.dca.yaml', 'dca/protection-mismatch']],
    );
  });

  test('in German the same findings are kept and dropped: identity, not text, decides', () => {
    const dir = repository();
    const file = path.join(dir, 'policies/erp.engagement.yaml');
    fs.writeFileSync(
      file,
      fs.readFileSync(file, 'utf8').replace('model: multi-tenant', 'model: multitenant'),
    );
    const where = (d: Diagnostic) => [d.file, d.line, d.ruleId];
    const english = check(dir, '--changed-since', 'HEAD');
    const german = check(dir, '--changed-since', 'HEAD', '--locale', 'de');
    assert.equal(german.status, 1, german.stderr);
    assert.deepEqual(german.diagnostics.map(where), english.diagnostics.map(where));
    assert.deepEqual(
      english.diagnostics.map((d) => d.ruleId),
      ['schema/enum'],
    );
  });

  test('an untracked new file is reported in full', () => {
    const dir = repository();
    fs.writeFileSync(path.join(dir, 'policies/new.engagement.yaml'), 'kind: Engagement\n');
    const changed = check(dir, '--changed-since', 'HEAD').diagnostics;
    assert.ok(changed.length > 0);
    assert.ok(changed.every((d) => d.file === 'policies/new.engagement.yaml'));
  });

  test('nothing changed: nothing reported, exit 0', () => {
    const dir = repository();
    const result = check(dir, '--changed-since', 'HEAD');
    assert.deepEqual(result.diagnostics, []);
    assert.equal(result.status, 0);
  });

  test('outside a git repository, or with an unknown ref, it is a usage error', () => {
    const plain = tempTree({ 'policies/a.engagement.yaml': ENGAGEMENT });
    const outside = check(plain, '--changed-since', 'HEAD');
    assert.equal(outside.status, 2);
    assert.match(outside.stderr, /--changed-since needs a git repository/);
    const unknown = check(repository(), '--changed-since', 'no-such-branch');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown git ref "no-such-branch"/);
  });
});

test('a repository cannot make the check run its programs (fsmonitor, external diff, textconv, filters)', () => {
  const dir = repository();
  const marker = path.join(dir, 'ran');
  const script = path.join(dir, 'helper.sh');
  fs.writeFileSync(script, `#!/bin/sh\necho "$0 $*" >> '${marker}'\ncat\n`, { mode: 0o755 });
  fs.writeFileSync(path.join(dir, '.git/info/attributes'), '*.yaml diff=conv filter=conv\n');
  for (const [key, value] of [
    ['core.fsmonitor', script],
    ['diff.external', script],
    ['diff.conv.textconv', script],
    ['diff.conv.command', script],
    ['filter.conv.clean', script],
    ['filter.conv.smudge', script],
    ['filter.conv.process', script],
  ])
    git(dir, 'config', key, value);
  // a changed line, so that git has to diff (and would clean) the working-tree file
  const file = path.join(dir, 'policies/erp.dca.yaml');
  fs.writeFileSync(file, DCA.replace('confidentiality: high', 'confidentiality: hihg'));
  const result = check(dir, '--changed-since', 'HEAD');
  assert.equal(
    fs.existsSync(marker),
    false,
    fs.existsSync(marker) ? fs.readFileSync(marker, 'utf8') : '',
  );
  assert.equal(result.status, 1, result.stderr);
  assert.ok(
    result.diagnostics.some(
      (d) => d.file === 'policies/erp.dca.yaml' && d.ruleId === 'schema/enum',
    ),
    JSON.stringify(result.diagnostics),
  );
});
