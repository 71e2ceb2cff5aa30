/** The public face of the core engine: everything the CLI, the language server and tests use. */
export * from './types';
export {
  parsePolicyFile,
  isPolicyFile,
  kindFromFileName,
  API_VERSION,
  type PolicyFile,
  type PolicyDocument,
} from './parse';
export { endKeepingPairs } from './policyHeader';
export { MAX_INCREMENTAL_LENGTH, reparsePolicyFile } from './parse/incremental';
export {
  validateTexts,
  validateFiles,
  validateFile,
  validateDocument,
  type SourceText,
  type FileResult,
} from './validate';
export { buildWorkspaceIndex, type WorkspaceIndex } from './workspace';
export {
  SummaryIndex,
  summarizeFile,
  type DataStore,
  type DocumentSummary,
  type Question,
} from './workspace/summary';
export { LineIndex, type LineColumn } from './position';
export { isoDate } from './time';

/** Measure coverage (FORMAT.md section 6). */
export {
  coverageOfFile,
  coverageReport,
  engagementCoverage,
  isDueWithin,
  COVERAGE_STATUSES,
  type CoverageReport,
  type CoverageStatus,
  type CoverageWaiver,
  type DueDate,
  type EngagementCoverage,
  type LocatedFinding,
  type MeasureCoverage,
} from './coverage';
export { COVERAGE_STATUS_TEXTS } from './coverage/statusTexts';
export {
  COVERAGE_FORMATS,
  type CoverageFormat,
  type CoverageRenderOptions,
  type LocateOffset,
} from './coverage/report';
export type { CoverageLens } from './features/coverageLenses';

/** OSCAL assessment results (the facade's `assessmentResults`). */
export {
  OSCAL_NS,
  OSCAL_UUID_NAMESPACE,
  OSCAL_VERSION,
  type AssessmentResultsDocument,
  type OscalDiagnostic,
  type OscalEnvironment,
  type OscalInput,
} from './oscal';
export { isMeasureApplicable } from './domain/applicability';

/** The service facade every front end uses for features (see `service.ts`). */
export { createPolicyService, type PolicyService, type ClauseEdit } from './service';
export type { FeatureContext } from './features/context';
export { FIX_ALL_KIND, type ActionableDiagnostic } from './features/codeActions';
export type { CompletionOptions } from './features/completion';
export type { ClauseSnippet } from './features/snippets';
export type { ExplainStyle } from './catalog/explain';

/** Languages: which one a front end speaks, and the finding's text and identity in it. */
export {
  LOCALES,
  DEFAULT_LOCALE,
  parseLocale,
  chooseLocale,
  localeFromEnvironment,
  type Locale,
} from './i18n/locale';
export { renderFinding, findingIdentity } from './i18n/renderFinding';
export type { TranslationOf } from './i18n/catalogue';

/** Catalogues of rules and measures (the explanations, docs and SARIF descriptors). */
export {
  RULES,
  ruleInfo,
  ruleDocUrl,
  ruleDocPath,
  ruleCatalogue,
  DOCS_BASE_URL,
  docsFolder,
  type RuleInfo,
  type RuleSeverity,
} from './catalog/rules';
export {
  MEASURES,
  measureInfo,
  measureAnchor,
  measureCatalogue,
  type MeasureInfo,
} from './catalog/measures';
export { explainTopic } from './catalog/explain';
/** The Kompendium, Annex A and Grundschutz++ controls of each measure, with their sources. */
export {
  GRUNDSCHUTZ_ATTRIBUTION,
  GRUNDSCHUTZ_SOURCES,
  allGrundschutzControls,
  measureControls,
  type GrundschutzControl,
  type MeasureControls,
} from './catalog/controls';
export { grundschutzTitle } from './catalog/controls/describe';

/** The project file `.outsourcing-policy.yaml`. */
export {
  PROJECT_FILE_NAME,
  parseProjectConfig,
  type ProjectConfig,
  type ProjectConfigResult,
} from './config';

/** Small pieces the front ends share with the engine: paths, dates, names, safe output. */
export { toRange, type LineRange } from './position';
export { formatPath } from './schema/lookup';
export { dayNumber, durationInDays } from './time';
export { closestMatch } from './didYouMean';
export { escapeControlCharacters, escapeControlsInJson } from './controlCharacters';
export { markdownCode, markdownText } from './markdownText';
export { asRecord, type DataRecord } from './data';
