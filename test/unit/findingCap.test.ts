/**
 * The bound on findings per file (issue 10): whatever produces them, a file reports at most
 * `maxFindings` plus one `document/truncated` info with the number left out; errors are kept
 * before warnings before infos, and the cut is deterministic. The CLI, the project file and the
 * editor settings name the bound alike and default to the same value.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import {
  DEFAULT_MAX_FINDINGS,
  defaultOptions,
  validateTexts,
  type Finding,
  type ValidationOptions,
} from '../../server/src/core';
import { parseProjectConfig } from '../../server/src/core/config';
import { parseCommandLine, UsageError, type CheckCommand } from '../../server/src/cli/args';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/protocol';
import { effectiveSettings, normalizeSettings } from '../../server/src/lsp/settings';
import { REPO_ROOT } from '../support/cli';
import { TODAY } from '../support/harness';

const OPTIONS = defaultOptions(TODAY);
const URI = 'huge.engagement.yaml';
const HEADER =
  'apiVersion: outsourcing-policy/v1\nkind: Engagement\n' +
  'metadata: {id: ENG-1, title: t, version: "1", status: planning}\n';

function findingsOf(text: string, options: ValidationOptions = OPTIONS): Finding[] {
  return validateTexts([{ uri: URI, text }], options)[0].findings;
}

function truncatedOf(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.ruleId === 'document/truncated');
}

test('60,000 duplicate keys give the bound plus one truncated info, with the count left out', () => {
  const text = `${HEADER}${'dup: 1\n'.repeat(60_000)}`;
  const findings = findingsOf(text);
  assert.equal(findings.length, DEFAULT_MAX_FINDINGS + 1);
  const [info] = truncatedOf(findings);
  assert.equal(truncatedOf(findings).length, 1);
  assert.equal(info.severity, 'info');
  assert.equal(info.measure, null);
  const all = findingsOf(text, { ...OPTIONS, maxFindings: 1_000_000 });
  assert.equal(all.filter((f) => f.ruleId === 'yaml/duplicate-key').length, 59_999);
  assert.equal(
    info.message,
    `too many findings: ${all.length - 300} more are not shown (the limit is 300)`,
  );
  assert.ok(findings.filter((f) => f !== info).every((f) => f.severity === 'error'));
});

/** About 2 MB: unknown keys (warnings), every tenth line a duplicate key (an error). */
function twoMegabytes(): string {
  const lines: string[] = [];
  let length = HEADER.length;
  for (let i = 0; length < 2_000_000; i++) {
    const line = i % 10 === 9 ? 'dup: 1' : `unknownKey${i}: ${'v'.repeat(8)}`;
    lines.push(line);
    length += line.length + 1;
  }
  return `${HEADER}${lines.join('\n')}\n`;
}

test('a generated 2 MB document: errors are kept before warnings, the rest counted', () => {
  const text = twoMegabytes();
  assert.ok(text.length > 1.9e6 && text.length < 2 * 1024 * 1024, `${text.length} characters`);
  const findings = findingsOf(text);
  assert.equal(findings.length, DEFAULT_MAX_FINDINGS + 1);
  const shown = findings.filter((f) => f.ruleId !== 'document/truncated');
  assert.ok(
    shown.every((f) => f.severity === 'error'),
    'only errors fit under the bound',
  );
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  assert.deepEqual(findings, sorted, 'in source order');
  assert.match(truncatedOf(findings)[0].message, /^too many findings: \d+ more are not shown/);
});

test('the cut keeps every error, then the first warnings in source order, the same every run', () => {
  const keys = Array.from({ length: 50 }, (_, i) => `unknownKey${i}: x`).join('\n');
  const text = `${HEADER}${keys}\ndup: 1\ndup: 2\n`;
  const options = { ...OPTIONS, maxFindings: 10 };
  const findings = findingsOf(text, options);
  assert.deepEqual(findings, findingsOf(text, options));
  const kept = findings.filter((f) => f.ruleId !== 'document/truncated');
  assert.equal(kept.length, 10);
  const errors = findingsOf(text, { ...OPTIONS, maxFindings: 1000 }).filter(
    (f) => f.severity === 'error',
  );
  assert.deepEqual(
    kept.filter((f) => f.severity === 'error'),
    errors,
  );
  const warnings = kept.filter((f) => f.severity === 'warning');
  assert.deepEqual(
    warnings.map((f) => f.message),
    Array.from({ length: 10 - errors.length }, (_, i) => warnings[i].message),
  );
  assert.ok(warnings.every((f, i) => f.message.includes(`unknownKey${i}`)));
  const all = findingsOf(text, { ...OPTIONS, maxFindings: 1000 }).length;
  assert.equal(
    truncatedOf(findings)[0].message,
    `too many findings: ${all - 10} more are not shown (the limit is 10)`,
  );
});

test('a file under the bound gets no truncated info', () => {
  const findings = findingsOf(`${HEADER}dup: 1\ndup: 2\n`);
  assert.deepEqual(truncatedOf(findings), []);
});

test('the three front ends name the bound alike and default to the same value', () => {
  const command = parseCommandLine(['check', '--max-findings', '25']) as CheckCommand;
  assert.equal(command.maxFindings, 25);
  assert.equal((parseCommandLine(['check']) as CheckCommand).maxFindings, undefined);
  assert.throws(() => parseCommandLine(['check', '--max-findings', '0']), UsageError);
  assert.deepEqual(parseProjectConfig('maxFindings: 40\n'), {
    config: { maxFindings: 40 },
    problems: [],
  });
  assert.deepEqual(parseProjectConfig('maxFindings: -1\n').problems, [
    '.outsourcing-policy.yaml: maxFindings must be a positive whole number',
  ]);
  const settings = normalizeSettings({ validation: { maxFindings: 50 } });
  assert.equal(effectiveSettings(settings, undefined).options.maxFindings, 50);
  assert.equal(effectiveSettings(settings, 'maxFindings: 40\n').options.maxFindings, 40);
  assert.equal(normalizeSettings({ validation: { maxFindings: 'x' } }).validation.maxFindings, 300);
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
    contributes: {
      configuration: { properties: Record<string, { default: unknown; scope: string }> };
    };
  };
  const setting =
    manifest.contributes.configuration.properties['outsourcingPolicy.validation.maxFindings'];
  assert.equal(setting.default, DEFAULT_MAX_FINDINGS);
  assert.equal(setting.scope, 'window');
  assert.equal(DEFAULT_SETTINGS.validation.maxFindings, DEFAULT_MAX_FINDINGS);
  assert.equal(OPTIONS.maxFindings, DEFAULT_MAX_FINDINGS);
});
