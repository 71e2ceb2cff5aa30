import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { formatGitHub } from '../../server/src/cli/format/github';
import { formatJUnit } from '../../server/src/cli/format/junit';
import { formatMarkdown } from '../../server/src/cli/format/markdown';
import { FINGERPRINT_KEY, formatSarif } from '../../server/src/cli/format/sarif';
import { toReported, type Report, type ReportedFinding } from '../../server/src/cli/report';
import { RULES } from '../../server/src/core/catalog/rules';
import { validateTexts, type SourceText } from '../../server/src/core';
import { REPO_ROOT, runCli } from '../support/cli';
import { TODAY } from '../support/harness';

const SARIF_SCHEMA = path.join(REPO_ROOT, 'test/fixtures/sarif/sarif-schema-2.1.0.json');
const GOLDEN_SUMMARY = path.join(REPO_ROOT, 'test/fixtures/formats/summary.golden.md');
const GOLDEN_SUMMARY_DE = path.join(REPO_ROOT, 'test/fixtures/formats/summary.golden.de.md');

// ---- helpers ----------------------------------------------------------------------------------

/** A finding as the CLI reports it; its identity (a stand-in for `findingIdentity`) follows the overrides. */
function finding(overrides: Partial<ReportedFinding>): ReportedFinding {
  const reported: ReportedFinding = {
    identity: '',
    file: 'policies/hosting.engagement.yaml',
    line: 10,
    column: 3,
    endLine: 10,
    endColumn: 9,
    severity: 'error',
    ruleId: 'schema/required',
    measure: 'OPS.3.1.M2',
    message: 'contract lacks signedOn',
    dataPath: 'contract',
    excerpt: 'contract',
    ...overrides,
  };
  const { ruleId, dataPath, message } = reported;
  return { ...reported, identity: overrides.identity ?? `${ruleId}|${dataPath ?? ''}|${message}` };
}

function report(findings: ReportedFinding[], files?: string[]): Report {
  const listed = files ?? [...new Set(findings.map((f) => f.file))];
  return { findings, files: listed, version: '9.9.9-test' };
}

function exampleSources(folder: string): SourceText[] {
  const dir = path.join(REPO_ROOT, 'examples', folder);
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({
      uri: `examples/${folder}/${name}`,
      text: fs.readFileSync(path.join(dir, name), 'utf8'),
    }));
}

function reportOf(sources: SourceText[]): Report {
  const options = { level: 'standard' as const, today: TODAY, maxDocumentSize: 2 * 1024 * 1024 };
  const findings = toReported(validateTexts(sources, options), () => true);
  return { findings, files: sources.map((s) => s.uri), version: '9.9.9-test' };
}

interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId?: string; index?: number };
      region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
    };
  }[];
  partialFingerprints: Record<string, string>;
  properties?: { measure?: string };
}

interface SarifLog {
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string; name: string }[] } };
    artifacts: { location: { uri: string; uriBaseId?: string } }[];
    results: SarifResult[];
  }[];
}

function validateSarif(text: string): SarifLog {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(fs.readFileSync(SARIF_SCHEMA, 'utf8')));
  const log: unknown = JSON.parse(text);
  assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
  return log as SarifLog;
}

function sarifFingerprints(log: SarifLog): string[] {
  return log.runs[0].results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
}

// ---- SARIF ------------------------------------------------------------------------------------

describe('sarif', () => {
  for (const folder of ['clean', 'broken']) {
    test(`the report of examples/${folder} validates against the SARIF 2.1.0 schema`, () => {
      const text = formatSarif(reportOf(exampleSources(folder)));
      assert.ok(text.endsWith('}\n') && text.includes('\n  "version": "2.1.0"'));
      const run = validateSarif(text).runs[0];
      assert.equal(run.tool.driver.name, 'outsourcing-policy');
      assert.equal(run.tool.driver.version, '9.9.9-test');
      assert.equal(run.artifacts.length, exampleSources(folder).length);
    });
  }

  test('the CLI writes valid SARIF for examples/broken, one result per finding', () => {
    const sarif = runCli(['check', 'examples/broken', '--format', 'sarif']);
    assert.equal(sarif.status, 1, sarif.stderr);
    const json = runCli(['check', 'examples/broken', '--format', 'json']);
    const diagnostics = (JSON.parse(json.stdout) as { diagnostics: unknown[] }).diagnostics;
    const run = validateSarif(sarif.stdout).runs[0];
    assert.equal(run.results.length, diagnostics.length);
    assert.ok(
      run.results.every((r) =>
        r.locations[0].physicalLocation.artifactLocation.uri.startsWith('examples/broken/'),
      ),
    );
  });

  test('every rule of the catalogue is a descriptor, and results point at their own', () => {
    const log = JSON.parse(formatSarif(reportOf(exampleSources('broken')))) as SarifLog;
    const rules = log.runs[0].tool.driver.rules;
    assert.deepEqual(
      rules.map((r) => r.id),
      RULES.map((r) => r.id),
    );
    assert.equal(rules.find((r) => r.id === 'schema/must-be-true')?.name, 'SchemaMustBeTrue');
    for (const result of log.runs[0].results)
      assert.equal(rules[result.ruleIndex!].id, result.ruleId);
  });

  test('levels, locations, measures and file URIs', () => {
    const findings = [
      finding({
        severity: 'info',
        ruleId: 'subcontracting/blanket-exclusion',
        file: 'a b/x:y.yaml',
      }),
      finding({ severity: 'warning', measure: null, ruleId: 'yaml/syntax', file: '/abs/p.yaml' }),
      finding({ line: 4, column: 1, endLine: 6, endColumn: 1, file: 'C:/work/q.yaml' }),
    ];
    const log = validateSarif(
      formatSarif(report(findings, ['clean.yaml', ...findings.map((f) => f.file)])),
    );
    const [info, warning, error] = log.runs[0].results;
    assert.deepEqual([info.level, warning.level, error.level], ['note', 'warning', 'error']);
    assert.deepEqual(info.locations[0].physicalLocation.artifactLocation, {
      uri: 'a%20b/x%3Ay.yaml',
      uriBaseId: '%SRCROOT%',
      index: 1,
    });
    assert.equal(warning.locations[0].physicalLocation.artifactLocation.uri, 'file:///abs/p.yaml');
    assert.equal(
      error.locations[0].physicalLocation.artifactLocation.uri,
      'file:///C:/work/q.yaml',
    );
    assert.deepEqual(error.locations[0].physicalLocation.region, {
      startLine: 4,
      startColumn: 1,
      endLine: 6,
      endColumn: 1,
    });
    assert.deepEqual([info.properties, warning.properties], [{ measure: 'OPS.3.1.M2' }, undefined]);
    assert.equal(log.runs[0].artifacts[0].location.uri, 'clean.yaml');
  });
});

interface TaxonReference {
  id: string;
  index: number;
  toolComponent: { name?: string; index: number };
}

interface SarifTaxonomies {
  runs: {
    tool: {
      driver: {
        supportedTaxonomies: { name: string; index: number }[];
        rules: { id: string; relationships?: { target: TaxonReference; kinds: string[] }[] }[];
      };
    };
    taxonomies: {
      name: string;
      organization: string;
      version: string;
      taxa: {
        id: string;
        name?: string;
        shortDescription: { text: string };
        fullDescription?: { text: string };
        properties?: Record<string, unknown>;
      }[];
    }[];
    results: { ruleId: string; taxa?: TaxonReference[] }[];
  }[];
}

describe('sarif taxonomies', () => {
  const dcaMissing = finding({ ruleId: 'engagement/dca-missing', measure: 'OPS.3.1.M8' });
  const syntax = finding({ ruleId: 'yaml/syntax', measure: null });
  const text = formatSarif(report([dcaMissing, syntax]));
  validateSarif(text);
  const run = (JSON.parse(text) as SarifTaxonomies).runs[0];

  test('the run defines "OPS.3.1" (16 measures) and "Grundschutz++" (the controls reached)', () => {
    assert.deepEqual(run.tool.driver.supportedTaxonomies, [
      { name: 'OPS.3.1', index: 0 },
      { name: 'Grundschutz++', index: 1 },
    ]);
    const [measures, grundschutz] = run.taxonomies;
    assert.equal(measures.name, 'OPS.3.1');
    assert.equal(measures.taxa.length, 16);
    assert.deepEqual(measures.taxa[7], {
      id: 'OPS.3.1.M8',
      name: 'OPS.3.1.A8',
      shortDescription: { text: 'Agreement on connecting the partners’ networks' },
      fullDescription: {
        text: 'No network of the provider is joined to a customer network until a data connection agreement spells out who may reach what, under which conditions, and how the link is cut in an incident.',
      },
      properties: { kompendium: 'OPS.3.1.A8' },
    });
    assert.equal(grundschutz.name, 'Grundschutz++');
    assert.equal(
      grundschutz.organization,
      'Bundesamt für Sicherheit in der Informationstechnik (BSI)',
    );
    assert.equal(grundschutz.version, '2026-07-29T06:41:06.596639+00:00');
    assert.equal(grundschutz.taxa.length, 61);
    const bes52 = grundschutz.taxa.find((taxon) => taxon.id === 'BES.5.2');
    assert.deepEqual(bes52?.shortDescription, { text: 'Service Level Agreement' });
    const missing = grundschutz.taxa.find((taxon) => taxon.id === 'BER.5.1.2');
    assert.deepEqual(missing, {
      id: 'BER.5.1.2',
      shortDescription: { text: '(not in the catalog version)' },
    });
  });

  test("a rule relates to its measure's taxon; a rule without a measure to none", () => {
    const rules = run.tool.driver.rules;
    assert.deepEqual(rules.find((rule) => rule.id === 'engagement/dca-missing')?.relationships, [
      {
        target: { id: 'OPS.3.1.M8', index: 7, toolComponent: { name: 'OPS.3.1', index: 0 } },
        kinds: ['superset'],
      },
    ]);
    assert.equal(rules.find((rule) => rule.id === 'yaml/syntax')?.relationships, undefined);
  });

  test('an M8 finding references OPS.3.1.M8 and its Grundschutz++ controls by index', () => {
    const [m8, noMeasure] = run.results;
    const taxa = m8.taxa ?? [];
    assert.deepEqual(
      taxa.map((taxon) => taxon.id),
      ['OPS.3.1.M8', 'BES.4.4', 'BES.5.2', 'BES.5.3', 'BES.5.4', 'BES.5.11', 'BES.5.12']
        .concat(['BER.5.1', 'BER.5.3', 'ARCH.4.1', 'GEB.3.3'])
        .concat(['DET.3.1', 'DET.3.2', 'DET.3.3', 'DET.3.4']),
    );
    assert.deepEqual(taxa[0], { id: 'OPS.3.1.M8', index: 7, toolComponent: { index: 0 } });
    const bes52 = taxa.find((taxon) => taxon.id === 'BES.5.2');
    assert.deepEqual(bes52, { id: 'BES.5.2', index: 17, toolComponent: { index: 1 } });
    for (const taxon of taxa)
      assert.equal(run.taxonomies[taxon.toolComponent.index].taxa[taxon.index].id, taxon.id);
    assert.equal(noMeasure.taxa, undefined);
  });
});

describe('sarif fingerprints', () => {
  const FILE = 'examples/broken/negotiation.engagement.yaml';

  function withInsertedComment(atLine: number): { before: SarifLog; after: SarifLog } {
    const sources = exampleSources('broken');
    const changed = sources.map((source) => {
      if (source.uri !== FILE) return source;
      const lines = source.text.split('\n');
      lines.splice(atLine - 1, 0, '# note');
      return { ...source, text: lines.join('\n') };
    });
    const only = (log: SarifLog): SarifLog => ({
      runs: [
        {
          ...log.runs[0],
          results: log.runs[0].results.filter(
            (r) => r.locations[0].physicalLocation.artifactLocation.uri === FILE,
          ),
        },
      ],
    });
    return {
      before: only(JSON.parse(formatSarif(reportOf(sources))) as SarifLog),
      after: only(JSON.parse(formatSarif(reportOf(changed))) as SarifLog),
    };
  }

  const startLines = (log: SarifLog) =>
    log.runs[0].results.map((r) => r.locations[0].physicalLocation.region.startLine);

  test('inserting a comment line at the top keeps every fingerprint while all lines move', () => {
    const { before, after } = withInsertedComment(1);
    assert.ok(before.runs[0].results.length >= 3);
    assert.deepEqual(
      startLines(after),
      startLines(before).map((line) => line + 1),
    );
    assert.deepEqual(new Set(sarifFingerprints(after)), new Set(sarifFingerprints(before)));
    assert.equal(new Set(sarifFingerprints(before)).size, before.runs[0].results.length);
    assert.ok(sarifFingerprints(before).every((print) => /^[0-9a-f]{32}$/.test(print)));
  });

  test('inserting a comment line between two findings keeps every fingerprint', () => {
    const third = startLines(withInsertedComment(1).before)[2];
    const { before, after } = withInsertedComment(third);
    assert.deepEqual(startLines(after).slice(0, 2), startLines(before).slice(0, 2));
    assert.deepEqual(
      startLines(after).slice(2),
      startLines(before)
        .slice(2)
        .map((line) => line + 1),
    );
    assert.deepEqual(sarifFingerprints(after), sarifFingerprints(before));
  });

  test('line numbers in a message do not count; repeated findings still differ', () => {
    const syntax = (line: number) =>
      finding({
        ruleId: 'yaml/syntax',
        measure: null,
        dataPath: null,
        excerpt: '',
        line,
        message: `bad indentation at line ${line}, column 3`,
      });
    const [a, b] = sarifFingerprints(
      JSON.parse(formatSarif(report([syntax(3), syntax(8)]))) as SarifLog,
    );
    const [c] = sarifFingerprints(JSON.parse(formatSarif(report([syntax(5)]))) as SarifLog);
    assert.equal(a, c);
    assert.notEqual(a, b);
  });
});

// ---- GitHub -----------------------------------------------------------------------------------

describe('github', () => {
  test('one command per finding with escaped data and properties, then a summary', () => {
    const output = formatGitHub(
      report(
        [
          finding({ message: '100% sure,\r\nreally: yes' }),
          finding({
            severity: 'warning',
            file: 'odd,name:1.yaml',
            line: 2,
            column: 5,
            endLine: 3,
            endColumn: 1,
          }),
          finding({ severity: 'info', ruleId: 'yaml/syntax', measure: null, message: 'a%0Ab' }),
        ],
        ['policies/hosting.engagement.yaml', 'odd,name:1.yaml', 'clean.yaml'],
      ),
    );
    assert.equal(
      output,
      [
        '::error file=policies/hosting.engagement.yaml,line=10,col=3,endLine=10,endColumn=9,title=schema/required (OPS.3.1.M2)::100%25 sure,%0D%0Areally: yes',
        '::warning file=odd%2Cname%3A1.yaml,line=2,col=5,endLine=3,endColumn=1,title=schema/required (OPS.3.1.M2)::contract lacks signedOn',
        '::notice file=policies/hosting.engagement.yaml,line=10,col=3,endLine=10,endColumn=9,title=yaml/syntax::a%250Ab',
        'outsourcing-policy: 1 error, 1 warning, 1 info in 3 files',
        '',
      ].join('\n'),
    );
  });

  test('without findings only the summary is printed', () => {
    assert.equal(
      formatGitHub(report([], ['a.yaml'])),
      'outsourcing-policy: 0 errors, 0 warnings, 0 info in 1 file\n',
    );
  });
});

// ---- JUnit ------------------------------------------------------------------------------------

interface JUnitCase {
  name: string;
  classname: string;
  failure?: { message: string; type: string; '#text': string };
  'system-out'?: string;
}
interface JUnitSuite {
  name: string;
  tests: string;
  failures: string;
  testcase: JUnitCase[];
}

// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

function parseJUnit(xml: string): { tests: string; failures: string; testsuite: JUnitSuite[] } {
  assert.equal(XMLValidator.validate(xml), true);
  assert.doesNotMatch(xml, XML_FORBIDDEN, 'XML 1.0 forbids control characters');
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    htmlEntities: true,
    parseAttributeValue: false,
    isArray: (name) => name === 'testsuite' || name === 'testcase',
  });
  return (
    parser.parse(xml) as {
      testsuites: { tests: string; failures: string; testsuite: JUnitSuite[] };
    }
  ).testsuites;
}

describe('junit', () => {
  const tricky = `value <b>"bold"</b> & 'quoted'\u0007\nsecond line`;
  const xml = formatJUnit(
    report(
      [
        finding({ file: 'a.yaml', message: tricky }),
        finding({ file: 'a.yaml', severity: 'warning', line: 12, column: 7 }),
        finding({ file: 'b&c.yaml', severity: 'info', ruleId: 'subcontracting/blanket-exclusion' }),
      ],
      ['a.yaml', 'clean.yaml', 'b&c.yaml'],
    ),
  );

  test('is well-formed XML with one suite per checked file and the right counts', () => {
    assert.ok(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="outsourcing-policy"',
      ),
    );
    const root = parseJUnit(xml);
    assert.deepEqual([root.tests, root.failures], ['4', '2']);
    assert.deepEqual(
      root.testsuite.map((s) => [s.name, s.tests, s.failures, s.testcase.map((c) => c.name)]),
      [
        ['a.yaml', '2', '2', ['schema/required at 10:3', 'schema/required at 12:7']],
        ['clean.yaml', '1', '0', ['OPS.3.1 check']],
        ['b&c.yaml', '1', '0', ['subcontracting/blanket-exclusion at 10:3']],
      ],
    );
  });

  test('errors and warnings fail with escaped text; clean files and infos pass', () => {
    const [a, clean, b] = parseJUnit(xml).testsuite;
    const [first, second] = a.testcase;
    assert.equal(first.classname, 'a.yaml');
    assert.equal(first.failure?.type, 'error');
    assert.equal(first.failure?.message, `value <b>"bold"</b> & 'quoted'\\u0007\nsecond line`);
    assert.match(
      first.failure?.['#text'] ?? '',
      /^a\.yaml:10:3 error schema\/required \(OPS\.3\.1\.M2\)\nvalue <b>"bold"<\/b> & 'quoted'/,
    );
    assert.equal(second.failure?.type, 'warning');
    assert.equal(clean.testcase[0].failure, undefined);
    assert.equal(b.testcase[0].failure, undefined);
    assert.match(b.testcase[0]['system-out'] ?? '', /info subcontracting\/blanket-exclusion/);
  });
});

// ---- Markdown ---------------------------------------------------------------------------------

function summaryReport(): Report {
  return report(
    [
      finding({
        severity: 'warning',
        ruleId: 'dca/one-sided-contacts',
        measure: 'OPS.3.1.M8',
        file: 'net/link.dca.yaml',
        line: 44,
      }),
      finding({ severity: 'info', ruleId: 'subcontracting/blanket-exclusion', line: 80 }),
      finding({ line: 130, message: 'contract.term.noticePeriod P3M is shorter than P6M' }),
      finding({
        ruleId: 'yaml/syntax',
        measure: null,
        file: 'odd|name.engagement.yaml',
        line: 3,
        message: 'a | b\nsee [here](https://x.test) <img src=x> *now*',
      }),
    ],
    [
      'policies/hosting.engagement.yaml',
      'net/link.dca.yaml',
      'odd|name.engagement.yaml',
      'policies/clean.engagement.yaml',
    ],
  );
}

describe('markdown', () => {
  test('matches the golden summary', () => {
    assert.equal(formatMarkdown(summaryReport()), fs.readFileSync(GOLDEN_SUMMARY, 'utf8'));
  });

  test('a clean run says so and lists every measure as fine', () => {
    const text = formatMarkdown(report([], ['a.yaml', 'b.yaml']));
    assert.match(text, /^## OPS\.3\.1 outsourcing policy check\n\n✅ No findings in 2 files\.\n/);
    assert.equal(text.match(/ \| ✅ \|$/gm)?.length, 16);
    assert.ok(!text.includes('### Findings'));
  });

  test('at most 100 findings are listed, the most severe first, with a note', () => {
    const many = Array.from({ length: 150 }, (_, i) =>
      finding({ line: i + 1, severity: i < 120 ? 'warning' : 'error' }),
    );
    const rows = formatMarkdown(report(many))
      .split('\n')
      .filter((l) => /^\| (❌|⚠️|ℹ️) (error|warning|info) \|/.test(l));
    assert.equal(rows.length, 100);
    assert.ok(rows.slice(0, 30).every((row) => row.startsWith('| ❌ error |')));
    assert.match(formatMarkdown(report(many)), /Showing the 100 most severe of 150 findings/);
  });
});

// ---- German -----------------------------------------------------------------------------------

describe('the formats in German', () => {
  const german = (r: Report): Report => ({ ...r, locale: 'de' });

  test('markdown matches the German golden summary: headings, table heads, counts, doc links', () => {
    const text = formatMarkdown(german(summaryReport()));
    assert.equal(text, fs.readFileSync(GOLDEN_SUMMARY_DE, 'utf8'));
    assert.match(text, /\/docs\/de\/measures\.md#ops-3-1-m8\)/);
  });

  test('markdown in German: a clean run and the note on truncated lists', () => {
    const clean = formatMarkdown(german(report([], ['a.yaml'])));
    assert.match(
      clean,
      /^## Prüfung der Outsourcing-Dokumente nach OPS\.3\.1\n\n✅ Keine Befunde in 1 Datei\.\n/,
    );
    const many = Array.from({ length: 101 }, (_, i) => finding({ line: i + 1 }));
    assert.match(
      formatMarkdown(german(report(many))),
      /Angezeigt werden die 100 schwersten von 101 Befunden/,
    );
  });

  test('github: the summary line in German, annotations unchanged apart from the message', () => {
    const findings = [finding({}), finding({ severity: 'warning', line: 2 })];
    const output = formatGitHub(german(report(findings, ['a.yaml', 'b.yaml'])));
    const english = formatGitHub(report(findings, ['a.yaml', 'b.yaml']));
    assert.deepEqual(output.split('\n').slice(0, 2), english.split('\n').slice(0, 2));
    assert.equal(
      output.split('\n')[2],
      'outsourcing-policy: 1 Fehler, 1 Warnung, 0 Hinweise in 2 Dateien',
    );
  });

  test('junit: test names, the clean case and severities in German; types stay machine words', () => {
    const xml = formatJUnit(
      german(report([finding({ file: 'a.yaml', severity: 'warning' })], ['a.yaml', 'clean.yaml'])),
    );
    const [a, clean] = parseJUnit(xml).testsuite;
    assert.equal(a.testcase[0].name, 'schema/required in 10:3');
    assert.equal(a.testcase[0].failure?.type, 'warning');
    assert.match(a.testcase[0].failure?.['#text'] ?? '', /^a\.yaml:10:3 Warnung schema\/required/);
    assert.equal(clean.testcase[0].name, 'Prüfung nach OPS.3.1');
  });

  test('sarif: rule texts and the source root in German; fingerprints as in English', () => {
    const sources = exampleSources('broken');
    const english = JSON.parse(formatSarif(reportOf(sources))) as SarifLog;
    const text = formatSarif(german(reportOf(sources)));
    const log = validateSarif(text);
    assert.deepEqual(sarifFingerprints(log), sarifFingerprints(english));
    assert.match(text, /"text": "Das Wurzelverzeichnis des Repositorys/);
    assert.match(text, /Behebung:/);
  });
});
