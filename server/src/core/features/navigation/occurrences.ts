/**
 * Finds an id under the cursor and every place the same id occurs: its definitions and the
 * `ref<…>` fields that name it. Contacts, parties, dependencies, partners and classification
 * levels live in one engagement and are shared with its data connection agreements; the ids
 * of engagements and agreements are unique in the whole workspace.
 */
import { isScalar, type Document } from 'yaml';
import { asRecord, valueAt } from '../../data';
import { locate, pathAtOffset } from '../../locate';
import type { PolicyDocument, PolicyFile } from '../../parse';
import { forEachRef } from '../../rules/references/forEachRef';
import { schemaForKind } from '../../schema';
import type { RefKind } from '../../domain/references';
import { schemaAt } from '../../schema/lookup';
import type { DataPath } from '../../types';
import {
  buildWorkspaceIndex,
  dcasOfEngagement,
  findEngagement,
  type IndexedDocument,
  type WorkspaceIndex,
} from '../../workspace';
import { documentAt, type FeatureContext } from '../context';
import { definitionKindAt, definitionPaths, isWorkspaceWide } from '../../domain/references';

/** How a scalar is written, which decides how a new name has to be written in its place. */
export type ScalarStyle = 'plain' | 'double' | 'single' | 'block';

/** The text of one scalar value: `start`/`end` cover it whole, `innerStart`/`innerEnd` skip quotes. */
export interface ScalarSpan {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
  style: ScalarStyle;
}

export interface IdOccurrence {
  entry: IndexedDocument;
  path: DataPath;
  role: 'definition' | 'reference';
  span: ScalarSpan;
}

/** The id under the cursor: what it names and where it sits. */
export interface IdTarget {
  kind: RefKind;
  value: string;
  role: 'definition' | 'reference';
  entry: IndexedDocument;
  span: ScalarSpan;
  /** The workspace as seen with the current file's latest text. */
  workspace: WorkspaceIndex;
}

function allEntries(index: WorkspaceIndex): IndexedDocument[] {
  return [...index.engagements.values(), ...index.dcas.values()].flat();
}

/** The workspace index with the file being edited in its current state. */
export function workspaceWithFile(index: WorkspaceIndex, file: PolicyFile): WorkspaceIndex {
  const files = new Map<string, PolicyFile>();
  for (const entry of allEntries(index)) files.set(entry.file.uri, entry.file);
  files.set(file.uri, file);
  return buildWorkspaceIndex(files.values());
}

/** The index entry of a document, or a fresh one for documents the index leaves out (no id). */
export function entryOf(
  workspace: WorkspaceIndex,
  file: PolicyFile,
  doc: PolicyDocument,
): IndexedDocument | undefined {
  const indexed = allEntries(workspace).find((entry) => entry.doc === doc);
  if (indexed) return indexed;
  const data = asRecord(doc.value);
  return data && doc.kind && !doc.hasSyntaxErrors ? { file, doc, data } : undefined;
}

/** The engagement a document belongs to: itself, or the one a DCA names. */
export function engagementOf(
  workspace: WorkspaceIndex,
  entry: IndexedDocument,
): IndexedDocument | undefined {
  if (entry.doc.kind === 'Engagement') return entry;
  return findEngagement(workspace, asRecord(entry.data.metadata)?.engagementRef);
}

function withoutRepeats(entries: IndexedDocument[]): IndexedDocument[] {
  return entries.filter((entry, i) => entries.findIndex((e) => e.doc === entry.doc) === i);
}

/** The documents in which an id of `kind`, seen from `entry`, can be defined or referred to. */
export function documentsInScope(
  workspace: WorkspaceIndex,
  entry: IndexedDocument,
  kind: RefKind,
): IndexedDocument[] {
  if (isWorkspaceWide(kind)) return withoutRepeats([...allEntries(workspace), entry]);
  const engagement = engagementOf(workspace, entry);
  if (!engagement) return [entry];
  const id = engagement.doc.id;
  const dcas = id === undefined ? [] : dcasOfEngagement(workspace, id);
  return withoutRepeats([engagement, ...dcas, entry]);
}

function scalarStyle(type: string | undefined): ScalarStyle {
  if (type === 'QUOTE_DOUBLE') return 'double';
  if (type === 'QUOTE_SINGLE') return 'single';
  if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') return 'block';
  return 'plain';
}

/** The span of the string scalar at `path`, if there is one. */
export function scalarSpanAt(yaml: Document, path: DataPath): ScalarSpan | undefined {
  const located = locate(yaml, path);
  if (located.depth < path.length) return undefined;
  const node = located.value;
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
  const [start, end] = node.range;
  const style = scalarStyle(node.type);
  const quoted = style === 'double' || style === 'single';
  return {
    start,
    end,
    innerStart: quoted ? start + 1 : start,
    innerEnd: quoted ? Math.max(start + 1, end - 1) : end,
    style,
  };
}

function occurrence(
  entry: IndexedDocument,
  path: DataPath,
  role: IdOccurrence['role'],
): IdOccurrence | undefined {
  const span = scalarSpanAt(entry.doc.yaml, path);
  return span ? { entry, path, role, span } : undefined;
}

/** The definitions of an id of `kind` in one document. */
export function definitionsIn(
  entry: IndexedDocument,
  kind: RefKind,
  value: string,
): IdOccurrence[] {
  const documentKind = entry.doc.kind;
  if (!documentKind) return [];
  return definitionPaths(documentKind, entry.data, kind)
    .filter((path) => valueAt(entry.data, path) === value)
    .map((path) => occurrence(entry, path, 'definition'))
    .filter((found): found is IdOccurrence => found !== undefined);
}

/** The `ref<kind>` fields of one document that name `value`. */
export function referencesIn(entry: IndexedDocument, kind: RefKind, value: string): IdOccurrence[] {
  const documentKind = entry.doc.kind;
  if (!documentKind) return [];
  const found: IdOccurrence[] = [];
  forEachRef(schemaForKind(documentKind), entry.data, (ref) => {
    if (ref.kind !== kind || ref.value !== value) return;
    const at = occurrence(entry, ref.path, 'reference');
    if (at) found.push(at);
  });
  return found;
}

/** Every definition and reference of the target's id, in document order per file. */
export function occurrencesOf(target: Pick<IdTarget, 'kind' | 'value' | 'entry' | 'workspace'>): {
  definitions: IdOccurrence[];
  references: IdOccurrence[];
} {
  const documents = documentsInScope(target.workspace, target.entry, target.kind);
  return {
    definitions: documents.flatMap((entry) => definitionsIn(entry, target.kind, target.value)),
    references: documents.flatMap((entry) => referencesIn(entry, target.kind, target.value)),
  };
}

/** What kind of id the string at `path` is: a definition site, or a `ref<…>` field. */
function idKindAt(
  entry: IndexedDocument,
  path: DataPath,
): Pick<IdTarget, 'kind' | 'role'> | undefined {
  const documentKind = entry.doc.kind;
  if (!documentKind) return undefined;
  const defined = definitionKindAt(documentKind, path);
  if (defined) return { kind: defined, role: 'definition' };
  const referred = schemaAt(schemaForKind(documentKind), path)?.['x-ref'];
  return referred ? { kind: referred, role: 'reference' } : undefined;
}

/** The id under the cursor, when the cursor is on a defined id or on a `ref<…>` value. */
export function idTargetAt(ctx: FeatureContext, offset: number): IdTarget | undefined {
  const doc = documentAt(ctx.file, offset);
  if (!doc?.kind || doc.hasSyntaxErrors) return undefined;
  const workspace = workspaceWithFile(ctx.index, ctx.file);
  const entry = entryOf(workspace, ctx.file, doc);
  if (!entry) return undefined;
  const at = pathAtOffset(doc.yaml, offset);
  if (at.part !== 'value' || !isScalar(at.node) || typeof at.node.value !== 'string')
    return undefined;
  const what = idKindAt(entry, at.path);
  const span = scalarSpanAt(doc.yaml, at.path);
  if (!what || !span) return undefined;
  return { ...what, value: at.node.value, entry, span, workspace };
}
