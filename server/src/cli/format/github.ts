/**
 * `--format github`: GitHub Actions workflow commands, one annotation per finding, then a
 * plain summary line. Annotations appear on the pull request's changed lines and in the run.
 */
import type { Severity } from '../../core';
import { DEFAULT_LOCALE } from '../../core';
import type { Report, ReportedFinding } from '../report';
import { cliTexts, counted, fill } from '../texts';

const COMMAND_OF: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes the message part of a workflow command (after `::`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value (`file=`, `title=`), where `:` and `,` are delimiters. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(finding: ReportedFinding): string {
  const title = finding.measure ? `${finding.ruleId} (${finding.measure})` : finding.ruleId;
  const properties = [
    `file=${escapeProperty(finding.file)}`,
    `line=${finding.line}`,
    `col=${finding.column}`,
    `endLine=${finding.endLine}`,
    `endColumn=${finding.endColumn}`,
    `title=${escapeProperty(title)}`,
  ];
  return `::${COMMAND_OF[finding.severity]} ${properties.join(',')}::${escapeData(finding.message)}`;
}

function summary(report: Report): string {
  const locale = report.locale ?? DEFAULT_LOCALE;
  const count = (severity: Severity) =>
    counted(locale, severity, report.findings.filter((f) => f.severity === severity).length);
  return fill(cliTexts(locale).github.summary, {
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
    files: counted(locale, 'file', report.files.length),
  });
}

export function formatGitHub(report: Report): string {
  return [...report.findings.map(annotation), summary(report)].join('\n') + '\n';
}
