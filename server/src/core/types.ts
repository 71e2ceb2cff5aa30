/** Shared vocabulary of the core engine. Nothing here knows about editors or terminals. */
import type { Locale } from './i18n/locale';
import type { MessageArgs } from './i18n/message';
import type { RuleId } from './rules/registry';

export type Severity = 'error' | 'warning' | 'info';

export type { MeasureId } from './domain/measures';
import type { MeasureId } from './domain/measures';

export type PolicyKind = 'Engagement' | 'DataConnectionAgreement';

export type Level = 'basic' | 'standard' | 'increased';

export { LIFECYCLE, type LifecycleStatus } from './domain/lifecycle';

/** A path into a YAML document's data: map keys and sequence indexes. */
export type DataPath = readonly (string | number)[];

/**
 * One finding of the engine. Positions are UTF-16 offsets into the file's text
 * (`start` inclusive, `end` exclusive); they become lines and columns only at the edge.
 */
export interface Finding {
  /** The rule's id, one of the registry's (`RuleId`): never a free string. */
  ruleId: RuleId;
  /** Which of the rule's messages this is (its texts live with the rule, per locale). */
  messageId: string;
  /** The message's arguments: data, never text of a locale. With the id, the finding's identity. */
  args: MessageArgs;
  measure: MeasureId | null;
  severity: Severity;
  /**
   * What is wrong and where, in one short sentence (the engine appends the measure). This is
   * what a problem list shows; keep it under about 100 characters.
   */
  message: string;
  /** Why it matters and what to do about it: shown in the hover, in reports and on the rule page. */
  detail?: string;
  start: number;
  end: number;
  /** The data path the finding is about, when there is one (used by waivers and quick-fixes). */
  path?: DataPath;
  /** Machine-readable details for quick-fixes: a did-you-mean, the missing key, … */
  data?: FindingData;
}

export interface FindingData {
  /** The replacement a did-you-mean quick-fix would insert. */
  suggestion?: string;
  /** The key that is missing (schema/required). */
  missingKey?: string;
  /** Whether the finding comes from a should-obligation (waivable). */
  should?: boolean;
  /** How many findings were left out (document/truncated). */
  omitted?: number;
}

export interface ValidationOptions {
  level: Level;
  /** The reference date for review and expiry rules, `YYYY-MM-DD`. */
  today: string;
  /** Files larger than this many characters are not parsed; they get a `document/too-large` info. */
  maxDocumentSize: number;
  /** The language of the texts the findings carry (default English); identity never depends on it. */
  locale?: Locale;
  /** Findings reported per file at most (default 300); one `document/truncated` info says how many more. */
  maxFindings?: number;
}

export const DEFAULT_MAX_DOCUMENT_SIZE = 2 * 1024 * 1024;

export const DEFAULT_MAX_FINDINGS = 300;

export function defaultOptions(today: string): ValidationOptions {
  return {
    level: 'standard',
    today,
    maxDocumentSize: DEFAULT_MAX_DOCUMENT_SIZE,
    maxFindings: DEFAULT_MAX_FINDINGS,
  };
}
