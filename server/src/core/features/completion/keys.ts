/**
 * Key completion: the schema's properties of the mapping under the cursor that are not there
 * yet, most required first, and the clause snippets that belong into that mapping.
 */
import type { CompletionItem } from 'vscode-languageserver-types';
import type { Locale } from '../../i18n/locale';
import { renderTemplate } from '../../i18n/renderFinding';
import { schemaForKind } from '../../schema';
import { expectedType, fieldDescription } from '../../schema/describe';
import type { Obligation, SchemaNode } from '../../schema/dsl';
import { formatPath, schemaAt } from '../../schema/lookup';
import type { PolicyKind } from '../../types';
import type { FeatureContext } from '../context';
import type { CursorContext } from '../cursor';
import { snippetText, snippetsForScope, type ClauseSnippet } from '../snippets';
import {
  ItemKind,
  PLAIN_TEXT,
  SNIPPET,
  replacingItem,
  snippetChoice,
  yamlScalar,
  type CompletionOptions,
  type Replacement,
} from './items';
import { completionTexts } from './texts';

/** Sort ranks: whole documents 0, then must 1, should 2, optional 3 keys, then clauses 4. */
const OBLIGATION_RANK: Record<Obligation, number> = { must: 1, should: 2, optional: 3 };

interface KeyInsert {
  text: string;
  format: typeof PLAIN_TEXT | typeof SNIPPET;
}

function isBlock(schema: SchemaNode): boolean {
  return (
    schema.type === 'object' ||
    schema.type === 'array' ||
    schema.properties !== undefined ||
    typeof schema.additionalProperties === 'object'
  );
}

/** What accepting `key` inserts: the value goes on the next lines for mappings and lists. */
function keyInsert(
  key: string,
  schema: SchemaNode,
  cursor: CursorContext,
  options: CompletionOptions,
): KeyInsert {
  if (cursor.colonFollows) return { text: key, format: PLAIN_TEXT };
  if (isBlock(schema)) return { text: `${key}:\n${cursor.keyIndent}  `, format: PLAIN_TEXT };
  if (typeof schema.const === 'boolean')
    return { text: `${key}: ${schema.const}`, format: PLAIN_TEXT };
  if (typeof schema.const === 'string')
    return { text: `${key}: ${yamlScalar(schema.const)}`, format: PLAIN_TEXT };
  // without a choice to pick from, no value is chosen for the user: value completion follows
  if (!options.snippets) return { text: `${key}: `, format: PLAIN_TEXT };
  if (schema.type === 'boolean')
    return { text: `${key}: ${snippetChoice(['true', 'false'])}`, format: SNIPPET };
  if (schema.enum) return { text: `${key}: ${snippetChoice(schema.enum)}`, format: SNIPPET };
  return { text: `${key}: `, format: PLAIN_TEXT };
}

function keyDetail(schema: SchemaNode, locale: Locale): string {
  const obligation = completionTexts(locale).obligation[schema['x-obligation'] ?? 'optional'];
  const measure = schema['x-measure'];
  return measure ? `${measure} · ${obligation}` : obligation;
}

/** What the field is for, its measure and obligation, and what it expects, in the locale. */
function keyDocumentation(schema: SchemaNode, locale: Locale): string | undefined {
  if (locale === 'en') return schema.markdownDescription;
  const description = fieldDescription(schema, locale);
  if (!description) return undefined;
  const texts = completionTexts(locale);
  const sentence = description.charAt(0).toUpperCase() + description.slice(1) + '.';
  const obligation = schema['x-obligation'];
  const facts = [schema['x-measure'], obligation && texts.obligationLabel[obligation]]
    .filter(Boolean)
    .join(' · ');
  const expected = expectedType(schema, locale);
  const type = expected ? `\n\n${renderTemplate(texts.expected, { type: expected }, locale)}` : '';
  return facts ? `${sentence}\n\n*${facts}*${type}` : sentence + type;
}

function propertyItem(
  replacement: Replacement,
  cursor: CursorContext,
  options: CompletionOptions,
  [key, schema]: [string, SchemaNode],
  position: number,
  locale: Locale,
): CompletionItem {
  const insert = keyInsert(key, schema, cursor, options);
  const documentation = keyDocumentation(schema, locale);
  const rank = OBLIGATION_RANK[schema['x-obligation'] ?? 'optional'];
  return replacingItem(
    replacement,
    {
      label: key,
      kind: ItemKind.Property,
      detail: keyDetail(schema, locale),
      ...(documentation ? { documentation: { kind: 'markdown', value: documentation } } : {}),
      sortText: sortText(rank, position),
      insertTextFormat: insert.format,
    },
    insert.text,
  );
}

function snippetItem(
  replacement: Replacement,
  snippet: ClauseSnippet,
  indent: string,
  sortText: string,
  locale: Locale,
): CompletionItem {
  const texts = completionTexts(locale);
  const named = /clause$|klausel$/i.test(snippet.label);
  return replacingItem(
    replacement,
    {
      label: named
        ? snippet.label
        : renderTemplate(texts.clauseLabel, { label: snippet.label }, locale),
      kind: ItemKind.Snippet,
      detail: renderTemplate(texts.clauseDetail, { measure: snippet.measure }, locale),
      documentation: { kind: 'markdown', value: snippet.description },
      filterText: snippet.key || snippet.id,
      sortText,
      insertTextFormat: SNIPPET,
    },
    snippetText(snippet, indent),
  );
}

function localeOf(ctx: FeatureContext): Locale {
  return ctx.options.locale ?? 'en';
}

function sortText(rank: number, position: number): string {
  return `${rank}${String(position).padStart(3, '0')}`;
}

function isWholeDocument(snippet: ClauseSnippet, kind: PolicyKind): boolean {
  return snippet.key === '' && snippet.body.includes(`kind: ${kind}`);
}

/** Snippets for the mapping at the cursor: its clauses, a whole document in an empty one. */
function clauseItems(
  replacement: Replacement,
  cursor: CursorContext,
  kind: PolicyKind,
  locale: Locale,
): CompletionItem[] {
  const scope = formatPath(cursor.path);
  const emptyDocument = cursor.path.length === 0 && cursor.existingKeys.length === 0;
  return snippetsForScope(scope, locale)
    .filter((snippet) =>
      snippet.scope === '' && snippet.key === ''
        ? emptyDocument && isWholeDocument(snippet, kind)
        : !cursor.existingKeys.includes(snippet.key),
    )
    .map((snippet, i) =>
      snippetItem(replacement, snippet, cursor.keyIndent, sortText(snippet.key ? 4 : 0, i), locale),
    );
}

/** List-item snippets (such as a waiver) for an empty item started with `- `. */
function listItemSnippets(cursor: CursorContext, ctx: FeatureContext): CompletionItem[] {
  if (!cursor.inSequenceItem || cursor.itemStart === undefined || cursor.existingKeys.length > 0)
    return [];
  const { file } = ctx;
  const replacement = { file, start: cursor.itemStart, end: cursor.replaceEnd };
  const itemIndent = ' '.repeat(file.lineIndex.positionAt(cursor.itemStart).character);
  return snippetsForScope(formatPath(cursor.path.slice(0, -1)), localeOf(ctx))
    .filter((snippet) => snippet.key === '')
    .map((snippet, i) =>
      snippetItem(replacement, snippet, itemIndent, sortText(4, i), localeOf(ctx)),
    );
}

export function keyCompletions(
  ctx: FeatureContext,
  cursor: CursorContext,
  options: CompletionOptions,
): CompletionItem[] {
  if (!cursor.kind) return [];
  const locale = ctx.options.locale ?? 'en';
  const schema = schemaAt(schemaForKind(cursor.kind), cursor.path);
  const replacement = { file: ctx.file, start: cursor.replaceStart, end: cursor.replaceEnd };
  const properties = Object.entries(schema?.properties ?? {})
    .map((entry, position) => ({ entry, position }))
    .filter(({ entry: [key] }) => !cursor.existingKeys.includes(key))
    .map(({ entry, position }) =>
      propertyItem(replacement, cursor, options, entry, position, locale),
    );
  const snippets = cursor.colonFollows ? [] : clauseItems(replacement, cursor, cursor.kind, locale);
  return [...properties, ...snippets, ...listItemSnippets(cursor, ctx)];
}
