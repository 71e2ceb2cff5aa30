/**
 * The feature handlers: each looks up the parsed document, calls the core, and returns.
 * `runSafe` turns exceptions into a logged error and an empty result and honours cancellation.
 */
import type { Connection, TextDocumentPositionParams } from 'vscode-languageserver/node';
import {
  FIX_ALL_KIND,
  type CompletionOptions,
  type FeatureContext,
  type ValidationOptions,
} from '../core';
import { toActionable } from './convert';
import { registerCoverageHandlers } from './coverageHandlers';
import {
  CLAUSES_REQUEST,
  EXPLAIN_REQUEST,
  INSERT_CLAUSE_REQUEST,
  type ClausesParams,
  type ClausesResult,
  type ExplainParams,
  type ExplainResult,
  type InsertClauseParams,
  type InsertClauseResult,
} from './protocol';
import { runSafe, type Logger } from './runSafe';
import type { PolicyWorkspace } from './workspace';

export interface HandlerEnvironment {
  connection: Connection;
  workspace: PolicyWorkspace;
  options: () => ValidationOptions;
  /** What the client's completion can take, from its capabilities. */
  completionOptions: () => CompletionOptions;
  logger: Logger;
}

export function registerHandlers(env: HandlerEnvironment): void {
  const { connection, workspace, logger } = env;
  const service = workspace.service;

  /** The feature context of a policy document, or undefined for any other file. */
  const contextFor = (uri: string): FeatureContext | undefined => {
    if (!workspace.isPolicy(uri)) return undefined;
    const file = workspace.fileFor(uri);
    if (!file) return undefined;
    return service.context(file, workspace.index(), env.options());
  };
  const offsetOf = (ctx: FeatureContext, params: TextDocumentPositionParams) =>
    ctx.file.lineIndex.offsetAt(params.position);

  connection.onCompletion((params, token) =>
    runSafe(logger, 'completion', token, [], () => {
      const ctx = contextFor(params.textDocument.uri);
      return ctx ? service.complete(ctx, offsetOf(ctx, params), env.completionOptions()) : [];
    }),
  );

  connection.onHover((params, token) =>
    runSafe(logger, 'hover', token, null, () => {
      const ctx = contextFor(params.textDocument.uri);
      return ctx ? service.hover(ctx, offsetOf(ctx, params)) : null;
    }),
  );

  connection.onCodeAction((params, token) =>
    runSafe(logger, 'code actions', token, [], () => {
      const ctx = contextFor(params.textDocument.uri);
      if (!ctx) return [];
      const wanted = params.context.only;
      if (wanted?.some((kind) => FIX_ALL_KIND.startsWith(kind) && kind.startsWith('source'))) {
        const action = service.fixAll(ctx);
        return action ? [action] : [];
      }
      const range = {
        start: ctx.file.lineIndex.offsetAt(params.range.start),
        end: ctx.file.lineIndex.offsetAt(params.range.end),
      };
      return params.context.diagnostics.flatMap((diagnostic) => {
        const actionable = toActionable(ctx.file, diagnostic);
        if (!actionable) return [];
        return service.codeActions(ctx, range, [actionable]).map((action) => ({
          ...action,
          diagnostics: [diagnostic],
        }));
      });
    }),
  );

  connection.onDocumentSymbol((params, token) =>
    runSafe(logger, 'document symbols', token, [], () => {
      const ctx = contextFor(params.textDocument.uri);
      return ctx ? service.symbols(ctx) : [];
    }),
  );

  connection.onDefinition((params, token) =>
    runSafe(logger, 'definition', token, [], () => {
      const ctx = contextFor(params.textDocument.uri);
      return ctx ? service.definition(ctx, offsetOf(ctx, params)) : [];
    }),
  );

  connection.onReferences((params, token) =>
    runSafe(logger, 'references', token, [], () => {
      const ctx = contextFor(params.textDocument.uri);
      return ctx
        ? service.references(ctx, offsetOf(ctx, params), params.context.includeDeclaration)
        : [];
    }),
  );

  connection.onPrepareRename((params, token) =>
    runSafe(logger, 'prepare rename', token, null, () => {
      const ctx = contextFor(params.textDocument.uri);
      return ctx ? service.prepareRename(ctx, offsetOf(ctx, params)) : null;
    }),
  );

  connection.onRenameRequest((params, token) =>
    runSafe(logger, 'rename', token, null, () => {
      const ctx = contextFor(params.textDocument.uri);
      if (!ctx) return null;
      const result = service.rename(ctx, offsetOf(ctx, params), params.newName);
      if ('error' in result) {
        void connection.window.showErrorMessage(`Outsourcing Policy: ${result.error}`);
        return null;
      }
      return result;
    }),
  );

  connection.onRequest(
    EXPLAIN_REQUEST,
    (params: ExplainParams, token): ExplainResult | ReturnType<typeof runSafe> =>
      runSafe(logger, 'explain', token, { markdown: null }, () => {
        const locale = env.options().locale;
        const topic = service.explain(String(params?.topic ?? ''), 'markdown', locale);
        const measure = params?.measure
          ? service.explain(String(params.measure), 'markdown', locale)
          : undefined;
        if (topic === undefined) return { markdown: null };
        return { markdown: measure ? `${topic}\n\n---\n\n${measure}` : topic };
      }),
  );

  connection.onRequest(CLAUSES_REQUEST, (params: ClausesParams, token) =>
    runSafe(logger, 'clauses', token, { clauses: [] } as ClausesResult, () => {
      const ctx = contextFor(params.textDocument.uri);
      const offered = ctx ? service.clauses(ctx, offsetOf(ctx, params)) : [];
      return {
        clauses: offered.map(({ id, label, description, measure, scope }) => ({
          id,
          label,
          description,
          measure,
          scope,
        })),
      };
    }),
  );

  connection.onRequest(INSERT_CLAUSE_REQUEST, (params: InsertClauseParams, token) =>
    runSafe(logger, 'insert clause', token, { edits: [] } as InsertClauseResult, () => {
      const ctx = contextFor(params.textDocument.uri);
      if (!ctx) return { edits: [] };
      return { edits: service.insertClause(ctx, offsetOf(ctx, params), String(params.clauseId)) };
    }),
  );

  registerCoverageHandlers(env, contextFor);
}
