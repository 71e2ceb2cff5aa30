/** The words of coverage in the editor: a measure's status with its counts, an engagement's summary. */
import type { CoverageStatus, EngagementCoverage, MeasureCoverage } from '../../coverage/types';
import { COVERAGE_STATUS_TEXTS } from '../../coverage/statusTexts';
import type { Locale } from '../../i18n/locale';
import { renderTemplate } from '../../i18n/renderFinding';
import { COVERAGE_LENS_TEXTS } from './texts';

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
