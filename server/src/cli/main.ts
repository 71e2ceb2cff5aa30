/** `outsourcing-policy`: the command-line front end over the core engine. */
import * as fs from 'node:fs';
import { type Finding } from '../core';
import {
  parseCommandLine,
  UsageError,
  type CheckCommand,
  type Command,
  type FailOn,
  type OutputTarget,
} from './args';
import { escapeControlCharacters } from '../core';
import { explainTopic } from '../core';
import { RULES } from '../core';
import { closestMatch } from '../core';
import type { Locale, ProjectConfig } from '../core';
import { onlyChanged, realPath } from './changedSince';
import { readCoverage, runCoverage } from './coverageCommand';
import { checkStreamed } from './check/streamCheck';
import { readProjectConfig, type Io } from './inputs';
import { commandLineLocale } from './locale';
import { cliTexts, fill } from './texts';
import { renderReport, type RenderContext } from './format';
import { relativeTo, SEVERITY_RANK, type Report, type ReportedFinding } from './report';
import { repositoryRoot } from '../io/git';

declare const PACKAGE_VERSION: string | undefined;
const VERSION = typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : 'development';

function failed(findings: readonly ReportedFinding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
}

/** Formats read by GitHub locate files from the repository root, not from the current folder. */
const REPOSITORY_FORMATS = new Set(['sarif', 'github']);

function repositoryRootOrCwd(): string {
  if (process.env.GITHUB_WORKSPACE) return process.env.GITHUB_WORKSPACE;
  try {
    return repositoryRoot(process.cwd());
  } catch {
    return process.cwd();
  }
}

function writeReport(target: OutputTarget, report: Report, io: Io, context: RenderContext): void {
  const rebased = REPOSITORY_FORMATS.has(target.format)
    ? relativeTo(report, repositoryRootOrCwd(), realPath, target.format === 'sarif')
    : report;
  if (target.file === undefined) {
    io.stdout(renderReport(target.format, rebased, io.colour, context));
    return;
  }
  try {
    io.writeFile(target.file, renderReport(target.format, rebased, false, context));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError({ key: 'cannotWrite', args: { file: target.file, reason } });
  }
}

/**
 * What the formats asked for need beyond the findings: for oscal, the coverage of the
 * engagements, read as `coverage` reads it (the streaming check keeps no files; the walk's
 * notices were given by the check already).
 */
function renderContext(
  command: CheckCommand,
  project: ProjectConfig,
  io: Io,
  locale: Locale,
): RenderContext {
  if (!command.outputs.some((target) => target.format === 'oscal')) return {};
  const { report, options } = readCoverage(command, project, { ...io, stderr: () => {} }, locale);
  if (report.engagements.length === 0 && !command.quiet) {
    const notice = fill(cliTexts(locale).notices.oscalNoEngagement, {
      paths: command.paths.join(', '),
    });
    io.stderr(`outsourcing-policy: ${escapeControlCharacters(notice)}\n`);
  }
  const { level, today } = options;
  return { oscal: { engagements: report.engagements, level, today, now: io.now } };
}

function runCheck(command: CheckCommand, io: Io, locale: Locale): number {
  const project = readProjectConfig(command.config, locale);
  const keep = (f: Finding) => !command.quiet || f.severity === 'error';
  const checked = checkStreamed(command, project, io, locale);
  const { files, options, problems } = checked;
  let findings = checked.findings;
  if (command.changedSince)
    findings = onlyChanged(findings, command.changedSince, files, options, keep);
  const report: Report = { findings, files, version: VERSION, locale };
  const context = renderContext(command, project, io, locale);
  for (const target of command.outputs) writeReport(target, report, io, context);
  if (problems) return 2;
  return failed(findings, command.failOn ?? project.failOn ?? 'error') ? 1 : 0;
}

function explain(topic: string, locale: Locale): string {
  const text = explainTopic(topic, 'text', locale);
  if (text) return text;
  const suggestion = closestMatch(
    topic,
    RULES.map((rule) => rule.id),
  );
  const hint = suggestion
    ? { key: 'didYouMean' as const, args: { suggestion } }
    : { key: 'topicHint' as const };
  throw new UsageError({ key: 'unknownTopic', args: { topic } }, hint);
}

function run(command: Command, io: Io, fallback: Locale): number {
  const locale = command.locale ?? fallback;
  switch (command.command) {
    case 'help':
      io.stdout(cliTexts(locale).help[command.topic]);
      return 0;
    case 'version':
      io.stdout(`${VERSION}\n`);
      return 0;
    case 'explain':
      io.stdout(explain(command.topic, locale));
      return 0;
    case 'check':
      return runCheck(command, io, locale);
    case 'coverage':
      return runCoverage(command, io, locale, VERSION);
  }
}

export function main(argv: readonly string[], io: Io): number {
  let debug = argv.includes('--debug');
  // --locale when valid, else the project file's locale, else the environment's (see ./locale)
  const locale = commandLineLocale(argv, io.env ?? process.env);
  const texts = cliTexts(locale);
  try {
    const command = parseCommandLine(argv);
    debug = command.debug;
    return run(command, io, locale);
  } catch (error) {
    if (error instanceof UsageError) {
      const message = escapeControlCharacters(error.textIn(locale), '\n');
      io.stderr(`outsourcing-policy: ${message}\n${texts.usage.seeHelp}\n`);
      return 2;
    }
    const detail = debug && error instanceof Error ? `\n${error.stack}` : texts.notices.debugHint;
    const message = fill(texts.notices.internalError, {
      message: error instanceof Error ? error.message : String(error),
    });
    io.stderr(`outsourcing-policy: ${message}${detail}\n`);
    return 2;
  }
}

/** Runs the CLI in this process: real streams, the real clock, colours only on a terminal. */
export function runProcess(): void {
  const colour = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  // `check ... | head` closes the pipe early: that is not an error of the check
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const io: Io = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    writeFile: (file, text) => fs.writeFileSync(file, text),
    colour,
    now: new Date(),
  };
  process.exitCode = main(process.argv.slice(2), io);
}
