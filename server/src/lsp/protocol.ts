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
