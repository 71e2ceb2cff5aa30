/** The contract between the engine and a semantic rule (FORMAT.md section 4). */
import type { Document } from 'yaml';
import type { DataRecord } from '../data';
import type { SchemaNode } from '../schema/dsl';
import type {
  DataPath,
  FindingData,
  MeasureId,
  PolicyKind,
  Severity,
  ValidationOptions,
} from '../types';
import type { WorkspaceIndex } from '../workspace';

export interface RuleReport {
  ruleId: string;
  severity: Severity;
  /** What is wrong, on what, in one short sentence; the engine appends the measure (" (OPS.3.1.M2)"). */
  message: string;
  /** Why it matters and what to do: the hover and the reports show it below the message. */
  detail?: string;
  /** The data path the finding is about; the span is its key (`part: 'key'`) or its value. */
  path: DataPath;
  part?: 'key' | 'value';
  /** Defaults to the measure of the field at `path`. */
  measure?: MeasureId | null;
  /** In which document the path lies, when it is not the one being checked (rare). */
  data?: FindingData;
}

export interface RuleContext {
  kind: PolicyKind;
  /** The document's data (a mapping). */
  data: DataRecord;
  /** The YAML document (for special spans); rules normally report by path. */
  yaml: Document;
  schema: SchemaNode;
  /**
   * The engagement the document belongs to: itself for an engagement, the one its
   * `metadata.engagementRef` names for a DCA (undefined when not found).
   */
  engagement: DataRecord | undefined;
  workspace: WorkspaceIndex;
  options: ValidationOptions;
  report(finding: RuleReport): void;
}

export interface Rule {
  /** The rule ids this rule can report (for docs and tests). */
  ids: readonly string[];
  /** Which kinds of document it reads. */
  kinds: readonly PolicyKind[];
  check(context: RuleContext): void;
}
