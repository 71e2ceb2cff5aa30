/** The shape of measure coverage (FORMAT.md section 6): one object per engagement. */
import type { LifecycleStatus } from '../domain/lifecycle';
import type { MeasureId } from '../domain/measures';
import type { Finding, Level } from '../types';

/** The statuses in the order section 6 decides them. */
export const COVERAGE_STATUSES = [
  'not-applicable',
  'pending',
  'failing',
  'partial',
  'waived',
  'fulfilled',
] as const;

export type CoverageStatus = (typeof COVERAGE_STATUSES)[number];

/** A finding with the file it belongs to (the engagement's or one of its DCAs'). */
export type LocatedFinding = Finding & { uri: string };

export interface CoverageWaiver {
  /** The dotted path the waiver is limited to; undefined when it covers the whole measure. */
  path: string | undefined;
  expires: string | undefined;
  justification: string | undefined;
  approvedBy: string | undefined;
  /** The file the waiver is written in and its position in that document's `waivers`. */
  uri: string;
  index: number;
}

export interface DueDate {
  /** The dotted path of what falls due, in the document named by `uri`. */
  what: string;
  /** `YYYY-MM-DD`. */
  date: string;
  uri: string;
  /** The id of the data connection agreement, when the date is one of a DCA's. */
  dca?: string;
}

export interface MeasureCoverage {
  measure: MeasureId;
  /** The measure's short title in the locale of the options. */
  title: string;
  status: CoverageStatus;
  errors: number;
  warnings: number;
  infos: number;
  /** The waivers in force for the measure. */
  waivers: CoverageWaiver[];
  /** What falls due, earliest first (past dates are overdue). */
  due: DueDate[];
  /** The findings of the measure no waiver silences, rendered in the locale. */
  findings: LocatedFinding[];
  /** The findings of the measure waivers in force silence. */
  waived: LocatedFinding[];
  /** The measure's sections the engagement has, and those required at its status. */
  present: string[];
  required: string[];
}

export interface EngagementCoverage {
  file: string;
  id: string | undefined;
  title: string | undefined;
  /** `metadata.status` as written (undefined when it is missing). */
  status: LifecycleStatus | string | undefined;
  level: Level;
  today: string;
  /** The data connection agreements counted for M8 and M9, by file. */
  dcas: { id: string | undefined; uri: string }[];
  /** All sixteen measures, M1 … M16. */
  measures: MeasureCoverage[];
  /** How many measures have each status. */
  summary: Record<CoverageStatus, number>;
  /** Findings of the engagement that belong to no measure (syntax, document header). */
  unassigned: LocatedFinding[];
}

/** What `outsourcing-policy coverage --format json` prints. */
export interface CoverageReport {
  engagements: EngagementCoverage[];
}
