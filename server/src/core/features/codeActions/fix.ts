/**
 * The shapes every quick-fix provider shares: the diagnostic it answers, the document it
 * edits, and the fix it proposes as plain offset edits (converted to LSP ranges at the edge).
 */
import type { PolicyDocument } from '../../parse';
import type { DataPath, FindingData } from '../../types';
import type { FeatureContext } from '../context';

/** A diagnostic as the language server hands it back: offsets, rule id and machine data. */
export interface ActionableDiagnostic {
  ruleId: string;
  start: number;
  end: number;
  message: string;
  path?: DataPath;
  data?: FindingData & { measure?: string | null };
}

/** Replace `start..end` of the original text by `newText` (an insertion when start === end). */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: OffsetEdit[];
  isPreferred: boolean;
  /** Safe to apply without looking (used by fix-all): typo corrections, quoting, normalising. */
  automatic: boolean;
  /** The keys the fix adds to a mapping (see `addedKey`): fix-all adds each key only once. */
  addsKeys?: string[];
}

/** What a provider needs: the feature context and the document the diagnostic lies in. */
export interface FixContext {
  feature: FeatureContext;
  doc: PolicyDocument;
  text: string;
}

/** Names the key `key` of the mapping at `parent` in the fix's document, for `Fix.addsKeys`. */
export function addedKey(fc: FixContext, parent: DataPath, key: string): string {
  return JSON.stringify([fc.doc.index, ...parent, key]);
}

export type FixProvider = (fixContext: FixContext, diagnostic: ActionableDiagnostic) => Fix[];

export function replaceFix(
  title: string,
  edit: OffsetEdit,
  options: { isPreferred: boolean; automatic: boolean },
): Fix {
  return { title, edits: [edit], ...options };
}
