/**
 * The coverage a document belongs to: an engagement's own, or, for a data connection
 * agreement, the coverage of the engagement its `engagementRef` names. With it, where the
 * waivers and dates of that coverage are written, so a front end can make ranges of them.
 */
import type { Document } from 'yaml';
import { asRecord } from '../../data';
import type { CoverageWaiver, DueDate, EngagementCoverage } from '../../coverage';
import { fullSpanOfPath, locate, spanOfPath, type Span } from '../../locate';
import type { PolicyDocument, PolicyFile } from '../../parse';
import type { DataPath } from '../../types';
import { dcasOfEngagement, findEngagement, type IndexedDocument } from '../../workspace';
import type { FeatureContext } from '../context';

/** The coverage of each engagement of a file, in document order (memoised by the service). */
export type CoverageOfFile = (file: PolicyFile) => readonly EngagementCoverage[];

export interface DocumentCoverage {
  coverage: EngagementCoverage;
  /** The engagement's file and the files of its DCAs, by URI (their line indexes make ranges). */
  files: ReadonlyMap<string, PolicyFile>;
  /** The waiver entry in its document, start to end; undefined when it is not found. */
  waiverSpan(waiver: CoverageWaiver): Span | undefined;
  /** The key of what falls due; undefined when it is not written in the document. */
  dueSpan(due: DueDate): Span | undefined;
}

/** The documents coverage is computed for: engagements whose data is a mapping. */
export function engagementDocuments(file: PolicyFile): PolicyDocument[] {
  return file.documents.filter((doc) => doc.kind === 'Engagement' && asRecord(doc.value));
}

/** The coverage of one engagement document, found among its file's coverage by position. */
export function coverageOfDocument(
  file: PolicyFile,
  doc: PolicyDocument,
  coverageOf: CoverageOfFile,
): EngagementCoverage | undefined {
  const position = engagementDocuments(file).indexOf(doc);
  return position < 0 ? undefined : coverageOf(file)[position];
}

/** The engagement a DCA document names, when the index knows it. */
export function engagementOfDca(ctx: FeatureContext, doc: PolicyDocument) {
  if (doc.kind !== 'DataConnectionAgreement') return undefined;
  const engagementRef = asRecord(asRecord(doc.value)?.metadata)?.engagementRef;
  return findEngagement(ctx.index, engagementRef);
}

/** `waivers[0].expires` → `['waivers', 0, 'expires']`. */
export function parseDottedPath(dotted: string): DataPath {
  return [...dotted.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) =>
    match[2] !== undefined ? Number(match[2]) : match[1],
  );
}

function exists(yaml: Document, path: DataPath): boolean {
  return locate(yaml, path).depth === path.length;
}

/** The first of `docs` written in `uri` (and with id `id`, when given) where `path` exists. */
function spanIn(
  docs: readonly IndexedDocument[],
  target: { uri: string; id?: string },
  path: DataPath,
  span: (yaml: Document) => Span | undefined,
): Span | undefined {
  const found = docs.find(
    (entry) =>
      entry.file.uri === target.uri &&
      (target.id === undefined || entry.doc.id === target.id) &&
      exists(entry.doc.yaml, path),
  );
  return found ? span(found.doc.yaml) : undefined;
}

function located(
  ctx: FeatureContext,
  engagement: IndexedDocument,
  coverage: EngagementCoverage,
): DocumentCoverage {
  const docs = [
    engagement,
    ...(engagement.doc.id ? dcasOfEngagement(ctx.index, engagement.doc.id) : []),
  ];
  const files = new Map(docs.map((entry) => [entry.file.uri, entry.file]));
  return {
    coverage,
    files,
    waiverSpan: (waiver) => {
      const path = ['waivers', waiver.index];
      return spanIn(docs, { uri: waiver.uri }, path, (yaml) => fullSpanOfPath(yaml, path));
    },
    dueSpan: (due) => {
      const path = parseDottedPath(due.what);
      const target = { uri: due.uri, ...(due.dca !== undefined ? { id: due.dca } : {}) };
      return spanIn(docs, target, path, (yaml) => spanOfPath(yaml, path, 'key'));
    },
  };
}

/**
 * The coverage of the document of `ctx`: its first engagement's, else the engagement named by
 * its first data connection agreement that names a known one; null when there is none.
 */
export function documentCoverage(
  ctx: FeatureContext,
  coverageOf: CoverageOfFile,
): DocumentCoverage | null {
  const own = engagementDocuments(ctx.file)[0];
  if (own) {
    const coverage = coverageOfDocument(ctx.file, own, coverageOf);
    const entry = { file: ctx.file, doc: own, data: asRecord(own.value) ?? {} };
    return coverage ? located(ctx, entry, coverage) : null;
  }
  for (const doc of ctx.file.documents) {
    const engagement = engagementOfDca(ctx, doc);
    const coverage = engagement && coverageOfDocument(engagement.file, engagement.doc, coverageOf);
    if (engagement && coverage) return located(ctx, engagement, coverage);
  }
  return null;
}
