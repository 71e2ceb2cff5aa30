/**
 * "Insert Clause": the clause snippets a document does not have yet, and the edits that put one
 * where it belongs — under its parent mapping (created when missing), indented like the
 * document, on lines of its own — wherever the cursor is. Pure: text in, offset edits out.
 */
import { isCollection, parseDocument, visit, type Node } from 'yaml';
import { locate } from '../locate';
import type { PolicyDocument } from '../parse';
import { schemaForKind } from '../schema';
import type { RefKind, SchemaNode } from '../schema/dsl';
import { schemaAt } from '../schema/lookup';
import type { DataPath } from '../types';
import { documentAt, type FeatureContext } from './context';
import { idsForRef } from './codeActions/engagementIds';
import type { FixContext, OffsetEdit } from './codeActions/fix';
import { appendToSequence, insertIntoMapping, type NewEntry } from './codeActions/insertion';
import { indentOfColumn, lineBreakOf } from './codeActions/textLayout';
import { withDefinedIds } from './codeActions/snippetIds';
import { clauseSnippets, expandPlaceholders, snippetText, type ClauseSnippet } from './snippets';

/** Whole documents (`engagement`, `dca`) have no scope and no key; every other snippet is a clause. */
export function isWholeDocument(snippet: ClauseSnippet): boolean {
  return snippet.scope === '' && snippet.key === '';
}

function scopePath(snippet: ClauseSnippet): string[] {
  return snippet.scope === '' ? [] : snippet.scope.split('.');
}

/** A list-item clause (a waiver) goes into the list at its scope; any other into the mapping. */
function isListItem(snippet: ClauseSnippet): boolean {
  return snippet.key === '';
}

function fitsKind(root: SchemaNode, snippet: ClauseSnippet): boolean {
  const path = isListItem(snippet) ? scopePath(snippet) : [...scopePath(snippet), snippet.key];
  return schemaAt(root, path) !== undefined;
}

function alreadyPresent(doc: PolicyDocument, snippet: ClauseSnippet): boolean {
  if (isListItem(snippet)) return false; // another waiver is always possible
  const path = [...scopePath(snippet), snippet.key];
  return locate(doc.yaml, path).depth === path.length;
}

/** The clause snippets in the locale of the request (labels, descriptions, example texts). */
function snippetsOf(ctx: FeatureContext): readonly ClauseSnippet[] {
  return clauseSnippets(ctx.options.locale ?? 'en');
}

/** The clauses that fit the document at `offset` and that it does not have yet, in file order. */
export function clausesToOffer(ctx: FeatureContext, offset: number): ClauseSnippet[] {
  const doc = documentAt(ctx.file, offset);
  if (!doc?.kind) return [];
  const root = schemaForKind(doc.kind);
  return snippetsOf(ctx).filter(
    (snippet) =>
      !isWholeDocument(snippet) && fitsKind(root, snippet) && !alreadyPresent(doc, snippet),
  );
}

/** The indentation step the document uses: its smallest indentation of a key line, else two. */
export function indentStepOf(text: string): string {
  let smallest = Infinity;
  for (const match of text.matchAll(/^( +)[^\s#-]/gm))
    smallest = Math.min(smallest, match[1].length);
  return ' '.repeat(Number.isFinite(smallest) ? smallest : 2);
}

const TO_STRING = { lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false } as const;

/** The clause as plain YAML text (defaults for placeholders, ids the document defines). */
function clauseText(fc: FixContext, snippet: ClauseSnippet, mapping: SchemaNode): string {
  const idsOf = (kind: RefKind) => idsForRef(fc, kind);
  return withDefinedIds(expandPlaceholders(snippetText(snippet, '')), mapping, idsOf);
}

/** The clause under `missing` new parent keys, as block lines indented by `step` per level. */
function blockLines(text: string, missing: readonly string[], step: string): string[] {
  const nested = [
    ...missing.map((key, depth) => `${'  '.repeat(depth)}${key}:`),
    ...text.split('\n').map((line) => '  '.repeat(missing.length) + line),
  ].join('\n');
  if (step === '  ') return nested.split('\n');
  const parsed = parseDocument(nested);
  if (parsed.errors.length > 0) return nested.split('\n');
  return parsed
    .toString({ ...TO_STRING, indent: step.length })
    .trimEnd()
    .split('\n');
}

/** The same block in flow style, without the outer brackets: `term: {start: …}`, `{measure: …}`. */
function flowForm(lines: readonly string[]): string | undefined {
  const parsed = parseDocument(lines.join('\n'));
  if (parsed.errors.length > 0) return undefined;
  visit(parsed, {
    Collection(_, node) {
      node.flow = true;
    },
  });
  return parsed.toString(TO_STRING).trimEnd().slice(1, -1);
}

function entryOf(lines: readonly string[]): NewEntry {
  return { lines: (indent) => lines.map((line) => indent + line), flow: flowForm(lines) };
}

/** How much of `path` exists as a mapping (or an empty value) the clause can go into. */
function existingDepth(doc: PolicyDocument, path: readonly string[]): number {
  for (let depth = path.length; depth > 0; depth--) {
    const located = locate(doc.yaml, path.slice(0, depth));
    if (located.depth === depth) return depth;
  }
  return 0;
}

function isEmptyFlow(node: Node | undefined): boolean {
  return isCollection(node) && !!node.flow && node.items.length === 0;
}

/**
 * An empty flow collection (`waivers: []`, `contract: {}`) becomes a block one: `[]` is removed
 * and the clause lines follow the key, one step deeper.
 */
function replaceEmptyFlow(
  fc: FixContext,
  path: DataPath,
  lines: (indent: string) => string[],
  step: string,
): OffsetEdit | undefined {
  const located = locate(fc.doc.yaml, path);
  const keyStart = located.key?.range?.[0];
  const range = located.value?.range;
  if (keyStart === undefined || !range) return undefined;
  const indent = indentOfColumn(fc.feature.file.lineIndex, keyStart) + step;
  const lineBreak = lineBreakOf(fc.text);
  let start = range[0];
  while (start > 0 && fc.text[start - 1] === ' ') start--;
  return { start, end: range[1], newText: lineBreak + lines(indent).join(lineBreak) };
}

/**
 * The edits that insert clause `clauseId` into the document at `offset`, or undefined when the
 * document has it already, cannot take it, or has no place for it (its parent is a text value).
 */
export function clauseEdits(
  ctx: FeatureContext,
  offset: number,
  clauseId: string,
): OffsetEdit[] | undefined {
  const doc = documentAt(ctx.file, offset);
  const snippet = snippetsOf(ctx).find((candidate) => candidate.id === clauseId);
  if (!doc?.kind || !snippet || isWholeDocument(snippet)) return undefined;
  const root = schemaForKind(doc.kind);
  if (!fitsKind(root, snippet) || alreadyPresent(doc, snippet)) return undefined;
  const fc: FixContext = { feature: ctx, doc, text: ctx.file.text };
  const scope = scopePath(snippet);
  const mapping = schemaAt(root, scope);
  if (!mapping) return undefined;
  const text = clauseText(fc, snippet, mapping);
  const step = indentStepOf(fc.text);
  const depth = existingDepth(doc, scope);
  const parent = scope.slice(0, depth);
  const entry = entryOf(blockLines(text, scope.slice(depth), step));
  const edit = isEmptyFlow(locate(doc.yaml, parent).value)
    ? replaceEmptyFlow(fc, parent, entry.lines, step)
    : isListItem(snippet) && depth === scope.length
      ? appendToSequence(fc, parent, entry)
      : insertIntoMapping(fc, parent, entry);
  return edit && [edit];
}
