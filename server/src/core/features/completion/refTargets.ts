/**
 * The ids a `ref<…>` field may name, with a few words about each: parties, contacts,
 * dependencies, partners and classification levels of the engagement (for a DCA, the
 * engagement it names), and the engagements and DCAs of the workspace.
 */
import { MAX_ALIAS_COUNT, type PolicyDocument } from '../../parse';
import { asArray, asRecord, asString, type DataRecord } from '../../data';
import type { RefKind } from '../../schema/dsl';
import { findEngagement, type IndexedDocument } from '../../workspace';
import type { FeatureContext } from '../context';
import type { CursorContext } from '../cursor';

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

function parties(engagement: DataRecord): RefTarget[] {
  const all = asRecord(engagement.parties);
  return [all?.provider, all?.customer].flatMap((entry) => {
    const party = asRecord(entry);
    return withDetail(asString(party?.id), asString(party?.name));
  });
}

function contacts(engagement: DataRecord): RefTarget[] {
  return asArray(engagement.contacts).flatMap((entry) => {
    const contact = asRecord(entry);
    return withDetail(
      asString(contact?.id),
      asString(contact?.name),
      inParentheses(contact?.role, contact?.party),
    );
  });
}

function listedIn(
  list: unknown,
  describe: (item: DataRecord) => (string | undefined)[],
): RefTarget[] {
  return asArray(list).flatMap((entry) => {
    const item = asRecord(entry);
    return item ? withDetail(asString(item.id), ...describe(item)) : [];
  });
}

function classificationLevels(engagement: DataRecord): RefTarget[] {
  const scheme = asRecord(asRecord(engagement.securityConcept)?.classification)?.scheme;
  return asArray(scheme)
    .filter((level): level is string => typeof level === 'string')
    .map((level) => ({ id: level, detail: 'classification level' }));
}

function workspaceDocuments(entries: Map<string, IndexedDocument[]>): RefTarget[] {
  return [...entries].map(
    ([id, [first]]) => withDetail(id, asString(asRecord(first?.data.metadata)?.title))[0],
  );
}

function engagementTargets(kind: RefKind, engagement: DataRecord): RefTarget[] {
  switch (kind) {
    case 'party':
      return parties(engagement);
    case 'contact':
      return contacts(engagement);
    case 'dependency':
      return listedIn(asRecord(engagement.roughConcept)?.dependencies, (item) => [
        asString(item.name),
        inParentheses(item.type),
      ]);
    case 'partner':
      return listedIn(asRecord(engagement.communication)?.partners, (item) => [
        asString(item.contact),
        inParentheses(item.scope),
      ]);
    case 'classification':
      return classificationLevels(engagement);
    default:
      return [];
  }
}

/** The ids a field of `kind` may name at the cursor, each id once. */
export function refTargets(ctx: FeatureContext, cursor: CursorContext, kind: RefKind): RefTarget[] {
  let targets: RefTarget[];
  if (kind === 'dca') targets = workspaceDocuments(ctx.index.dcas);
  else if (kind === 'engagement') targets = workspaceDocuments(ctx.index.engagements);
  else {
    const engagement = engagementOf(ctx, cursor);
    targets = engagement ? engagementTargets(kind, engagement) : [];
  }
  const seen = new Set<string>();
  return targets.filter((target) => !seen.has(target.id) && seen.add(target.id));
}
