/**
 * `--format markdown`: a summary for `$GITHUB_STEP_SUMMARY` or a pull-request comment: a
 * verdict, findings per file, coverage of the sixteen measures and the findings themselves
 * (the most severe first, at most `MAX_FINDING_ROWS`). Text from the checked documents is
 * escaped so it cannot add links, HTML or table columns.
 */
import { measureAnchor, type MeasureInfo } from '../../core';
import { measureCatalogue } from '../../core';
import { DOCS_BASE_URL, docsFolder, ruleDocUrl, ruleInfo } from '../../core';
import type { Severity } from '../../core';
import { DEFAULT_LOCALE, type Locale } from '../../core';
import { markdownCode, markdownText } from '../../core';
import { SEVERITY_RANK, type Report, type ReportedFinding } from '../report';
import { cliTexts, counted, fill, type CliTexts } from '../texts';

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

/** The report's locale and its words, passed to every part of the summary. */
interface Words {
  locale: Locale;
  texts: CliTexts;
  md: CliTexts['markdown'];
}

function verdict(report: Report, { locale, md }: Words): string {
  const counts = countsOf(report.findings);
  const files = counted(locale, 'file', report.files.length);
  if (report.findings.length === 0) return `${ICON.none} ${fill(md.noFindings, { files })}`;
  const tally = fill(md.tally, {
    errors: counted(locale, 'error', counts.error),
    warnings: counted(locale, 'warning', counts.warning),
    infos: counted(locale, 'info', counts.info),
    files,
  });
  return `${ICON[worst(counts)]} ${tally}`;
}

function row(cells: readonly (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

function fileTable(report: Report, { md }: Words): string[] {
  const files = [...new Set([...report.files, ...report.findings.map((f) => f.file)])];
  if (files.length === 0) return [md.noFiles];
  const byFile = new Map<string, Counts>(files.map((file) => [file, countsOf([])]));
  for (const finding of report.findings) byFile.get(finding.file)![finding.severity]++;
  const lines = [
    row([md.file, md.errors, md.warnings, md.infos]),
    row(['---', '---:', '---:', '---:']),
  ];
  for (const [file, counts] of byFile) {
    lines.push(row([markdownCode(file), counts.error, counts.warning, counts.info]));
  }
  return lines;
}

function measureLink(measure: MeasureInfo, locale: Locale): string {
  const page = `${DOCS_BASE_URL}${docsFolder(locale)}measures.md`;
  return `[${measure.id}](${page}#${measureAnchor(measure.id)})`;
}

function measureRow(id: string, title: string, findings: readonly ReportedFinding[]): string {
  const counts = countsOf(findings);
  return row([
    id,
    markdownText(title),
    counts.error,
    counts.warning,
    counts.info,
    ICON[worst(counts)],
  ]);
}

function measureTable(report: Report, { locale, md }: Words): string[] {
  const head = [md.measure, md.title, md.errors, md.warnings, md.infos, md.status];
  const lines = [row(head), row(['---', '---', '---:', '---:', '---:', ':---:'])];
  const measures = measureCatalogue(locale);
  const known = new Set<string>(measures.map((m) => m.id));
  for (const measure of measures) {
    lines.push(
      measureRow(
        measureLink(measure, locale),
        measure.title,
        report.findings.filter((f) => f.measure === measure.id),
      ),
    );
  }
  const other = report.findings.filter((f) => f.measure === null || !known.has(f.measure));
  if (other.length) lines.push(measureRow('–', md.noMeasure, other));
  return lines;
}

function findingRow(finding: ReportedFinding, { locale, texts }: Words): string {
  const rule = ruleInfo(finding.ruleId)
    ? `[${markdownText(finding.ruleId)}](${ruleDocUrl(finding.ruleId, locale)})`
    : markdownText(finding.ruleId);
  return row([
    `${ICON[finding.severity]} ${texts.severity[finding.severity]}`,
    markdownCode(`${finding.file}:${finding.line}`),
    rule,
    markdownText(finding.message),
  ]);
}

function findingTable(report: Report, words: Words): string[] {
  const md = words.md;
  const sorted = [...report.findings].sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity],
  );
  const shown = sorted.slice(0, MAX_FINDING_ROWS);
  const lines = [
    row([md.severity, md.location, md.rule, md.message]),
    row(['---', '---', '---', '---']),
  ];
  lines.push(...shown.map((finding) => findingRow(finding, words)));
  if (sorted.length > shown.length)
    lines.push('', fill(md.truncated, { shown: shown.length, total: sorted.length }));
  return lines;
}

function section(title: string, body: readonly string[]): string[] {
  return ['', `### ${title}`, '', ...body];
}

export function formatMarkdown(report: Report): string {
  const locale = report.locale ?? DEFAULT_LOCALE;
  const texts = cliTexts(locale);
  const words: Words = { locale, texts, md: texts.markdown };
  const md = words.md;
  const lines = [`## ${md.heading}`, '', verdict(report, words)];
  lines.push(...section(md.files, fileTable(report, words)));
  lines.push(...section(md.measures, measureTable(report, words)));
  if (report.findings.length) lines.push(...section(md.findings, findingTable(report, words)));
  lines.push('', `<sub>outsourcing-policy ${markdownText(report.version)}</sub>`);
  return lines.join('\n') + '\n';
}
