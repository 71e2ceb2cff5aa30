/**
 * One OSCAL finding per engagement and measure that is not fulfilled and not not-applicable
 * (FORMAT.md section 6: failing, partial, pending, waived). Its target is the measure as an
 * objective (`objective-id` `OPS.3.1.M8`), its state `not-satisfied` with the section 6 status
 * in props and remarks; it names the measure's Kompendium requirement, Annex A controls and
 * Grundschutz++ controls as props and links, and relates to the observations of its findings.
 */
import { findingIdentity } from '../i18n/renderFinding';
import { COVERAGE_STATUS_TEXTS } from '../coverage/statusTexts';
import type { EngagementCoverage, LocatedFinding, MeasureCoverage } from '../coverage/types';
import { fill } from '../coverage/report/view';
import type { Locale } from '../i18n/locale';
import { measureControlProps, prop } from './controls';
import { OSCAL_TEXTS, type OpenStatus } from './texts';
import type { Finding } from './types';
import { UUID_NAMES, uuidV5, type Sha1 } from './uuid';

const OPEN: ReadonlySet<string> = new Set<OpenStatus>(['failing', 'partial', 'pending', 'waived']);

/** `fail` for a measure with errors; `other` for the statuses that are open for another reason. */
const REASON: Readonly<Record<OpenStatus, string>> = {
  failing: 'fail',
  partial: 'other',
  pending: 'other',
  waived: 'other',
};

/** How an engagement is named in uuids: its file and id. */
export function engagementKey(engagement: EngagementCoverage): string {
  return `${engagement.file}#${engagement.id ?? ''}`;
}

/** The key under which an observation is found for a finding of the coverage. */
export function observationKey(file: string, identity: string): string {
  return `${file}\n${identity}`;
}

export interface FindingContext {
  locale: Locale;
  sha1: Sha1;
  /** The observation uuids of each diagnostic, by `observationKey`. */
  observations: ReadonlyMap<string, readonly string[]>;
}

function relatedObservations(findings: readonly LocatedFinding[], ctx: FindingContext): string[] {
  const related = findings.flatMap(
    (f) => ctx.observations.get(observationKey(f.uri, findingIdentity(f))) ?? [],
  );
  return [...new Set(related)];
}

function finding(
  engagement: EngagementCoverage,
  measure: MeasureCoverage,
  status: OpenStatus,
  ctx: FindingContext,
): Finding {
  const texts = OSCAL_TEXTS[ctx.locale];
  const controls = measureControlProps(measure.measure, ctx.locale, ctx.sha1);
  const words = {
    measure: measure.measure,
    title: measure.title,
    status: COVERAGE_STATUS_TEXTS[ctx.locale][status],
    engagement: engagement.id ?? engagement.file,
    file: engagement.file,
    errors: measure.errors,
    warnings: measure.warnings,
    controls: controls.ids.join(', ') || texts.noControls,
  };
  const related = relatedObservations([...measure.findings, ...measure.waived], ctx);
  return {
    uuid: uuidV5(UUID_NAMES.finding(engagementKey(engagement), measure.measure), ctx.sha1),
    title: fill(texts.findingTitle, words),
    description: fill(texts.findingDescription, words),
    props: [
      prop('coverage-status', status),
      prop('measure', measure.measure),
      ...(engagement.id ? [prop('engagement-id', engagement.id)] : []),
      ...controls.props,
    ],
    ...(controls.links.length && { links: controls.links }),
    target: {
      type: 'objective-id',
      'target-id': measure.measure,
      status: {
        state: 'not-satisfied',
        reason: REASON[status],
        remarks: texts.statusRemarks[status],
      },
    },
    ...(related.length && {
      'related-observations': related.map((uuid) => ({ 'observation-uuid': uuid })),
    }),
  };
}

/** The findings of every open measure of every engagement, in engagement and measure order. */
export function findingsOf(
  engagements: readonly EngagementCoverage[],
  ctx: FindingContext,
): Finding[] {
  return engagements.flatMap((engagement) =>
    engagement.measures.flatMap((measure) =>
      OPEN.has(measure.status)
        ? [finding(engagement, measure, measure.status as OpenStatus, ctx)]
        : [],
    ),
  );
}
