/**
 * A rule is one definition: its id, measure, severity, whether a waiver may silence it, its
 * texts in every locale (messages and documentation page), its check and, where it has them,
 * its field constraints and quick-fix. The registry (`rules/registry.ts`) lists the rule
 * folders; the catalogue, the docs, SARIF descriptors, waiver and level classification and the
 * quick-fix providers are all derived from it.
 */
import type { Document } from 'yaml';
import type { DataRecord } from '../data';
import type { Locale, Localized } from '../i18n/locale';
import type { MessageArgs } from '../i18n/message';
import type { SchemaNode } from '../schema/dsl';
import type {
  DataPath,
  FindingData,
  MeasureId,
  PolicyKind,
  Severity,
  ValidationOptions,
} from '../types';
import type { CrossDocumentIndex } from '../workspace';
import type { FixProvider } from '../features/codeActions/fix';
import { checkConstraints } from './checkConstraints';
import type { FieldConstraint } from './constraints';

/** One message: the short sentence a problem list shows, and optionally the why and what to do. */
export interface MessageTemplate {
  readonly message: string;
  readonly detail?: string;
}

/** The texts of one rule in one locale: its documentation page and its messages. */
export interface RuleTexts<M extends string = string> {
  /** A few words: "Multi-tenant operation without a client concept". */
  readonly title: string;
  /** One sentence. Markdown code spans for field names and values. */
  readonly summary: string;
  /** A paragraph: when the rule fires and why it matters. */
  readonly details: string;
  /** How to fix, one or two sentences. */
  readonly fix: string;
  readonly messages: { readonly [K in M]: MessageTemplate };
}

/** What a rule's check reports: a message of its own, by id, about a data path. */
export interface RuleReport<M extends string = string> {
  messageId: M;
  args?: MessageArgs;
  /** The data path the finding is about; the span is its key (`part: 'key'`) or its value. */
  path: DataPath;
  part?: 'key' | 'value';
  /** Defaults to the rule's severity (a rule with severity `varies` must say it). */
  severity?: Severity;
  /** Defaults to the rule's measure, or the measure of the field at `path` for `field`. */
  measure?: MeasureId | null;
  data?: FindingData;
}

export interface RuleContext<M extends string = string> {
  kind: PolicyKind;
  /** The document's data (a mapping). */
  data: DataRecord;
  /** The YAML document (for special spans); rules normally report by path. */
  yaml: Document;
  schema: SchemaNode;
  /** The engagement the document belongs to (itself, or the one a DCA's engagementRef names). */
  engagement: DataRecord | undefined;
  workspace: CrossDocumentIndex;
  options: ValidationOptions;
  report(finding: RuleReport<M>): void;
  /**
   * Reports one of this rule's messages under another rule id the definition lists in
   * `reportsAs` (a DCA rule that finds a recommended field missing reports `schema/required`).
   */
  reportAs(ruleId: string, finding: RuleReport<M>): void;
}

/** A documentation example: the YAML that breaks the rule and the YAML that keeps it. */
export interface RuleExample {
  readonly bad: string;
  readonly good: string;
}

/** The example of a rule in `locale`: its own for the locale, or the one for every locale. */
export function exampleIn(
  example: RuleExample | Localized<RuleExample>,
  locale: Locale,
): RuleExample {
  return 'bad' in example ? example : example[locale];
}

/** `measure: 'field'` = the measure of the field the finding is on; null = no measure. */
export type RuleMeasure = MeasureId | 'field' | null;

export interface RuleDefinition<Id extends string = string, M extends string = string> {
  readonly id: Id;
  readonly measure: RuleMeasure;
  /** `varies` = each report says its severity (the texts explain when which). */
  readonly severity: Severity | 'varies';
  /** Whether a waiver may silence the rule's warnings (errors are never waived). */
  readonly waivable: boolean;
  /** Broken data rather than a missing obligation: reported at every level, even `basic`. */
  readonly dataError?: boolean;
  /** Other rule ids some of its messages are reported under (see `RuleContext.reportAs`). */
  readonly reportsAs?: readonly string[];
  /** The kinds of document the check reads; the engine reports rules without a check itself. */
  readonly kinds?: readonly PolicyKind[];
  readonly texts: Localized<RuleTexts<M>>;
  /**
   * Small YAML snippets for the documentation page and `explain`: one pair for every locale, or
   * one per locale where comments or free-text values are prose (keys, ids, dates, durations
   * and enum values stay the same in every locale).
   */
  readonly example?: RuleExample | Localized<RuleExample>;
  readonly check?: (context: RuleContext<M>) => void;
  /**
   * Relations between fields, declared once: the check reports a broken one that names a
   * message (before the rule's own `check` runs), and the quick-fixes write placeholder values
   * that keep them (see `rules/constraints.ts`).
   */
  readonly constraints?: readonly FieldConstraint<NoInfer<M>>[];
  /** The quick-fixes for the rule's findings. */
  readonly fix?: FixProvider;
}

/**
 * Declares a rule; the literal id becomes part of the `RuleId` union of the registry. A rule
 * with constraints that name messages gets their comparison as part of its check.
 */
export function defineRule<const Id extends string, M extends string>(
  definition: RuleDefinition<Id, M>,
): RuleDefinition<Id, M> {
  const { constraints, check } = definition;
  if (!constraints?.some((constraint) => constraint.messageId !== undefined)) return definition;
  return {
    ...definition,
    check(context) {
      checkConstraints(context, constraints);
      check?.(context);
    },
  };
}
