/**
 * Quick-fixes for findings (chosen by rule id, never by message text) and a fix-all action that
 * applies every safe automatic fix at once. Every fix is a minimal text edit: comments, key
 * order and formatting of everything else stay as they are.
 */
import type { CodeAction, TextEdit } from 'vscode-languageserver-types';
import { toRange } from '../position';
import type { Finding } from '../types';
import { documentAt, type FeatureContext } from './context';
import type { ActionableDiagnostic, Fix, FixProvider, OffsetEdit } from './codeActions/fix';
import { EditSet } from './codeActions/editSet';
import { headerForEmptyFile } from './codeActions/header';
import { suggestionFixes } from './codeActions/replacements';
import { fixTitle } from './codeActions/titles';
import { waiverFixes } from './codeActions/waiver';
import { ruleDefinition } from '../rules/registry';

export type { ActionableDiagnostic } from './codeActions/fix';

export const FIX_ALL_KIND = 'source.fixAll.outsourcingPolicy';

/** The fixes of rules not yet defined with `defineRule`; a definition's `fix` takes over. */
const LEGACY_PROVIDERS: Readonly<Record<string, FixProvider>> = {
  'reference/unresolved': suggestionFixes,
};

/** A rule's quick-fix provider: its definition's `fix`. */
function providerOf(ruleId: string): FixProvider | undefined {
  const definition = ruleDefinition(ruleId);
  return definition ? definition.fix : LEGACY_PROVIDERS[ruleId];
}

function fixesFor(ctx: FeatureContext, diagnostic: ActionableDiagnostic): Fix[] {
  const doc = documentAt(ctx.file, diagnostic.start);
  if (!doc)
    return diagnostic.ruleId === 'document/missing-api-version' ? headerForEmptyFile(ctx) : [];
  const fc = { feature: ctx, doc, text: ctx.file.text };
  const provider = providerOf(diagnostic.ruleId);
  return [...(provider ? provider(fc, diagnostic) : []), ...waiverFixes(fc, diagnostic)];
}

function textEdits(ctx: FeatureContext, edits: readonly OffsetEdit[]): TextEdit[] {
  return edits.map((edit) => ({
    range: toRange(ctx.file.lineIndex, edit.start, edit.end),
    newText: edit.newText,
  }));
}

function toCodeAction(ctx: FeatureContext, fix: Fix): CodeAction {
  return {
    title: fix.title,
    kind: 'quickfix',
    diagnostics: [],
    isPreferred: fix.isPreferred,
    edit: { changes: { [ctx.file.uri]: textEdits(ctx, fix.edits) } },
  };
}

function overlapsRange(diagnostic: ActionableDiagnostic, range: { start: number; end: number }) {
  return diagnostic.start <= range.end && diagnostic.end >= range.start;
}

/** The quick-fixes for the diagnostics in `range` (one action per distinct title). */
export function codeActions(
  ctx: FeatureContext,
  range: { start: number; end: number },
  diagnostics: ActionableDiagnostic[],
): CodeAction[] {
  const seen = new Set<string>();
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics.filter((d) => overlapsRange(d, range))) {
    for (const fix of fixesFor(ctx, diagnostic)) {
      if (seen.has(fix.title)) continue;
      seen.add(fix.title);
      actions.push(toCodeAction(ctx, fix));
    }
  }
  return actions;
}

export function toActionable(finding: Finding): ActionableDiagnostic {
  return {
    ruleId: finding.ruleId,
    start: finding.start,
    end: finding.end,
    message: finding.message,
    ...(finding.path ? { path: finding.path } : {}),
    data: { ...finding.data, measure: finding.measure },
  };
}

/**
 * The edits of all fixes that fit together: a fix whose edits collide with earlier ones, or that
 * adds a key an earlier one adds (a typo corrected to `kind` and a missing `kind` inserted), is
 * left out.
 */
function compatibleEdits(fixes: readonly Fix[]): OffsetEdit[] {
  const accepted = new EditSet();
  const addedKeys = new Set<string>();
  for (const fix of fixes) {
    const fresh = fix.edits.filter((edit) => !accepted.has(edit));
    if (fresh.some((edit) => accepted.collides(edit))) continue;
    if (fresh.length > 0 && fix.addsKeys?.some((key) => addedKeys.has(key))) continue;
    fresh.forEach((edit) => accepted.add(edit));
    fix.addsKeys?.forEach((key) => addedKeys.add(key));
  }
  return accepted.edits();
}

/** One action that applies every safe automatic fix of `findings` (null when there is none). */
export function fixAll(ctx: FeatureContext, findings: readonly Finding[]): CodeAction | null {
  const fixes = findings.flatMap((finding) =>
    fixesFor(ctx, toActionable(finding))
      .filter((fix) => fix.automatic)
      .slice(0, 1),
  );
  const edits = compatibleEdits(fixes);
  if (edits.length === 0) return null;
  return {
    title: fixTitle(ctx.options, 'fixAll'),
    kind: FIX_ALL_KIND,
    diagnostics: [],
    edit: { changes: { [ctx.file.uri]: textEdits(ctx, edits) } },
  };
}
