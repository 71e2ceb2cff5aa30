/**
 * Validates a document's data against its kind's schema and turns Ajv's errors into findings:
 * one message per problem (a message id of a schema rule and its arguments: the field, the
 * expected type as a shared phrase, the field's description), with the stable rule id, the
 * measure, the severity of the obligation, and the smallest source span. Combinator noise
 * (`if`, `anyOf`) is collapsed.
 */
import type { ErrorObject } from 'ajv';
import type { Document } from 'yaml';
import { closestMatch } from '../didYouMean';
import type { FieldDescriptionRef, MessageArg, MessageArgs } from '../i18n/message';
import { phrase, renderPhrase } from '../i18n/phrases';
import { typePhrase } from '../i18n/phrases/schemaType';
import { spanOfPath } from '../locate';
import { LIFECYCLE } from '../domain/lifecycle';
import { truncatedInfo } from './findingCap';
import type { SchemaNode } from '../schema/dsl';
import { formatPath, measureOf, schemaAt } from '../schema/lookup';
import type { DataPath, Finding, FindingData, PolicyKind, Severity } from '../types';
import { schemaForKind } from '../schema';
import { validatorFor } from './ajv';
import type { RuleId } from '../rules/registry';
import { engineFinding } from './engineFinding';

interface Context {
  kind: PolicyKind;
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

/** What a value is, for "must be …, not {actual}": a quoted text, or a phrase of the locale. */
export function describeValue(value: unknown): MessageArg {
  if (value === null) return phrase('value.null');
  if (Array.isArray(value)) return phrase('value.list');
  if (typeof value === 'object') return phrase('value.mapping');
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  const kind = typeof value === 'number' ? 'value.number' : 'value.boolean';
  return phrase(kind, { value: String(value) });
}

/** An argument as English text: only to decide whether a message stays short (see below). */
function englishOf(arg: MessageArg): string {
  if (typeof arg !== 'object') return String(arg);
  if (!('phrase' in arg)) return '';
  return renderPhrase(arg, 'en', { phrase: (ref) => englishOf(ref), field: () => '' });
}

/**
 * A list of choices or the expected type goes into the message while the English message stays
 * this short, otherwise into the detail; the choice is made once, the same in every locale.
 */
const SHORT_MESSAGE = 100;

/** The field a message is about: its dotted path, or "the document" for the root. */
function subjectOf(path: DataPath): MessageArg {
  return path.length ? formatPath(path) : phrase('document.itself');
}

/** The field's description (what it is for), rendered as a sentence in the reader's locale. */
function descriptionOf(ctx: Context, path: DataPath): FieldDescriptionRef {
  return { descriptionOf: path, kind: ctx.kind, sentence: true };
}

/** The common arguments of a message about the field at `path`. */
function aboutField(ctx: Context, path: DataPath, more: MessageArgs = {}): MessageArgs {
  return { field: subjectOf(path), description: descriptionOf(ctx, path), ...more };
}

function finding(
  ctx: Context,
  ruleId: RuleId,
  messageId: string,
  args: MessageArgs,
  at: { severity: Severity; path: DataPath; part: 'key' | 'value'; data?: FindingData },
): Finding {
  const [start, end] = spanOfPath(ctx.doc, at.path, at.part);
  return engineFinding(ruleId, messageId, args, {
    measure: measureOf(ctx.root, at.path),
    severity: at.severity,
    start,
    end,
    path: at.path,
    ...(at.data ? { data: at.data } : {}),
  });
}

function missing(ctx: Context, error: ErrorObject, should: boolean): Finding {
  const parent = pathFromPointer(error.instancePath);
  const key = String(error.params.missingProperty);
  const path = [...parent, key];
  const schema = schemaAt(ctx.root, path);
  const isShould = should || schema?.['x-obligation'] === 'should';
  const from = schema?.['x-required-from'];
  const [messageId, args]: [string, MessageArgs] = isShould
    ? ['recommended', {}]
    : from && from !== LIFECYCLE[0]
      ? ['missingFromStatus', { status: from }]
      : ['missing', {}];
  const [start, end] = spanOfPath(ctx.doc, parent, 'key');
  return engineFinding('schema/required', messageId, aboutField(ctx, path, args), {
    measure: measureOf(ctx.root, path),
    severity: isShould ? 'warning' : 'error',
    start,
    end,
    path,
    data: { missingKey: key, should: isShould },
  });
}

/** The expected type and the actual value fit in a short message (decided on the English). */
function fitsShort(path: DataPath, expected: MessageArg, actual: MessageArg): boolean {
  const full = `must be ${englishOf(expected)}, not ${englishOf(actual)}`;
  return `${formatPath(path)} ${full}`.length <= SHORT_MESSAGE;
}

function typeMismatch(ctx: Context, error: ErrorObject, path: DataPath): Finding {
  const schema = schemaAt(ctx.root, path) ?? (error.parentSchema as SchemaNode | undefined);
  const expected = typePhrase(schema?.['x-type'] ?? String(error.params.type));
  const actual = describeValue(error.data);
  const needsQuotes =
    (typeof error.data === 'number' || typeof error.data === 'boolean') &&
    schema?.type === 'string';
  const short = fitsShort(path, expected, actual);
  const messageId = needsQuotes
    ? short
      ? 'needsQuotes'
      : 'needsQuotesLong'
    : short
      ? 'wrongType'
      : 'wrongTypeLong';
  const args = aboutField(ctx, path, { expected, actual });
  return finding(ctx, 'schema/type', messageId, args, { severity: 'error', path, part: 'value' });
}

function enumMismatch(ctx: Context, error: ErrorObject, path: DataPath): Finding {
  const allowedValues = (error.params.allowedValues as unknown[]).map(String);
  const suggestion =
    typeof error.data === 'string' ? closestMatch(error.data, allowedValues) : undefined;
  const allowed = allowedValues.join(', ');
  const actual = describeValue(error.data);
  const base = `is ${englishOf(actual)}, not an allowed value`;
  const short = `${formatPath(path)} ${base}; use one of ${allowed}`.length <= SHORT_MESSAGE;
  const messageId = suggestion ? 'didYouMean' : short ? 'useOneOf' : 'notAllowed';
  const args = aboutField(ctx, path, { actual, allowed, ...(suggestion ? { suggestion } : {}) });
  return finding(ctx, 'schema/enum', messageId, args, {
    severity: 'error',
    path,
    part: 'value',
    ...(suggestion ? { data: { suggestion } } : {}),
  });
}

function constMismatch(ctx: Context, error: ErrorObject, path: DataPath): Finding | undefined {
  const wanted = error.params.allowedValue;
  if (typeof wanted !== 'boolean') return undefined; // apiVersion and kind: reported by the header check
  const obligation = schemaAt(ctx.root, path)?.['x-obligation'];
  const severity: Severity =
    obligation === 'should' || obligation === 'optional' ? 'warning' : 'error';
  const args = aboutField(ctx, path, { value: String(wanted) });
  return finding(ctx, 'schema/must-be-true', 'mustBe', args, {
    severity,
    path,
    part: 'value',
    data: { suggestion: String(wanted), should: severity === 'warning' },
  });
}

function unknownKey(ctx: Context, error: ErrorObject, parent: DataPath): Finding {
  const key = String(error.params.additionalProperty);
  const known = Object.keys((error.parentSchema as SchemaNode).properties ?? {});
  const suggestion = closestMatch(key, known);
  const where = parent.length ? formatPath(parent) : phrase('document.topLevel');
  const path = [...parent, key];
  const [start, end] = spanOfPath(ctx.doc, path, 'key');
  const args: MessageArgs = {
    key,
    parent: where,
    known: known.join(', '),
    ...(suggestion ? { suggestion } : {}),
  };
  return engineFinding('schema/unknown-key', suggestion ? 'didYouMean' : 'unknownKey', args, {
    measure: measureOf(ctx.root, suggestion && !parent.length ? [suggestion] : parent),
    severity: 'warning',
    start,
    end,
    path,
    ...(suggestion ? { data: { suggestion } } : {}),
  });
}

function formatMismatch(ctx: Context, error: ErrorObject, path: DataPath): Finding {
  const schema = schemaAt(ctx.root, path);
  const expected = schema?.['x-type']
    ? typePhrase(schema['x-type'])
    : phrase('type.expectedFormat');
  const actual = describeValue(error.data);
  const limit = error.params.limit as number;
  const [messageId, args]: [string, MessageArgs] =
    error.keyword === 'minLength'
      ? limit <= 1
        ? ['empty', {}]
        : ['tooShort', { limit }]
      : error.keyword === 'minimum'
        ? ['tooSmall', { limit, actual }]
        : [
            fitsShort(path, expected, actual) ? 'wrongFormat' : 'wrongFormatLong',
            { expected, actual },
          ];
  return finding(ctx, 'schema/format', messageId, aboutField(ctx, path, args), {
    severity: 'error',
    path,
    part: 'value',
  });
}

/** What a list lacks when it has no entry of a required kind (the schema's `x-contains-message`). */
function containsPhrases(custom: string | undefined): MessageArgs {
  if (custom?.startsWith('no objective has category security'))
    return {
      what: phrase('contains.securityObjective'),
      why: phrase('contains.securityObjective.why'),
    };
  return { what: phrase('contains.generic'), why: phrase('contains.generic.why') };
}

function listProblem(ctx: Context, error: ErrorObject, path: DataPath): Finding {
  const obligation = schemaAt(ctx.root, path)?.['x-obligation'];
  const severity: Severity = obligation === 'should' ? 'warning' : 'error';
  const at = { severity, path, part: 'key' as const, data: { should: severity === 'warning' } };
  if (error.keyword === 'contains') {
    const custom = (error.parentSchema as SchemaNode)['x-contains-message'];
    const args = { field: formatPath(path), ...containsPhrases(custom) };
    return finding(ctx, 'schema/required', 'lacksEntry', args, at);
  }
  if (error.keyword === 'x-required-values') {
    const values = (error.params.missing as string[]).join(', ');
    const property = error.params.property as string | undefined;
    const [messageId, args]: [string, MessageArgs] = property
      ? ['lacksValuesWith', { property, values }]
      : ['lacksValues', { values }];
    return finding(ctx, 'schema/required', messageId, aboutField(ctx, path, args), at);
  }
  return finding(ctx, 'schema/required', 'needsEntry', aboutField(ctx, path), at);
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
  const ctx: Context = { kind, root: schemaForKind(kind), doc };
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
