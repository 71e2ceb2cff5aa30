/**
 * What every renderer needs beyond the coverage model: the report's words in its locale,
 * findings located (file as displayed, one-based line and column) and the dates that fall due
 * within the window. Text from the documents stays raw here; each format escapes it its way.
 */
import type { Severity } from '../../types';
import { isDueWithin } from '../due';
import { COVERAGE_STATUS_TEXTS } from '../statusTexts';
import type {
  CoverageStatus,
  DueDate,
  EngagementCoverage,
  LocatedFinding,
  MeasureCoverage,
} from '../types';
import type { CoverageRenderOptions } from './options';
import { de } from './texts.de';
import { en } from './texts.en';

export type ReportTexts = typeof en;

const TEXTS: Record<CoverageRenderOptions['locale'], ReportTexts> = { en, de };

/** A finding as a report shows it. */
export interface ShownFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  ruleId: string;
  message: string;
  path: string | null;
}

/** A date that falls due, with its measure and whether it has passed. */
export interface ShownDue {
  measure: string;
  what: string;
  date: string;
  file: string;
  dca: string | undefined;
  overdue: boolean;
}

/** The report's words and how it names files and places. */
export interface ReportContext {
  texts: ReportTexts;
  statusWords: Record<CoverageStatus, string>;
  options: CoverageRenderOptions;
  fileName(uri: string): string;
  show(finding: LocatedFinding): ShownFinding;
}

export function reportContext(options: CoverageRenderOptions): ReportContext {
  const fileName = options.displayName ?? ((uri: string) => uri);
  return {
    texts: TEXTS[options.locale],
    statusWords: COVERAGE_STATUS_TEXTS[options.locale],
    options,
    fileName,
    show: (finding) => {
      const start = options.locate(finding.uri, finding.start);
      const end = options.locate(finding.uri, finding.end);
      return {
        file: fileName(finding.uri),
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        severity: finding.severity,
        ruleId: finding.ruleId,
        message: finding.message,
        path: finding.path ? finding.path.join('.') : null,
      };
    },
  };
}

/** The template with every `{name}` replaced. */
export function fill(template: string, args: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) =>
    name in args ? String(args[name]) : whole,
  );
}

function shownDue(ctx: ReportContext, today: string, measure: string, due: DueDate): ShownDue {
  return {
    measure,
    what: due.what,
    date: due.date,
    file: ctx.fileName(due.uri),
    dca: due.dca,
    overdue: due.date < today,
  };
}

/** What of the engagement falls due within the window (overdue dates included), earliest first. */
export function dueSoon(ctx: ReportContext, engagement: EngagementCoverage): ShownDue[] {
  const { today } = engagement;
  return engagement.measures
    .flatMap((m) =>
      m.due
        .filter((due) => isDueWithin(due, today, ctx.options.dueWithin))
        .map((due) => shownDue(ctx, today, m.measure, due)),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.measure.localeCompare(b.measure));
}

/** The measure's first due date, or undefined. */
export function nextDue(measure: MeasureCoverage): string | undefined {
  return measure.due[0]?.date;
}

/** `M7` for `OPS.3.1.M7`: the column heads of the matrix. */
export function shortMeasure(id: string): string {
  return id.replace(/^OPS\.3\.1\./, '');
}

/** The measures a reader has to look at: failing, partial or waived. */
export function measuresToReview(engagement: EngagementCoverage): MeasureCoverage[] {
  return engagement.measures.filter(
    (m) => m.status === 'failing' || m.status === 'partial' || m.status === 'waived',
  );
}

/** The engagement's name in a report: its id, or its file when it has none. */
export function engagementName(ctx: ReportContext, engagement: EngagementCoverage): string {
  return engagement.id ?? `${ctx.texts.noId} ${ctx.fileName(engagement.file)}`;
}
