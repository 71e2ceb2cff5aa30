/**
 * The benchmark's corpus and results file (bench/): generated engagements are deterministic,
 * of the asked size, valid with few findings, the same data in block and flow style; the
 * results writer replaces only its own section and keeps hand-written ones.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { engagementOfBytes, engagementOfLines } from '../../bench/generate/engagements';
import { END, START, writeGenerated } from '../../bench/report/markdown';
import { editedInTheMiddle } from '../../bench/lsp/scenarios';
import { summarize } from '../../bench/stats';
import { defaultOptions, validateTexts } from '../../server/src/core';

const check = (text: string) =>
  validateTexts([{ uri: 'bench.engagement.yaml', text }], defaultOptions('2026-11-27'))[0].findings;

test('generated engagements have about the asked number of lines and validate with few findings', () => {
  for (const lines of [250, 2_000, 8_000]) {
    const block = engagementOfLines(lines, 'block');
    assert.ok(Math.abs(block.lines - lines) <= lines * 0.15, `${block.lines} lines for ${lines}`);
    const findings = check(block.text);
    assert.ok(findings.length <= 5, `${lines}: ${findings.map((f) => f.ruleId).join(', ')}`);
    assert.ok(!findings.some((f) => f.ruleId.startsWith('yaml/')), 'the YAML is well-formed');
  }
});

test('the same size gives the same text, and flow style holds the same data as block style', () => {
  const block = engagementOfLines(2_000, 'block');
  assert.equal(engagementOfLines(2_000, 'block').text, block.text);
  const flow = engagementOfLines(2_000, 'flow');
  assert.notEqual(flow.text, block.text);
  assert.match(flow.text, /^\{/);
  assert.deepEqual(parse(flow.text), parse(block.text));
  const ids = (parse(block.text) as { contacts: { id: string }[] }).contacts.map((c) => c.id);
  assert.equal(new Set(ids).size, ids.length, 'contact ids are unique');
});

test('the 2 MB document is 2 MB and stays below the default size limit', () => {
  const huge = engagementOfBytes(2_000_000);
  assert.ok(huge.bytes >= 2_000_000 && huge.bytes < 2 * 1024 * 1024, `${huge.bytes} bytes`);
});

test('an edit in the middle inserts a comment before a top-level key and changes no data', () => {
  const text = engagementOfLines(2_000, 'block').text;
  const edited = editedInTheMiddle(text, 7);
  assert.match(edited, /\n# edit 7\n[A-Za-z]\w*:/);
  assert.deepEqual(parse(edited), parse(text));
});

test('the results writer replaces its section and keeps hand-written ones', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-results-'));
  const file = path.join(folder, 'RESULTS.md');
  try {
    fs.writeFileSync(file, '# Benchmark results\n\n## CLI start-up\n\nhand-written\n');
    writeGenerated(file, 'first run');
    writeGenerated(file, 'second run');
    const text = fs.readFileSync(file, 'utf8');
    assert.equal(
      text,
      `# Benchmark results\n\n${START}\nsecond run\n${END}\n\n## CLI start-up\n\nhand-written\n`,
    );
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

test('median, p95 and maximum of measurements', () => {
  assert.deepEqual(summarize([5, 1, 3]), { runs: 3, median: 3, p95: 5, max: 5 });
  assert.deepEqual(summarize([4, 1, 3, 2]), { runs: 4, median: 2.5, p95: 4, max: 4 });
  const hundred = summarize(Array.from({ length: 100 }, (_, i) => i + 1));
  assert.equal(hundred.p95, 95);
  assert.equal(hundred.max, 100);
  assert.equal(summarize([]).runs, 0);
  assert.ok(Number.isNaN(summarize([]).max));
});
