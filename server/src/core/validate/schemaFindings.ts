/**
 * Validates a document's data against its kind's schema and turns Ajv's errors into findings:
 * one plain-words message per problem, with the stable rule id, the measure, the severity of
 * the obligation, and the smallest source span. Combinator noise (`if`, `anyOf`) is collapsed.
 */
import type { ErrorObject } from 'ajv';
import type { Document } from 'yaml';
import { closestMatch } from '../didYouMean';
import { spanOfPath } from '../locate';
import { truncatedInfo } from './findingCap';
import type { SchemaNode } from '../schema/dsl';
import { formatPath, measureOf, schemaAt } from '../schema/lookup';
import type { DataPath, Finding, PolicyKind, Severity } from '../types';
import { schemaForKind } from '../schema';
import { validatorFor } from './ajv';

interface Context {
  root: SchemaNode;
  doc: Document;
}

/** `/contract/slas/0/id` -> ['contract', 'slas', 0, 'id'] */
export function pathFromPointer(pointer: string): DataPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^(0|[1-9]\d*)$/.test(part) ? Number(part) : part));
}

export function describeValue(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string')
    return `${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  return `${typeof value === 'number' ? 'the number' : 'the boolean'} ${String(value)}`;
}

/** What a finding says: a short message and, when there is more to say, a detail. */
interface Wording {
  message: string;
  detail?: string;
}

/** A fragment as a sentence of its own: capitalised, with a full stop. */
export function asSentence(fragment: string): string {
  const trimmed = fragment.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.?!]$/.test(capital) ? capital : `${capital}.`;
}

/** Sentences joined into one detail, or undefined when there is nothing to add. */
export function detailOf(...fragments: (string | undefined)[]): string | undefined {
  const sentences = fragments.filter((f): f is string => !!f && f.trim() !== '').map(asSentence);
  return sentences.length ? sentences.join(' ') : undefined;
}

/**
 * "<field> <problem>" as the message; the field's description (what it is for) and any hint
 * go to the detail. The engine appends the measure to the message.
 */
function wording(root: SchemaNode, path: DataPath, problem: string, hint?: string): Wording {
  const schema = schemaAt(root, path);
  const subject = path.length ? formatPath(path) : 'the document';
  const detail = detailOf(hint, schema?.description);
  return { message: `${subject} ${problem}`, ...(detail ? { detail } : {}) };
}

/** A list of choices in the message while it stays short, otherwise in the detail. */
const SHORT_MESSAGE = 100;

function finding(
  ctx: Context,
  ruleId: string,
  severity: Severity,
  path: DataPath,
  part: 'key' | 'value',
  words: Wording,
  extra: Partial<Finding> = {},
): Finding {
  const [start, end] = spanOfPath(ctx.doc, path, part);
  return {
    ruleId,
    measure: measureOf(ctx.root, path),
    severity,
    ...words,
    start,
    end,
    path,
    ...extra,
  };
}

function missing(ctx: Context, error: ErrorObject, should: boolean): Finding {
  const parent = pathFromPointer(error.instancePath);
  const key = String(error.params.missingProperty);
  const path = [...parent, key];
  const obligation = schemaAt(ctx.root, path)?.['x-obligation'];
  const isShould = should || obligation === 'should';
  const schema = schemaAt(ctx.root, path);
  const from = schema?.['x-required-from'];
  const verb = isShould
    ? 'is recommended but missing'
    : from && from !== 'planning'
      ? `is required from status ${from} on but missing`
      : 'is missing';
  const [start, end] = spanOfPath(ctx.doc, parent, 'key');
  return {
    ruleId: 'schema/required',
    measure: measureOf(ctx.root, path),
    severity: isShould ? 'warning' : 'error',
    ...wording(ctx.root, path, verb),
    start,
    end,
    path,
    data: { missingKey: key, should: isShould },
  };
}

function typeMismatch(ctx: Context, error: ErrorObject, path: DataPath): Finding {
  const schema = schemaAt(ctx.root, path) ?? (error.parentSchema as SchemaNode | undefined);
  const expected = schema?.['x-type'] ?? String(error.params.type);
  const quoteHint =
    (typeof error.data === 'number' || typeof error.data === 'boolean') && schema?.type === 'string'
      ? 'YAML read the value as a number or boolean; put it in quotes to make it text'
      : undefined;
  const [problem, hint] = expectation(path, expected, error.data, 'a value of the wrong kind');
  return finding(
    ctx,
    'schema/type',
    'error',
    path,
    'value',
    wording(ctx.root, path, problem, quoteHint ?? hint),
  );
}

/**
 * "must be <expected>, not <value>" while the message stays short; otherwise the message names
 * the value only and the detail says what is expected.
 */
function expectation(
  path: DataPath,
  expected: string,
  value: unknown,
  wrong: string,
): [problem: string, hint: string | undefined] {
  const full = `must be ${expected}, not ${describeValue(value)}`;
  if (`${formatPath(path)} ${full}`.length <= SHORT_MESSAGE) return [full, undefined];
  return [`has ${wrong}: ${describeValue(value)}`, `It must be ${expected}`];
}

function enumMismatch(ctx: Context, error: ErrorObject, path: DataPath): Finding {
  const allowed = (error.params.allowedValues as unknown[]).map(String);
  const suggestion = typeof error.data === 'string' ? closestMatch(error.data, allowed) : undefined;
  const choices = `use one of ${allowed.join(', ')}`;
  const base = `is ${describeValue(error.data)}, not an allowed value`;
  const short = `${formatPath(path)} ${base}; ${choices}`.length <= SHORT_MESSAGE;
  const problem = suggestion
    ? `${base}; did you mean ${suggestion}?`
    : short
      ? `${base}; ${choices}`
      : base;
  const words = wording(ctx.root, path, problem, short && !suggestion ? undefined : choices);
  return finding(
    ctx,
    'schema/enum',
    'error',
    path,
    'value',
    words,
    suggestion ? { data: { suggestion } } : {},
  );
}

function constMismatch(ctx: Context, error: ErrorObject, path: DataPath): Finding | undefined {
  const wanted = error.params.allowedValue;
  if (typeof wanted !== 'boolean') return undefined; // apiVersion and kind: reported by the header check
  const obligation = schemaAt(ctx.root, path)?.['x-obligation'];
  const severity: Severity =
    obligation === 'should' || obligation === 'optional' ? 'warning' : 'error';
  return finding(
    ctx,
    'schema/must-be-true',
    severity,
    path,
    'value',
    wording(ctx.root, path, `must be ${wanted}`),
    { data: { suggestion: String(wanted), should: severity === 'warning' } },
  );
}

function unknownKey(ctx: Context, error: ErrorObject, parent: DataPath): Finding {
  const key = String(error.params.additionalProperty);
  const known = Object.keys((error.parentSchema as SchemaNode).properties ?? {});
  const suggestion = closestMatch(key, known);
  const where = parent.length ? formatPath(parent) : 'the top level';
  const message = `${key} is not a known key of ${where}${suggestion ? `; did you mean ${suggestion}?` : ''}`;
  const detail = detailOf(
    known.length ? `known keys here: ${known.join(', ')}` : undefined,
    'an unknown key is not checked; a misspelt key leaves the field it meant unchecked too',
  );
  const path = [...parent, key];
  const [start, end] = spanOfPath(ctx.doc, path, 'key');
  return {
    ruleId: 'schema/unknown-key',
    measure: measureOf(ctx.root, suggestion && !parent.length ? [suggestion] : parent),
    severity: 'warning',
    message,
    ...(detail ? { detail } : {}),
    start,
    end,
    path,
    ...(suggestion ? { data: { suggestion } } : {}),
  };
}

function formatMismatch(ctx: Context, error: ErrorObject, path: DataPath): Finding {
  const schema = schemaAt(ctx.root, path);
  const expected = schema?.['x-type'] ?? 'in the expected format';
  const limit = String(error.params.limit);
  const [problem, hint] =
    error.keyword === 'minLength'
      ? [
          (error.params.limit as number) <= 1
            ? 'must not be empty'
            : `is too short; write at least ${limit} characters`,
          undefined,
        ]
      : error.keyword === 'minimum'
        ? [`must be at least ${limit}, not ${describeValue(error.data)}`, undefined]
        : expectation(path, expected, error.data, 'a value in the wrong format');
  return finding(
    ctx,
    'schema/format',
    'error',
    path,
    'value',
    wording(ctx.root, path, problem, hint),
  );
}

function listProblem(ctx: Context, error: ErrorObject, path: DataPath): Finding {
  const obligation = schemaAt(ctx.root, path)?.['x-obligation'];
  const severity: Severity = obligation === 'should' ? 'warning' : 'error';
  let problem = 'needs at least one entry';
  if (error.keyword === 'x-required-values') {
    const what = (error.params.missing as string[]).join(', ');
    const property = error.params.property as string | undefined;
    problem = property ? `lacks an entry with ${property} ${what}` : `lacks ${what}`;
  } else if (error.keyword === 'contains') {
    const custom = (error.parentSchema as SchemaNode)['x-contains-message'];
    const [what, ...why] = (custom ?? 'a required kind of entry is missing').split('; ');
    const detail = detailOf(why.join('; '));
    const words = { message: `${formatPath(path)}: ${what}`, ...(detail ? { detail } : {}) };
    return finding(ctx, 'schema/required', severity, path, 'key', words, {
      data: { should: severity === 'warning' },
    });
  }
  return finding(ctx, 'schema/required', severity, path, 'key', wording(ctx.root, path, problem), {
    data: { should: severity === 'warning' },
  });
}

function toFinding(ctx: Context, error: ErrorObject): Finding | undefined {
  const path = pathFromPointer(error.instancePath);
  switch (error.keyword) {
    case 'required':
      return missing(ctx, error, false);
    case 'x-should':
      return missing(ctx, error, true);
    case 'type':
    case 'anyOf':
      return typeMismatch(ctx, error, path);
    case 'enum':
      return enumMismatch(ctx, error, path);
    case 'const':
      return constMismatch(ctx, error, path);
    case 'additionalProperties':
      return unknownKey(ctx, error, path);
    case 'format':
    case 'pattern':
    case 'minLength':
    case 'minimum':
      return formatMismatch(ctx, error, path);
    case 'minItems':
    case 'contains':
    case 'x-required-values':
      return listProblem(ctx, error, path);
    default:
      return undefined; // `if`, `then`, `else`, `allOf`: summaries of errors reported on their own
  }
}

/** Drops errors raised inside the branches of an `anyOf` that itself failed (one message is enough). */
function collapseCombinators(errors: ErrorObject[]): ErrorObject[] {
  const failedAnyOf = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.schemaPath);
  return errors.filter(
    (e) => e.keyword === 'anyOf' || !failedAnyOf.some((p) => e.schemaPath.startsWith(p + '/')),
  );
}

/** Drops the header's own errors: the parser already reported apiVersion and kind problems. */
function isHeaderError(error: ErrorObject): boolean {
  if (error.instancePath === '/apiVersion' || error.instancePath === '/kind') return true;
  return (
    error.keyword === 'required' &&
    ['apiVersion', 'kind'].includes(String(error.params.missingProperty)) &&
    error.instancePath === ''
  );
}

/**
 * The schema findings of a document; at most `limit` are made (a document far from the format
 * can fail thousands of checks), and one `document/truncated` info carries how many were not.
 */
export function schemaFindings(
  kind: PolicyKind,
  doc: Document,
  value: unknown,
  limit: number,
): Finding[] {
  const validate = validatorFor(kind);
  if (validate(value)) return [];
  const ctx: Context = { root: schemaForKind(kind), doc };
  const errors = collapseCombinators(validate.errors ?? []).filter(
    (error) => !isHeaderError(error),
  );
  const findings: Finding[] = [];
  for (const error of errors.slice(0, limit)) {
    const result = toFinding(ctx, error);
    if (result) findings.push(result);
  }
  if (errors.length > limit) {
    const [start] = spanOfPath(ctx.doc, [], 'key');
    findings.push(truncatedInfo(errors.length - limit, limit, start));
  }
  return findings;
}
