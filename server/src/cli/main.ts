/** `outsourcing-policy`: the command-line front end over the core engine. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  API_VERSION,
  isoDate,
  validateTexts,
  DEFAULT_MAX_DOCUMENT_SIZE,
  DEFAULT_MAX_FINDINGS,
  type Finding,
} from '../core';
import {
  HELP,
  parseCommandLine,
  UsageError,
  type CheckCommand,
  type Command,
  type FailOn,
  type OutputTarget,
} from './args';
import { escapeControlCharacters, explainTopic, RULES, closestMatch } from '../core';
import { collectPolicyFiles } from '../io/policyFiles';
import { PROJECT_FILE_MAX_BYTES, readRegularFile } from '../io/readRegularFile';
import { parseProjectConfig, PROJECT_FILE_NAME, type ProjectConfig } from '../core';
import { onlyChanged, realPath } from './changedSince';
import { renderReport } from './format';
import { relativeTo, SEVERITY_RANK, toReported, type Report, type ReportedFinding } from './report';
import { repositoryRoot } from '../io/git';

declare const PACKAGE_VERSION: string | undefined;
const VERSION = typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : 'development';

interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  writeFile(file: string, text: string): void;
  colour: boolean;
  now: Date;
}

function failed(findings: readonly ReportedFinding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
}

/** Whether something (even a dangling link) has this name. */
function exists(file: string): boolean {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

/** The project file's options, or a usage error when it is broken (CI must not silently ignore it). */
function readProjectConfig(command: CheckCommand): ProjectConfig {
  const file = command.config ?? PROJECT_FILE_NAME;
  if (command.config === undefined && !exists(file)) return {};
  // the default project file is part of the checked-out tree: it must not lead out of it
  const root = command.config === undefined ? process.cwd() : undefined;
  const read = readRegularFile(file, { maxBytes: PROJECT_FILE_MAX_BYTES, root });
  if ('problem' in read) throw new UsageError(`${file}: ${read.problem}`);
  const { config, problems } = parseProjectConfig(read.text);
  if (problems.length) throw new UsageError(problems.join('\n'));
  return config;
}

/** Paths as the user gave them: relative to the current folder where possible. */
function displayName(file: string): string {
  const relative = path.relative(process.cwd(), file);
  const inside = relative && !relative.startsWith('..') && !path.isAbsolute(relative);
  return (inside ? relative : file).split(path.sep).join('/');
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

function writeReport(target: OutputTarget, report: Report, io: Io): void {
  const rebased = REPOSITORY_FORMATS.has(target.format)
    ? relativeTo(report, repositoryRootOrCwd(), realPath, target.format === 'sarif')
    : report;
  if (target.file === undefined) {
    io.stdout(renderReport(target.format, rebased, io.colour));
    return;
  }
  try {
    io.writeFile(target.file, renderReport(target.format, rebased, false));
  } catch (error) {
    throw new UsageError(
      `cannot write ${target.file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
}

function runCheck(command: CheckCommand, io: Io): number {
  const project = readProjectConfig(command);
  const maxDocumentSize = command.maxSize ?? project.maxDocumentSize ?? DEFAULT_MAX_DOCUMENT_SIZE;
  const read = collectPolicyFiles(command.paths, {
    extraGlobs: project.extraGlobs,
    maxDocumentSize,
  });
  for (const problem of read.problems)
    io.stderr(`outsourcing-policy: ${escapeControlCharacters(problem)}\n`);
  for (const skipped of read.skipped) {
    io.stderr(
      `outsourcing-policy: ${escapeControlCharacters(displayName(skipped))}: not an outsourcing-policy document (no apiVersion: ${API_VERSION}), skipped\n`,
    );
  }
  const options = {
    level: command.level ?? project.level ?? 'standard',
    today: command.today ?? isoDate(io.now),
    maxDocumentSize,
    maxFindings: command.maxFindings ?? project.maxFindings ?? DEFAULT_MAX_FINDINGS,
  };
  const sources = read.files.map((file) => ({ uri: displayName(file.path), text: file.text }));
  const results = validateTexts(sources, options);
  const keep = (f: Finding) => !command.quiet || f.severity === 'error';
  let findings = toReported(results, keep);
  if (command.changedSince)
    findings = onlyChanged(findings, command.changedSince, sources, options, keep);
  const report: Report = { findings, files: sources.map((s) => s.uri), version: VERSION };
  for (const target of command.outputs) writeReport(target, report, io);
  if (read.problems.length) return 2;
  return failed(findings, command.failOn ?? project.failOn ?? 'error') ? 1 : 0;
}

function explain(topic: string): string {
  const text = explainTopic(topic, 'text');
  if (text) return text;
  const suggestion = closestMatch(
    topic,
    RULES.map((rule) => rule.id),
  );
  const hint = suggestion
    ? `; did you mean ${suggestion}?`
    : '; use a rule id such as schema/required or a measure such as OPS.3.1.M2';
  throw new UsageError(`"${topic}" is neither a rule id nor a measure${hint}`);
}

function run(command: Command, io: Io): number {
  switch (command.command) {
    case 'help':
      io.stdout(HELP);
      return 0;
    case 'version':
      io.stdout(`${VERSION}\n`);
      return 0;
    case 'explain':
      io.stdout(explain(command.topic));
      return 0;
    case 'check':
      return runCheck(command, io);
  }
}

export function main(argv: readonly string[], io: Io): number {
  let debug = argv.includes('--debug');
  try {
    const command = parseCommandLine(argv);
    debug = command.debug;
    return run(command, io);
  } catch (error) {
    if (error instanceof UsageError) {
      const message = escapeControlCharacters(error.message, '\n');
      io.stderr(`outsourcing-policy: ${message}\nRun outsourcing-policy --help for usage.\n`);
      return 2;
    }
    const detail =
      debug && error instanceof Error ? `\n${error.stack}` : ' (run with --debug for details)';
    io.stderr(
      `outsourcing-policy: internal error: ${error instanceof Error ? error.message : String(error)}${detail}\n`,
    );
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
