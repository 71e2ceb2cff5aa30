/**
 * Protocol tests of measure coverage over stdio: the custom requests `outsourcingPolicy/coverage`
 * and `outsourcingPolicy/coverageReport`, code lenses in English and German, a keystroke that
 * fixes the last error of a measure, and `workspace/codeLens/refresh` after findings changed.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { CodeLens } from 'vscode-languageserver-protocol';
import type {
  CoverageReportResult,
  CoverageResult,
  WireCoverageStatus,
} from '../../server/src/lsp/protocol';
import { REPO_ROOT, tempTree } from '../support/cli';
import { TestLanguageClient, uriOf } from '../support/lspClient';

function examples(folder: string): Record<string, string> {
  const dir = path.join(REPO_ROOT, 'examples', folder);
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .map((name) => [`${folder}/${name}`, fs.readFileSync(path.join(dir, name), 'utf8')]),
  );
}

const BROKEN = examples('broken');
const NEGOTIATION = BROKEN['broken/negotiation.engagement.yaml'];

/** A small engagement in planning: the lenses of the test below are all of it. */
const SMALL = [
  'apiVersion: outsourcing-policy/v1',
  'kind: Engagement',
  'metadata: {id: ENG-S, title: Small, version: "1", status: planning}',
  'protectionNeeds: {confidentiality: normal, integrity: normal, availability: normal}',
  'tenancy: {model: dedicated}',
  'roughConcept:',
  '  scope: only a draft',
  '',
].join('\n');

const range = (line: number, from: number, to: number) => ({
  start: { line, character: from },
  end: { line, character: to },
});

const statuses = (result: CoverageResult | null) =>
  result?.measures.map((m) => `${m.measure.slice('OPS.3.1.'.length)} ${m.status}`);

describe('coverage over stdio', () => {
  let client: TestLanguageClient;
  let root: string;
  const uri = (file: string) => uriOf(path.join(root, file));
  const coverage = (file: string) =>
    client.connection.sendRequest<CoverageResult | null>('outsourcingPolicy/coverage', {
      uri: uri(file),
    });
  const lenses = (file: string) =>
    client.connection.sendRequest<CodeLens[]>('textDocument/codeLens', {
      textDocument: { uri: uri(file) },
    });

  const lastStatus = () =>
    client.notifications.filter((n) => n.method === 'outsourcingPolicy/status').at(-1)?.params as
      Record<string, unknown> | undefined;

  before(async () => {
    root = tempTree({
      ...BROKEN,
      ...examples('clean'),
      'notes/other.yaml': 'just: some yaml\n',
    });
    client = new TestLanguageClient();
    await client.initialize(root, {}, {}, {}, { codeLens: { refreshSupport: true } });
    await client.diagnosticsFor(uri('broken/negotiation.engagement.yaml'));
  });

  after(async () => {
    await client.shutdown();
    assert.equal(client.exitCode, 0);
  });

  test('examples/broken: the statuses of section 6, counts, and findings with their ranges', async () => {
    const result = await coverage('broken/negotiation.engagement.yaml');
    assert.ok(result);
    assert.equal(result.id, 'ENG-2026-019');
    assert.equal(result.file, uri('broken/negotiation.engagement.yaml'));
    assert.equal(result.status, 'negotiation');
    assert.equal(result.level, 'standard');
    assert.equal(result.today, '2026-11-27');
    assert.deepEqual(result.dcas, [
      { id: 'DCA-2026-019-01', uri: uri('broken/mismatch.dca.yaml') },
    ]);
    assert.deepEqual(statuses(result), [
      'M1 fulfilled',
      'M2 failing',
      'M3 fulfilled',
      'M4 fulfilled',
      'M5 pending',
      'M6 pending',
      'M7 not-applicable',
      'M8 failing',
      'M9 pending',
      'M10 fulfilled',
      'M11 failing',
      'M12 pending',
      'M13 fulfilled',
      'M14 failing',
      'M15 fulfilled',
      'M16 not-applicable',
    ]);
    const expected: Record<WireCoverageStatus, number> = {
      'not-applicable': 2,
      pending: 4,
      failing: 4,
      partial: 0,
      waived: 0,
      fulfilled: 6,
    };
    assert.deepEqual(result.summary, expected);
    assert.equal(
      result.summaryText,
      '6 of 16 measures fulfilled · 4 failing · 4 pending · 2 not applicable',
    );
    const m2 = result.measures[1];
    assert.deepEqual([m2.errors, m2.warnings, m2.findings.length], [3, 0, 3]);
    const m11 = result.measures[10];
    assert.deepEqual(m11.findings, [
      {
        uri: uri('broken/negotiation.engagement.yaml'),
        range: range(288, 27, 32),
        ruleId: 'access/default-passwords',
        severity: 'error',
        message:
          'accessControl.defaultPasswordsChanged is false: default passwords are still in use (OPS.3.1.M11)',
      },
    ]);
    const m8 = result.measures[7];
    assert.deepEqual([m8.errors, m8.warnings], [2, 1]);
    assert.ok(m8.findings.every((f) => f.uri === uri('broken/mismatch.dca.yaml')));
    const mismatch = m8.findings.find((f) => f.ruleId === 'dca/protection-mismatch');
    assert.deepEqual(mismatch?.range, range(21, 16, 22), "a DCA's finding is ranged in the DCA");
    const dcaLine = BROKEN['broken/mismatch.dca.yaml'].split('\n')[21];
    assert.equal(dcaLine.slice(16, 22), 'normal');
    const term = m8.due.find((due) => due.what === 'term');
    assert.equal(term?.uri, uri('broken/mismatch.dca.yaml'));
    const termLine = BROKEN['broken/mismatch.dca.yaml'].split('\n').indexOf('term:');
    assert.deepEqual(term?.range, range(termLine, 0, 4), 'the due date points at its key');
  });

  test('a DCA document answers with the coverage of its engagement', async () => {
    const fromDca = await coverage('broken/mismatch.dca.yaml');
    assert.equal(fromDca?.id, 'ENG-2026-019');
    assert.equal(fromDca?.file, uri('broken/negotiation.engagement.yaml'));
    assert.deepEqual(fromDca, await coverage('broken/negotiation.engagement.yaml'));
  });

  test('examples/clean: all sixteen fulfilled', async () => {
    const result = await coverage('clean/erp-hosting.engagement.yaml');
    assert.equal(result?.id, 'ENG-2025-004');
    assert.equal(result?.summary.fulfilled, 16);
    assert.ok(result?.measures.every((m) => m.status === 'fulfilled' && m.findings.length === 0));
  });

  test('a non-policy document, an unknown one, or bad params: null', async () => {
    assert.equal(await coverage('notes/other.yaml'), null);
    assert.equal(await coverage('nowhere/missing.engagement.yaml'), null);
    await client.open(uri('notes/open.yaml'), 'plain: yaml\n');
    assert.equal(await coverage('notes/open.yaml'), null);
    assert.deepEqual(await lenses('notes/open.yaml'), []);
    for (const params of [{}, { uri: 42 }, null]) {
      const answer = await client.connection.sendRequest('outsourcingPolicy/coverage', params);
      assert.equal(answer, null, JSON.stringify(params));
    }
  });

  test('code lenses of a small engagement: titles, ranges and the show-measure command', async () => {
    await client.open(uri('small.engagement.yaml'), SMALL);
    await client.diagnosticsFor(uri('small.engagement.yaml'), 1);
    const found = await lenses('small.engagement.yaml');
    const show = (title: string, line: number, to: number, measure?: string) => ({
      range: range(line, 0, to),
      command: {
        title,
        command: 'outsourcingPolicy.showMeasure',
        arguments: measure
          ? [uri('small.engagement.yaml'), measure]
          : [uri('small.engagement.yaml')],
      },
    });
    assert.deepEqual(found, [
      show('1 of 16 measures fulfilled · 3 failing · 10 pending · 2 not applicable', 2, 8),
      show('OPS.3.1.M1 · 5 errors · 5 warnings', 2, 8, 'OPS.3.1.M1'),
      show('OPS.3.1.M3 · fulfilled', 3, 15, 'OPS.3.1.M3'),
      show('OPS.3.1.M10 · 1 error', 4, 7, 'OPS.3.1.M10'),
      show('OPS.3.1.M1 · 5 errors · 5 warnings', 5, 12, 'OPS.3.1.M1'),
      show('OPS.3.1.M13 · 1 error', 2, 8, 'OPS.3.1.M13'),
    ]);
  });

  test('a DCA gets one lens above engagementRef: M8 of its engagement', async () => {
    const found = await lenses('broken/mismatch.dca.yaml');
    assert.deepEqual(
      found.map((lens) => [lens.range.start.line, lens.command?.title, lens.command?.arguments]),
      [
        [
          9,
          'OPS.3.1.M8 of engagement ENG-2026-019 · 2 errors · 1 warning',
          [uri('broken/mismatch.dca.yaml'), 'OPS.3.1.M8'],
        ],
      ],
    );
  });

  test('a keystroke that fixes the last error of M11 turns it fulfilled; lenses follow', async () => {
    const file = uri('broken/negotiation.engagement.yaml');
    await client.open(file, NEGOTIATION, 1);
    await client.diagnosticsFor(file, 1);
    const titleOf = async (measure: string) =>
      (await lenses('broken/negotiation.engagement.yaml')).find(
        (lens) => lens.command?.arguments?.[1] === measure,
      )?.command?.title;
    assert.equal(await titleOf('OPS.3.1.M11'), 'OPS.3.1.M11 · 1 error');
    const refreshesBefore = client.codeLensRefreshes;
    const errorsBefore = lastStatus()?.errorCount;
    assert.equal(typeof errorsBefore, 'number');
    assert.equal(NEGOTIATION.split('\n')[288].slice(27, 32), 'false');
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: file, version: 2 },
      contentChanges: [{ range: range(288, 27, 32), text: 'true' }],
    });
    const diagnostics = await client.diagnosticsFor(file, 2);
    assert.ok(!diagnostics.some((d) => d.code === 'access/default-passwords'));
    const m11 = (await coverage('broken/negotiation.engagement.yaml'))?.measures[10];
    assert.deepEqual([m11?.status, m11?.errors, m11?.findings], ['fulfilled', 0, []]);
    assert.equal(await titleOf('OPS.3.1.M11'), 'OPS.3.1.M11 · fulfilled');
    assert.equal(await titleOf('OPS.3.1.M2'), 'OPS.3.1.M2 · 3 errors', 'the others stay');
    await client.waitFor('a code lens refresh', () =>
      client.codeLensRefreshes > refreshesBefore ? true : undefined,
    );
    const status = await client.waitFor('the status with one error less', () => {
      const last = lastStatus();
      return last?.errorCount === Number(errorsBefore) - 1 ? last : undefined;
    });
    assert.equal(status.level, 'standard');
    assert.ok(Number(status.documentCount) >= 7, 'the examples and the open small engagement');
  });

  test('an edit of a DCA changes M8 of its engagement and asks for new lenses', async () => {
    const dca = uri('broken/mismatch.dca.yaml');
    const text = BROKEN['broken/mismatch.dca.yaml'];
    await client.open(dca, text, 1);
    await client.diagnosticsFor(dca, 1);
    const m8Title = async (file: string) =>
      (await lenses(file)).find((lens) => lens.command?.arguments?.[1] === 'OPS.3.1.M8')?.command
        ?.title;
    assert.equal(
      await m8Title('broken/negotiation.engagement.yaml'),
      'OPS.3.1.M8 · 2 errors · 1 warning',
    );
    const refreshesBefore = client.codeLensRefreshes;
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: dca, version: 2 },
      contentChanges: [{ range: range(21, 16, 22), text: 'high' }],
    });
    await client.diagnosticsFor(dca, 2);
    await client.waitFor('a code lens refresh', () =>
      client.codeLensRefreshes > refreshesBefore ? true : undefined,
    );
    const m8 = (await coverage('broken/negotiation.engagement.yaml'))?.measures[7];
    assert.deepEqual([m8?.status, m8?.errors, m8?.warnings], ['failing', 1, 1]);
    assert.equal(
      await m8Title('broken/negotiation.engagement.yaml'),
      'OPS.3.1.M8 · 1 error · 1 warning',
    );
    assert.equal(
      await m8Title('broken/mismatch.dca.yaml'),
      'OPS.3.1.M8 of engagement ENG-2026-019 · 1 error · 1 warning',
    );
  });

  test("the coverage report: HTML and Markdown of the engagement (with engineer A's renderers)", async () => {
    const html = await client.connection.sendRequest<CoverageReportResult | null>(
      'outsourcingPolicy/coverageReport',
      { uri: uri('broken/mismatch.dca.yaml'), format: 'html' },
    );
    assert.equal(html?.engagementId, 'ENG-2026-019', 'a DCA reports on its engagement');
    assert.match(html?.text ?? '', /ENG-2026-019/);
    assert.match(html?.text ?? '', /data-status="failing"/, 'M2 (and M8, M14) are failing');
    assert.match(html?.text ?? '', /<html[\s>]/i);
    const broken = await client.connection.sendRequest<CoverageReportResult | null>(
      'outsourcingPolicy/coverageReport',
      { uri: uri('small.engagement.yaml'), format: 'markdown' },
    );
    assert.equal(broken?.engagementId, 'ENG-S');
    assert.match(broken?.text ?? '', /ENG-S/);
  });

  test('the coverage report: a bad format is refused, a non-policy document has none', async () => {
    await assert.rejects(
      client.connection.sendRequest('outsourcingPolicy/coverageReport', {
        uri: uri('small.engagement.yaml'),
        format: 'pdf',
      }),
      (error: { code?: number; message?: string }) =>
        error.code === -32602 && /format must be "html" or "markdown"/.test(error.message ?? ''),
    );
    assert.equal(
      await client.connection.sendRequest('outsourcingPolicy/coverageReport', {
        uri: uri('notes/other.yaml'),
        format: 'html',
      }),
      null,
    );
  });
});

test('code lenses in German follow the editor locale', async () => {
  const root = tempTree({});
  const file = uriOf(path.join(root, 'small.engagement.yaml'));
  const client = new TestLanguageClient();
  try {
    await client.initialize(root, {}, {}, { locale: 'de' });
    await client.open(file, SMALL);
    await client.diagnosticsFor(file, 1);
    const found = await client.connection.sendRequest<CodeLens[]>('textDocument/codeLens', {
      textDocument: { uri: file },
    });
    assert.deepEqual(
      found.map((lens) => `${lens.range.start.line} ${lens.command?.title}`),
      [
        '2 1 von 16 Maßnahmen erfüllt · 3 nicht erfüllt · 10 noch nicht fällig · 2 entbehrlich',
        '2 OPS.3.1.M1 · 5 Fehler · 5 Warnungen',
        '3 OPS.3.1.M3 · erfüllt',
        '4 OPS.3.1.M10 · 1 Fehler',
        '5 OPS.3.1.M1 · 5 Fehler · 5 Warnungen',
        '2 OPS.3.1.M13 · 1 Fehler',
      ],
    );
    const result = await client.connection.sendRequest<CoverageResult | null>(
      'outsourcingPolicy/coverage',
      { uri: file },
    );
    assert.equal(result?.measures[1].title, 'Vertragsgestaltung mit den Outsourcing-Kunden');
    assert.equal(
      result?.summaryText,
      '1 von 16 Maßnahmen erfüllt · 3 nicht erfüllt · 10 noch nicht fällig · 2 entbehrlich',
    );
  } finally {
    await client.shutdown();
  }
  assert.equal(client.exitCode, 0);
});
