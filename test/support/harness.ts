/**
 * Test helpers that let rule tests read like the feature: inline YAML, with the expected
 * span of a finding marked as ⟦…⟧ in the text.
 */
import assert from 'node:assert/strict';
import { validateTexts, type Finding, type Level, type SourceText } from '../../server/src/core';
import type { Locale } from '../../server/src/core/i18n/locale';

export const TODAY = '2026-11-27';

/** Removes the common indentation of a template literal and its first empty line. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce(
    (out, part, i) => out + part + (i < values.length ? String(values[i]) : ''),
    '',
  );
  const lines = raw
    .replace(/^\n/, '')
    .replace(/\n[ \t]*$/, '\n')
    .split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

export interface CheckOptions {
  uri?: string;
  /** The language of the texts (default English). */
  locale?: Locale;
  today?: string;
  level?: Level;
  /** Other workspace files checked together with this one. */
  others?: SourceText[];
  /** Files larger than this are skipped (default 2 MiB). */
  maxDocumentSize?: number;
  /** Findings per file at most (default 300). */
  maxFindings?: number;
}

/** Validates `text` (with any ⟦ ⟧ markers removed) and returns the findings of its file. */
export function check(text: string, options: CheckOptions = {}): Finding[] {
  const source = { uri: options.uri ?? 'test.engagement.yaml', text: text.replace(/[⟦⟧]/g, '') };
  const results = validateTexts([source, ...(options.others ?? [])], {
    level: options.level ?? 'standard',
    today: options.today ?? TODAY,
    maxDocumentSize: options.maxDocumentSize ?? 2 * 1024 * 1024,
    ...(options.maxFindings !== undefined ? { maxFindings: options.maxFindings } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
  });
  return results[0].findings;
}

/** The span marked ⟦…⟧ in `text`, as offsets into the text without markers. */
export function markedSpan(text: string): { start: number; end: number } {
  const start = text.indexOf('⟦');
  const end = text.indexOf('⟧');
  assert.ok(start >= 0 && end > start, 'the fixture must mark the expected span with ⟦…⟧');
  return { start, end: end - 1 };
}

export interface Expected {
  ruleId: string;
  measure: string | null;
  severity: Finding['severity'];
  /** A part of what the finding says (its message or its detail) that must be there. */
  message?: string | RegExp;
  /** The rule's message id the finding must carry. */
  messageId?: string;
}

/** Everything a finding says: its message, and its detail on the next line. */
export function said(finding: Finding): string {
  return finding.detail ? `${finding.message}\n${finding.detail}` : finding.message;
}

/** Asserts exactly one finding of `expected.ruleId` at the ⟦marked⟧ span, with measure and severity. */
export function expectFinding(
  text: string,
  expected: Expected,
  options: CheckOptions = {},
): Finding {
  const span = markedSpan(text);
  const findings = check(text, options).filter((f) => f.ruleId === expected.ruleId);
  const plain = text.replace(/[⟦⟧]/g, '');
  const describe = (f: Finding) =>
    `${f.ruleId} ${f.severity} ${f.measure} [${JSON.stringify(plain.slice(f.start, f.end))}] ${said(f)}`;
  const matches = (f: Finding) =>
    (expected.messageId === undefined || f.messageId === expected.messageId) &&
    (expected.message === undefined ||
      (expected.message instanceof RegExp
        ? expected.message.test(said(f))
        : said(f).includes(expected.message)));
  const atSpan = findings.filter((f) => f.start === span.start && f.end === span.end && matches(f));
  assert.equal(
    atSpan.length,
    1,
    `expected one ${expected.ruleId} at ${JSON.stringify(plain.slice(span.start, span.end))}; got:\n${findings.map(describe).join('\n') || '(none)'}`,
  );
  const found = atSpan[0];
  assert.equal(found.measure, expected.measure, describe(found));
  assert.equal(found.severity, expected.severity, describe(found));
  return found;
}

/** Asserts that no finding of `ruleId` is reported. */
export function expectNoFinding(text: string, ruleId: string, options: CheckOptions = {}): void {
  const findings = check(text, options).filter((f) => f.ruleId === ruleId);
  assert.deepEqual(
    findings.map((f) => f.message),
    [],
    `expected no ${ruleId}`,
  );
}
