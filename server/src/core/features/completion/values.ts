/**
 * Value completion: what may stand after `key: ` or `- ` according to the schema: allowed
 * values, true/false, the ids a reference may name, measure ids, today's date and common
 * durations.
 */
import type { CompletionItem, CompletionItemKind } from 'vscode-languageserver-types';
import { allMeasureDefinitions } from '../../domain/measures';
import { API_VERSION, KINDS } from '../../parse';
import { schemaForKind } from '../../schema';
import { DURATION_PATTERN, MEASURE_ID_PATTERN, type SchemaNode } from '../../schema/dsl';
import { schemaAt } from '../../schema/lookup';
import type { DataPath } from '../../types';
import type { FeatureContext } from '../context';
import type { CursorContext } from '../cursor';
import { ItemKind, PLAIN_TEXT, replacingItem, yamlScalar } from './items';
import { refTargets } from './refTargets';
import { completionTexts, type CompletionTexts } from './texts';

interface Candidate {
  value: string;
  kind: CompletionItemKind;
  detail?: string;
}

function commonDurations(texts: CompletionTexts): Candidate[] {
  return Object.entries(texts.durations).map(([value, detail]) => ({
    value,
    kind: ItemKind.Value,
    detail,
  }));
}

function isMeasureField(schema: SchemaNode): boolean {
  return schema.pattern === MEASURE_ID_PATTERN;
}

function booleans(schema: SchemaNode): Candidate[] {
  const values = schema.const === false ? ['false', 'true'] : ['true', 'false'];
  return values.map((value) => ({ value, kind: ItemKind.Keyword }));
}

function schemaCandidates(
  ctx: FeatureContext,
  cursor: CursorContext,
  schema: SchemaNode,
): Candidate[] {
  if (schema.type === 'boolean') return booleans(schema);
  if (typeof schema.const === 'string') return [{ value: schema.const, kind: ItemKind.Value }];
  if (schema.enum) return schema.enum.map((value) => ({ value, kind: ItemKind.EnumMember }));
  const refKind = schema['x-ref'];
  if (refKind) {
    return refTargets(ctx, cursor, refKind).map((target) => ({
      value: target.id,
      kind: ItemKind.Reference,
      ...(target.detail ? { detail: target.detail } : {}),
    }));
  }
  const locale = ctx.options.locale ?? 'en';
  if (isMeasureField(schema))
    return allMeasureDefinitions().map((m) => ({
      value: m.id,
      kind: ItemKind.Value,
      detail: m.title[locale],
    }));
  const texts = completionTexts(locale);
  if (schema.format === 'date')
    return [{ value: ctx.options.today, kind: ItemKind.Value, detail: texts.today }];
  if (schema.pattern === DURATION_PATTERN) return commonDurations(texts);
  return [];
}

function fieldPath(cursor: CursorContext): DataPath {
  return cursor.key === undefined ? [...cursor.path, 0] : [...cursor.path, cursor.key];
}

function candidates(ctx: FeatureContext, cursor: CursorContext): Candidate[] {
  const path = fieldPath(cursor);
  const atRoot = path.length === 1;
  if (atRoot && cursor.key === 'kind')
    return KINDS.map((kind) => ({ value: kind, kind: ItemKind.EnumMember }));
  if (atRoot && cursor.key === 'apiVersion') return [{ value: API_VERSION, kind: ItemKind.Value }];
  if (!cursor.kind) return [];
  const schema = schemaAt(schemaForKind(cursor.kind), path);
  return schema ? schemaCandidates(ctx, cursor, schema) : [];
}

/** The replacement for the typed value: plain or quoted YAML, after a space if `key:` has none. */
function insertedValue(ctx: FeatureContext, cursor: CursorContext, value: string): string {
  if (cursor.quote) return value;
  const space = ctx.file.text[cursor.replaceStart - 1] === ':' ? ' ' : '';
  return space + yamlScalar(value);
}

export function valueCompletions(ctx: FeatureContext, cursor: CursorContext): CompletionItem[] {
  const replacement = { file: ctx.file, start: cursor.replaceStart, end: cursor.replaceEnd };
  return candidates(ctx, cursor).map((candidate, position) =>
    replacingItem(
      replacement,
      {
        label: candidate.value,
        kind: candidate.kind,
        ...(candidate.detail ? { detail: candidate.detail } : {}),
        sortText: String(position).padStart(3, '0'),
        filterText: candidate.value,
        insertTextFormat: PLAIN_TEXT,
      },
      insertedValue(ctx, cursor, candidate.value),
    ),
  );
}
