/**
 * Code lenses of measure coverage: above each top-level section key of an engagement, the
 * status of the measure the section belongs to ("OPS.3.1.M2 · 2 errors · 1 warning"); above
 * `metadata`, a summary ("12 of 16 measures fulfilled · 2 failing"); in a data connection
 * agreement, above `engagementRef`, the status of M8 of the engagement it belongs to.
 * A section several measures govern gets one lens per measure, in measure order.
 */
import { isMap, isPair, isScalar, type Pair } from 'yaml';
import { coverageOfFile, type CoverageStatus, type EngagementCoverage } from '../../coverage';
import { COVERAGE_STATUS_TEXTS } from '../../coverage/statusTexts';
import type { MeasureCoverage } from '../../coverage/types';
import { measuresGoverning, type MeasureId } from '../../domain/measures';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locale';
import { renderTemplate } from '../../i18n/renderFinding';
import { spanOfPath, type Span } from '../../locate';
import type { PolicyDocument } from '../../parse';
import type { FeatureContext } from '../context';
import {
  coverageOfDocument,
  engagementDocuments,
  engagementOfDca,
  type CoverageOfFile,
} from './documentCoverage';
import { COVERAGE_LENS_TEXTS } from './texts';

export interface CoverageLens {
  /** The offsets of the key the lens stands above. */
  start: number;
  end: number;
  /** The measure; absent on the summary lens of an engagement. */
  measure?: MeasureId;
  /** The measure's status; absent on the summary lens. */
  status?: CoverageStatus;
  /** The lens text in the locale of the context's options. */
  title: string;
}

/** The further statuses a summary names after the fulfilled ones, in this order. */
const SUMMARY_ORDER: readonly CoverageStatus[] = [
  'failing',
  'partial',
  'waived',
  'pending',
  'not-applicable',
];

function counted(texts: { one: string; other: string }, count: number, locale: Locale): string {
  return renderTemplate(count === 1 ? texts.one : texts.other, { count }, locale);
}

/** The statuses a measure gets a lens for even when none of its sections is written. */
const SHOWN_WITHOUT_SECTION: ReadonlySet<CoverageStatus> = new Set([
  'failing',
  'partial',
  'waived',
]);

/** "2 errors · 1 warning", "fulfilled", "waived (1 waiver)", "not applicable", "pending". */
export function measureStatusText(measure: MeasureCoverage, locale: Locale): string {
  const texts = COVERAGE_LENS_TEXTS[locale];
  const word = COVERAGE_STATUS_TEXTS[locale][measure.status];
  if (measure.status === 'failing' || measure.status === 'partial') {
    const parts = [];
    if (measure.errors > 0) parts.push(counted(texts.errors, measure.errors, locale));
    if (measure.warnings > 0) parts.push(counted(texts.warnings, measure.warnings, locale));
    return parts.length ? parts.join(' · ') : word;
  }
  if (measure.status === 'waived' && measure.waivers.length > 0) {
    const waivers = counted(texts.waivers, measure.waivers.length, locale);
    return renderTemplate(texts.waivedWith, { status: word, waivers }, locale);
  }
  return word;
}

/** "12 of 16 measures fulfilled · 2 failing · 1 partial". */
export function summaryText(coverage: EngagementCoverage, locale: Locale): string {
  const texts = COVERAGE_LENS_TEXTS[locale];
  const args = { fulfilled: coverage.summary.fulfilled, total: coverage.measures.length };
  const parts = [renderTemplate(texts.summary, args, locale)];
  for (const status of SUMMARY_ORDER) {
    const count = coverage.summary[status];
    const word = COVERAGE_STATUS_TEXTS[locale][status];
    if (count > 0) parts.push(renderTemplate(texts.statusCount, { count, status: word }, locale));
  }
  return parts.join(' · ');
}

/** The top-level keys of a document with their spans, in document order. */
function sectionKeys(doc: PolicyDocument): { name: string; span: Span }[] {
  const contents = doc.yaml.contents;
  if (!isMap(contents)) return [];
  return (contents.items as Pair[]).flatMap((pair) => {
    const key = isPair(pair) && isScalar(pair.key) ? pair.key : undefined;
    const range = key?.range;
    return key && range ? [{ name: String(key.value), span: [range[0], range[1]] as Span }] : [];
  });
}

function engagementLenses(
  doc: PolicyDocument,
  coverage: EngagementCoverage,
  locale: Locale,
): CoverageLens[] {
  const byId = new Map(coverage.measures.map((m) => [m.measure, m]));
  const keys = sectionKeys(doc);
  const summaryAt = keys.find((key) => key.name === 'metadata')?.span ?? keys[0]?.span;
  const lenses: CoverageLens[] = [];
  if (summaryAt)
    lenses.push({ start: summaryAt[0], end: summaryAt[1], title: summaryText(coverage, locale) });
  const placed = new Set<MeasureId>();
  const lensAt = (span: Span, measure: MeasureCoverage) => {
    placed.add(measure.measure);
    const title = `${measure.measure} · ${measureStatusText(measure, locale)}`;
    const { status } = measure;
    lenses.push({ start: span[0], end: span[1], measure: measure.measure, status, title });
  };
  for (const key of keys) {
    for (const id of measuresGoverning(key.name)) {
      const measure = byId.get(id);
      if (measure) lensAt(key.span, measure);
    }
  }
  // a measure with findings or waivers but none of its sections written (a missing section,
  // M8 of a DCA) stands beside the summary, so that nothing the author must act on is hidden
  for (const measure of coverage.measures) {
    if (summaryAt && !placed.has(measure.measure) && SHOWN_WITHOUT_SECTION.has(measure.status))
      lensAt(summaryAt, measure);
  }
  return lenses;
}

/** Above a DCA's `engagementRef`: the status of M8 of the engagement it belongs to. */
function dcaLens(
  ctx: FeatureContext,
  doc: PolicyDocument,
  coverageOf: CoverageOfFile,
  locale: Locale,
): CoverageLens[] {
  const engagement = engagementOfDca(ctx, doc);
  const coverage = engagement && coverageOfDocument(engagement.file, engagement.doc, coverageOf);
  const m8 = coverage?.measures.find((m) => m.measure === 'OPS.3.1.M8');
  if (!coverage || !m8 || coverage.id === undefined) return [];
  const [start, end] = spanOfPath(doc.yaml, ['metadata', 'engagementRef'], 'key');
  const texts = COVERAGE_LENS_TEXTS[locale];
  const head = renderTemplate(
    texts.ofEngagement,
    { measure: m8.measure, engagement: coverage.id },
    locale,
  );
  const title = `${head} · ${measureStatusText(m8, locale)}`;
  return [{ start, end, measure: m8.measure, status: m8.status, title }];
}

/**
 * The coverage lenses of the document of `ctx` (none for a file without an engagement or a
 * DCA of a known one). `coverageOf` gives the coverage of a file's engagements; the service
 * passes its memoised one, so lenses and the coverage request share one computation.
 */
export function coverageLenses(
  ctx: FeatureContext,
  coverageOf: CoverageOfFile = (file) => coverageOfFile(file, ctx.index, ctx.options),
): CoverageLens[] {
  const locale = ctx.options.locale ?? DEFAULT_LOCALE;
  const engagements = new Set(engagementDocuments(ctx.file));
  return ctx.file.documents.flatMap((doc) => {
    if (engagements.has(doc)) {
      const coverage = coverageOfDocument(ctx.file, doc, coverageOf);
      return coverage ? engagementLenses(doc, coverage, locale) : [];
    }
    return dcaLens(ctx, doc, coverageOf, locale);
  });
}

export { documentCoverage, type DocumentCoverage } from './documentCoverage';
