/**
 * Every report format of `check`, by name. No format passes a control character through raw:
 * file names and messages can come from a hostile checkout and would otherwise reach a
 * terminal or a log viewer as escape sequences.
 */
import { escapeControlCharacters, escapeControlsInJson } from '../../core';
import type { OutputFormat } from '../args';
import type { Report, ReportedFinding } from '../report';
import { formatGitHub } from './github';
import { formatJson } from './json';
import { formatJUnit } from './junit';
import { formatMarkdown } from './markdown';
import { formatOscal, type OscalContext } from './oscal';
import { formatSarif } from './sarif';
import { COLOURS, formatStylish, NO_COLOURS } from './stylish';

const LINE_BREAKS = '\n\t';

/** The report with control characters written as `\xHH` (messages keep their line breaks and tabs). */
export function withVisibleControls(report: Report): Report {
  const name = (text: string) => escapeControlCharacters(text);
  const finding = (f: ReportedFinding): ReportedFinding => ({
    ...f,
    file: name(f.file),
    ruleId: name(f.ruleId),
    message: escapeControlCharacters(f.message, LINE_BREAKS),
    ...(f.detail !== undefined && { detail: escapeControlCharacters(f.detail, LINE_BREAKS) }),
    dataPath: f.dataPath === null ? null : name(f.dataPath),
    excerpt: name(f.excerpt),
  });
  return { ...report, files: report.files.map(name), findings: report.findings.map(finding) };
}

/** What a format needs beyond the report: the engagements' coverage for oscal. */
export interface RenderContext {
  oscal?: OscalContext;
}

function renderText(
  format: OutputFormat,
  report: Report,
  colour: boolean,
  context: RenderContext,
): string {
  switch (format) {
    case 'stylish':
      return formatStylish(report, colour ? COLOURS : NO_COLOURS);
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report);
    case 'github':
      return formatGitHub(report);
    case 'junit':
      return formatJUnit(report);
    case 'markdown':
      return formatMarkdown(report);
    case 'oscal':
      if (!context.oscal) throw new Error('--format oscal needs the coverage of the engagements');
      return formatOscal(report, context.oscal);
  }
}

const JSON_FORMATS: ReadonlySet<OutputFormat> = new Set(['json', 'sarif', 'oscal']);

/** Renders `report` in `format`; colours only apply to stylish on a terminal. */
export function renderReport(
  format: OutputFormat,
  report: Report,
  colour: boolean,
  context: RenderContext = {},
): string {
  if (JSON_FORMATS.has(format))
    return escapeControlsInJson(renderText(format, report, colour, context));
  return renderText(format, withVisibleControls(report), colour, context);
}
