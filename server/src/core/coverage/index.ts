/** Measure coverage (FORMAT.md section 6): statuses, findings, waivers and due dates per measure. */
export { coverageOfFile, coverageReport, engagementCoverage } from './measureCoverage';
export { isDueWithin, nextTermReview } from './due';
export {
  COVERAGE_STATUSES,
  type CoverageReport,
  type CoverageStatus,
  type CoverageWaiver,
  type DueDate,
  type EngagementCoverage,
  type LocatedFinding,
  type MeasureCoverage,
} from './types';
