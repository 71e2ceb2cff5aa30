/**
 * `--format markdown`: a summary for `$GITHUB_STEP_SUMMARY` or a pull-request comment: a
 * verdict, findings per file, coverage of the sixteen measures and the findings themselves
 * (the most severe first, at most `MAX_FINDING_ROWS`). Text from the checked documents is
 * escaped so it cannot add links, HTML or table columns.
 */
import {
  DOCS_BASE_URL,
  measureAnchor,
  MEASURES,
  ruleDocUrl,
  ruleInfo,
  type MeasureInfo,
  type Severity,
} from '../../core';
import { SEVERITY_RANK, type Report, type ReportedFinding } from '../report';

export const MAX_FINDING_ROWS = 100;

interface Counts {
  error: number;
  warning: number;
  info: number;
}

const ICON: Record<Severity | 'none', string> = {
  error: '❌',
  warning: '⚠️',
  info: 'ℹ️',
  none: '✅',
};

/** Escapes text for a table cell: Markdown punctuation that could format or link, pipes and line breaks. */
export function cell(text: string): string {
  return text.replace(/[\\`*_[\]<>|~&]/g, '\\$&').replace(/\r\n|\r|\n/g, '<br>');
}

/** A code span that survives backticks and pipes in `text`. */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  const inner = text.replace(/\r\n|\r|\n/g, ' ').replace(/\|/g, '\\|');
  return `${fence}${pad}${inner}${pad}${fence}`;
}

function countsOf(findings: readonly ReportedFinding[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

function worst(counts: Counts): Severity | 'none' {
  if (counts.error) return 'error';
  if (counts.warning) return 'warning';
  return counts.info ? 'info' : 'none';
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function verdict(report: Report): string {
  const counts = countsOf(report.findings);
  const files = plural(report.files.length, 'file');
  if (report.findings.length === 0) return `${ICON.none} No findings in ${files}.`;
  const tally = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info`;
  return `${ICON[worst(counts)]} ${tally} in ${files}.`;
}

function row(cells: readonly (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

function fileTable(report: Report): string[] {
  const files = [...new Set([...report.files, ...report.findings.map((f) => f.file)])];
  if (files.length === 0) return ['_No files were checked._'];
  const byFile = new Map<string, Counts>(files.map((file) => [file, countsOf([])]));
  for (const finding of report.findings) byFile.get(finding.file)![finding.severity]++;
  const lines = [row(['File', 'Errors', 'Warnings', 'Info']), row(['---', '---:', '---:', '---:'])];
  for (const [file, counts] of byFile) {
    lines.push(row([codeSpan(file), counts.error, counts.warning, counts.info]));
  }
  return lines;
}

function measureLink(measure: MeasureInfo): string {
  return `[${measure.id}](${DOCS_BASE_URL}docs/measures.md#${measureAnchor(measure.id)})`;
}

function measureRow(id: string, title: string, findings: readonly ReportedFinding[]): string {
  const counts = countsOf(findings);
  return row([id, cell(title), counts.error, counts.warning, counts.info, ICON[worst(counts)]]);
}

function measureTable(report: Report): string[] {
  const head = ['Measure', 'Title', 'Errors', 'Warnings', 'Info', 'Status'];
  const lines = [row(head), row(['---', '---', '---:', '---:', '---:', ':---:'])];
  const known = new Set<string>(MEASURES.map((m) => m.id));
  for (const measure of MEASURES) {
    lines.push(
      measureRow(
        measureLink(measure),
        measure.title,
        report.findings.filter((f) => f.measure === measure.id),
      ),
    );
  }
  const other = report.findings.filter((f) => f.measure === null || !known.has(f.measure));
  if (other.length) lines.push(measureRow('–', 'No measure (YAML and document problems)', other));
  return lines;
}

function findingRow(finding: ReportedFinding): string {
  const rule = ruleInfo(finding.ruleId)
    ? `[${cell(finding.ruleId)}](${ruleDocUrl(finding.ruleId)})`
    : cell(finding.ruleId);
  return row([
    `${ICON[finding.severity]} ${finding.severity}`,
    codeSpan(`${finding.file}:${finding.line}`),
    rule,
    cell(finding.message),
  ]);
}

function findingTable(report: Report): string[] {
  const sorted = [...report.findings].sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity],
  );
  const shown = sorted.slice(0, MAX_FINDING_ROWS);
  const lines = [
    row(['Severity', 'Location', 'Rule', 'Message']),
    row(['---', '---', '---', '---']),
  ];
  lines.push(...shown.map(findingRow));
  if (sorted.length > shown.length) {
    lines.push(
      '',
      `_Showing the ${shown.length} most severe of ${sorted.length} findings; the SARIF, JSON or JUnit report lists all of them._`,
    );
  }
  return lines;
}

function section(title: string, body: readonly string[]): string[] {
  return ['', `### ${title}`, '', ...body];
}

export function formatMarkdown(report: Report): string {
  const lines = ['## OPS.3.1 outsourcing policy check', '', verdict(report)];
  lines.push(...section('Files', fileTable(report)));
  lines.push(...section('Measures', measureTable(report)));
  if (report.findings.length) lines.push(...section('Findings', findingTable(report)));
  lines.push('', `<sub>outsourcing-policy ${cell(report.version)}</sub>`);
  return lines.join('\n') + '\n';
}
