/**
 * Fixes that replace one value or key: did-you-mean corrections, quoting a number or boolean
 * where text belongs, and setting a `true!` field to true.
 */
import { isMap } from 'yaml';
import { asArray, asRecord, valueAt } from '../../data';
import { locate } from '../../locate';
import { kindFromFileName } from '../../policyHeader';
import type { SchemaNode } from '../../schema/dsl';
import { idsForRef } from './engagementIds';
import { addedKey, replaceFix, type ActionableDiagnostic, type Fix, type FixContext } from './fix';
import { yamlString } from './placeholders';
import { scalarValueTarget, schemaOfDiagnostic, valueOrKeyTarget } from './target';
import { fixTitle } from './titles';

/** `replacement` written with the quotes the original used, so the edit stays minimal. */
function inSameQuotes(original: string, replacement: string): string {
  if (original.startsWith('"')) return JSON.stringify(replacement);
  if (original.startsWith("'")) return `'${replacement.replace(/'/g, "''")}'`;
  return yamlString(replacement);
}

/** Renaming a key to one its mapping already has would create a duplicate key. */
function siblingKeyExists(fc: FixContext, diagnostic: ActionableDiagnostic, key: string): boolean {
  const parentPath = (diagnostic.path ?? []).slice(0, -1);
  const parent = locate(fc.doc.yaml, parentPath).value;
  return isMap(parent) && parent.has(key);
}

/**
 * A reference corrected to an id that the same mapping or list already names would only trade
 * one problem for another (a deputy who is the primary, a contact listed twice).
 */
function siblingNames(fc: FixContext, diagnostic: ActionableDiagnostic, id: string): boolean {
  const path = diagnostic.path ?? [];
  if (diagnostic.ruleId !== 'reference/unresolved' || path.length === 0) return false;
  const own = path[path.length - 1];
  const container = valueAt(fc.doc.value, path.slice(0, -1));
  const siblings = Array.isArray(container)
    ? asArray(container).filter((_, i) => i !== own)
    : Object.entries(asRecord(container) ?? {})
        .filter(([key]) => key !== own)
        .map(([, value]) => value);
  return siblings.includes(id);
}

function suggestionOf(fc: FixContext, diagnostic: ActionableDiagnostic): string | undefined {
  const suggestion = diagnostic.data?.suggestion;
  if (suggestion || diagnostic.ruleId !== 'document/unknown-kind') return suggestion;
  return kindFromFileName(fc.feature.file.uri);
}

/** schema/enum, schema/unknown-key, reference/unresolved, document/unknown-kind. */
export function suggestionFixes(fc: FixContext, diagnostic: ActionableDiagnostic): Fix[] {
  const suggestion = suggestionOf(fc, diagnostic);
  const target = valueOrKeyTarget(fc, diagnostic);
  if (!suggestion || !target) return [];
  if (diagnostic.ruleId === 'schema/unknown-key' && siblingKeyExists(fc, diagnostic, suggestion))
    return [];
  if (siblingNames(fc, diagnostic, suggestion)) return [];
  const newText = inSameQuotes(target.source, suggestion);
  const edit = { start: target.start, end: target.end, newText };
  const title = fixTitle(fc.feature.options, 'replaceWith', { value: suggestion });
  const fix = replaceFix(title, edit, {
    isPreferred: true,
    automatic: true,
  });
  if (diagnostic.ruleId !== 'schema/unknown-key') return [fix];
  return [{ ...fix, addsKeys: [addedKey(fc, (diagnostic.path ?? []).slice(0, -1), suggestion)] }];
}

function wantsText(schema: SchemaNode | undefined): boolean {
  if (!schema || schema.enum) return false;
  return schema.type === 'string' || !!schema.anyOf?.some((branch) => branch.type === 'string');
}

/** Whether the text is valid where it stands: its pattern, a known id for a ref, no format (dates, e-mail). */
function acceptsText(fc: FixContext, schema: SchemaNode, value: string): boolean {
  if (schema.pattern && !new RegExp(schema.pattern).test(value)) return false;
  if (schema.format) return false;
  const ref = schema['x-ref'];
  if (ref && !idsForRef(fc, ref).includes(value)) return false;
  return value.length >= (schema.minLength ?? 0);
}

/** schema/type: YAML read a number or boolean where text belongs; put the value in quotes. */
export function quoteFixes(fc: FixContext, diagnostic: ActionableDiagnostic): Fix[] {
  const schema = schemaOfDiagnostic(fc, diagnostic);
  const target = scalarValueTarget(fc, diagnostic);
  if (!schema || !target || !wantsText(schema)) return [];
  const value = target.node.value;
  if (typeof value !== 'number' && typeof value !== 'boolean') return [];
  const source = target.span.source;
  if (!acceptsText(fc, schema, source)) return [];
  const edit = { start: target.span.start, end: target.span.end, newText: JSON.stringify(source) };
  const title = fixTitle(fc.feature.options, 'putInQuotes', { value: source });
  return [replaceFix(title, edit, { isPreferred: true, automatic: true })];
}

/** schema/must-be-true: only where the schema fixes the value to true. */
export function setTrueFixes(fc: FixContext, diagnostic: ActionableDiagnostic): Fix[] {
  const schema = schemaOfDiagnostic(fc, diagnostic);
  const target = scalarValueTarget(fc, diagnostic);
  if (schema?.const !== true || !target) return [];
  const edit = { start: target.span.start, end: target.span.end, newText: 'true' };
  const title = fixTitle(fc.feature.options, 'setTrue');
  return [replaceFix(title, edit, { isPreferred: false, automatic: false })];
}
