/**
 * The command line in English and German: `--locale`, the project file's `locale`, the
 * environment (`LC_ALL`, `LC_MESSAGES`, `LANG`), and what stays the same in every locale (rule
 * ids, measures, regions, SARIF fingerprints).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { FINGERPRINT_KEY } from '../../server/src/cli/format/sarif';
import { validateTexts, type SourceText } from '../../server/src/core';
import { ruleInfoOf } from '../../server/src/core/catalog/rules';
import { ruleDefinition } from '../../server/src/core/rules/registry';
import { REPO_ROOT, runCli, tempTree } from '../support/cli';
import { TODAY } from '../support/harness';

const GERMAN = { LANG: 'de_DE.UTF-8' };
const BROKEN = ['check', 'examples/broken', '--today', TODAY];

/** A multi-tenant engagement in negotiation without a client concept (tenancy/client-concept). */
const NO_CLIENT_CONCEPT = [
  'apiVersion: outsourcing-policy/v1',
  'kind: Engagement',
  'metadata: {id: ENG-1, title: t, version: "1", status: negotiation}',
  'tenancy:',
  '  model: multi-tenant',
  '',
].join('\n');

function brokenSources(): SourceText[] {
  const dir = path.join(REPO_ROOT, 'examples/broken');
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({
      uri: `examples/broken/${name}`,
      text: fs.readFileSync(path.join(dir, name), 'utf8'),
    }));
}

/** The messages the engine renders for a locale, as the CLI must print them. */
function engineMessages(sources: SourceText[], locale: 'en' | 'de'): string[] {
  const options = {
    level: 'standard',
    today: TODAY,
    maxDocumentSize: 2 * 1024 * 1024,
    locale,
  } as const;
  return validateTexts(sources, options).flatMap((result) => result.findings.map((f) => f.message));
}

interface Diagnostic {
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

function diagnostics(stdout: string): Diagnostic[] {
  return (JSON.parse(stdout) as { diagnostics: Diagnostic[] }).diagnostics;
}

describe('choosing the locale', () => {
  test('--locale de prints findings, severities and the summary in German', () => {
    const run = runCli([...BROKEN, '--locale', 'de']);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /^ {2}\d+:\d+ +Fehler {3}/m);
    assert.match(
      run.stdout,
      /\n✖ \d+ Befunde \(\d+ Fehler, \d+ Warnung(en)?, \d+ Hinweis(e)?\) in 4 Dateien\n$/,
    );
    for (const message of engineMessages(brokenSources(), 'de'))
      assert.ok(run.stdout.includes(message), `stylish shows "${message}"`);
  });

  test('LANG=de_DE.UTF-8 gives German; LC_ALL and LC_MESSAGES come before LANG', () => {
    const german = runCli(BROKEN, REPO_ROOT, GERMAN);
    assert.equal(german.stdout, runCli([...BROKEN, '--locale', 'de']).stdout);
    const english = runCli(BROKEN, REPO_ROOT, { LC_MESSAGES: 'en_GB.UTF-8', LANG: 'de_DE.UTF-8' });
    assert.match(
      english.stdout,
      /\n✖ \d+ problems \(\d+ errors, \d+ warnings?, \d+ info\) in 4 files\n$/,
    );
    const all = runCli(BROKEN, REPO_ROOT, { LC_ALL: 'de_AT.UTF-8', LANG: 'en_US.UTF-8' });
    assert.match(all.stdout, /in 4 Dateien\n$/);
  });

  test('a finding of a converted rule reads in German, with the same rule id and position', () => {
    const dir = tempTree({ 'a.engagement.yaml': NO_CLIENT_CONCEPT });
    const en = diagnostics(runCli(['check', '.', '--format', 'json'], dir).stdout);
    const de = diagnostics(runCli(['check', '.', '--format', 'json'], dir, GERMAN).stdout);
    const pick = (list: Diagnostic[]) => list.find((d) => d.ruleId === 'tenancy/client-concept');
    const [english, german] = [pick(en), pick(de)];
    assert.ok(english && german);
    const { message: englishText, detail: englishDetail, ...englishRest } = english;
    const { message: germanText, detail: germanDetail, ...germanRest } = german;
    assert.deepEqual(germanRest, englishRest);
    assert.notEqual(germanText, englishText);
    assert.notEqual(germanDetail, englishDetail);
    const [rendered] = engineMessages([{ uri: 'x', text: NO_CLIENT_CONCEPT }], 'de').filter((m) =>
      m.includes('(OPS.3.1.M7)'),
    );
    assert.equal(germanText, rendered);
  });

  test('--locale en wins over a German environment', () => {
    const run = runCli([...BROKEN, '--locale', 'en'], REPO_ROOT, GERMAN);
    assert.match(run.stdout, /in 4 files\n$/);
  });

  test('--locale xx is a usage error (exit 2), written in the language of the environment', () => {
    const english = runCli(['check', '--locale', 'xx']);
    assert.equal(english.status, 2);
    assert.equal(
      english.stderr,
      'outsourcing-policy: --locale must be one of en, de, not "xx"\nRun outsourcing-policy --help for usage.\n',
    );
    const german = runCli(['check', '--locale', 'xx'], REPO_ROOT, GERMAN);
    assert.equal(german.status, 2);
    assert.equal(
      german.stderr,
      'outsourcing-policy: --locale erwartet einen der Werte en, de, nicht "xx"\nHinweise zum Aufruf gibt outsourcing-policy --help.\n',
    );
  });

  test('other usage errors come in German too', () => {
    const run = runCli(['check', '--bogus', '--locale', 'de']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^outsourcing-policy: unbekannte Option --bogus\n/);
    const topic = runCli(['explain', 'subcontracting/flowdown'], REPO_ROOT, GERMAN);
    assert.equal(topic.status, 2);
    assert.match(
      topic.stderr,
      /ist weder eine Regel-ID noch eine Maßnahme; meinten Sie subcontracting\/flow-down\?/,
    );
  });
});

describe('problems with paths and git refs in German', () => {
  test('a missing path and an unknown ref are named in German', () => {
    const missing = runCli(['check', 'no/such/file.engagement.yaml', '--locale', 'de']);
    assert.equal(missing.status, 2);
    assert.match(
      missing.stderr,
      /^outsourcing-policy: no\/such\/file\.engagement\.yaml: Datei oder Ordner existiert nicht$/m,
    );
    const ref = runCli([...BROKEN, '--changed-since', 'no-such-ref-x', '--locale', 'de']);
    assert.equal(ref.status, 2);
    assert.match(ref.stderr, /^outsourcing-policy: unbekannte Git-Referenz "no-such-ref-x": In /);
  });
});

describe('the project file sets the locale', () => {
  test('locale: de makes German output, over the environment; --locale overrides it', () => {
    const dir = tempTree({
      '.outsourcing-policy.yaml': 'locale: de\n',
      'a.engagement.yaml': NO_CLIENT_CONCEPT,
    });
    const project = runCli(['check', '.'], dir, { LANG: 'en_US.UTF-8' });
    assert.equal(project.status, 1, project.stderr);
    assert.match(project.stdout, /in 1 Datei\n$/);
    const flag = runCli(['check', '.', '--locale', 'en'], dir);
    assert.match(flag.stdout, /in 1 file\n$/);
  });

  test('a locale other than en or de is a usage error that names the option', () => {
    const dir = tempTree({ '.outsourcing-policy.yaml': 'locale: fr\n' });
    const run = runCli(['check', '.'], dir);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /locale must be one of en, de, not "fr"/);
    const german = runCli(['check', '.'], dir, GERMAN);
    assert.equal(german.status, 2);
    assert.match(
      german.stderr,
      /^outsourcing-policy: \.outsourcing-policy\.yaml: locale erwartet einen der Werte en, de, nicht "fr"\n/,
    );
  });
});

describe('help and explain in German', () => {
  test('--help, check --help and help explain', () => {
    const main = runCli(['--help', '--locale', 'de']);
    assert.equal(main.status, 0);
    assert.match(main.stdout, /^Aufruf: outsourcing-policy <Befehl> \[Optionen\]\n/);
    const check = runCli(['check', '--help'], REPO_ROOT, GERMAN);
    assert.match(check.stdout, /^Aufruf: outsourcing-policy check /);
    assert.match(check.stdout, /--locale <Sprache>/);
    const english = runCli(['help', 'explain']);
    assert.match(english.stdout, /^Usage: outsourcing-policy explain <rule\|measure>/);
  });

  test('explain a rule in German: its German title and texts', () => {
    const run = runCli(['explain', 'tenancy/client-concept', '--locale', 'de']);
    assert.equal(run.status, 0, run.stderr);
    const german = ruleInfoOf(ruleDefinition('tenancy/client-concept')!, 'de');
    assert.ok(run.stdout.startsWith(`tenancy/client-concept  ${german.title}\n`), run.stdout);
  });

  test('explain OPS.3.1.M7 in German, with LANG and with --locale', () => {
    const english = runCli(['explain', 'OPS.3.1.M7']).stdout;
    const flag = runCli(['explain', 'OPS.3.1.M7', '--locale', 'de']);
    const environment = runCli(['explain', 'OPS.3.1.M7'], REPO_ROOT, GERMAN);
    assert.equal(flag.status, 0);
    assert.equal(environment.stdout, flag.stdout);
    assert.match(flag.stdout, /^OPS\.3\.1\.M7 {2}.*Mandantentrennungskonzept/);
    assert.notEqual(flag.stdout, english);
  });
});

describe('what stays the same in every locale', () => {
  interface SarifLog {
    runs: {
      tool: {
        driver: { rules: { id: string; shortDescription: { text: string }; helpUri: string }[] };
      };
      results: {
        ruleId: string;
        message: { text: string };
        locations: { physicalLocation: { region: unknown } }[];
        partialFingerprints: Record<string, string>;
        properties?: { measure?: string };
      }[];
    }[];
  }

  function sarif(locale: 'en' | 'de'): SarifLog {
    const run = runCli([...BROKEN, '--format', 'sarif', '--locale', locale]);
    assert.equal(run.status, 1, run.stderr);
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const schema = path.join(REPO_ROOT, 'test/fixtures/sarif/sarif-schema-2.1.0.json');
    const validate = ajv.compile(JSON.parse(fs.readFileSync(schema, 'utf8')));
    const log: unknown = JSON.parse(run.stdout);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    return log as SarifLog;
  }

  test('examples/broken: identical SARIF fingerprints, rule ids, measures and regions', () => {
    const [en, de] = [sarif('en').runs[0], sarif('de').runs[0]];
    const invariant = (log: typeof en) =>
      log.results.map((r) => ({
        ruleId: r.ruleId,
        measure: r.properties?.measure,
        region: r.locations[0].physicalLocation.region,
        fingerprint: r.partialFingerprints[FINGERPRINT_KEY],
      }));
    assert.ok(en.results.length > 5);
    assert.deepEqual(invariant(de), invariant(en));
    assert.ok(invariant(en).every((r) => /^[0-9a-f]{32}$/.test(r.fingerprint)));
    const rule = (log: typeof en) =>
      log.tool.driver.rules.find((r) => r.id === 'tenancy/client-concept')!;
    const german = ruleInfoOf(ruleDefinition('tenancy/client-concept')!, 'de');
    assert.equal(rule(de).shortDescription.text, german.title);
    assert.notEqual(rule(de).shortDescription.text, rule(en).shortDescription.text);
    assert.match(rule(de).helpUri, /\/docs\/de\/rules\/tenancy\/client-concept\.md$/);
    assert.match(rule(en).helpUri, /\/docs\/rules\/tenancy\/client-concept\.md$/);
  });

  test('JSON keeps ruleId, measure, severity and positions in every locale', () => {
    const strip = (list: Diagnostic[]) =>
      list.map(({ message: _message, detail: _detail, ...rest }) => rest);
    const en = diagnostics(runCli([...BROKEN, '--format', 'json']).stdout);
    const de = diagnostics(runCli([...BROKEN, '--format', 'json', '--locale', 'de']).stdout);
    assert.deepEqual(strip(de), strip(en));
  });
});
