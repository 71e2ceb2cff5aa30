/** `outsourcing-policy`: the command-line front end over the core engine. */
import { isoDate, validateTexts, DEFAULT_MAX_DOCUMENT_SIZE, type Finding } from '../core';
import { HELP, parseCommandLine, UsageError, type CheckCommand, type Command } from './args';
import { explain } from './explain';
import { readPaths } from './files';
import { formatJson } from './format/json';
import { COLOURS, formatStylish, NO_COLOURS } from './format/stylish';
import { SEVERITY_RANK, toReported, type ReportedFinding } from './report';

declare const PACKAGE_VERSION: string | undefined;

interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  colour: boolean;
  now: Date;
}

function failed(findings: readonly ReportedFinding[], failOn: CheckCommand['failOn']): boolean {
  if (failOn === 'never') return false;
  return findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
}

function runCheck(command: CheckCommand, io: Io): number {
  const read = readPaths(command.paths);
  for (const problem of read.problems) io.stderr(`outsourcing-policy: ${problem}\n`);
  for (const skipped of read.skipped)
    io.stderr(
      `outsourcing-policy: ${skipped}: not an outsourcing-policy document (no apiVersion: outsourcing-policy/v1), skipped\n`,
    );
  const options = {
    level: command.level,
    today: command.today ?? isoDate(io.now),
    maxDocumentSize: command.maxSize ?? DEFAULT_MAX_DOCUMENT_SIZE,
  };
  const results = validateTexts(read.sources, options);
  const keep = (f: Finding) => !command.quiet || f.severity === 'error';
  const findings = toReported(results, keep);
  if (command.format === 'json') io.stdout(formatJson(findings));
  else io.stdout(formatStylish(findings, read.sources.length, io.colour ? COLOURS : NO_COLOURS));
  if (read.problems.length) return 2;
  return failed(findings, command.failOn) ? 1 : 0;
}

function run(command: Command, io: Io): number {
  switch (command.command) {
    case 'help':
      io.stdout(HELP);
      return 0;
    case 'version':
      io.stdout(`${typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : 'development'}\n`);
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
      io.stderr(`outsourcing-policy: ${error.message}\nRun outsourcing-policy --help for usage.\n`);
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
  const io: Io = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    colour,
    now: new Date(),
  };
  process.exitCode = main(process.argv.slice(2), io);
}
