/** Command-line arguments of `outsourcing-policy`, parsed and checked. Never exits by itself. */
import { parseArgs } from 'node:util';
import { dayNumber, type Level } from '../core';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit', 'markdown'] as const;
export type OutputFormat = (typeof FORMATS)[number];
export const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];
const LEVELS: readonly Level[] = ['basic', 'standard', 'increased'];

export interface CheckCommand {
  command: 'check';
  paths: string[];
  /** Where each requested report goes: a file, or standard output when `file` is undefined. */
  outputs: OutputTarget[];
  /** Report only findings on lines changed since this git ref (and findings a change caused elsewhere). */
  changedSince: string | undefined;
  /** Undefined when not given: the project file or the default decides. */
  level: Level | undefined;
  today: string | undefined;
  failOn: FailOn | undefined;
  quiet: boolean;
  debug: boolean;
  maxSize: number | undefined;
  maxFindings: number | undefined;
  /** The project file to read; undefined means `.outsourcing-policy.yaml` in the current folder, if any. */
  config: string | undefined;
}

export interface OutputTarget {
  format: OutputFormat;
  file: string | undefined;
}

export type Command =
  | CheckCommand
  | { command: 'explain'; topic: string; debug: boolean }
  | { command: 'help'; debug: boolean }
  | { command: 'version'; debug: boolean };

export class UsageError extends Error {}

function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, not "${value}"`);
}

function checkDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const valid = dayNumber(value) !== undefined;
  if (!valid) throw new UsageError(`--today must be a date written YYYY-MM-DD, not "${value}"`);
  return value;
}

function positiveWhole(name: string, what: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0)
    throw new UsageError(`--${name} must be a positive number${what}, not "${value}"`);
  return number;
}

interface OptionToken {
  kind: string;
  name?: string;
  value?: string;
}

/**
 * Pairs `--format` and `--output` in the order given: an `--output` belongs to the nearest
 * `--format` before it (or to stylish when none came yet). At most one report goes to standard
 * output; when every report goes to a file, stylish still goes to the terminal.
 */
export function outputTargets(tokens: readonly OptionToken[]): OutputTarget[] {
  const targets: OutputTarget[] = [];
  for (const token of tokens) {
    if (token.kind !== 'option' || token.value === undefined) continue;
    if (token.name === 'format') {
      targets.push({ format: oneOf('format', token.value, FORMATS)!, file: undefined });
    } else if (token.name === 'output') {
      const last = targets.at(-1);
      if (last && last.file === undefined) last.file = token.value;
      else if (!last) targets.push({ format: 'stylish', file: token.value });
      else
        throw new UsageError(
          `--output ${token.value} has no --format of its own; write --format <name> --output <file> for each report`,
        );
    }
  }
  const toStdout = targets.filter((t) => t.file === undefined);
  if (toStdout.length > 1) {
    throw new UsageError(
      `only one report can go to standard output (${toStdout.map((t) => t.format).join(', ')}); give the others an --output file`,
    );
  }
  if (toStdout.length === 0) targets.unshift({ format: 'stylish', file: undefined });
  return targets;
}

export function parseCommandLine(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      tokens: true,
      options: {
        format: { type: 'string', short: 'f', multiple: true },
        output: { type: 'string', short: 'o', multiple: true },
        'changed-since': { type: 'string' },
        level: { type: 'string' },
        today: { type: 'string' },
        'fail-on': { type: 'string' },
        'max-size': { type: 'string' },
        'max-findings': { type: 'string' },
        config: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        debug: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals, tokens } = parsed;
  const debug = values.debug ?? false;
  if (values.version) return { command: 'version', debug };
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') return { command: 'help', debug };
  if (command === 'explain') {
    if (rest.length !== 1)
      throw new UsageError(
        'explain takes one rule id or measure, e.g. explain subcontracting/flow-down or explain OPS.3.1.M2',
      );
    return { command: 'explain', topic: rest[0], debug };
  }
  if (command !== 'check')
    throw new UsageError(`unknown command "${command}"; use check or explain`);
  return {
    command: 'check',
    paths: rest.length ? rest : ['.'],
    outputs: outputTargets(tokens ?? []),
    changedSince: values['changed-since'],
    level: oneOf('level', values.level, LEVELS),
    today: checkDate(values.today),
    failOn: oneOf('fail-on', values['fail-on'], FAIL_ON),
    quiet: values.quiet ?? false,
    debug,
    maxSize: positiveWhole('max-size', ' of characters', values['max-size']),
    maxFindings: positiveWhole('max-findings', '', values['max-findings']),
    config: values.config,
  };
}

export const HELP = `Usage: outsourcing-policy <command> [options]

Checks outsourcing engagements (*.engagement.yaml) and data connection agreements (*.dca.yaml)
against BSI IT-Grundschutz OPS.3.1, measures M1-M16.

Commands:
  check [paths...]        check files and folders (default: .); folders are searched for policy documents
  explain <rule|measure>  say what a rule (e.g. subcontracting/flow-down) or a measure (e.g. OPS.3.1.M2) asks

Options of check:
  -f, --format <name>     stylish (default), json, sarif, github, junit or markdown; may be given several times
  -o, --output <file>     write the report of the --format before it to a file (stylish still goes to the terminal)
      --changed-since <ref>  report only findings on lines changed since a git ref, and findings those changes cause elsewhere
      --level <level>     basic, standard (default) or increased (always applies M16)
      --today <date>      the reference date for review and expiry rules, YYYY-MM-DD (default: today)
      --fail-on <sev>     exit 1 on findings of this severity or worse: error (default), warning, info, never
      --max-size <chars>  skip files larger than this many characters (default: 2097152)
      --max-findings <n>  report at most this many findings per file, errors first (default: 300)
      --config <file>     project file with defaults for these options (default: ./.outsourcing-policy.yaml)
  -q, --quiet             report errors only
      --debug             print stack traces of internal errors

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage error, unreadable path or internal error.
`;
