import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { runCli, tempTree } from '../support/cli';

interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  ruleId: string;
  measure: string | null;
  message: string;
  detail: string | null;
}

function diagnostics(stdout: string): JsonDiagnostic[] {
  const parsed = JSON.parse(stdout) as { diagnostics: JsonDiagnostic[] };
  assert.deepEqual(Object.keys(parsed), ['diagnostics']);
  return parsed.diagnostics;
}

const PLANNING_HEADER = `apiVersion: outsourcing-policy/v1
kind: Engagement
metadata:
  id: ENG-CLI-1
  title: CLI test
  version: "1"
  status: planning
`;

/** A planning engagement whose security concept was last reviewed on 2025-01-10, every P1Y. */
const REVIEWED = `${PLANNING_HEADER}securityConcept:
  implementationReview:
    interval: P1Y
    lastReviewed: 2025-01-10
`;

describe('outsourcing-policy check', () => {
  test('the clean examples pass with exit code 0', () => {
    const run = runCli(['check', 'examples/clean']);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /no problems in 2 files/);
  });

  test('json prints one object whose diagnostics have the documented shape', () => {
    const run = runCli(['check', 'examples/broken', '--format', 'json']);
    assert.equal(run.status, 1);
    const all = diagnostics(run.stdout);
    assert.ok(all.length > 0);
    for (const d of all) {
      assert.deepEqual(Object.keys(d), [
        'file',
        'line',
        'column',
        'endLine',
        'endColumn',
        'severity',
        'ruleId',
        'measure',
        'message',
        'detail',
      ]);
      assert.ok(d.line >= 1 && d.column >= 1 && (d.endLine > d.line || d.endColumn >= d.column));
    }
    const typo = all.find(
      (d) => d.ruleId === 'schema/enum' && d.file === 'examples/broken/planning.engagement.yaml',
    );
    assert.ok(typo, 'the multitenant typo is reported');
    assert.equal(typo.measure, 'OPS.3.1.M10');
    assert.equal(typo.severity, 'error');
    assert.equal(
      typo.message,
      'tenancy.model is "multitenant", not an allowed value; did you mean multi-tenant? (OPS.3.1.M10)',
    );
    assert.match(String(typo.detail), /^Use one of dedicated, multi-tenant\. \S/);
    const line = fs.readFileSync('examples/broken/planning.engagement.yaml', 'utf8').split('\n')[
      typo.line - 1
    ];
    assert.equal(line.slice(typo.column - 1, typo.endColumn - 1), 'multitenant');
    const header = all.find((d) => d.ruleId === 'document/missing-api-version');
    assert.equal(header?.measure, null);
  });

  test('--today is the reference date of review rules', () => {
    const dir = tempTree({ 'r.engagement.yaml': REVIEWED });
    const overdue = (today: string) =>
      diagnostics(runCli(['check', dir, '--format', 'json', '--today', today]).stdout).filter(
        (d) => d.ruleId === 'review/overdue',
      );
    assert.equal(overdue('2025-12-31').length, 0);
    const late = overdue('2026-03-01');
    assert.equal(late.length, 1);
    assert.equal(late[0].line, 11);
    assert.equal(late[0].severity, 'warning');
    assert.equal(late[0].measure, 'OPS.3.1.M3');
  });

  test('--fail-on decides the exit code', () => {
    const dir = tempTree({
      'w.engagement.yaml':
        fs.readFileSync('examples/clean/erp-hosting.engagement.yaml', 'utf8') +
        'unknownTopLevel: 1\n',
      'w.dca.yaml': fs.readFileSync('examples/clean/erp-hosting.dca.yaml', 'utf8'),
    });
    assert.equal(runCli(['check', dir]).status, 0, 'an unknown key is only a warning');
    assert.equal(runCli(['check', dir, '--fail-on', 'warning']).status, 1);
    assert.equal(runCli(['check', dir, '--fail-on', 'info']).status, 1);
    assert.equal(runCli(['check', 'examples/broken', '--fail-on', 'never']).status, 0);
  });

  test('--quiet reports errors only', () => {
    const all = diagnostics(runCli(['check', 'examples/broken', '--format', 'json']).stdout);
    const quiet = diagnostics(
      runCli(['check', 'examples/broken', '--format', 'json', '--quiet']).stdout,
    );
    assert.ok(
      all.some((d) => d.severity !== 'error'),
      'the broken examples have warnings or infos',
    );
    assert.deepEqual(
      quiet,
      all.filter((d) => d.severity === 'error'),
    );
  });

  test('a folder with mixed files: only policy documents are checked, nested folders too', () => {
    const dir = tempTree({
      'a.engagement.yaml': `${PLANNING_HEADER}tenancy: {model: multitenant}\n`,
      'nested/deeper/plain.yaml': `apiVersion: outsourcing-policy/v1\nkind: Nonsense\n`,
      'other.yaml': 'just: some other yaml\n',
      'notes.txt': 'not yaml',
      'node_modules/x.engagement.yaml': 'ignored: true\n',
    });
    const run = runCli(['check', dir, '--format', 'json']);
    const files = new Set(diagnostics(run.stdout).map((d) => path.basename(d.file)));
    assert.deepEqual([...files].sort(), ['a.engagement.yaml', 'plain.yaml']);
    const kind = diagnostics(run.stdout).find((d) => d.ruleId === 'document/unknown-kind');
    assert.equal(kind?.line, 2);
  });

  test('a syntax error in one file does not stop the others', () => {
    const dir = tempTree({
      'a.engagement.yaml': `${PLANNING_HEADER}tenancy: [unclosed\n`,
      'b.engagement.yaml': PLANNING_HEADER.replace('ENG-CLI-1', 'ENG-CLI-2').replace(
        'status: planning',
        'status: planing',
      ),
    });
    const found = diagnostics(runCli(['check', dir, '--format', 'json']).stdout);
    assert.ok(
      found.some((d) => d.file.endsWith('a.engagement.yaml') && d.ruleId === 'yaml/syntax'),
    );
    assert.ok(
      found.some((d) => d.file.endsWith('b.engagement.yaml') && d.ruleId === 'schema/enum'),
    );
  });

  test('a missing path is exit 2 with a message, and the other paths are still checked', () => {
    const run = runCli([
      'check',
      'examples/broken/planning.engagement.yaml',
      'no/such/file.engagement.yaml',
      '--format',
      'json',
    ]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /no\/such\/file\.engagement\.yaml: no such file or folder/);
    assert.ok(diagnostics(run.stdout).length > 0);
    assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  });

  test('an unreadable path is exit 2 with a clear message', () => {
    const dir = tempTree({});
    fs.symlinkSync(path.join(dir, 'missing-target'), path.join(dir, 'dangling.engagement.yaml'));
    const run = runCli(['check', path.join(dir, 'dangling.engagement.yaml')]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /dangling\.engagement\.yaml: no such file or folder/);
  });

  test('symbolic links inside a folder are not followed', () => {
    const outside = tempTree({ 'secret.engagement.yaml': `${PLANNING_HEADER}` });
    const dir = tempTree({
      'own.engagement.yaml': PLANNING_HEADER.replace('ENG-CLI-1', 'ENG-CLI-3'),
    });
    fs.symlinkSync(outside, path.join(dir, 'link'));
    const files = new Set(
      diagnostics(runCli(['check', dir, '--format', 'json']).stdout).map((d) =>
        path.basename(d.file),
      ),
    );
    assert.deepEqual([...files], ['own.engagement.yaml']);
  });

  test('empty, binary and huge files get a clear diagnostic, not a crash', () => {
    const huge = `${PLANNING_HEADER}notes: "${'x'.repeat(5 * 1024 * 1024)}"\n`;
    const dir = tempTree({
      'empty.engagement.yaml': '',
      'binary.engagement.yaml': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]),
      'huge.engagement.yaml': huge,
    });
    const run = runCli(['check', dir, '--format', 'json']);
    assert.equal(run.stderr, '');
    const byFile = new Map(diagnostics(run.stdout).map((d) => [path.basename(d.file), d]));
    assert.equal(byFile.get('empty.engagement.yaml')?.ruleId, 'document/missing-api-version');
    assert.equal(byFile.get('binary.engagement.yaml')?.ruleId, 'document/binary');
    assert.equal(byFile.get('huge.engagement.yaml')?.ruleId, 'document/too-large');
    assert.equal(byFile.get('huge.engagement.yaml')?.severity, 'info');
  });

  test('stylish groups by file, ends with a summary and has no colours off a terminal', () => {
    const run = runCli(['check', 'examples/broken']);
    assert.equal(run.status, 1);
    assert.ok(!run.stdout.includes(String.fromCharCode(27)), 'no ANSI escape codes');
    assert.match(run.stdout, /^examples\/broken\/planning\.engagement\.yaml$/m);
    assert.match(
      run.stdout,
      /^ {2}\d+:\d+ +error +tenancy\.model is "multitenant".*schema\/enum$/m,
    );
    assert.match(
      run.stdout,
      /✖ \d+ problems \(\d+ errors?, \d+ warnings?, \d+ info\) in 4 files\n$/,
    );
  });
});

describe('usage errors and explain', () => {
  for (const args of [
    ['check', '--format', 'xml'],
    ['check', '--today', '2024-13-01'],
    ['check', '--bogus'],
    ['frobnicate'],
  ]) {
    test(`${args.join(' ')} is a usage error (exit 2)`, () => {
      const run = runCli(args);
      assert.equal(run.status, 2);
      assert.match(
        run.stderr,
        /^outsourcing-policy: .+\nRun outsourcing-policy --help for usage\.\n$/,
      );
    });
  }

  test('explain a rule', () => {
    const run = runCli(['explain', 'subcontracting/flow-down']);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^subcontracting\/flow-down {2}/);
    assert.match(run.stdout, /measure: OPS\.3\.1\.M2/);
  });

  test('explain a measure', () => {
    const run = runCli(['explain', 'OPS.3.1.M16']);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^OPS\.3\.1\.M16 {2}/);
    assert.match(run.stdout, /Kompendium OPS\.3\.1\.A16/);
  });

  test('explain OPS.3.1.M8 names its Annex A and Grundschutz++ controls with their source', () => {
    const run = runCli(['explain', 'OPS.3.1.M8']);
    assert.equal(run.status, 0);
    assert.match(
      run.stdout,
      /^Related controls:\n {2}IT-Grundschutz-Kompendium 2022: OPS\.3\.1\.A8$/m,
    );
    assert.match(run.stdout, /^ {8}BES\.5\.2 Service Level Agreement$/m);
    assert.match(
      run.stdout,
      /^Grundschutz\+\+ controls and the Annex A mapping: BSI, .*CC BY-SA 4\.0\.$/m,
    );
  });

  test('explain an unknown topic suggests the closest rule', () => {
    const run = runCli(['explain', 'subcontracting/flowdown']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /did you mean subcontracting\/flow-down\?/);
  });
});

describe('the project file .outsourcing-policy.yaml', () => {
  const NEGOTIATING = PLANNING_HEADER.replace('status: planning', 'status: negotiation');

  test('sets the level and fail-on unless the command line does', () => {
    const dir = tempTree({
      '.outsourcing-policy.yaml': 'level: increased\nfailOn: never\n',
      'a.engagement.yaml': NEGOTIATING,
    });
    const withProject = runCli(['check', '.', '--format', 'json'], dir);
    assert.equal(withProject.status, 0, 'failOn: never from the project file');
    assert.ok(
      diagnostics(withProject.stdout).some((d) => d.ruleId === 'increased-protection/screening'),
      'level increased applies M16',
    );
    const overridden = runCli(
      ['check', '.', '--format', 'json', '--level', 'standard', '--fail-on', 'error'],
      dir,
    );
    assert.equal(overridden.status, 1);
    assert.ok(
      !diagnostics(overridden.stdout).some((d) => d.ruleId === 'increased-protection/screening'),
    );
  });

  test('extraGlobs adds policy files with other names', () => {
    const dir = tempTree({
      '.outsourcing-policy.yaml': 'extraGlobs: ["policies/*.yaml"]\n',
      'policies/a.yaml': 'kind: Engagement\n',
    });
    const found = diagnostics(runCli(['check', '.', '--format', 'json'], dir).stdout);
    assert.ok(
      found.some(
        (d) => d.file === 'policies/a.yaml' && d.ruleId === 'document/missing-api-version',
      ),
    );
  });

  test('a broken project file is a usage error that names the problem', () => {
    for (const [text, problem] of [
      ['level: extreme\n', /level must be one of basic, standard, increased/],
      ['extraGlobs: ["../outside/*.yaml"]\n', /points outside the project/],
      ['levle: basic\n', /unknown option "levle"/],
    ] as const) {
      const run = runCli(['check', '.'], tempTree({ '.outsourcing-policy.yaml': text }));
      assert.equal(run.status, 2);
      assert.match(run.stderr, problem);
    }
  });
});

describe('--format and --output pairs', () => {
  test('a report written to a file leaves stylish on the terminal', () => {
    const out = tempTree({});
    const file = path.join(out, 'report.json');
    const run = runCli(['check', 'examples/broken', '--format', 'json', '--output', file]);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /✖ \d+ problems/);
    assert.ok(diagnostics(fs.readFileSync(file, 'utf8')).length > 0);
  });

  test('several reports in one run: each --output belongs to the --format before it', () => {
    const out = tempTree({});
    const run = runCli([
      'check',
      'examples/broken',
      '--format',
      'json',
      '--output',
      path.join(out, 'a.json'),
      '--format',
      'sarif',
      '-o',
      path.join(out, 'b.sarif'),
      '--format',
      'json',
    ]);
    assert.equal(run.status, 1);
    const onStdout = diagnostics(run.stdout);
    assert.deepEqual(diagnostics(fs.readFileSync(path.join(out, 'a.json'), 'utf8')), onStdout);
    assert.ok(fs.existsSync(path.join(out, 'b.sarif')));
  });

  test('sarif results carry the detail as markdown below the message; stylish keeps one short line', () => {
    const sarif = runCli(['check', 'examples/broken', '--format', 'sarif']);
    assert.equal(sarif.status, 1);
    type SarifResult = { ruleId: string; message: { text: string; markdown?: string } };
    const parsed = JSON.parse(sarif.stdout) as { runs: { results: SarifResult[] }[] };
    const notice = parsed.runs[0].results.find((r) => r.ruleId === 'termination/notice-period');
    assert.equal(
      notice?.message.text,
      'notice period P3M is shorter than the reintegration estimate P6M (OPS.3.1.M2)',
    );
    assert.match(
      notice?.message.markdown ?? '',
      /^notice period P3M is shorter than the reintegration estimate P6M \(OPS\.3\.1\.M2\)\n\nAfter giving notice, /,
    );
    const stylish = runCli(['check', 'examples/broken/negotiation.engagement.yaml']);
    const line = stylish.stdout.split('\n').find((l) => l.includes('termination/notice-period'));
    assert.match(
      line ?? '',
      /^ {2}130:19 +error +notice period P3M is shorter than the reintegration estimate P6M \(OPS\.3\.1\.M2\) +termination\/notice-period$/,
    );
  });

  test('two reports on standard output, or an --output without its own --format, are usage errors', () => {
    const both = runCli(['check', 'examples/clean', '--format', 'json', '--format', 'sarif']);
    assert.equal(both.status, 2);
    assert.match(both.stderr, /only one report can go to standard output/);
    const twice = runCli([
      'check',
      'examples/clean',
      '--format',
      'json',
      '--output',
      '/tmp/a',
      '--output',
      '/tmp/b',
    ]);
    assert.equal(twice.status, 2);
    assert.match(twice.stderr, /--output \/tmp\/b has no --format of its own/);
  });

  test('an output file that cannot be written is exit 2 with a message', () => {
    const run = runCli([
      'check',
      'examples/clean',
      '--format',
      'json',
      '--output',
      '/no/such/folder/report.json',
    ]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /cannot write \/no\/such\/folder\/report\.json \(ENOENT\)/);
  });
});
