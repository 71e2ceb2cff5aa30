/**
 * Runs every editor feature of the core on a fuzzed document, at the given offsets and on each
 * of its findings, and checks that nothing throws and every returned range lies inside the
 * document it points into.
 */
import { validateFile, type PolicyFile } from '../../server/src/core';
import { codeActions, fixAll, toActionable } from '../../server/src/core/features/codeActions';
import { complete } from '../../server/src/core/features/completion';
import type { FeatureContext } from '../../server/src/core/features/context';
import { hover } from '../../server/src/core/features/hover';
import {
  definition,
  prepareRename,
  references,
  rename,
} from '../../server/src/core/features/navigation';
import { documentSymbols } from '../../server/src/core/features/symbols';
import { assertResultInside, assertSymbolsWellFormed } from './ranges';

/** Code actions are asked for this many findings at most (the editor asks per visible line). */
const MAX_FINDINGS_ASKED = 40;

function filesOf(ctx: FeatureContext): Map<string, PolicyFile> {
  const files = new Map([[ctx.file.uri, ctx.file]]);
  for (const entries of [...ctx.index.engagements.values(), ...ctx.index.dcas.values()])
    for (const entry of entries)
      if (!files.has(entry.file.uri)) files.set(entry.file.uri, entry.file);
  return files;
}

/** Runs `work`; an exception becomes one that says which feature threw where. */
function call<T>(what: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    throw new Error(`${what} threw: ${detail}`);
  }
}

/** Checks ranges in a result that is about one file, or keyed by uri (`changes`), or Locations. */
function checkResult(ctx: FeatureContext, what: string, result: unknown): void {
  const files = filesOf(ctx);
  const fileOf = (uri: string) => {
    const file = files.get(uri);
    if (!file) throw new Error(`${what}: points into ${uri}, which is not in the workspace`);
    return file;
  };
  if (Array.isArray(result) && result.every((item) => typeof item?.uri === 'string')) {
    for (const location of result) assertResultInside(location, fileOf(location.uri), what);
    return;
  }
  const changes = (result as { changes?: Record<string, unknown> } | null)?.changes;
  if (changes) {
    for (const [uri, edits] of Object.entries(changes))
      assertResultInside(edits, fileOf(uri), what);
    return;
  }
  const edit = (result as { edit?: unknown } | null)?.edit;
  if (edit !== undefined) return checkResult(ctx, what, edit);
  assertResultInside(result, ctx.file, what);
}

function exerciseOffset(
  ctx: FeatureContext,
  offset: number,
  actionable: ReturnType<typeof toActionable>[],
): void {
  const at = `at offset ${offset}`;
  const range = { start: offset, end: offset };
  checkResult(
    ctx,
    `complete ${at}`,
    call(`complete ${at}`, () => complete(ctx, offset)),
  );
  checkResult(
    ctx,
    `hover ${at}`,
    call(`hover ${at}`, () => hover(ctx, offset)),
  );
  const actions = call(`codeActions ${at}`, () => codeActions(ctx, range, actionable));
  for (const action of actions) checkResult(ctx, `codeAction "${action.title}" ${at}`, action);
  checkResult(
    ctx,
    `definition ${at}`,
    call(`definition ${at}`, () => definition(ctx, offset)),
  );
  checkResult(
    ctx,
    `references ${at}`,
    call(`references ${at}`, () => references(ctx, offset, true)),
  );
  checkResult(
    ctx,
    `prepareRename ${at}`,
    call(`prepareRename ${at}`, () => prepareRename(ctx, offset)),
  );
  checkResult(
    ctx,
    `rename ${at}`,
    call(`rename ${at}`, () => rename(ctx, offset, 'renamed-id')),
  );
}

/** Calls complete, hover, code actions, fix-all, symbols, definition, references and rename. */
export function exerciseFeatures(ctx: FeatureContext, offsets: readonly number[]): void {
  const findings = call('validateFile', () => validateFile(ctx.file, ctx.index, ctx.options));
  const actionable = findings.map(toActionable);
  const symbols = call('documentSymbols', () => documentSymbols(ctx));
  checkResult(ctx, 'documentSymbols', symbols);
  assertSymbolsWellFormed(symbols);
  const all = call('fixAll', () => fixAll(ctx, findings));
  if (all) checkResult(ctx, 'fixAll', all);
  for (const finding of actionable.slice(0, MAX_FINDINGS_ASKED)) {
    const what = `codeActions for ${finding.ruleId} at ${finding.start}-${finding.end}`;
    for (const action of call(what, () => codeActions(ctx, finding, [finding])))
      checkResult(ctx, `${what}: "${action.title}"`, action);
  }
  for (const offset of offsets) exerciseOffset(ctx, offset, actionable);
}
