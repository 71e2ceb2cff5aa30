/**
 * The coverage code lenses: one per measure above its section keys, a summary above
 * `metadata`, measures with findings but no section beside the summary, M8 of the engagement
 * above a DCA's `engagementRef`; titles in English and German, equal to what coverage says.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import {
  coverageOfFile,
  createPolicyService,
  defaultOptions,
  type CoverageLens,
  type EngagementCoverage,
  type Finding,
  type LocatedFinding,
  type Locale,
  type PolicyFile,
} from '../../server/src/core';
import { COVERAGE_STATUS_TEXTS } from '../../server/src/core/coverage/statusTexts';
import { analysisFromFindings } from '../../server/src/core/features/coverageLenses/analysis';
import { parseDottedPath } from '../../server/src/core/features/coverageLenses/documentCoverage';
import { COVERAGE_LENS_TEXTS } from '../../server/src/core/features/coverageLenses/texts';
import { leavesOf, type TextTree } from '../../server/src/core/i18n/catalogue';
import { placeholdersOf } from '../../server/src/core/i18n/message';
import { REPO_ROOT } from '../support/cli';
import { cpuTimed } from '../support/cpuTime';
import { CLEAN_DCA, CLEAN_ENGAGEMENT } from '../support/examples';
import { TODAY, yaml } from '../support/harness';
import { fixableContacts } from '../support/hugeDocuments';

const service = createPolicyService();

interface Source {
  uri: string;
  text: string;
}

function setUp(sources: Source[], locale: Locale = 'en') {
  const options = { ...defaultOptions(TODAY), level: 'standard' as const, locale };
  const files = sources.map((s) => service.parse(s.uri, s.text, options));
  const index = service.index(files);
  const ctx = (file: PolicyFile) => service.context(file, index, options);
  return { files, index, options, ctx };
}

/** Each lens as `line:character-character title` (lines zero-based), in the order given. */
function rendered(file: PolicyFile, lenses: CoverageLens[]): string[] {
  return lenses.map((lens) => {
    const start = file.lineIndex.positionAt(lens.start);
    const end = file.lineIndex.positionAt(lens.end);
    assert.equal(start.line, end.line, 'a lens stands above one key');
    return `${start.line}:${start.character}-${end.character} ${lens.title}`;
  });
}

const PLANNING = yaml`
  apiVersion: outsourcing-policy/v1
  kind: Engagement
  metadata: {id: ENG-P, title: Planning, version: "1", status: planning}
  protectionNeeds: {confidentiality: normal, integrity: normal, availability: normal}
  tenancy: {model: dedicated}
  roughConcept:
    scope: only a draft
`;

test('a planning engagement: a lens per section key, the summary and M13 (no section) above metadata', () => {
  const { files, ctx } = setUp([{ uri: 'p.engagement.yaml', text: PLANNING }]);
  assert.deepEqual(rendered(files[0], service.coverageLenses(ctx(files[0]))), [
    '2:0-8 1 of 16 measures fulfilled · 3 failing · 10 pending · 2 not applicable',
    '2:0-8 OPS.3.1.M1 · 5 errors · 5 warnings',
    '3:0-15 OPS.3.1.M3 · fulfilled',
    '4:0-7 OPS.3.1.M10 · 1 error',
    '5:0-12 OPS.3.1.M1 · 5 errors · 5 warnings',
    '2:0-8 OPS.3.1.M13 · 1 error',
  ]);
});

test('the same lenses in German', () => {
  const { files, ctx } = setUp([{ uri: 'p.engagement.yaml', text: PLANNING }], 'de');
  assert.deepEqual(rendered(files[0], service.coverageLenses(ctx(files[0]))), [
    '2:0-8 1 von 16 Maßnahmen erfüllt · 3 nicht erfüllt · 10 noch nicht fällig · 2 entbehrlich',
    '2:0-8 OPS.3.1.M1 · 5 Fehler · 5 Warnungen',
    '3:0-15 OPS.3.1.M3 · erfüllt',
    '4:0-7 OPS.3.1.M10 · 1 Fehler',
    '5:0-12 OPS.3.1.M1 · 5 Fehler · 5 Warnungen',
    '2:0-8 OPS.3.1.M13 · 1 Fehler',
  ]);
});

/** The clean engagement without its personnelScreening section (the last one of the file). */
const withoutScreening = CLEAN_ENGAGEMENT.slice(
  0,
  CLEAN_ENGAGEMENT.indexOf('\npersonnelScreening:') + 1,
);
const WAIVER = [
  'waivers:',
  '  - measure: OPS.3.1.M16',
  '    justification: screening is done by the customer itself under its own procedure',
  '    approvedBy: nl-isb',
  '    date: 2026-01-05',
  '    expires: 2027-03-31',
  '',
].join('\n');

function lensesOf(
  text: string,
  locale: Locale = 'en',
): { file: PolicyFile; lenses: CoverageLens[] } {
  const { files, ctx } = setUp(
    [
      { uri: 'erp.engagement.yaml', text },
      { uri: 'erp.dca.yaml', text: CLEAN_DCA },
    ],
    locale,
  );
  return { file: files[0], lenses: service.coverageLenses(ctx(files[0])) };
}

test('partial with one warning, waived with its waiver, singular and plural, in both languages', () => {
  const partial = lensesOf(withoutScreening).lenses;
  assert.equal(partial[0].title, '15 of 16 measures fulfilled · 1 partial');
  const m16 = partial.filter((lens) => lens.measure === 'OPS.3.1.M16');
  assert.deepEqual(
    m16.map((lens) => [lens.status, lens.title, lens.start]),
    [['partial', 'OPS.3.1.M16 · 1 warning', partial[0].start]],
    'M16 has no section any more: its lens stands beside the summary',
  );
  const waived = lensesOf(withoutScreening + WAIVER);
  const waivedLens = waived.lenses.find((lens) => lens.measure === 'OPS.3.1.M16');
  assert.equal(waivedLens?.title, 'OPS.3.1.M16 · waived (1 waiver)');
  assert.equal(waived.lenses[0].title, '15 of 16 measures fulfilled · 1 waived');
  const german = lensesOf(withoutScreening + WAIVER, 'de').lenses;
  assert.equal(
    german.find((lens) => lens.measure === 'OPS.3.1.M16')?.title,
    'OPS.3.1.M16 · begründet abgewichen (1 Abweichung)',
  );
  assert.equal(german[0].title, '15 von 16 Maßnahmen erfüllt · 1 begründet abgewichen');
});

test('the clean example: every measure fulfilled, one lens per section in document order', () => {
  const { file, lenses } = lensesOf(CLEAN_ENGAGEMENT);
  assert.equal(lenses[0].title, '16 of 16 measures fulfilled');
  assert.equal(lenses[0].measure, undefined);
  assert.equal(lenses[0].status, undefined);
  const measured = lenses.slice(1);
  assert.ok(
    measured.every((lens) => lens.status === 'fulfilled' && lens.title.endsWith(' · fulfilled')),
  );
  const keys = measured.map((lens) => file.text.slice(lens.start, lens.end));
  assert.deepEqual(keys.slice(0, 3), ['metadata', 'parties', 'contacts']);
  assert.ok(keys.includes('dataConnectionAgreements'));
  assert.deepEqual(
    [...new Set(measured.map((lens) => lens.measure))].sort(),
    Array.from({ length: 16 }, (_, i) => `OPS.3.1.M${i + 1}`).sort(),
  );
});

test('a DCA: one lens above engagementRef with M8 of its engagement; none when the engagement is unknown', () => {
  const { files, ctx } = setUp([
    { uri: 'erp.engagement.yaml', text: CLEAN_ENGAGEMENT },
    { uri: 'erp.dca.yaml', text: CLEAN_DCA },
  ]);
  const dca = files[1];
  const lenses = service.coverageLenses(ctx(dca));
  assert.deepEqual(
    lenses.map((lens) => [
      dca.text.slice(lens.start, lens.end),
      lens.measure,
      lens.status,
      lens.title,
    ]),
    [
      [
        'engagementRef',
        'OPS.3.1.M8',
        'fulfilled',
        'OPS.3.1.M8 of engagement ENG-2025-004 · fulfilled',
      ],
    ],
  );
  const alone = setUp([{ uri: 'erp.dca.yaml', text: CLEAN_DCA }], 'de');
  assert.deepEqual(service.coverageLenses(alone.ctx(alone.files[0])), []);
  assert.equal(service.documentCoverage(alone.ctx(alone.files[0])), null);
});

test('a file that is no policy document, or an empty one, has no lenses and no coverage', () => {
  const { files, ctx } = setUp([
    { uri: 'other.yaml', text: 'just: yaml\n' },
    { uri: 'empty.engagement.yaml', text: '' },
  ]);
  for (const file of files) {
    assert.deepEqual(service.coverageLenses(ctx(file)), []);
    assert.equal(service.documentCoverage(ctx(file)), null);
  }
});

function exampleSources(folder: string): Source[] {
  const dir = path.join(REPO_ROOT, 'examples', folder);
  return fs
    .readdirSync(dir)
    .sort()
    .map((name) => ({ uri: name, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

test('examples/broken: every lens says what coverage says, computed once per state', () => {
  const { files, index, options, ctx } = setUp(exampleSources('broken'));
  for (const file of files) {
    const coverage = service.coverage(file, index, options);
    assert.equal(
      service.coverage(file, index, options),
      coverage,
      'the same state is not computed twice',
    );
    for (const lens of service.coverageLenses(ctx(file))) {
      if (!lens.measure) continue;
      const engagement = service.documentCoverage(ctx(file))!.coverage;
      const measure = engagement.measures.find((m) => m.measure === lens.measure)!;
      assert.equal(lens.status, measure.status, `${file.uri} ${lens.measure}`);
      const counts = [...lens.title.matchAll(/(\d+) (error|warning)/g)].map((m) => [
        m[2],
        Number(m[1]),
      ]);
      const expected = [
        ...(measure.errors ? [['error', measure.errors]] : []),
        ...(measure.warnings ? [['warning', measure.warnings]] : []),
      ];
      assert.deepEqual(
        counts,
        measure.status === 'failing' || measure.status === 'partial' ? expected : [],
      );
    }
  }
  const negotiation = files.find((file) => file.uri === 'negotiation.engagement.yaml')!;
  const failing = service
    .coverageLenses(ctx(negotiation))
    .filter((lens) => lens.status === 'failing')
    .map((lens) => lens.title);
  assert.deepEqual(failing, [
    'OPS.3.1.M2 · 3 errors',
    'OPS.3.1.M11 · 1 error',
    'OPS.3.1.M14 · 1 error',
    'OPS.3.1.M8 · 2 errors · 1 warning',
  ]);
});

test('documentCoverage: where waivers and due dates are written', () => {
  const text = withoutScreening + WAIVER;
  const { files, ctx } = setUp([
    { uri: 'erp.engagement.yaml', text },
    { uri: 'erp.dca.yaml', text: CLEAN_DCA },
  ]);
  const located = service.documentCoverage(ctx(files[0]))!;
  const m16 = located.coverage.measures.find((m) => m.measure === 'OPS.3.1.M16')!;
  const span = located.waiverSpan(m16.waivers[0])!;
  assert.equal(text.slice(span[0], span[1]), WAIVER.slice('waivers:\n  - '.length).trimEnd());
  const expiry = located.dueSpan(m16.due[0])!;
  assert.equal(text.slice(expiry[0], expiry[1]), 'expires');
  const term = located.coverage.measures
    .find((m) => m.measure === 'OPS.3.1.M8')!
    .due.find((due) => due.what === 'term')!;
  const termSpan = located.dueSpan(term)!;
  assert.equal(term.uri, 'erp.dca.yaml');
  assert.equal(CLEAN_DCA.slice(termSpan[0], termSpan[1]), 'term');
  assert.deepEqual([...located.files.keys()], ['erp.engagement.yaml', 'erp.dca.yaml']);
  assert.equal(
    located.dueSpan({ what: 'noSuch.path', date: TODAY, uri: 'erp.engagement.yaml' }),
    undefined,
  );
});

test('dotted paths of due dates are read back into data paths', () => {
  assert.deepEqual(parseDottedPath('waivers[0].expires'), ['waivers', 0, 'expires']);
  assert.deepEqual(parseDottedPath('operations.reviews[12]'), ['operations', 'reviews', 12]);
  assert.deepEqual(parseDottedPath('term'), ['term']);
});

test('the lens texts have the same keys and placeholders in English and German', () => {
  const english = new Map(leavesOf(COVERAGE_LENS_TEXTS.en as unknown as TextTree));
  const german = new Map(leavesOf(COVERAGE_LENS_TEXTS.de as unknown as TextTree));
  assert.deepEqual([...german.keys()], [...english.keys()]);
  const sameInBoth = new Set(['statusCount', 'waivedWith']);
  for (const [key, text] of english) {
    const translated = german.get(key) ?? '';
    assert.deepEqual(placeholdersOf(translated), placeholdersOf(text), key);
    if (!sameInBoth.has(key)) assert.notEqual(translated, text, `${key} is still English`);
  }
  assert.deepEqual(Object.keys(COVERAGE_STATUS_TEXTS.de), Object.keys(COVERAGE_STATUS_TEXTS.en));
});

/** Findings in source order: the kept findings are, an analysis gives them rule by rule. */
function inSourceOrder(coverage: EngagementCoverage[]): EngagementCoverage[] {
  const order = (a: LocatedFinding, b: LocatedFinding) =>
    a.uri.localeCompare(b.uri) ||
    a.start - b.start ||
    a.end - b.end ||
    a.ruleId.localeCompare(b.ruleId);
  return coverage.map((engagement) => ({
    ...engagement,
    measures: engagement.measures.map((m) => ({
      ...m,
      findings: [...m.findings].sort(order),
      waived: [...m.waived].sort(order),
    })),
    unassigned: [...engagement.unassigned].sort(order),
  }));
}

/** Coverage as the service computes it (reusing its findings) and as the core does afresh. */
function bothWays(sources: Source[], maxFindings?: number) {
  const { files, index, options } = setUp(sources);
  const bounded = maxFindings === undefined ? options : { ...options, maxFindings };
  return files.map((file) => ({
    uri: file.uri,
    reused: inSourceOrder(service.coverage(file, index, bounded)),
    afresh: inSourceOrder(coverageOfFile(file, index, bounded)),
  }));
}

test('coverage that reuses the kept findings equals coverage computed afresh', () => {
  const cases: [string, Source[], number?][] = [
    ['examples/broken', exampleSources('broken')],
    ['examples/clean', exampleSources('clean')],
    ['a waiver', [{ uri: 'w.engagement.yaml', text: withoutScreening + WAIVER }]],
    ['findings cut at the cap', [{ uri: 'p.engagement.yaml', text: PLANNING }], 3],
    [
      'an engagement and its DCA in one file',
      [
        {
          uri: 'both.yaml',
          text: `${CLEAN_ENGAGEMENT}---\n${CLEAN_DCA.replace('availability: high', 'availability: normal')}`,
        },
      ],
    ],
  ];
  for (const [name, sources, maxFindings] of cases) {
    for (const { uri, reused, afresh } of bothWays(sources, maxFindings)) {
      assert.deepEqual(reused, afresh, `${name}: ${uri}`);
    }
  }
});

test('the analysis reuses the kept findings of a document without waivers, else analyses it', () => {
  const { files, index, options } = setUp([
    { uri: 'p.engagement.yaml', text: PLANNING },
    { uri: 'w.engagement.yaml', text: withoutScreening + WAIVER },
  ]);
  const kept = (file: PolicyFile): Finding[] => [
    {
      ruleId: 'access/default-passwords',
      messageId: 'kept',
      args: {},
      severity: 'error',
      start: 0,
      end: 1,
      path: [],
      measure: 'OPS.3.1.M2',
      message: `kept for ${file.uri}`,
    },
  ];
  const analyse = analysisFromFindings(kept, index, options);
  const [planning, waived] = files;
  assert.deepEqual(
    analyse(planning, planning.documents[0]).findings.map((f) => f.message),
    ['kept for p.engagement.yaml'],
  );
  const outcome = analyse(waived, waived.documents[0]);
  assert.ok(
    outcome.findings.every((f) => !f.message.startsWith('kept for')),
    'a file with waivers is analysed',
  );
  assert.equal(outcome.inForce.length, 1);
});

test('the lenses of a 2 MB engagement with thousands of findings take CPU time in proportion', (t) => {
  const options = { ...defaultOptions(TODAY), maxFindings: 1_000_000 };
  const file = service.parse('huge.engagement.yaml', fixableContacts(), options);
  const index = service.index([file]);
  const findings = service.findings(file, index, options);
  assert.ok(findings.length > 10_000, `${findings.length} findings`);
  const { result, cpuMs } = cpuTimed(() =>
    service.coverageLenses(service.context(file, index, options)),
  );
  t.diagnostic(`coverage lenses: ${cpuMs.toFixed(0)} ms of CPU time`);
  assert.ok(result.length > 0);
  assert.match(result[0].title, /^\d+ of 16 measures fulfilled/);
  // about 1.7 s for 83,000 findings on a 2-core machine (their validation: about 3 s)
  assert.ok(cpuMs < 8000, `${cpuMs.toFixed(0)} ms`);
});
