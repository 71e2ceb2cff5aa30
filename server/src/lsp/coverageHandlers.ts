/**
 * The coverage handlers: code lenses through the standard request, and the custom requests
 * `outsourcingPolicy/coverage` and `outsourcingPolicy/coverageReport`. Each looks up the
 * document's context, asks the core (whose coverage is memoised per state) and converts.
 */
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { DEFAULT_LOCALE, type FeatureContext } from '../core';
import { fileNameOf, reportLocator, toCodeLens, toCoverageResult } from './coverage';
import type { HandlerEnvironment } from './handlers';
import {
  COVERAGE_REPORT_REQUEST,
  COVERAGE_REQUEST,
  type CoverageParams,
  type CoverageReportParams,
  type CoverageReportResult,
  type CoverageResult,
} from './protocol';
import { runSafe } from './runSafe';

const REPORT_FORMATS: readonly string[] = ['html', 'markdown'];

/** The `uri` of custom request parameters, or '' when there is none. */
function uriParam(params: unknown): string {
  const uri = (params as { uri?: unknown } | null | undefined)?.uri;
  return typeof uri === 'string' ? uri : '';
}

export function registerCoverageHandlers(
  env: HandlerEnvironment,
  contextFor: (uri: string) => FeatureContext | undefined,
): void {
  const { connection, workspace, logger } = env;
  const service = workspace.service;

  connection.onCodeLens((params, token) =>
    runSafe(logger, 'code lenses', token, [], () => {
      const uri = params.textDocument.uri;
      const ctx = contextFor(uri);
      if (!ctx) return [];
      return service.coverageLenses(ctx).map((lens) => toCodeLens(ctx.file.lineIndex, uri, lens));
    }),
  );

  connection.onRequest(COVERAGE_REQUEST, (params: CoverageParams, token) =>
    runSafe(logger, 'coverage', token, null as CoverageResult | null, () => {
      const ctx = contextFor(uriParam(params));
      const located = ctx && service.documentCoverage(ctx);
      return located ? toCoverageResult(located) : null;
    }),
  );

  connection.onRequest(COVERAGE_REPORT_REQUEST, (params: CoverageReportParams, token) => {
    const format = (params as { format?: unknown } | null | undefined)?.format;
    if (typeof format !== 'string' || !REPORT_FORMATS.includes(format))
      return new ResponseError(
        ErrorCodes.InvalidParams,
        `format must be "html" or "markdown", not ${JSON.stringify(format ?? null)}`,
      );
    return runSafe(logger, 'coverage report', token, null as CoverageReportResult | null, () => {
      const ctx = contextFor(uriParam(params));
      const located = ctx && service.documentCoverage(ctx);
      if (!ctx || !located) return null;
      const text = service.renderCoverage(
        { engagements: [located.coverage] },
        format as CoverageReportParams['format'],
        {
          locale: ctx.options.locale ?? DEFAULT_LOCALE,
          dueWithin: 'P30D',
          locate: reportLocator(located),
          displayName: fileNameOf,
        },
      );
      const { id } = located.coverage;
      return { text, ...(id !== undefined ? { engagementId: id } : {}) };
    });
  });
}
