/**
 * Hostile YAML: alias bombs, deep nesting, huge files, a huge line and a huge flat mapping.
 * Each answers with a diagnostic (or its findings) within a bound on the CPU time it uses, not
 * on wall-clock time, so that a loaded machine cannot make them fail (one did at 5,983 ms of
 * a 5,000 ms wall-clock bound). The bounds are five to fifty times the CPU time these take on
 * a 2-core machine: a regression to quadratic time or a hang still fails. Speed is for bench/.
 */
import assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import {
  buildWorkspaceIndex,
  DEFAULT_MAX_DOCUMENT_SIZE,
  defaultOptions,
  parsePolicyFile,
  validateTexts,
  type Finding,
  type ValidationOptions,
} from '../../server/src/core';
import { codeActions, fixAll, toActionable } from '../../server/src/core/features/codeActions';
import { complete } from '../../server/src/core/features/completion';
import type { FeatureContext } from '../../server/src/core/features/context';
import { hover } from '../../server/src/core/features/hover';
import { definition, prepareRename, references } from '../../server/src/core/features/navigation';
import { documentSymbols } from '../../server/src/core/features/symbols';
import { cpuTimed } from '../support/cpuTime';
import { TODAY, yaml } from '../support/harness';

const OPTIONS = defaultOptions(TODAY);
const URI = 'hostile.engagement.yaml';
const HEADER = yaml`
  apiVersion: outsourcing-policy/v1
  kind: Engagement
  metadata: {id: ENG-1, title: t, version: "1", status: planning}
`;

/** Validates `text` as the only file and measures the CPU time it takes (the schemas are warm). */
function timedCheck(
  text: string,
  options: ValidationOptions = OPTIONS,
): { findings: Finding[]; ms: number } {
  const { result, cpuMs } = cpuTimed(() => validateTexts([{ uri: URI, text }], options));
  return { findings: result[0].findings, ms: cpuMs };
}

/** Fails when `cpuMs` of CPU time exceeds the bound; wall-clock time is never bounded here. */
function assertCpuWithin(t: TestContext, cpuMs: number, boundMs: number, what: string): void {
  t.diagnostic(`${what}: ${cpuMs.toFixed(0)} ms of CPU time (bound ${boundMs} ms)`);
  assert.ok(
    cpuMs < boundMs,
    `${what} took ${cpuMs.toFixed(0)} ms of CPU time, more than the bound of ${boundMs} ms`,
  );
}

function ruleIds(findings: readonly Finding[]): string[] {
  return findings.map((finding) => finding.ruleId);
}

function assertNestedTooDeeply(findings: readonly Finding[]): void {
  const found = findings.find((f) => f.ruleId === 'yaml/syntax');
  assert.ok(found, `expected yaml/syntax, got ${ruleIds(findings).join(', ')}`);
  assert.equal(found.severity, 'error');
  assert.match(found.message, /nested too deeply/);
}

function assertTooLarge(findings: readonly Finding[], limit: number, length: number): void {
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.severity, f.start]),
    [['document/too-large', 'info', 0]],
  );
  assert.match(findings[0].message, new RegExp(`${length} characters.*limit of ${limit}`));
}

/** A mapping nested `levels` deep in block style, one space more per level. */
function deepBlockMap(levels: number): string {
  const lines: string[] = [];
  for (let level = 0; level < levels; level++) lines.push(`${' '.repeat(level + 1)}a:`);
  return `${HEADER}deep:\n${lines.join('\n')} x\n`;
}

/** A flat mapping of `count` keys after the header. */
function flatMap(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) lines.push(`key${i}: value ${i}`);
  return `${HEADER}${lines.join('\n')}\n`;
}

test('warm-up: the schemas are compiled before anything is timed', () => {
  assert.ok(timedCheck(HEADER).findings.length > 0);
});

test('an alias bomb (9 levels of 10 aliases) stops at the cap with yaml/alias-limit', (t) => {
  const levels = ['l0: &l0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let level = 1; level < 9; level++)
    levels.push(
      `l${level}: &l${level} [${Array(10)
        .fill(`*l${level - 1}`)
        .join(', ')}]`,
    );
  const text = `${HEADER}bomb:\n${levels.map((line) => `  ${line}`).join('\n')}\n`;
  const { findings, ms } = timedCheck(text);
  assert.deepEqual(ruleIds(findings), ['yaml/alias-limit']);
  assert.equal(text.slice(findings[0].start, findings[0].end), '*l0');
  assertCpuWithin(t, ms, 2000, 'the alias bomb');
});

test('a recursive alias (&a [*a]) stops with yaml/alias-limit instead of endless data', (t) => {
  const text = `${HEADER}parties: &p {provider: {id: x, again: *p}}\n`;
  const { findings, ms } = timedCheck(text);
  assert.deepEqual(ruleIds(findings), ['yaml/alias-limit']);
  assert.equal(text.slice(findings[0].start, findings[0].end), '*p');
  assert.match(findings[0].message, /refers to a node that contains it/);
  assertCpuWithin(t, ms, 2000, 'the recursive alias');
});

test('10,000 levels of flow sequences [[[…]]] answer with a nesting diagnostic', (t) => {
  const { findings, ms } = timedCheck(
    `${HEADER}deep: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`,
  );
  assertNestedTooDeeply(findings);
  assertCpuWithin(t, ms, 4000, '10,000 nested flow sequences');
});

test('10,000 levels of flow mappings {a: {a: …}} answer with a nesting diagnostic', (t) => {
  const text = `${HEADER}deep: ${'{a: '.repeat(10_000)}x${'}'.repeat(10_000)}\n`;
  const { findings, ms } = timedCheck(text);
  assertNestedTooDeeply(findings);
  assertCpuWithin(t, ms, 4000, '10,000 nested flow mappings');
});

test('10,000 levels of block sequences (- - - … x) answer with a nesting diagnostic', (t) => {
  const { findings, ms } = timedCheck(`${HEADER}deep:\n${'- '.repeat(10_000)}x\n`);
  assertNestedTooDeeply(findings);
  assertCpuWithin(t, ms, 4000, '10,000 nested block sequences');
});

test('10,000 levels of block mappings (50 MB of indentation) get the too-large info', (t) => {
  const text = deepBlockMap(10_000);
  const { findings, ms } = timedCheck(text);
  assertTooLarge(findings, DEFAULT_MAX_DOCUMENT_SIZE, text.length);
  assertCpuWithin(t, ms, 4000, '10,000 nested block mappings');
});

test('10,000 levels of block mappings under a raised limit answer with a nesting diagnostic', (t) => {
  const { findings, ms } = timedCheck(deepBlockMap(10_000), {
    ...OPTIONS,
    maxDocumentSize: 64 * 1024 * 1024,
  });
  assertNestedTooDeeply(findings);
  assertCpuWithin(t, ms, 10000, '10,000 nested block mappings, fully read');
});

test('2,000 levels of block mappings, just under the limit, answer with a nesting diagnostic', (t) => {
  const text = deepBlockMap(2000);
  assert.ok(text.length < DEFAULT_MAX_DOCUMENT_SIZE);
  const { findings, ms } = timedCheck(text);
  assertNestedTooDeeply(findings);
  assertCpuWithin(t, ms, 2000, '2,000 nested block mappings');
});

test('500 levels of block mappings are still read and checked', (t) => {
  const { findings, ms } = timedCheck(deepBlockMap(500));
  assert.ok(!ruleIds(findings).includes('yaml/syntax'), ruleIds(findings).join(', '));
  assert.ok(ruleIds(findings).includes('schema/unknown-key'));
  assertCpuWithin(t, ms, 2000, '500 nested block mappings');
});

test('a 20 MB file gets the too-large info with the default limit, without being parsed', (t) => {
  const line = `note: ${'x'.repeat(90)}\n`;
  const text = HEADER + line.repeat(Math.ceil((20 * 1024 * 1024) / line.length));
  const { findings, ms } = timedCheck(text);
  assertTooLarge(findings, DEFAULT_MAX_DOCUMENT_SIZE, text.length);
  assertCpuWithin(t, ms, 3000, 'the 20 MB file');
});

test('maxDocumentSize is configurable: a 3 MB file is skipped by default and checked when raised', (t) => {
  const item = `  - ${'x'.repeat(90)}\n`;
  const text = `${HEADER}notes:\n${item.repeat(Math.ceil((3 * 1024 * 1024) / item.length))}`;
  assertTooLarge(timedCheck(text).findings, DEFAULT_MAX_DOCUMENT_SIZE, text.length);
  const { findings, ms } = timedCheck(text, { ...OPTIONS, maxDocumentSize: 4 * 1024 * 1024 });
  assert.ok(!ruleIds(findings).includes('document/too-large'));
  assert.ok(ruleIds(findings).includes('schema/required'));
  assertCpuWithin(t, ms, 6000, 'the 3 MB file with a raised limit');
});

test('a 1 MB single-line value is checked like any other value', (t) => {
  const { findings, ms } = timedCheck(`${HEADER}note: ${'x'.repeat(1024 * 1024)}\n`);
  assert.ok(ruleIds(findings).includes('schema/unknown-key'));
  assertCpuWithin(t, ms, 4000, 'the 1 MB line');
});

test('a 1 MB single-line flow sequence of 150,000 items is checked', (t) => {
  const items = Array.from({ length: 150_000 }, (_, i) => `v${i}`).join(', ');
  const { findings, ms } = timedCheck(`${HEADER}list: [${items}]\n`);
  assert.ok(ruleIds(findings).includes('schema/unknown-key'));
  assertCpuWithin(t, ms, 10000, 'the 1 MB flow sequence');
});

test('60,000 top-level keys are checked in bounded CPU time, with the findings capped', (t) => {
  const { findings, ms } = timedCheck(flatMap(60_000));
  assert.ok(ruleIds(findings).includes('document/truncated'));
  assert.ok(findings.length < 1000, `${findings.length} findings`);
  assertCpuWithin(t, ms, 8000, '60,000 keys');
});

function contextOf(text: string): FeatureContext {
  const file = parsePolicyFile(URI, text, OPTIONS);
  return { file, index: buildWorkspaceIndex([file]), options: OPTIONS };
}

test('the editor features answer quickly on 60,000 top-level keys', (t) => {
  const ctx = contextOf(flatMap(60_000));
  const [result] = validateTexts([{ uri: URI, text: ctx.file.text }], OPTIONS);
  const actionable = result.findings.map(toActionable);
  const { cpuMs } = cpuTimed(() => {
    for (const offset of [0, 200, Math.floor(ctx.file.text.length / 2), ctx.file.text.length]) {
      complete(ctx, offset);
      hover(ctx, offset);
      definition(ctx, offset);
      references(ctx, offset, true);
      prepareRename(ctx, offset);
      codeActions(ctx, { start: offset, end: offset }, actionable);
    }
    fixAll(ctx, result.findings);
  });
  assertCpuWithin(t, cpuMs, 10_000, 'the features on 60,000 keys');
});

test('the outline of 60,000 top-level keys answers in bounded CPU time', (t) => {
  const ctx = contextOf(flatMap(60_000));
  const { result, cpuMs } = cpuTimed(() => documentSymbols(ctx));
  assertCpuWithin(t, cpuMs, 4000, 'the outline of 60,000 keys');
  const [symbol] = result;
  const names = (symbol.children ?? []).flatMap((child) => [child, ...(child.children ?? [])]);
  assert.ok(names.some((child) => child.name === 'key59999'));
});
