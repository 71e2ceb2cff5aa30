/**
 * What a problem list shows (FORMAT.md section 5): every message says what is wrong in one short
 * sentence and names its measure there, so that an editor's Problems row shows the measure
 * without opening anything. The why and the what-to-do live in the finding's detail. Checked over
 * every message the examples, the e2e fixtures and their one-line breakages produce.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Finding } from '../../server/src/core';
import type { RuleId } from '../../server/src/core/rules/registry';
import { check, yaml } from '../support/harness';
import { visitCorpusFindings } from '../support/messageCorpus';

/** Aims of FORMAT.md section 5 and issue 9: median under 110 characters, none over 180. */
const MEDIAN_LIMIT = 110;
const LONGEST = 180;

/** Rule ids the corpus must reach, so that the bounds below are not checked on too little. */
const REACHED: readonly RuleId[] = [
  'schema/required',
  'schema/type',
  'schema/enum',
  'schema/format',
  'schema/unknown-key',
  'schema/must-be-true',
  'yaml/syntax',
  'yaml/duplicate-key',
  'reference/unresolved',
  'engagement/dca-missing',
  'dca/activation-gate',
  'dca/protection-mismatch',
  'emergency/rto',
  'termination/notice-period',
  'tenancy/client-concept',
  'subcontracting/flow-down',
  'review/overdue',
];

interface Seen {
  finding: Finding;
  count: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function describeFinding(finding: Finding): string {
  return `${finding.ruleId} (${finding.message.length}): ${finding.message}`;
}

describe('messages over the corpus', () => {
  const byMessage = new Map<string, Seen>();
  before(() =>
    visitCorpusFindings((finding) => {
      const seen = byMessage.get(finding.message);
      if (seen) seen.count++;
      else byMessage.set(finding.message, { finding, count: 1 });
    }),
  );
  const distinct = () => [...byMessage.values()].map((seen) => seen.finding);

  test('the corpus reaches the common rules', () => {
    const reached = new Set(distinct().map((finding) => finding.ruleId));
    assert.deepEqual(
      REACHED.filter((id) => !reached.has(id)),
      [],
    );
    assert.ok(byMessage.size > 500, `only ${byMessage.size} distinct messages`);
  });

  test(`the median message is shorter than ${MEDIAN_LIMIT} characters`, () => {
    const lengths = distinct().map((finding) => finding.message.length);
    assert.ok(median(lengths) < MEDIAN_LIMIT, `median ${median(lengths)}`);
  });

  test(`no message is longer than ${LONGEST} characters`, () => {
    const tooLong = distinct()
      .filter((finding) => finding.message.length > LONGEST)
      .map(describeFinding);
    assert.deepEqual(tooLong, []);
  });

  test('every finding with a measure names it in its one-line message', () => {
    const unnamed = distinct()
      .filter((f) => f.measure !== null && !f.message.includes(`(${f.measure})`))
      .map(describeFinding);
    assert.deepEqual(unnamed, []);
    const multiLine = distinct()
      .filter((f) => /[\r\n]/.test(f.message))
      .map(describeFinding);
    assert.deepEqual(multiLine, []);
  });

  test('a detail adds whole sentences and does not repeat the message', () => {
    const odd = distinct()
      .filter((f) => f.detail !== undefined)
      .filter((f) => !/^[A-Z"].*[.?!]$/s.test(f.detail ?? '') || f.detail?.includes(f.message))
      .map((f) => `${describeFinding(f)}\n  detail: ${f.detail}`);
    assert.deepEqual(odd, []);
  });
});

describe('unknown keys', () => {
  const HEADER = yaml`
    apiVersion: outsourcing-policy/v1
    kind: Engagement
    metadata: {id: ENG-1, title: t, status: planning, version: "1"}
  `;

  test('an unknown key inside a section names the section’s measure in its message', () => {
    const [found] = check(`${HEADER}contract:\n  colour: blue\n`).filter(
      (f) => f.ruleId === 'schema/unknown-key',
    );
    assert.equal(found.measure, 'OPS.3.1.M2');
    assert.equal(found.message, 'colour is not a known key of contract (OPS.3.1.M2)');
    assert.match(found.detail ?? '', /^Known keys here: .*\bterm\b/);
  });

  test('a misspelt top-level section names the measure of the section it suggests', () => {
    const [found] = check(`${HEADER}contrakt: {}\n`).filter(
      (f) => f.ruleId === 'schema/unknown-key',
    );
    assert.equal(found.measure, 'OPS.3.1.M2');
    assert.equal(
      found.message,
      'contrakt is not a known key of the top level; did you mean contract? (OPS.3.1.M2)',
    );
  });
});
