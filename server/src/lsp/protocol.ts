/**
 * What the VS Code client and the language server agree on beyond LSP itself: setting names,
 * custom messages and their payloads. Constants and types only, importing nothing, so the
 * client can use it without bundling the engine.
 */

/** The settings section; every setting is `outsourcingPolicy.<feature>.<option>`. */
export const SETTINGS_SECTION = 'outsourcingPolicy';

export interface ServerSettings {
  validation: {
    /** basic | standard | increased */
    level: 'basic' | 'standard' | 'increased';
    /** Milliseconds to wait after the last keystroke before validating. */
    delay: number;
    /** Files larger than this many characters are skipped with an info. */
    maxDocumentSize: number;
  };
  files: {
    /** Extra glob patterns of policy files that are neither *.engagement.yaml nor *.dca.yaml. */
    extraGlobs: string[];
  };
}

export const DEFAULT_SETTINGS: ServerSettings = {
  validation: { level: 'standard', delay: 150, maxDocumentSize: 2 * 1024 * 1024 },
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
}

export interface ExplainResult {
  markdown: string | null;
}

/** The `source` of a diagnostic the server publishes when its finding has no measure. */
export const DIAGNOSTIC_SOURCE = 'outsourcing-policy';

/**
 * The `source` of every diagnostic the server publishes: the finding's measure (`OPS.3.1.M2`),
 * so that VS Code's Problems panel shows it in every row beside the rule id however long the
 * message, or `outsourcing-policy` for YAML and document problems.
 */
export const DIAGNOSTIC_SOURCES = /^(outsourcing-policy|OPS\.3\.1\.M\d{1,2})$/;
