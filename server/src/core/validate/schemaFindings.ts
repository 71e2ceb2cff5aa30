/**
 * Validates a document's data against its kind's schema and turns Ajv's errors into findings:
 * one plain-words message per problem, with the stable rule id, the measure, the severity of
 * the obligation, and the smallest source span. Combinator noise (`if`, `anyOf`) is collapsed.
 */
import type { ErrorObject } from 'ajv';
import type { Document } from 'yaml';
import { closestMatch } from '../didYouMean';
import { spanOfPath } from '../locate';
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

function sentence(root: SchemaNode, path: DataPath, problem: string): string {
  const schema = schemaAt(root, path);
  const measure = measureOf(root, path);
  const reason = schema?.description ? `: ${schema.description}` : '';
  const suffix = measure ? ` (${measure})` : '';
  const subject = path.length ? formatPath(path) : 'the document';
  return `${subject} ${problem}${reason}${suffix}`;
}

function finding(
  ctx: Context,
  ruleId: string,
  severity: Severity,
  path: DataPath,
  part: 'key' | 'value',
  message: string,
  extra: Partial<Finding> = {},
): Finding {
  const [start, end] = spanOfPath(ctx.doc, path, part);
  return {
    ruleId,
    measure: measureOf(ctx.root, path),
    severity,
    message,
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
    message: sentence(ctx.root, path, verb),
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
      ? ' (YAML read it as a number or boolean; put it in quotes)'
      : '';
  return finding(
    ctx,
    'schema/type',
    'error',
    path,
    'value',
    sentence(ctx.root, path, `must be ${expected}, not ${describeValue(error.data)}${quoteHint}`),
  );
}

function enumMismatch(ctx: Context, error: ErrorObject, path: DataPath): Finding {
  const allowed = (error.params.allowedValues as unknown[]).map(String);
  const suggestion = typeof error.data === 'string' ? closestMatch(error.data, allowed) : undefined;
  const hint = suggestion ? ` (did you mean ${suggestion}?)` : '';
  const problem = `is ${describeValue(error.data)}, which is not allowed${hint}; use one of ${allowed.join(', ')}`;
  return finding(
    ctx,
    'schema/enum',
    'error',
    path,
    'value',
    sentence(ctx.root, path, problem),
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
    sentence(ctx.root, path, `must be ${wanted}`),
    { data: { suggestion: String(wanted), should: severity === 'warning' } },
  );
}

function unknownKey(ctx: Context, error: ErrorObject, parent: DataPath): Finding {
  const key = String(error.params.additionalProperty);
  const known = Object.keys((error.parentSchema as SchemaNode).properties ?? {});
  const suggestion = closestMatch(key, known);
  const hint = suggestion
    ? `; did you mean ${suggestion}?`
    : known.length
      ? `; known keys here: ${known.join(', ')}`
      : '';
  const where = parent.length ? formatPath(parent) : 'the top level';
  const message = `${key} is not a known key of ${where}${hint}`;
  const path = [...parent, key];
  const [start, end] = spanOfPath(ctx.doc, path, 'key');
  return {
    ruleId: 'schema/unknown-key',
    measure: measureOf(ctx.root, parent),
    severity: 'warning',
    message,
    start,
    end,
    path,
    ...(suggestion ? { data: { suggestion } } : {}),
  };
}

function formatMismatch(ctx: Context, error: ErrorObject, path: DataPath): Finding {
  const schema = schemaAt(ctx.root, path);
  const expected = schema?.['x-type'] ?? 'in the expected format';
  let problem = `must be ${expected}, not ${describeValue(error.data)}`;
  if (error.keyword === 'minLength')
    problem =
      (error.params.limit as number) <= 1
        ? 'must not be empty'
        : `is too short; write at least ${String(error.params.limit)} characters`;
  if (error.keyword === 'minimum')
    problem = `must be at least ${String(error.params.limit)}, not ${describeValue(error.data)}`;
  return finding(ctx, 'schema/format', 'error', path, 'value', sentence(ctx.root, path, problem));
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
    const measure = measureOf(ctx.root, path);
    const message = `${formatPath(path)}: ${custom ?? 'a required kind of entry is missing'}${measure ? ` (${measure})` : ''}`;
    return finding(ctx, 'schema/required', severity, path, 'key', message, {
      data: { should: severity === 'warning' },
    });
  }
  return finding(ctx, 'schema/required', severity, path, 'key', sentence(ctx.root, path, problem), {
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

/** Schema findings reported per document at most; beyond that one info says how many were left out. */
export const MAX_SCHEMA_FINDINGS = 300;

function truncated(ctx: Context, shown: number, total: number): Finding {
  const [start, end] = spanOfPath(ctx.doc, [], 'key');
  return {
    ruleId: 'document/truncated',
    measure: null,
    severity: 'info',
    message: `only the first ${shown} of ${total} schema problems of this document are shown; fix those and check again`,
    start,
    end,
    path: [],
  };
}

export function schemaFindings(kind: PolicyKind, doc: Document, value: unknown): Finding[] {
  const validate = validatorFor(kind);
  if (validate(value)) return [];
  const ctx: Context = { root: schemaForKind(kind), doc };
  const errors = collapseCombinators(validate.errors ?? []).filter(
    (error) => !isHeaderError(error),
  );
  const findings: Finding[] = [];
  for (const error of errors.slice(0, MAX_SCHEMA_FINDINGS)) {
    const result = toFinding(ctx, error);
    if (result) findings.push(result);
  }
  if (errors.length > MAX_SCHEMA_FINDINGS)
    findings.push(truncated(ctx, MAX_SCHEMA_FINDINGS, errors.length));
  return findings;
}
