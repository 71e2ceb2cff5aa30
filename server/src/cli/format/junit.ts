/**
 * `--format junit`: JUnit XML for CI test dashboards. One test suite per checked file; every
 * finding is a test case (errors and warnings fail, infos pass with their text as output), and
 * a file without findings has a single passing case so that it still shows up.
 */
import { DEFAULT_LOCALE } from '../../core';
import type { Report, ReportedFinding } from '../report';
import { cliTexts, fill, type CliTexts } from '../texts';

/** Characters XML 1.0 does not allow at all (C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF). */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** A forbidden character as readable text, e.g. `\u0007`. */
function visible(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Escapes text for an attribute value; tabs and line breaks become character references so parsers keep them. */
export function escapeAttribute(text: string): string {
  return text.replace(FORBIDDEN, visible).replace(/[&<>"'\t\n\r]/g, (char) => ENTITIES[char]);
}

/** Escapes element content; line breaks and tabs stay as they are, except CR (kept as a reference). */
export function escapeText(text: string): string {
  return text.replace(FORBIDDEN, visible).replace(/[&<>"'\r]/g, (char) => ENTITIES[char]);
}

function attributes(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join('');
}

function isFailure(finding: ReportedFinding): boolean {
  return finding.severity !== 'info';
}

function details(finding: ReportedFinding, texts: CliTexts): string {
  const measure = finding.measure ? ` (${finding.measure})` : '';
  const where = `${finding.file}:${finding.line}:${finding.column}`;
  const detail = finding.detail ? `\n${finding.detail}` : '';
  const severity = texts.severity[finding.severity];
  return `${where} ${severity} ${finding.ruleId}${measure}\n${finding.message}${detail}`;
}

function testCase(file: string, finding: ReportedFinding, texts: CliTexts): string[] {
  const { ruleId, line, column } = finding;
  const name = fill(texts.junit.caseName, { ruleId, line, column });
  const open = `    <testcase${attributes({ name, classname: file })}>`;
  const text = escapeText(details(finding, texts));
  const body = isFailure(finding)
    ? `      <failure${attributes({ message: finding.message, type: finding.severity })}>${text}</failure>`
    : `      <system-out>${text}</system-out>`;
  return [open, body, '    </testcase>'];
}

function testSuite(file: string, findings: readonly ReportedFinding[], texts: CliTexts): string[] {
  const failures = findings.filter(isFailure).length;
  const tests = Math.max(1, findings.length);
  const head = `  <testsuite${attributes({ name: file, tests, failures, errors: 0, skipped: 0 })}>`;
  const cases = findings.length
    ? findings.flatMap((finding) => testCase(file, finding, texts))
    : [`    <testcase${attributes({ name: texts.junit.cleanCase, classname: file })}/>`];
  return [head, ...cases, '  </testsuite>'];
}

/** Findings by file: every checked file (also clean ones), then files only known from findings. */
function findingsByFile(report: Report): Map<string, ReportedFinding[]> {
  const byFile = new Map<string, ReportedFinding[]>(report.files.map((file) => [file, []]));
  for (const finding of report.findings) {
    const list = byFile.get(finding.file);
    if (list) list.push(finding);
    else byFile.set(finding.file, [finding]);
  }
  return byFile;
}

export function formatJUnit(report: Report): string {
  const texts = cliTexts(report.locale ?? DEFAULT_LOCALE);
  const byFile = findingsByFile(report);
  const suites = [...byFile].flatMap(([file, findings]) => testSuite(file, findings, texts));
  const tests = [...byFile.values()].reduce((sum, list) => sum + Math.max(1, list.length), 0);
  const failures = report.findings.filter(isFailure).length;
  const root = attributes({ name: 'outsourcing-policy', tests, failures, errors: 0 });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${root}>`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
