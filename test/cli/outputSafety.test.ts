/**
 * Output that cannot be abused: control characters from file names never reach a terminal raw,
 * and SARIF never states an absolute local path.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { REPO_ROOT, runCli, tempTree } from '../support/cli';

const SARIF_SCHEMA = path.join(REPO_ROOT, 'test/fixtures/sarif/sarif-schema-2.1.0.json');
/** An engagement that lacks most required sections: it has findings. */
const ENGAGEMENT = 'apiVersion: outsourcing-policy/v1\nkind: Engagement\n';
/** ESC [31m (red), BEL and a C1 CSI in one file name. */
const HOSTILE_NAME = 'bad\u001b[31m\u0007\u009b2J.engagement.yaml';
const VISIBLE_NAME = 'bad\\x1b[31m\\x07\\x9b2J.engagement.yaml';
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

interface SarifLocation {
  uri: string;
  uriBaseId?: string;
}

interface SarifRun {
  artifacts: { location: SarifLocation }[];
  results: { locations: { physicalLocation: { artifactLocation: SarifLocation } }[] }[];
}

function validSarif(text: string): SarifRun {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(fs.readFileSync(SARIF_SCHEMA, 'utf8')));
  const log: unknown = JSON.parse(text);
  assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
  return (log as { runs: SarifRun[] }).runs[0];
}

test('a file name with ESC, BEL and CSI is escaped in every output format', () => {
  const dir = tempTree({ [HOSTILE_NAME]: ENGAGEMENT });
  const env = { GITHUB_WORKSPACE: dir };
  for (const format of ['stylish', 'github', 'markdown', 'junit']) {
    const run = runCli(['check', '.', '--format', format], dir, env);
    assert.equal(run.status, 1, `${format}: ${run.stderr}`);
    assert.doesNotMatch(run.stdout, RAW_CONTROL, format);
    assert.ok(
      run.stdout.includes(VISIBLE_NAME),
      `${format} shows the name escaped:\n${run.stdout}`,
    );
  }
  for (const format of ['json', 'sarif']) {
    const run = runCli(['check', '.', '--format', format], dir, env);
    assert.equal(run.status, 1, `${format}: ${run.stderr}`);
    assert.doesNotMatch(run.stdout, RAW_CONTROL, format);
  }
  const json = runCli(['check', '.', '--format', 'json'], dir, env);
  const files = (JSON.parse(json.stdout) as { diagnostics: { file: string }[] }).diagnostics.map(
    (d) => d.file,
  );
  assert.ok(files.length > 0 && files.every((file) => file === HOSTILE_NAME), 'JSON data is exact');
  const sarif = validSarif(runCli(['check', '.', '--format', 'sarif'], dir, env).stdout);
  assert.deepEqual(sarif.artifacts[0].location, {
    uri: encodeURIComponent(HOSTILE_NAME),
    uriBaseId: '%SRCROOT%',
  });
});

test('a file name with control characters is escaped in messages on stderr', () => {
  const dir = tempTree({});
  const run = runCli(['check', 'missing\u001b]0;title\u0007.yaml'], dir);
  assert.equal(run.status, 2);
  assert.doesNotMatch(run.stderr, RAW_CONTROL);
  assert.match(run.stderr, /missing\\x1b\]0;title\\x07\.yaml: no such file or folder/);
});

test('SARIF gives files outside the repository relative to %SRCROOT%, never as absolute URIs', () => {
  const root = fs.realpathSync(tempTree({ 'inside.engagement.yaml': ENGAGEMENT }));
  const outside = fs.realpathSync(tempTree({ 'far.engagement.yaml': ENGAGEMENT }));
  const far = path.join(outside, 'far.engagement.yaml');
  const run = runCli(['check', '.', far, '--format', 'sarif'], root, { GITHUB_WORKSPACE: root });
  assert.equal(run.status, 1, run.stderr);
  assert.ok(!run.stdout.includes('file:'), 'no file: URI');
  assert.ok(!run.stdout.includes(outside), 'no absolute local path');
  const sarif = validSarif(run.stdout);
  assert.deepEqual(
    sarif.artifacts.map((artifact) => artifact.location),
    [
      { uri: 'inside.engagement.yaml', uriBaseId: '%SRCROOT%' },
      { uri: `../${path.basename(outside)}/far.engagement.yaml`, uriBaseId: '%SRCROOT%' },
    ],
  );
  const located = sarif.results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri);
  assert.ok(located.includes(`../${path.basename(outside)}/far.engagement.yaml`));
});
