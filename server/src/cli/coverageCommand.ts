/**
 * `outsourcing-policy coverage`: the measure coverage (FORMAT.md section 6) of every engagement
 * found under the paths, with the DCAs among them that name it, rendered as a table, JSON,
 * Markdown or HTML to standard output or a file.
 *
 * `--fail-on` means what it means for `check`, applied to the engagements' findings: exit 1
 * when a finding of an engagement (its measures' findings no waiver silences, the findings of
 * its DCAs, and those that belong to no measure) has that severity or a worse one. The default
 * is `never`: the report is written and the exit code is 0.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  createPolicyService,
  escapeControlCharacters,
  type CoverageReport,
  type EngagementCoverage,
  type Locale,
  type PolicyFile,
  type Severity,
} from '../core';
import { UsageError, type CoverageCommand, type FailOn } from './args';
import { readInputs, readProjectConfig, type Io } from './inputs';
import { SEVERITY_RANK } from './report';
import { cliTexts, fill } from './texts';

function severitiesOf(engagement: EngagementCoverage): Severity[] {
  const measured = engagement.measures.flatMap((m) => m.findings.map((f) => f.severity));
  return [...measured, ...engagement.unassigned.map((f) => f.severity)];
}

/** Whether the report fails under `--fail-on` (see the module comment). */
export function coverageFails(report: CoverageReport, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  const threshold = SEVERITY_RANK[failOn];
  return report.engagements.some((e) =>
    severitiesOf(e).some((severity) => SEVERITY_RANK[severity] >= threshold),
  );
}

/** Writes the report to `file`; a missing folder or a failed write is a usage error. */
function writeTo(file: string, text: string, io: Io): void {
  const folder = path.dirname(path.resolve(file));
  if (!fs.existsSync(folder))
    throw new UsageError({ key: 'noFolder', args: { file, folder: path.dirname(file) } });
  try {
    io.writeFile(file, text);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError({ key: 'cannotWrite', args: { file, reason } });
  }
}

function notice(io: Io, quiet: boolean, text: string): void {
  if (!quiet) io.stderr(`outsourcing-policy: ${escapeControlCharacters(text)}\n`);
}

export function runCoverage(command: CoverageCommand, io: Io, locale: Locale): number {
  const project = readProjectConfig(command.config, locale);
  const { sources, options, problems } = readInputs(command, project, io, locale);
  const service = createPolicyService();
  const files = sources.map((source) => service.parse(source.uri, source.text, options));
  const index = service.index(files);
  const report: CoverageReport = {
    engagements: files.flatMap((file) => service.coverage(file, index, options)),
  };
  const byUri = new Map<string, PolicyFile>(files.map((file) => [file.uri, file]));
  const text = service.renderCoverage(report, command.format, {
    locale,
    dueWithin: command.dueWithin,
    locate: (uri, offset) => {
      const position = byUri.get(uri)?.lineIndex.positionAt(offset);
      return { line: (position?.line ?? 0) + 1, column: (position?.character ?? 0) + 1 };
    },
    color: io.colour && command.output === undefined && command.format === 'table',
  });
  const notices = cliTexts(locale).notices;
  if (report.engagements.length === 0)
    notice(io, command.quiet, fill(notices.noEngagement, { paths: command.paths.join(', ') }));
  if (command.output === undefined) io.stdout(text);
  else {
    writeTo(command.output, text, io);
    notice(io, command.quiet, fill(notices.written, { file: command.output }));
  }
  if (problems) return 2;
  return coverageFails(report, command.failOn) ? 1 : 0;
}
