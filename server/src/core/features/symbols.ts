/**
 * Document symbols (the outline): one symbol per policy document, its top-level sections
 * grouped under the measure that asks for them (the header and the sections several measures
 * share under "Document"), and one level of keys or list items below.
 */
import type { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import { measureInfo } from '../catalog/measures';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import { asRecord, asString, valueAt } from '../data';
import {
  fullSpanOf,
  fullSpanOfPath,
  keySpan,
  locate,
  locatedPair,
  spanOfPath,
  type LocatedNode,
  type Span,
} from '../locate';
import type { PolicyDocument, PolicyFile } from '../parse';
import { toRange } from '../position';
import { schemaForKind } from '../schema';
import { measureOf } from '../schema/lookup';
import type { DataPath, MeasureId, PolicyKind } from '../types';
import type { FeatureContext } from './context';
import { de } from './symbols.de';
import { en } from './symbols.en';

const SYMBOL = {
  module: 2,
  namespace: 3,
  property: 7,
  string: 15,
  array: 18,
  object: 19,
} as const satisfies Record<string, SymbolKind>;

interface SymbolParts {
  name: string;
  detail?: string;
  kind: SymbolKind;
  range: Span;
  selection: Span;
  children?: DocumentSymbol[];
}

function contains(outer: Span, inner: Span): boolean {
  return inner[0] >= outer[0] && inner[1] <= outer[1];
}

function symbol(file: PolicyFile, parts: SymbolParts): DocumentSymbol {
  const selection = contains(parts.range, parts.selection) ? parts.selection : parts.range;
  return {
    name: parts.name,
    ...(parts.detail ? { detail: parts.detail } : {}),
    kind: parts.kind,
    range: toRange(file.lineIndex, parts.range[0], parts.range[1]),
    selectionRange: toRange(file.lineIndex, selection[0], selection[1]),
    ...(parts.children ? { children: parts.children } : {}),
  };
}

function scalarText(node: unknown): string | undefined {
  if (!isScalar(node) || node.value === null || typeof node.value === 'object') return undefined;
  return String(node.value);
}

/** The pairs of a mapping that have a plain key, in document order (repeated keys each once). */
function namedPairs(map: Node | undefined): { name: string; pair: Pair }[] {
  if (!isMap(map)) return [];
  const named: { name: string; pair: Pair }[] = [];
  for (const pair of map.items) {
    const name = isPair(pair) ? scalarText(pair.key) : undefined;
    if (name !== undefined) named.push({ name, pair });
  }
  return named;
}

function kindOfValue(node: Node | undefined): SymbolKind {
  if (isMap(node)) return SYMBOL.object;
  if (isSeq(node)) return SYMBOL.array;
  return SYMBOL.property;
}

/** A key inside a section. */
function keySymbol(
  file: PolicyFile,
  yaml: Document,
  name: string,
  located: LocatedNode,
): DocumentSymbol | undefined {
  const range = fullSpanOf(located);
  if (!range) return undefined;
  return symbol(file, {
    name,
    detail: scalarText(located.value),
    kind: SYMBOL.property,
    range,
    selection: keySpan(yaml, located),
  });
}

/** A list item inside a section, named by its id or name when it has one. */
function itemSymbol(
  file: PolicyFile,
  doc: PolicyDocument,
  path: DataPath,
): DocumentSymbol | undefined {
  const range = fullSpanOfPath(doc.yaml, path);
  if (!range) return undefined;
  const item = asRecord(valueAt(doc.value, path));
  const label = asString(item?.id) ?? asString(item?.name);
  const value = locate(doc.yaml, path).value;
  const named = item && label !== undefined;
  return symbol(file, {
    name: named ? label : (scalarText(value) ?? `[${String(path[path.length - 1])}]`),
    kind: isMap(value) ? SYMBOL.object : SYMBOL.string,
    range,
    selection:
      named && 'id' in item
        ? spanOfPath(doc.yaml, [...path, 'id'], 'value')
        : spanOfPath(doc.yaml, path, 'value'),
  });
}

function sectionChildren(
  file: PolicyFile,
  doc: PolicyDocument,
  key: string,
  value: Node | undefined,
): DocumentSymbol[] {
  const children = isMap(value)
    ? namedPairs(value).map(({ name, pair }) =>
        keySymbol(file, doc.yaml, name, locatedPair(doc.yaml, pair, 2)),
      )
    : isSeq(value)
      ? value.items.map((_item, i) => itemSymbol(file, doc, [key, i]))
      : [];
  return children.filter((child): child is DocumentSymbol => child !== undefined);
}

/** The group of a section: a measure, or the document itself for header and shared sections. */
type GroupId = MeasureId | typeof DOCUMENT_GROUP;

const DOCUMENT_GROUP = 'Document';

const SYMBOL_TEXTS = { en, de } as const;

/** The header of every policy document. */
const HEADER_SECTIONS = new Set(['apiVersion', 'kind', 'metadata']);

/**
 * Sections of an engagement that several measures read (who the parties and contacts are, what
 * needs protection, how the service is shared), so no single measure owns them.
 */
const SHARED_ENGAGEMENT_SECTIONS = new Set(['parties', 'contacts', 'protectionNeeds', 'tenancy']);

interface Section {
  group: GroupId | null;
  range: Span;
  selection: Span;
  symbol: DocumentSymbol;
}

function groupOf(kind: PolicyKind, key: string): GroupId | null {
  if (HEADER_SECTIONS.has(key)) return DOCUMENT_GROUP;
  if (kind === 'Engagement' && SHARED_ENGAGEMENT_SECTIONS.has(key)) return DOCUMENT_GROUP;
  return measureOf(schemaForKind(kind), [key]);
}

function section(
  file: PolicyFile,
  doc: PolicyDocument,
  key: string,
  pair: Pair,
): Section | undefined {
  const located = locatedPair(doc.yaml, pair, 1);
  const range = fullSpanOf(located);
  if (!range || !doc.kind) return undefined;
  const value = located.value;
  const selection = keySpan(doc.yaml, located);
  const children = sectionChildren(file, doc, key, value);
  const sectionSymbol = symbol(file, {
    name: key,
    detail: scalarText(value),
    kind: kindOfValue(value),
    range,
    selection,
    ...(children.length ? { children } : {}),
  });
  return { group: groupOf(doc.kind, key), range, selection, symbol: sectionSymbol };
}

/**
 * A group symbol: the measure id as its name (short, so the outline never cuts it) and the
 * measure's title as its detail; its range runs from its first to its last member.
 */
function groupSymbol(
  file: PolicyFile,
  group: GroupId,
  members: Section[],
  locale: Locale,
): DocumentSymbol {
  const texts = SYMBOL_TEXTS[locale];
  const isDocument = group === DOCUMENT_GROUP;
  const title = isDocument ? texts.documentGroupDetail : measureInfo(group, locale)?.title;
  return symbol(file, {
    name: isDocument ? texts.documentGroup : group,
    ...(title ? { detail: title } : {}),
    kind: SYMBOL.namespace,
    range: [members[0].range[0], members[members.length - 1].range[1]],
    selection: members[0].selection,
    children: members.map((m) => m.symbol),
  });
}

/**
 * Sections in document order, adjacent sections of one group under it. A group spans only its
 * own sections, so group ranges never overlap (sticky scroll and the breadcrumb rely on that);
 * a measure whose sections are apart in the file gets a group at each place.
 */
function groupSections(file: PolicyFile, sections: Section[], locale: Locale): DocumentSymbol[] {
  const runs: { group: GroupId | null; members: Section[] }[] = [];
  for (const entry of sections) {
    const last = runs.at(-1);
    if (entry.group && last?.group === entry.group) last.members.push(entry);
    else runs.push({ group: entry.group, members: [entry] });
  }
  return runs.map(({ group, members }) =>
    group ? groupSymbol(file, group, members, locale) : members[0].symbol,
  );
}

function documentSymbol(file: PolicyFile, doc: PolicyDocument, locale: Locale): DocumentSymbol {
  const texts = SYMBOL_TEXTS[locale];
  const sections = namedPairs(doc.yaml.contents ?? undefined)
    .map(({ name, pair }) => section(file, doc, name, pair))
    .filter((entry): entry is Section => entry !== undefined);
  const [start, , end] = doc.yaml.range;
  const title = asString(asRecord(asRecord(doc.value)?.metadata)?.title);
  return symbol(file, {
    name: `${doc.kind ?? texts.unnamedKind} ${doc.id ?? texts.noId}`,
    detail: title,
    kind: SYMBOL.module,
    range: [start, end],
    // The first section's key, not `metadata.id`: sticky scroll shows a symbol at the line of
    // its selection, which must not come after the lines of the sections inside it.
    selection: sections[0]?.selection ?? [start, start],
    children: groupSections(file, sections, locale),
  });
}

/** The outline of a file: one symbol per policy document; nothing for other YAML files. */
export function documentSymbols(ctx: FeatureContext): DocumentSymbol[] {
  return ctx.file.documents
    .filter((doc) => doc.kind !== undefined)
    .map((doc) => documentSymbol(ctx.file, doc, ctx.options.locale ?? DEFAULT_LOCALE));
}
