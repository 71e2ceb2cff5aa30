/**
 * Incremental parsing: the next version of a file parsed from the previous one, parsing again
 * only the top-level sections an edit touched, or, when it stays inside one item of a block
 * collection below them, only the items it touched there (`nested.ts`). The result equals
 * `parsePolicyFile` of the new text in every respect a consumer reads (documents, nodes and their
 * offsets, data, findings); where that cannot be made sure of cheaply, the text is parsed whole.
 */
import { isParsedAsYaml, parsePolicyFile, policyFileOf, type PolicyFile } from '../../parse';
import type { ValidationOptions } from '../../types';
import { planReparse, type Fallback, type Plan } from './plan';
import { nestedDocument } from './nested';
import { splicedDocument } from './splice';
import { triviaEditDocument } from './trivia';

export { MAX_INCREMENTAL_LENGTH, planReparse, type Fallback, type Plan } from './plan';
export { splitSections, type Section } from './sections';

/** How a reparse was done: sections kept and parsed, or why the text was parsed whole. */
export type ReparseWay =
  | { incremental: true; kept: number; parsed: number; depth?: number }
  | { incremental: false; reason: string };

/**
 * Parses `text`, the new version of `previous` (the same URI), reusing the nodes of the
 * sections the edit did not touch. `previous` stays valid and unchanged.
 */
export function reparsePolicyFile(
  previous: PolicyFile,
  uri: string,
  text: string,
  options: ValidationOptions,
): PolicyFile {
  return reparseWithWay(previous, uri, text, options).file;
}

/** `reparsePolicyFile`, telling also how (for the tests and the benchmark). */
export function reparseWithWay(
  previous: PolicyFile,
  uri: string,
  text: string,
  options: ValidationOptions,
): { file: PolicyFile; way: ReparseWay } {
  const whole = (reason: string) => ({
    file: parsePolicyFile(uri, text, options),
    way: { incremental: false, reason } as const,
  });
  if (!isParsedAsYaml(uri, text, options)) return whole('not parsed as YAML');
  const plan: Plan | Fallback = planReparse(previous, uri, text);
  if ('fallback' in plan) return whole(plan.fallback);
  const kept = plan.before + plan.after;
  const trivia = triviaEditDocument(previous.text, text, plan);
  if (trivia) {
    const way = { incremental: true, kept: kept + 1, parsed: 0 } as const;
    return { file: policyFileOf(uri, text, [trivia]), way };
  }
  const nested = nestedDocument(previous.text, text, plan);
  if (nested) {
    const way = { incremental: true, kept, parsed: 1, depth: nested.depth } as const;
    return { file: policyFileOf(uri, text, [nested.document]), way };
  }
  const document = splicedDocument(text, plan);
  if (!document) return whole('changed sections read differently on their own');
  const way = { incremental: true, kept, parsed: plan.newSections.length - kept } as const;
  return { file: policyFileOf(uri, text, [document]), way };
}
