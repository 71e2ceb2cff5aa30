/**
 * schema/required: add the missing key to its mapping with a typed placeholder value, or,
 * where a clause snippet exists for that key, with the snippet's ready-made clause.
 */
import { locate } from '../../locate';
import { schemaForKind } from '../../schema';
import type { RefKind, SchemaNode } from '../../schema/dsl';
import { formatPath, schemaAt } from '../../schema/lookup';
import type { DataPath } from '../../types';
import { clauseSnippets, expandPlaceholders, snippetText, type ClauseSnippet } from '../snippets';
import type { ActionableDiagnostic, Fix, FixContext } from './fix';
import { idsForRef } from './engagementIds';
import { missingKindFixes } from './header';
import { insertIntoMapping, type NewEntry } from './insertion';
import { needsConfirmation, placeholderFor, type PlaceholderValue } from './placeholders';
import { placeholderSource } from './placeholderSource';
import { entryLines, flowText } from './render';
import { withDefinedIds } from './snippetIds';
import { fixTitle } from './titles';

function prefixesLongestFirst(path: DataPath): DataPath[] {
  return path.map((_, i) => path.slice(0, path.length - i)).concat([[]]);
}

/**
 * The mapping that lacks `key`. Usually the diagnostic's path is `[...parent, key]`; some rules
 * point at a sibling or the parent itself, so the nearest mapping whose schema knows the key wins.
 */
function parentPathOf(
  root: SchemaNode,
  fc: FixContext,
  path: DataPath,
  key: string,
): DataPath | undefined {
  const candidates =
    path[path.length - 1] === key ? [path.slice(0, -1)] : prefixesLongestFirst(path);
  return candidates.find((parent) => {
    const known = schemaAt(root, parent)?.properties?.[key] !== undefined;
    return known && locate(fc.doc.yaml, [...parent, key]).depth <= parent.length;
  });
}

function placeholderEntry(key: string, value: PlaceholderValue): NewEntry {
  return {
    lines: (indent) => entryLines(key, value, indent),
    flow: `${key}: ${flowText(value)}`,
  };
}

function placeholderTitle(fc: FixContext, key: string, value: PlaceholderValue): string {
  const confirm = needsConfirmation(value);
  const options = fc.feature.options;
  if (value.shape === 'scalar')
    return fixTitle(options, confirm ? 'addValueToConfirm' : 'addValue', {
      key,
      value: value.text,
    });
  return fixTitle(options, confirm ? 'addWithPlaceholdersToConfirm' : 'addWithPlaceholders', {
    key,
  });
}

/** The snippet's clause, its example ids replaced by ids the document defines. */
function snippetEntry(fc: FixContext, snippet: ClauseSnippet, mapping: SchemaNode): NewEntry {
  const idsOf = (kind: RefKind) => idsForRef(fc, kind);
  const text = withDefinedIds(expandPlaceholders(snippetText(snippet, '')), mapping, idsOf);
  return {
    lines: (indent) => text.split('\n').map((line) => indent + line),
    flow: undefined,
  };
}

function snippetTitle(fc: FixContext, snippet: ClauseSnippet): string {
  const id = /clause$/i.test(snippet.label) ? 'insertClause' : 'insertNamedClause';
  return fixTitle(fc.feature.options, id, { label: snippet.label });
}

/** The clause snippet for `key` under `parent`, in the locale of the request (its example texts). */
function snippetFor(fc: FixContext, parent: DataPath, key: string): ClauseSnippet | undefined {
  const scope = formatPath(parent.filter((segment) => typeof segment === 'string'));
  return clauseSnippets(fc.feature.options.locale).find(
    (snippet) => snippet.scope === scope && snippet.key === key,
  );
}

function insertionFix(fc: FixContext, parent: DataPath, title: string, entry: NewEntry): Fix[] {
  const edit = insertIntoMapping(fc, parent, entry);
  return edit ? [{ title, edits: [edit], isPreferred: false, automatic: false }] : [];
}

export function requiredKeyFixes(fc: FixContext, diagnostic: ActionableDiagnostic): Fix[] {
  const key = diagnostic.data?.missingKey;
  const path = diagnostic.path ?? [];
  if (!key) return [];
  if (key === 'kind' && path.length <= 1) return missingKindFixes(fc, diagnostic);
  if (!fc.doc.kind) return [];
  const root = schemaForKind(fc.doc.kind);
  const parent = parentPathOf(root, fc, path, key);
  const schema = parent && schemaAt(root, [...parent, key]);
  const parentSchema = parent && schemaAt(root, parent);
  if (!parent || !schema || !parentSchema) return [];
  const source = placeholderSource(fc);
  if (!source) return [];
  const value = placeholderFor(schema, source, [...parent, key]);
  const fixes = insertionFix(
    fc,
    parent,
    placeholderTitle(fc, key, value),
    placeholderEntry(key, value),
  );
  const snippet = snippetFor(fc, parent, key);
  if (snippet)
    fixes.push(
      ...insertionFix(
        fc,
        parent,
        snippetTitle(fc, snippet),
        snippetEntry(fc, snippet, parentSchema),
      ),
    );
  return fixes;
}
