/**
 * The one face the front ends (the CLI, the language server, tests) see of the engine, in the
 * manner of vscode-json-languageservice's `getLanguageService`: parse, index, validate (the
 * findings rendered in the locale of the options) and every editor feature. Offsets inside;
 * ranges are made by the features' LSP shapes or by the caller at the edge.
 */
import type { CodeAction, TextEdit } from 'vscode-languageserver-types';
import { explainTopic, type ExplainStyle } from './catalog/explain';
import { MEASURES, type MeasureInfo } from './catalog/measures';
import { ruleCatalogue, ruleDocUrl, type RuleInfo } from './catalog/rules';
import { coverageOfFile, type CoverageReport, type EngagementCoverage } from './coverage';
import { renderCoverage, type CoverageFormat, type CoverageRenderOptions } from './coverage/report';
import { analysisFromFindings } from './features/coverageLenses/analysis';
import {
  coverageLenses,
  documentCoverage,
  type CoverageLens,
  type DocumentCoverage,
} from './features/coverageLenses';
import { clauseEdits, clausesToOffer } from './features/clauseInsertion';
import { codeActions, fixAll } from './features/codeActions';
import { complete } from './features/completion';
import type { FeatureContext } from './features/context';
import { hover } from './features/hover';
import { definition, prepareRename, references, rename } from './features/navigation';
import type { ClauseSnippet } from './features/snippets';
import { documentSymbols } from './features/symbols';
import { DEFAULT_LOCALE, type Locale } from './i18n/locale';
import {
  buildAssessmentResults,
  type AssessmentResultsDocument,
  type OscalEnvironment,
  type OscalInput,
} from './oscal';
import { isPolicyFile, parsePolicyFile, type PolicyFile } from './parse';
import { reparsePolicyFile } from './parse/incremental';
import { toRange } from './position';
import type { Finding, ValidationOptions } from './types';
import { validateFile, validateTexts, type FileResult, type SourceText } from './validate';
import { buildWorkspaceIndex, relatedUris, type WorkspaceIndex } from './workspace';

/** A text edit of a clause insertion, as LSP wants it (ranges made from the file's lines). */
export type ClauseEdit = TextEdit;

export interface PolicyService {
  /** Parses one file; `options` bound the size that is parsed at all. */
  parse(uri: string, text: string, options: ValidationOptions): PolicyFile;
  /**
   * Parses the next version of `previous` (same URI), parsing again only the top-level sections
   * the edit touched; the result equals `parse` of `text`, and `previous` stays intact.
   */
  reparse(previous: PolicyFile, text: string, options: ValidationOptions): PolicyFile;
  /** Whether a file is a policy document, by its name or its `apiVersion` line. */
  isPolicy(uri: string, text: string): boolean;
  /** What the cross-document rules know about a set of files. */
  index(files: Iterable<PolicyFile>): WorkspaceIndex;
  /** The files whose findings can change when `file` changes (itself included), by URI. */
  related(file: PolicyFile | undefined, index: WorkspaceIndex): string[];
  /**
   * The findings of `file` under `index` and `options`, rendered in `options.locale`: computed
   * once per file, index and options (the same list is returned for the same state).
   */
  findings(file: PolicyFile, index: WorkspaceIndex, options: ValidationOptions): readonly Finding[];
  /**
   * The measure coverage (FORMAT.md section 6) of each engagement in `file`, its DCAs found
   * through `index`; titles and findings in `options.locale`. Empty for a file without one.
   * Computed once per file, index and options, like the findings.
   */
  coverage(
    file: PolicyFile,
    index: WorkspaceIndex,
    options: ValidationOptions,
  ): EngagementCoverage[];
  /** A coverage report as text: table, JSON (section 6), Markdown or self-contained HTML. */
  renderCoverage(
    report: CoverageReport,
    format: CoverageFormat,
    options: CoverageRenderOptions,
  ): string;
  /**
   * The diagnostics of a check and the coverage of its engagements as one OSCAL 1.1.3
   * `assessment-results` document (see `core/oscal`); clock, tool version and SHA-1 passed in.
   */
  assessmentResults(input: OscalInput, env: OscalEnvironment): AssessmentResultsDocument;
  /** The code lenses of measure coverage above the section keys of the context's document. */
  coverageLenses(ctx: FeatureContext): CoverageLens[];
  /**
   * The coverage of the engagement the context's document belongs to (its own, or the one its
   * DCA names), with where its waivers and dates are written; null when there is none.
   */
  documentCoverage(ctx: FeatureContext): DocumentCoverage | null;
  /** Parses and validates texts together (the command line). */
  validateTexts(sources: readonly SourceText[], options: ValidationOptions): FileResult[];
  /** The context every feature below works in; its findings are the memoised ones. */
  context(file: PolicyFile, index: WorkspaceIndex, options: ValidationOptions): FeatureContext;
  hover: typeof hover;
  complete: typeof complete;
  codeActions: typeof codeActions;
  /** One action that applies every safe automatic fix of the context's findings. */
  fixAll(ctx: FeatureContext): CodeAction | null;
  symbols: typeof documentSymbols;
  definition: typeof definition;
  references: typeof references;
  prepareRename: typeof prepareRename;
  rename: typeof rename;
  /** The clauses the document at `offset` does not have yet. */
  clauses(ctx: FeatureContext, offset: number): ClauseSnippet[];
  /** The edits that insert a clause, or an empty list when it cannot be inserted. */
  insertClause(ctx: FeatureContext, offset: number, clauseId: string): ClauseEdit[];
  /** The explanation of a rule or measure id, or undefined when there is no such topic. */
  explain(topic: string, style: ExplainStyle, locale?: Locale): string | undefined;
  ruleCatalogue(locale?: Locale): readonly RuleInfo[];
  ruleDocUrl(ruleId: string): string;
  measures(): readonly MeasureInfo[];
}

/** What was computed for one file under one index, with the options it was computed for. */
interface Memo<T> {
  options: string;
  value: T;
}

/**
 * The memory of one result per index and parsed file (its findings, its coverage), for the
 * options last asked. The results hang on their index: when the index is dropped (the language
 * server rebuilds it after every change), the results computed against it go with it. Kept per
 * file alone, each result would hold its index, the index every file of that moment (the earlier
 * parses of other documents too), and their results older indexes: a chain that grew by a parse
 * of every document per round of edits (issue 13).
 */
function memoPerFile<T>(
  compute: (file: PolicyFile, index: WorkspaceIndex, options: ValidationOptions) => T,
) {
  const byIndex = new WeakMap<WorkspaceIndex, WeakMap<PolicyFile, Memo<T>>>();
  return (file: PolicyFile, index: WorkspaceIndex, options: ValidationOptions): T => {
    const key = optionsKey(options);
    let byFile = byIndex.get(index);
    if (!byFile) {
      byFile = new WeakMap();
      byIndex.set(index, byFile);
    }
    const known = byFile.get(file);
    if (known?.options === key) return known.value;
    const value = compute(file, index, options);
    byFile.set(file, { options: key, value });
    return value;
  };
}

/**
 * The options as a key: every option counts (a new one cannot be forgotten here), the locale
 * too, since it is part of the rendered findings; no locale and English are the same state.
 */
function optionsKey(options: ValidationOptions): string {
  return JSON.stringify({ ...options, locale: options.locale ?? DEFAULT_LOCALE });
}

export function createPolicyService(): PolicyService {
  const findings = memoPerFile<readonly Finding[]>(validateFile);
  const coverage = memoPerFile((file, index, options) => {
    const findingsOf = (of: PolicyFile) => findings(of, index, options);
    return coverageOfFile(file, index, options, analysisFromFindings(findingsOf, index, options));
  });
  const service: PolicyService = {
    parse: parsePolicyFile,
    reparse: (previous, text, options) => reparsePolicyFile(previous, previous.uri, text, options),
    isPolicy: isPolicyFile,
    index: buildWorkspaceIndex,
    related: relatedUris,
    findings,
    coverage,
    renderCoverage,
    assessmentResults: buildAssessmentResults,
    coverageLenses: (ctx) => coverageLenses(ctx, (file) => coverage(file, ctx.index, ctx.options)),
    documentCoverage: (ctx) =>
      documentCoverage(ctx, (file) => coverage(file, ctx.index, ctx.options)),
    validateTexts,
    context: (file, index, options) => ({
      file,
      index,
      options,
      findings: () => findings(file, index, options),
    }),
    hover,
    complete,
    codeActions,
    fixAll: (ctx) => fixAll(ctx, ctx.findings?.() ?? findings(ctx.file, ctx.index, ctx.options)),
    symbols: documentSymbols,
    definition,
    references,
    prepareRename,
    rename,
    clauses: clausesToOffer,
    insertClause: (ctx, offset, clauseId) =>
      (clauseEdits(ctx, offset, clauseId) ?? []).map((edit) => ({
        range: toRange(ctx.file.lineIndex, edit.start, edit.end),
        newText: edit.newText,
      })),
    explain: (topic, style, locale) => explainTopic(topic, style, locale ?? DEFAULT_LOCALE),
    ruleCatalogue: (locale) => ruleCatalogue(locale ?? DEFAULT_LOCALE),
    ruleDocUrl,
    measures: () => MEASURES,
  };
  return service;
}
