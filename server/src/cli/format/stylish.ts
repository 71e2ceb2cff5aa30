/** `--format stylish`: findings grouped by file, colours only on a terminal, in the report's locale. */
import { DEFAULT_LOCALE } from '../../core';
import type { Report, ReportedFinding } from '../report';
import { cliTexts, counted, fill } from '../texts';

export interface Palette {
  red(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const ansi = (code: number) => (text: string) => `\u001b[${code}m${text}\u001b[0m`;
export const COLOURS: Palette = {
  red: ansi(31),
  yellow: ansi(33),
  blue: ansi(34),
  dim: ansi(2),
  bold: ansi(1),
};
const plain = (text: string) => text;
export const NO_COLOURS: Palette = {
  red: plain,
  yellow: plain,
  blue: plain,
  dim: plain,
  bold: plain,
};

export function formatStylish(report: Report, palette: Palette): string {
  const findings = report.findings;
  const locale = report.locale ?? DEFAULT_LOCALE;
  const texts = cliTexts(locale);
  const severityWidth = Math.max(...Object.values(texts.severity).map((word) => word.length));
  const byFile = new Map<string, ReportedFinding[]>();
  for (const finding of findings)
    byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
  const lines: string[] = [];
  const paint = { error: palette.red, warning: palette.yellow, info: palette.blue };
  for (const [file, list] of byFile) {
    lines.push(palette.bold(file));
    const width = Math.max(...list.map((f) => `${f.line}:${f.column}`.length));
    for (const f of list) {
      const where = `${f.line}:${f.column}`.padEnd(width);
      lines.push(
        `  ${palette.dim(where)}  ${paint[f.severity](texts.severity[f.severity].padEnd(severityWidth))}  ${f.message}  ${palette.dim(f.ruleId)}`,
      );
    }
    lines.push('');
  }
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  const [errors, warnings, infos] = [count('error'), count('warning'), count('info')];
  const files = counted(locale, 'file', report.files.length);
  if (findings.length === 0) {
    lines.push(fill(texts.stylish.clean, { files }));
  } else {
    const summary = fill(texts.stylish.summary, {
      problems: counted(locale, 'problem', findings.length),
      errors: counted(locale, 'error', errors),
      warnings: counted(locale, 'warning', warnings),
      infos: counted(locale, 'info', infos),
      files,
    });
    lines.push(errors ? palette.red(palette.bold(summary)) : palette.yellow(palette.bold(summary)));
  }
  return lines.join('\n') + '\n';
}
