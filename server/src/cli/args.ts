/** Command-line arguments of `outsourcing-policy`, parsed and checked. Never exits by itself. */
import { parseArgs } from 'node:util';
import type { Level } from '../core';
import { LOCALES, type Locale } from '../core';
import { COVERAGE_FORMATS, dayNumber, durationInDays } from '../core';
import { cliTexts, fill, type CliTexts } from './texts';

export const FORMATS = [
  'stylish',
  'json',
  'sarif',
  'github',
  'junit',
  'markdown',
  'oscal',
] as const;
export type OutputFormat = (typeof FORMATS)[number];
/** The formats of `coverage`: the coverage report's, and the OSCAL assessment results. */
export const COVERAGE_COMMAND_FORMATS = [...COVERAGE_FORMATS, 'oscal'] as const;
export type CoverageCommandFormat = (typeof COVERAGE_COMMAND_FORMATS)[number];
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
  /** `--locale`; undefined when not given: the project file or the environment decides. */
  locale: Locale | undefined;
}

/** `outsourcing-policy coverage`: measure coverage as one report. */
export interface CoverageCommand {
  command: 'coverage';
  paths: string[];
  format: CoverageCommandFormat;
  /** The file to write the report to; standard output when undefined. */
  output: string | undefined;
  /** An ISO 8601 duration: what falls due within it is listed. */
  dueWithin: string;
  level: Level | undefined;
  today: string | undefined;
  /** Default never: coverage reports, it does not judge, unless asked to. */
  failOn: FailOn;
  quiet: boolean;
  debug: boolean;
  maxSize: number | undefined;
  config: string | undefined;
  locale: Locale | undefined;
}

export const DEFAULT_DUE_WITHIN = 'P30D';

export interface OutputTarget {
  format: OutputFormat;
  file: string | undefined;
}

/** The help texts: the overview, or the help of one command. */
export type HelpTopic = keyof CliTexts['help'];

export type Command =
  | CheckCommand
  | CoverageCommand
  | { command: 'explain'; topic: string; debug: boolean; locale: Locale | undefined }
  | { command: 'help'; topic: HelpTopic; debug: boolean; locale: Locale | undefined }
  | { command: 'version'; debug: boolean; locale: Locale | undefined };

type UsageKey = keyof CliTexts['usage'];

/** One sentence part of a usage error: a text of the catalogue and its arguments. */
export interface UsagePart {
  key: UsageKey;
  args?: Readonly<Record<string, string | number>>;
}

/**
 * A mistake in how the command was called. It carries catalogue keys, not text, so that it is
 * written in the user's language; `message` is the English text (for logs and debugging).
 */
export class UsageError extends Error {
  readonly parts: readonly UsagePart[];
  constructor(...parts: UsagePart[]) {
    super(renderParts(parts, 'en'));
    this.parts = parts;
  }
  /** The error in `locale`. */
  textIn(locale: Locale): string {
    return renderParts(this.parts, locale);
  }
}

function renderParts(parts: readonly UsagePart[], locale: Locale): string {
  const usage = cliTexts(locale).usage;
  return parts.map((part) => fill(usage[part.key], part.args ?? {})).join('');
}

function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError({ key: 'oneOf', args: { name, allowed: allowed.join(', '), value } });
}

/** `--locale`: en or de; anything else is a usage error. */
export function checkLocale(value: string | undefined): Locale | undefined {
  return oneOf('locale', value, LOCALES);
}

function checkDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const valid = dayNumber(value) !== undefined;
  if (!valid) throw new UsageError({ key: 'date', args: { value } });
  return value;
}

function positiveWhole(
  name: string,
  key: 'positive' | 'positiveCharacters',
  value: string | undefined,
): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0)
    throw new UsageError({ key, args: { name, value } });
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
      else throw new UsageError({ key: 'outputWithoutFormat', args: { file: token.value } });
    }
  }
  const toStdout = targets.filter((t) => t.file === undefined);
  if (toStdout.length > 1) {
    const formats = toStdout.map((t) => t.format).join(', ');
    throw new UsageError({ key: 'oneToStdout', args: { formats } });
  }
  if (toStdout.length === 0) targets.unshift({ format: 'stylish', file: undefined });
  return targets;
}

/** Node's parser errors as usage errors of our own, which can be written in every locale. */
function parserError(error: unknown): UsageError {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown }).code;
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? message;
  const option = quoted
    .split(', ')
    .at(-1)!
    .replace(/ <value>$/, '');
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return new UsageError({ key: 'unknownOption', args: { option } });
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
    return new UsageError({ key: 'unexpectedArgument', args: { argument: quoted } });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const key = /does not take/.test(message) ? 'unexpectedValue' : 'missingValue';
    return new UsageError({ key, args: { option } });
  }
  return new UsageError({ key: 'unknownOption', args: { option: message } });
}

const HELP_TOPICS: readonly string[] = ['check', 'coverage', 'explain'];

function helpTopic(command: string | undefined, rest: readonly string[]): HelpTopic {
  const named = command === 'help' ? rest[0] : command;
  return named !== undefined && HELP_TOPICS.includes(named) ? (named as HelpTopic) : 'main';
}

/** `--due-within`: an ISO 8601 duration (P30D, P2W, P3M …). */
function checkDuration(value: string | undefined): string {
  if (value === undefined) return DEFAULT_DUE_WITHIN;
  if (durationInDays(value) === undefined)
    throw new UsageError({ key: 'dueWithin', args: { value } });
  return value;
}

/** The options one command has and the other has not. */
const ONLY_FOR: Record<string, 'check' | 'coverage'> = {
  'changed-since': 'check',
  'max-findings': 'check',
  'due-within': 'coverage',
};

function rejectForeignOptions(command: 'check' | 'coverage', values: object): void {
  for (const [option, owner] of Object.entries(ONLY_FOR)) {
    if (owner !== command && option in values)
      throw new UsageError({ key: 'notAnOptionOf', args: { option: `--${option}`, command } });
  }
}

/** The one value of an option that may be given once for `coverage`. */
function single(option: string, values: readonly string[] | undefined): string | undefined {
  if (values && values.length > 1)
    throw new UsageError({ key: 'oneFormat', args: { command: 'coverage', option } });
  return values?.[0];
}

type ParsedValues = ReturnType<typeof parseOptions>['values'];

function coverageCommand(
  values: ParsedValues,
  rest: string[],
  locale: Locale | undefined,
): CoverageCommand {
  rejectForeignOptions('coverage', values);
  return {
    command: 'coverage',
    paths: rest.length ? rest : ['.'],
    format: oneOf('format', single('format', values.format), COVERAGE_COMMAND_FORMATS) ?? 'table',
    output: single('output', values.output),
    dueWithin: checkDuration(values['due-within']),
    level: oneOf('level', values.level, LEVELS),
    today: checkDate(values.today),
    failOn: oneOf('fail-on', values['fail-on'], FAIL_ON) ?? 'never',
    quiet: values.quiet ?? false,
    debug: values.debug ?? false,
    maxSize: positiveWhole('max-size', 'positiveCharacters', values['max-size']),
    config: values.config,
    locale,
  };
}

function parseOptions(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      tokens: true,
      options: {
        format: { type: 'string', short: 'f', multiple: true },
        output: { type: 'string', short: 'o', multiple: true },
        'changed-since': { type: 'string' },
        'due-within': { type: 'string' },
        level: { type: 'string' },
        today: { type: 'string' },
        'fail-on': { type: 'string' },
        'max-size': { type: 'string' },
        'max-findings': { type: 'string' },
        config: { type: 'string' },
        locale: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        debug: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw parserError(error);
  }
}

export function parseCommandLine(argv: readonly string[]): Command {
  const { values, positionals, tokens } = parseOptions(argv);
  const debug = values.debug ?? false;
  const locale = checkLocale(values.locale);
  if (values.version) return { command: 'version', debug, locale };
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help')
    return { command: 'help', topic: helpTopic(command, rest), debug, locale };
  if (command === 'explain') {
    if (rest.length !== 1) throw new UsageError({ key: 'explainTakesOne' });
    return { command: 'explain', topic: rest[0], debug, locale };
  }
  if (command === 'coverage') return coverageCommand(values, rest, locale);
  if (command !== 'check') throw new UsageError({ key: 'unknownCommand', args: { command } });
  rejectForeignOptions('check', values);
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
    maxSize: positiveWhole('max-size', 'positiveCharacters', values['max-size']),
    maxFindings: positiveWhole('max-findings', 'positive', values['max-findings']),
    config: values.config,
    locale,
  };
}
