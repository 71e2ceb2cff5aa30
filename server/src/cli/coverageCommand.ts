/**
 * `outsourcing-policy coverage`: the measure coverage (FORMAT.md section 6) of every engagement
 * found under the paths, with the DCAs among them that name it, rendered as a table, JSON,
 * Markdown or HTML to standard output or a file; or, with `--format oscal`, as the OSCAL
 * assessment results of every finding of the files and the open measures (as `check` writes it).
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
  type PolicyService,
  type ProjectConfig,
  type Severity,
  type ValidationOptions,
  type WorkspaceIndex,
} from '../core';
import { UsageError, type CoverageCommand, type FailOn } from './args';
import { formatOscal } from './format/oscal';
import { readInputs, readProjectConfig, type InputOptions, type Io } from './inputs';
import { SEVERITY_RANK, toReported, type Report } from './report';
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

/** What reading the files under the paths for coverage gives: the parsed files, their index and coverage. */
export interface CoverageRun {
  service: PolicyService;
  files: PolicyFile[];
  index: WorkspaceIndex;
  options: ValidationOptions;
  report: CoverageReport;
  /** Whether a path could not be read (exit code 2). */
  problems: boolean;
}

/**
 * Reads, parses and indexes every policy file under the paths and computes the coverage of each
 * engagement among them (notices about unreadable and skipped files go to `io.stderr`).
 */
export function readCoverage(
  command: InputOptions,
  project: ProjectConfig,
  io: Io,
  locale: Locale,
): CoverageRun {
  const { sources, options, problems } = readInputs(command, project, io, locale);
  const service = createPolicyService();
  const files = sources.map((source) => service.parse(source.uri, source.text, options));
  const index = service.index(files);
  const report: CoverageReport = {
    engagements: files.flatMap((file) => service.coverage(file, index, options)),
  };
  return { service, files, index, options, report, problems };
}

function render(
  run: CoverageRun,
  command: CoverageCommand,
  io: Io,
  tool: { locale: Locale; version: string },
): string {
  const { locale } = tool;
  if (command.format === 'oscal') return renderOscal(run, io, locale, tool.version);
  const byUri = new Map<string, PolicyFile>(run.files.map((file) => [file.uri, file]));
  return run.service.renderCoverage(run.report, command.format, {
    locale,
    dueWithin: command.dueWithin,
    locate: (uri, offset) => {
      const position = byUri.get(uri)?.lineIndex.positionAt(offset);
      return { line: (position?.line ?? 0) + 1, column: (position?.character ?? 0) + 1 };
    },
    color: io.colour && command.output === undefined && command.format === 'table',
  });
}

/** The OSCAL assessment results of the files read: every finding of every file, the coverage. */
function renderOscal(run: CoverageRun, io: Io, locale: Locale, version: string): string {
  const { service, files, index, options } = run;
  const results = files.map((file) => ({
    file,
    findings: [...service.findings(file, index, options)],
  }));
  const report: Report = {
    findings: toReported(results, () => true),
    files: files.map((file) => file.uri),
    version,
    locale,
  };
  return formatOscal(report, {
    engagements: run.report.engagements,
    level: options.level,
    today: options.today,
    now: io.now,
  });
}

export function runCoverage(
  command: CoverageCommand,
  io: Io,
  locale: Locale,
  version: string,
): number {
  const project = readProjectConfig(command.config, locale);
  const run = readCoverage(command, project, io, locale);
  const text = render(run, command, io, { locale, version });
  const notices = cliTexts(locale).notices;
  if (run.report.engagements.length === 0)
    notice(io, command.quiet, fill(notices.noEngagement, { paths: command.paths.join(', ') }));
  if (command.output === undefined) io.stdout(text);
  else {
    writeTo(command.output, text, io);
    notice(io, command.quiet, fill(notices.written, { file: command.output }));
  }
  if (run.problems) return 2;
  return coverageFails(run.report, command.failOn) ? 1 : 0;
}
