/**
 * The GitHub Action (action.yml): its declared structure, and its check step's script run
 * with bash the way the runner runs it, against a copy of examples/broken.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { REPO_ROOT, tempTree } from '../support/cli';

interface ActionInput {
  description: string;
  required?: boolean;
  default: string;
}

interface ActionStep {
  name?: string;
  id?: string;
  uses?: string;
  with?: Record<string, string>;
  shell?: string;
  run?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}

interface ActionSpec {
  name: string;
  description: string;
  inputs: Record<string, ActionInput>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

const ACTION = parse(fs.readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as ActionSpec;
const INPUT_EXPRESSION = /\$\{\{\s*inputs\.([A-Za-z0-9_-]+)\s*\}\}/g;

function checkStep(): ActionStep {
  const step = ACTION.runs.steps.find((s) => s.id === 'check');
  assert.ok(step, 'a step with id "check"');
  return step;
}

/** Every `${{ inputs.<name> }}` in the text of a step outside its run script. */
function inputsReferencedBy(step: ActionStep): string[] {
  const outsideScript = JSON.stringify({ ...step, run: undefined });
  return [...outsideScript.matchAll(INPUT_EXPRESSION)].map((match) => match[1]);
}

describe('action.yml declares', () => {
  test('a composite action named "Outsourcing Policy check"', () => {
    assert.equal(ACTION.name, 'Outsourcing Policy check');
    assert.equal(ACTION.runs.using, 'composite');
    assert.ok(ACTION.description.includes('OPS.3.1'));
  });

  test('the inputs with their defaults, each described', () => {
    const defaults = Object.fromEntries(
      Object.entries(ACTION.inputs).map(([name, input]) => [name, input.default]),
    );
    assert.deepEqual(defaults, {
      paths: '.',
      level: '',
      'fail-on': 'error',
      format: 'github',
      'sarif-file': '',
      summary: 'true',
      'changed-since': '',
      locale: '',
      'working-directory': '.',
    });
    for (const [name, input] of Object.entries(ACTION.inputs)) {
      assert.ok(input.description.length > 10, `${name} has a description`);
    }
  });

  test('the outputs errors, warnings and sarif-file, taken from the check step', () => {
    assert.deepEqual(
      Object.fromEntries(Object.entries(ACTION.outputs).map(([name, o]) => [name, o.value])),
      {
        errors: '${{ steps.check.outputs.errors }}',
        warnings: '${{ steps.check.outputs.warnings }}',
        'sarif-file': '${{ steps.check.outputs.sarif-file }}',
      },
    );
  });

  test('setup-node 20, then npm ci in the action folder, then the check as its own step', () => {
    const [setup, install, check, ...more] = ACTION.runs.steps;
    assert.deepEqual(more, []);
    assert.equal(setup.uses, 'actions/setup-node@v4');
    assert.equal(String(setup.with?.['node-version']), '20');
    assert.equal(install.shell, 'bash');
    assert.match(install.run ?? '', /^npm ci --prefix "\$GITHUB_ACTION_PATH"/);
    assert.equal(check, checkStep());
    assert.equal(check.shell, 'bash');
  });

  test('no ${{ }} expression inside any run script (no script injection)', () => {
    for (const step of ACTION.runs.steps) {
      if (step.run === undefined) continue;
      assert.doesNotMatch(step.run, /\$\{\{/, `run script of "${step.name}"`);
    }
  });

  test('every input reaches the check step through exactly one environment variable', () => {
    const env = checkStep().env ?? {};
    for (const [variable, value] of Object.entries(env)) {
      assert.match(value, /^\$\{\{ inputs\.[a-z-]+ \}\}$/, variable);
    }
    const used = ACTION.runs.steps.flatMap(inputsReferencedBy).sort();
    assert.deepEqual(used, Object.keys(ACTION.inputs).sort());
  });
});

interface StepRun {
  status: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
}

/** The check step's environment with each `${{ inputs.x }}` replaced as the runner would. */
function stepEnvironment(inputs: Record<string, string>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, input] of Object.entries(ACTION.inputs)) values[name] = input.default;
  Object.assign(values, inputs);
  const env: Record<string, string> = {};
  for (const [variable, value] of Object.entries(checkStep().env ?? {})) {
    env[variable] = value.replace(INPUT_EXPRESSION, (_, name: string) => values[name]);
  }
  return env;
}

/** `key=value` lines of $GITHUB_OUTPUT. */
function readOutputs(file: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const equals = line.indexOf('=');
    if (equals > 0) outputs[line.slice(0, equals)] = line.slice(equals + 1);
  }
  return outputs;
}

/** A fresh folder, outside any git repository, holding a copy of examples/broken. */
function brokenWorkspace(): string {
  const workspace = tempTree({});
  fs.cpSync(path.join(REPO_ROOT, 'examples/broken'), workspace, { recursive: true });
  return workspace;
}

/** Runs the check step's script as the runner does for `shell: bash`, with the given inputs. */
function runCheckStep(workspace: string, inputs: Record<string, string> = {}): StepRun {
  const runnerFiles = tempTree({ 'summary.md': '', 'output.txt': '', 'step.sh': checkStep().run! });
  const summaryFile = path.join(runnerFiles, 'summary.md');
  const outputFile = path.join(runnerFiles, 'output.txt');
  const result = spawnSync(
    'bash',
    ['--noprofile', '--norc', '-eo', 'pipefail', path.join(runnerFiles, 'step.sh')],
    {
      cwd: workspace,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        NO_COLOR: '1',
        GITHUB_ACTION_PATH: REPO_ROOT,
        GITHUB_STEP_SUMMARY: summaryFile,
        GITHUB_OUTPUT: outputFile,
        RUNNER_TEMP: runnerFiles,
        ...stepEnvironment(inputs),
      },
    },
  );
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    summary: fs.readFileSync(summaryFile, 'utf8'),
    outputs: readOutputs(outputFile),
  };
}

describe('the check step of action.yml', () => {
  test('with the defaults: annotations, a job summary, counts, and exit code 1', () => {
    const run = runCheckStep(brokenWorkspace());
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /^::error file=/m);
    assert.ok(run.summary.startsWith('## '), run.summary.slice(0, 200));
    assert.ok(Number(run.outputs.errors) > 0, `errors=${run.outputs.errors}`);
    assert.match(run.outputs.warnings, /^\d+$/);
    assert.equal(run.outputs['sarif-file'], '');
  });

  test('fail-on never keeps the counts but exits 0', () => {
    const run = runCheckStep(brokenWorkspace(), { 'fail-on': 'never', summary: 'false' });
    assert.equal(run.status, 0, run.stderr);
    assert.ok(Number(run.outputs.errors) > 0);
    assert.equal(run.summary, '');
  });

  test('paths split at spaces, tabs and newlines, and nothing else', () => {
    const run = runCheckStep(brokenWorkspace(), {
      format: 'json',
      summary: 'false',
      paths: '  negotiation.engagement.yaml\tmismatch.dca.yaml\n\nplanning.engagement.yaml \n',
    });
    assert.equal(run.status, 1, run.stderr);
    const { diagnostics } = JSON.parse(run.stdout) as { diagnostics: { file: string }[] };
    assert.deepEqual([...new Set(diagnostics.map((d) => d.file))].sort(), [
      'mismatch.dca.yaml',
      'negotiation.engagement.yaml',
      'planning.engagement.yaml',
    ]);
  });

  test('a path that looks like an option is still a path', () => {
    const run = runCheckStep(brokenWorkspace(), { paths: '--level=basic', summary: 'false' });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--level=basic/);
  });

  test('working-directory and sarif-file: the SARIF report lands there, its absolute path is an output', () => {
    const workspace = tempTree({});
    fs.cpSync(path.join(REPO_ROOT, 'examples/broken'), path.join(workspace, 'policies'), {
      recursive: true,
    });
    const run = runCheckStep(workspace, {
      'working-directory': 'policies',
      'sarif-file': 'results.sarif',
      summary: 'false',
    });
    assert.equal(run.status, 1, run.stderr);
    const sarifFile = path.join(workspace, 'policies', 'results.sarif');
    assert.equal(run.outputs['sarif-file'], fs.realpathSync(sarifFile));
    const sarif = JSON.parse(fs.readFileSync(sarifFile, 'utf8')) as { version: string };
    assert.equal(sarif.version, '2.1.0');
  });

  test('locale de: the job summary and the log in German, the counts as in English', () => {
    const run = runCheckStep(brokenWorkspace(), { locale: 'de', format: 'stylish' });
    assert.equal(run.status, 1, run.stderr);
    assert.ok(run.summary.startsWith('## Prüfung der Outsourcing-Dokumente nach OPS.3.1\n'));
    assert.match(run.stdout, /\(\d+ Fehler, \d+ Warnung(en)?, \d+ Hinweis(e)?\) in \d+ Dateien\n$/);
    assert.ok(Number(run.outputs.errors) > 0);
  });

  test('a usage error exits 2 and leaves the counts empty', () => {
    const run = runCheckStep(brokenWorkspace(), { level: 'extreme', summary: 'false' });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--level must be one of/);
    assert.equal(run.outputs.errors, '');
    assert.equal(run.outputs.warnings, '');
  });
});
