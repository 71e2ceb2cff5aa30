/**
 * Measure coverage (FORMAT.md section 6): for an engagement, with the data connection
 * agreements that name it, the status of each of the sixteen measures, the findings behind it,
 * the waivers in force and what falls due. Pure over the parsed files and the index.
 */
import { asRecord, asString } from '../data';
import { isMeasureApplicable, isMeasureCheckedAt } from '../domain/applicability';
import { isRequiredAt } from '../domain/lifecycle';
import {
  allMeasureDefinitions,
  isMeasureId,
  type MeasureDefinition,
  type MeasureId,
} from '../domain/measures';
import { DEFAULT_LOCALE } from '../i18n/locale';
import { renderFinding } from '../i18n/renderFinding';
import type { PolicyDocument, PolicyFile } from '../parse';
import type { Finding, ValidationOptions } from '../types';
import { analyseDocument, dedupe } from '../validate';
import type { WaiverOutcome } from '../waivers';
import { dcasOfEngagement, type WorkspaceIndex } from '../workspace';
import { dcaDue, engagementReviewsDue, type MeasureDue } from './due';
import {
  COVERAGE_STATUSES,
  type CoverageReport,
  type CoverageStatus,
  type CoverageWaiver,
  type EngagementCoverage,
  type LocatedFinding,
  type MeasureCoverage,
} from './types';

/**
 * How coverage gets what a document's rules and waivers say: by default it analyses the document;
 * the service passes one that reuses the findings it keeps, so one state is validated once.
 */
export type AnalyseDocument = (file: PolicyFile, doc: PolicyDocument) => WaiverOutcome;

/** What was found in the engagement and its DCAs, each finding already assigned a measure. */
interface Evidence {
  findings: { measure: MeasureId | null; finding: LocatedFinding }[];
  waived: { measure: MeasureId; finding: LocatedFinding }[];
  waivers: { measure: string; waiver: CoverageWaiver }[];
  due: MeasureDue[];
}

/** A DCA's finding counts for M9 when it is one of M9's, otherwise for M8 (the DCA as a whole). */
function dcaMeasure(finding: Finding): MeasureId {
  return finding.measure === 'OPS.3.1.M9' ? 'OPS.3.1.M9' : 'OPS.3.1.M8';
}

function collect(
  evidence: Evidence,
  outcome: WaiverOutcome,
  uri: string,
  measureOf: (finding: Finding) => MeasureId | null,
  options: ValidationOptions,
): void {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const located = (finding: Finding): LocatedFinding => ({
    ...renderFinding(finding, locale),
    uri,
  });
  for (const finding of dedupe(outcome.findings))
    evidence.findings.push({ measure: measureOf(finding), finding: located(finding) });
  for (const { finding } of outcome.silenced) {
    const measure = measureOf(finding);
    if (measure) evidence.waived.push({ measure, finding: located(finding) });
  }
  for (const waiver of outcome.inForce) {
    const { index, path, expires, justification, approvedBy } = waiver;
    const entry = { path, expires, justification, approvedBy, uri, index };
    evidence.waivers.push({ measure: waiver.measure, waiver: entry });
    if (expires && isMeasureId(waiver.measure))
      evidence.due.push({
        measure: waiver.measure,
        what: `waivers[${index}].expires`,
        date: expires,
        uri,
      });
  }
}

function gatherEvidence(
  file: PolicyFile,
  doc: PolicyDocument,
  index: WorkspaceIndex,
  options: ValidationOptions,
  analyse: AnalyseDocument,
): { evidence: Evidence; dcas: EngagementCoverage['dcas'] } {
  const evidence: Evidence = { findings: [], waived: [], waivers: [], due: [] };
  const uri = file.uri;
  collect(evidence, analyse(file, doc), uri, (f) => f.measure, options);
  evidence.due.push(...engagementReviewsDue(doc.value, uri));
  const dcas = doc.id ? dcasOfEngagement(index, doc.id) : [];
  for (const dca of dcas) {
    const outcome = analyse(dca.file, dca.doc);
    collect(evidence, outcome, dca.file.uri, dcaMeasure, options);
    evidence.due.push(...dcaDue(dca.data, dca.file.uri, dca.doc.id, options.today));
  }
  return { evidence, dcas: dcas.map((dca) => ({ id: dca.doc.id, uri: dca.file.uri })) };
}

/**
 * Section 6's order. A measure the level does not check (M2-M16 at `basic`) is not-applicable
 * too, unless broken data of it is reported all the same (then it is failing).
 */
function decideStatus(
  applicable: { toEngagement: boolean; atLevel: boolean },
  pending: boolean,
  counts: { errors: number; warnings: number; waived: number },
): CoverageStatus {
  if (!applicable.toEngagement) return 'not-applicable';
  if (!applicable.atLevel && counts.errors === 0) return 'not-applicable';
  if (pending) return 'pending';
  if (counts.errors > 0) return 'failing';
  if (counts.warnings > 0) return 'partial';
  if (counts.waived > 0) return 'waived';
  return 'fulfilled';
}

function sectionsOf(
  definition: MeasureDefinition,
  data: Record<string, unknown>,
  hasDcas: boolean,
): { present: string[]; required: string[] } {
  const status = asRecord(data.metadata)?.status;
  const present = definition.sections.filter(
    (section) => data[section] !== undefined || (section === 'dataConnectionAgreements' && hasDcas),
  );
  const required = definition.sections.filter((section) => isRequiredAt(section, status));
  return { present, required };
}

function coverageOfMeasure(
  definition: MeasureDefinition,
  data: Record<string, unknown>,
  evidence: Evidence,
  context: { hasDcas: boolean; options: ValidationOptions },
): MeasureCoverage {
  const { id } = definition;
  const findings = evidence.findings.filter((f) => f.measure === id).map((f) => f.finding);
  const waived = evidence.waived.filter((f) => f.measure === id).map((f) => f.finding);
  const count = (severity: Finding['severity']) =>
    findings.filter((f) => f.severity === severity).length;
  const counts = { errors: count('error'), warnings: count('warning'), infos: count('info') };
  const { present, required } = sectionsOf(definition, data, context.hasDcas);
  const { level } = context.options;
  const applicable = {
    toEngagement: isMeasureApplicable(id, data, level),
    atLevel: isMeasureCheckedAt(id, level),
  };
  const pending = present.length === 0 && required.length === 0;
  return {
    measure: id,
    title: definition.title[context.options.locale ?? DEFAULT_LOCALE],
    status: decideStatus(applicable, pending, { ...counts, waived: waived.length }),
    ...counts,
    waivers: evidence.waivers.filter((w) => w.measure === id).map((w) => w.waiver),
    due: evidence.due
      .filter((d) => d.measure === id)
      .map(({ measure: _measure, ...due }) => due)
      .sort((a, b) => a.date.localeCompare(b.date) || a.what.localeCompare(b.what)),
    findings,
    waived,
    present,
    required,
  };
}

/** The coverage of one engagement document of `file` (its DCAs found through `index`). */
export function engagementCoverage(
  file: PolicyFile,
  doc: PolicyDocument,
  index: WorkspaceIndex,
  options: ValidationOptions,
  analyse: AnalyseDocument = (_file, document) => analyseDocument(document, index, options),
): EngagementCoverage {
  const data = asRecord(doc.value) ?? {};
  const { evidence, dcas } = gatherEvidence(file, doc, index, options, analyse);
  const context = { hasDcas: dcas.length > 0, options };
  const measures = allMeasureDefinitions().map((definition) =>
    coverageOfMeasure(definition, data, evidence, context),
  );
  const summary = Object.fromEntries(COVERAGE_STATUSES.map((s) => [s, 0])) as Record<
    CoverageStatus,
    number
  >;
  for (const measure of measures) summary[measure.status]++;
  const metadata = asRecord(data.metadata);
  return {
    file: file.uri,
    id: doc.id,
    title: asString(metadata?.title),
    status: asString(metadata?.status),
    level: options.level,
    today: options.today,
    dcas,
    measures,
    summary,
    unassigned: evidence.findings.filter((f) => f.measure === null).map((f) => f.finding),
  };
}

/** The coverage of every engagement written in `file` (usually one). */
export function coverageOfFile(
  file: PolicyFile,
  index: WorkspaceIndex,
  options: ValidationOptions,
  analyse?: AnalyseDocument,
): EngagementCoverage[] {
  return file.documents
    .filter((doc) => doc.kind === 'Engagement' && asRecord(doc.value))
    .map((doc) => engagementCoverage(file, doc, index, options, analyse));
}

/** The coverage of every engagement among `files`, in the order given: section 6's object. */
export function coverageReport(
  files: readonly PolicyFile[],
  index: WorkspaceIndex,
  options: ValidationOptions,
): CoverageReport {
  return { engagements: files.flatMap((file) => coverageOfFile(file, index, options)) };
}
