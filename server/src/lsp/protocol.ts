/**
 * What the VS Code client and the language server agree on beyond LSP itself: setting names,
 * custom messages and their payloads. Constants and types only, importing nothing but the
 * spelling of a measure id, so the client can use it without bundling the engine.
 */
import { MEASURE_ID_SOURCE } from '../core/domain/measures';

export { MEASURE_ID_SOURCE };

/** The settings section; every setting is `outsourcingPolicy.<feature>.<option>`. */
export const SETTINGS_SECTION = 'outsourcingPolicy';

/** The language of diagnostics, hovers and explanations: `auto` follows the editor's. */
export type LocaleSetting = 'auto' | 'en' | 'de';

export const LOCALE_SETTINGS: readonly LocaleSetting[] = ['auto', 'en', 'de'];

export interface ServerSettings {
  locale: LocaleSetting;
  validation: {
    /** basic | standard | increased */
    level: 'basic' | 'standard' | 'increased';
    /** Milliseconds to wait after the last keystroke before validating. */
    delay: number;
    /** Files larger than this many characters are skipped with an info. */
    maxDocumentSize: number;
    /** Findings shown per document at most; one info says how many more there are. */
    maxFindings: number;
  };
  files: {
    /** Extra glob patterns of policy files that are neither *.engagement.yaml nor *.dca.yaml. */
    extraGlobs: string[];
  };
}

export const DEFAULT_SETTINGS: ServerSettings = {
  locale: 'auto',
  validation: {
    level: 'standard',
    delay: 150,
    maxDocumentSize: 2 * 1024 * 1024,
    maxFindings: 300,
  },
  files: { extraGlobs: [] },
};

/** What a client may send as `initializationOptions`. */
export interface InitializationOptions {
  settings?: ServerSettings;
  /**
   * False in an untrusted workspace: the server then ignores workspace-level options that
   * change which files are read (the project file's extraGlobs). Missing means trusted.
   */
  workspaceTrusted?: boolean;
  /** The reference date for review and expiry rules (tests); default: the real date. */
  today?: string;
  /** Answer `outsourcingPolicy/debug/stats` (tests and benchmarks only). */
  debugStats?: boolean;
}

/**
 * Client -> server request, answered only when the initialization option `debugStats` is true:
 * what the server did so far, for tests that count work instead of timing it.
 */
export const DEBUG_STATS_REQUEST = 'outsourcingPolicy/debug/stats';

export interface DebugStatsResult {
  /** How often each URI was parsed since the start, on the main thread or in a worker. */
  parses: Record<string, number>;
  /** How often each URI was parsed in a worker since the start. */
  workerParses: Record<string, number>;
  /** Whether the start-up scan of the workspace folders has finished. */
  scanned: boolean;
  /** How many files on disk a worker checked again (with the whole index) since the start. */
  diskRechecks: number;
  /** The worker pool's jobs (each job parses its document once in a worker). */
  pool: {
    started: number;
    finished: number;
    superseded: number;
    retried: number;
    failed: number;
    workersStarted: number;
    /** The URIs whose jobs are running now. */
    running: string[];
  };
  /**
   * How many URIs each of the server's per-document maps holds (`open`: the editor's documents;
   * the others by their name in the server): none may keep a document that is neither open nor
   * on disk.
   */
  documentState: Record<string, number>;
}

/** Server -> client notification after every validation round: feeds the language status item. */
export const STATUS_NOTIFICATION = 'outsourcingPolicy/status';

export interface StatusParams {
  level: 'basic' | 'standard' | 'increased';
  /** Where the level comes from: the settings or a `.outsourcing-policy.yaml` project file. */
  levelSource: 'settings' | 'project file';
  /** Policy documents known in the workspace (open or indexed). */
  documentCount: number;
  errorCount: number;
  warningCount: number;
}

/** Client -> server request: the explanation of a rule or measure, as Markdown. */
export const EXPLAIN_REQUEST = 'outsourcingPolicy/explain';

export interface ExplainParams {
  /** A rule id such as `subcontracting/flow-down` or a measure such as `OPS.3.1.M2`. */
  topic: string;
  /** The measure of the finding being explained: its text follows the rule's. */
  measure?: string;
}

export interface ExplainResult {
  markdown: string | null;
}

/** The `source` of a diagnostic the server publishes when its finding has no measure. */
export const DIAGNOSTIC_SOURCE = 'outsourcing-policy';

/** A position in a document, as LSP gives it (no import, so the client needs no server types). */
export interface ClauseDocumentPosition {
  textDocument: { uri: string };
  /** Chooses the document of a multi-document file; the clause goes where it belongs in it. */
  position: { line: number; character: number };
}

/** Client -> server request: the clauses the document at the position does not have yet. */
export const CLAUSES_REQUEST = 'outsourcingPolicy/clauses';

export type ClausesParams = ClauseDocumentPosition;

export interface ClauseOffer {
  id: string;
  label: string;
  description: string;
  measure: string;
  /** Dotted path of the mapping the clause goes into: '' for the top level. */
  scope: string;
}

export interface ClausesResult {
  clauses: ClauseOffer[];
}

/**
 * Client -> server request: the text edits that insert clause `clauseId` under its parent
 * (created when missing), on lines of its own. `edits` is empty when it cannot be inserted.
 */
export const INSERT_CLAUSE_REQUEST = 'outsourcingPolicy/insertClause';

export interface InsertClauseParams extends ClauseDocumentPosition {
  clauseId: string;
}

export interface InsertClauseResult {
  edits: {
    range: {
      start: { line: number; character: number };
      end: { line: number; character: number };
    };
    newText: string;
  }[];
}

/**
 * The `source` of every diagnostic the server publishes: the finding's measure (`OPS.3.1.M2`),
 * so that VS Code's Problems panel shows it in every row beside the rule id however long the
 * message, or `outsourcing-policy` for YAML and document problems.
 */
export const DIAGNOSTIC_SOURCES = new RegExp(`^(?:outsourcing-policy|${MEASURE_ID_SOURCE})$`);

/** A range as LSP gives it (zero-based lines and UTF-16 characters). */
export interface WireRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** The six coverage statuses of FORMAT.md section 6, in the order they are decided. */
export type WireCoverageStatus =
  'not-applicable' | 'pending' | 'failing' | 'partial' | 'waived' | 'fulfilled';

/**
 * Client -> server request: the measure coverage (FORMAT.md section 6) of the engagement of the
 * document `uri` (for a DCA: the engagement its `engagementRef` names), or null when there is
 * none. The object is section 6's, with LSP ranges added so that a client can jump to them.
 */
export const COVERAGE_REQUEST = 'outsourcingPolicy/coverage';

export interface CoverageParams {
  uri: string;
}

export interface CoverageFindingItem {
  uri: string;
  range: WireRange;
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  /** The short message, in the server's locale. */
  message: string;
}

export interface CoverageWaiverItem {
  /** The dotted path the waiver is limited to; absent when it covers the whole measure. */
  path?: string;
  expires?: string;
  justification?: string;
  approvedBy?: string;
  uri: string;
  /** Where the waiver is written. */
  range: WireRange;
}

export interface CoverageDueItem {
  /** The dotted path of what falls due. */
  what: string;
  /** `YYYY-MM-DD`; a date before `today` is overdue. */
  date: string;
  uri: string;
  /** The DCA's id when the date is one of a data connection agreement. */
  dca?: string;
  /** Where the date is written, when it can be found. */
  range?: WireRange;
}

export interface CoverageMeasureItem {
  /** `OPS.3.1.M1` … `OPS.3.1.M16`. */
  measure: string;
  /** The short title, in the server's locale. */
  title: string;
  status: WireCoverageStatus;
  errors: number;
  warnings: number;
  infos: number;
  waivers: CoverageWaiverItem[];
  due: CoverageDueItem[];
  /** The findings no waiver silences. */
  findings: CoverageFindingItem[];
  /** The findings waivers in force silence. */
  waived: CoverageFindingItem[];
  /** The measure's sections the engagement has, and those required at its status. */
  present: string[];
  required: string[];
}

export interface CoverageResult {
  /** The engagement document's URI. */
  file: string;
  id?: string;
  title?: string;
  /** `metadata.status` as written. */
  status?: string;
  level: 'basic' | 'standard' | 'increased';
  today: string;
  dcas: { id?: string; uri: string }[];
  /** All sixteen, M1 … M16. */
  measures: CoverageMeasureItem[];
  summary: Record<WireCoverageStatus, number>;
  /**
   * The summary in words, in the server's locale, as the summary code lens shows it:
   * "12 of 16 measures fulfilled · 2 failing · 1 partial" (for a language status item).
   */
  summaryText?: string;
}

/**
 * Client -> server request: the coverage report of the engagement of `uri` as one text, a
 * self-contained HTML page or Markdown, in the server's locale; null when there is none.
 */
export const COVERAGE_REPORT_REQUEST = 'outsourcingPolicy/coverageReport';

export interface CoverageReportParams {
  uri: string;
  format: 'html' | 'markdown';
}

export interface CoverageReportResult {
  text: string;
  /** The engagement's id, for a file name such as `ENG-2026-019.coverage.html`. */
  engagementId?: string;
}

/**
 * The command a coverage code lens carries: arguments `[uri, measure]`. The VS Code client
 * reveals the measure in its Measures view; other editors may bind it or ignore it.
 */
export const SHOW_MEASURE_COMMAND = 'outsourcingPolicy.showMeasure';
