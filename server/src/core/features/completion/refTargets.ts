/**
 * The ids a `ref<…>` field may name, with a few words about each: parties, contacts,
 * dependencies, partners and classification levels of the engagement (for a DCA, the
 * engagement it names), and the engagements and DCAs of the workspace.
 */
import { MAX_ALIAS_COUNT, type PolicyDocument } from '../../parse';
import { asRecord, asString, type DataRecord } from '../../data';
import { referenceTargets, targetIds, type RefKind } from '../../domain/references';
import type { Locale } from '../../i18n/locale';
import { findEngagement, type IndexedDocument } from '../../workspace';
import type { FeatureContext } from '../context';
import type { CursorContext } from '../cursor';
import { completionTexts } from './texts';

export interface RefTarget {
  id: string;
  detail?: string;
}

/** The document's data; for a document with syntax errors, what the parser could still read. */
export function documentData(doc: PolicyDocument | undefined): DataRecord | undefined {
  if (!doc) return undefined;
  if (doc.value !== undefined) return asRecord(doc.value);
  try {
    return asRecord(doc.yaml.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));
  } catch {
    return undefined;
  }
}

/** The engagement whose ids the document may use: itself, or the one a DCA names. */
function engagementOf(ctx: FeatureContext, cursor: CursorContext): DataRecord | undefined {
  const data = documentData(cursor.doc);
  if (cursor.kind === 'Engagement') return data;
  return findEngagement(ctx.index, asRecord(data?.metadata)?.engagementRef)?.data;
}

function withDetail(id: string | undefined, ...parts: (string | undefined)[]): RefTarget[] {
  if (id === undefined) return [];
  const words = parts.filter((part): part is string => !!part);
  return [{ id, ...(words.length ? { detail: words.join(' ') } : {}) }];
}

function inParentheses(...parts: unknown[]): string | undefined {
  const words = parts.map(asString).filter((part): part is string => !!part);
  return words.length ? `(${words.join(', ')})` : undefined;
}

/** A few words about an id defined in the engagement: the name, role and party it belongs to. */
function describeTarget(kind: RefKind, entry: DataRecord | undefined): (string | undefined)[] {
  switch (kind) {
    case 'party':
      return [asString(entry?.name)];
    case 'contact':
      return [asString(entry?.name), inParentheses(entry?.role, entry?.party)];
    case 'dependency':
      return [asString(entry?.name), inParentheses(entry?.type)];
    case 'partner':
      return [asString(entry?.contact), inParentheses(entry?.scope)];
    default:
      return [];
  }
}

function engagementTargets(kind: RefKind, engagement: DataRecord, locale: Locale): RefTarget[] {
  if (kind === 'classification')
    return targetIds(engagement, kind).map((id) => ({
      id,
      detail: completionTexts(locale).classificationLevel,
    }));
  return referenceTargets(engagement, kind).flatMap((target) =>
    withDetail(target.id, ...describeTarget(kind, target.entry)),
  );
}

function workspaceDocuments(entries: Map<string, IndexedDocument[]>): RefTarget[] {
  return [...entries].map(
    ([id, [first]]) => withDetail(id, asString(asRecord(first?.data.metadata)?.title))[0],
  );
}

/** The ids a field of `kind` may name at the cursor, each id once. */
export function refTargets(ctx: FeatureContext, cursor: CursorContext, kind: RefKind): RefTarget[] {
  let targets: RefTarget[];
  if (kind === 'dca') targets = workspaceDocuments(ctx.index.dcas);
  else if (kind === 'engagement') targets = workspaceDocuments(ctx.index.engagements);
  else {
    const engagement = engagementOf(ctx, cursor);
    targets = engagement ? engagementTargets(kind, engagement, ctx.options.locale ?? 'en') : [];
  }
  const seen = new Set<string>();
  return targets.filter((target) => !seen.has(target.id) && seen.add(target.id));
}
