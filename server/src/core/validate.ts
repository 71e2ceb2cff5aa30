/**
 * The engine's entry points: parse texts, index them, validate each document against its
 * schema and the semantic rules, apply waivers and the level. Pure over its inputs.
 */
import { asRecord } from './data';
import { spanOfPath } from './locate';
import { parsePolicyFile, type PolicyDocument, type PolicyFile } from './parse';
import { RULES } from './rules';
import type { RuleContext, RuleReport } from './rules/rule';
import type {
  RuleContext as DefinedRuleContext,
  RuleDefinition,
  RuleReport as DefinedReport,
} from './rules/defineRule';
import { allRuleDefinitions, ruleDefinition } from './rules/registry';
import { renderFinding, renderFindingText, findingIdentity } from './i18n/renderFinding';
import { DEFAULT_LOCALE } from './i18n/locale';
import type { SchemaNode } from './schema/dsl';
import { schemaForKind } from './schema';
import { measureOf } from './schema/lookup';
import { DEFAULT_MAX_FINDINGS, type Finding, type Level, type ValidationOptions } from './types';
import { engineFinding } from './validate/engineFinding';
import { capFindings } from './validate/findingCap';
import { schemaFindings } from './validate/schemaFindings';
import { applyWaivers } from './waivers';
import { buildWorkspaceIndex, findEngagement, type WorkspaceIndex } from './workspace';
import { isFollowUp } from './followUps';

export interface SourceText {
  uri: string;
  text: string;
}

/** Findings of one file, in source order. */
export interface FileResult {
  file: PolicyFile;
  findings: Finding[];
}

function runRules(
  doc: PolicyDocument,
  index: WorkspaceIndex,
  options: ValidationOptions,
): Finding[] {
  const data = asRecord(doc.value);
  if (!doc.kind || !data) return [];
  const kind = doc.kind;
  const schema = schemaForKind(kind);
  const engagement =
    kind === 'Engagement'
      ? data
      : findEngagement(index, asRecord(data.metadata)?.engagementRef)?.data;
  const findings: Finding[] = [];
  const report = (r: RuleReport): void => {
    const [start, end] = spanOfPath(doc.yaml, r.path, r.part ?? 'key');
    const measure = r.measure === undefined ? measureOf(schema, r.path) : r.measure;
    findings.push({
      ruleId: r.ruleId,
      measure,
      severity: r.severity,
      message: r.message,
      ...(r.detail ? { detail: r.detail } : {}),
      start,
      end,
      path: r.path,
      ...(r.data ? { data: r.data } : {}),
    });
  };
  const context: RuleContext = {
    kind,
    data,
    yaml: doc.yaml,
    schema,
    engagement,
    workspace: index,
    options,
    report,
  };
  for (const rule of RULES) {
    if (rule.kinds.includes(kind)) rule.check(context);
  }
  for (const definition of allRuleDefinitions()) {
    if (definition.check && definition.kinds?.includes(kind))
      definition.check(definedContext(definition, context, schema, findings));
  }
  return findings;
}

/** The context a defined rule's check sees: reports name the rule's own messages by id. */
function definedContext(
  definition: RuleDefinition,
  base: RuleContext,
  schema: SchemaNode,
  findings: Finding[],
): DefinedRuleContext {
  const reportUnder = (ruleId: string, r: DefinedReport): void => {
    const [start, end] = spanOfPath(base.yaml, r.path, r.part ?? 'key');
    const fixed = definition.measure === 'field' ? undefined : definition.measure;
    const measure = r.measure !== undefined ? r.measure : (fixed ?? measureOf(schema, r.path));
    const severity =
      r.severity ?? (definition.severity === 'varies' ? 'error' : definition.severity);
    const finding: Finding = {
      ruleId,
      messageId: r.messageId,
      args: r.args ?? {},
      measure,
      severity,
      message: '',
      start,
      end,
      path: r.path,
      ...(r.data ? { data: r.data } : {}),
    };
    findings.push({ ...finding, ...renderFindingText(finding, DEFAULT_LOCALE) });
  };
  return {
    ...base,
    report: (r) => reportUnder(definition.id, r),
    reportAs: (ruleId, r) => {
      if (!definition.reportsAs?.includes(ruleId))
        throw new Error(`${definition.id} does not declare that it reports ${ruleId}`);
      reportUnder(ruleId, r);
    },
  };
}

const BASIC_MEASURES = new Set(['OPS.3.1.M1']);
/** The data errors among the rules not yet defined with `defineRule` (their definition will say). */
const LEGACY_DATA_ERRORS = /^(reference\/|document\/duplicate-id$)/;

/** Broken data rather than a missing obligation (`definition.dataError`): reported at every level. */
function isDataError(ruleId: string): boolean {
  const definition = ruleDefinition(ruleId);
  return definition ? definition.dataError === true : LEGACY_DATA_ERRORS.test(ruleId);
}

/** At level basic only the basic measure's obligations are checked; broken data is always reported. */
function appliesAtLevel(finding: Finding, level: Level): boolean {
  if (level !== 'basic' || finding.measure === null || isDataError(finding.ruleId)) return true;
  return BASIC_MEASURES.has(finding.measure);
}

export function validateDocument(
  doc: PolicyDocument,
  index: WorkspaceIndex,
  options: ValidationOptions,
): Finding[] {
  const findings = [...doc.findings];
  if (!doc.kind || !asRecord(doc.value)) {
    if (doc.kind && !doc.hasSyntaxErrors && doc.value !== undefined && !asRecord(doc.value)) {
      const [start, end] = spanOfPath(doc.yaml, [], 'key');
      const messageId = doc.value === null ? 'documentEmpty' : 'documentNotMapping';
      findings.push(
        engineFinding('schema/type', messageId, {}, { severity: 'error', start, end, path: [] }),
      );
    }
    return findings;
  }
  findings.push(...schemaFindings(doc.kind, doc.yaml, doc.value, findingLimit(options)));
  findings.push(...runRules(doc, index, options));
  const readable = findings.filter((f) => !isFollowUp(doc.yaml, doc.damage, f));
  return applyWaivers(doc, readable, options).filter((f) => appliesAtLevel(f, options.level));
}

export function bySourceOrder(a: Finding, b: Finding): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    a.ruleId.localeCompare(b.ruleId) ||
    findingIdentity(a).localeCompare(findingIdentity(b))
  );
}

export function validateFile(
  file: PolicyFile,
  index: WorkspaceIndex,
  options: ValidationOptions,
): Finding[] {
  const findings = [...file.findings];
  for (const doc of file.documents) findings.push(...validateDocument(doc, index, options));
  const locale = options.locale ?? DEFAULT_LOCALE;
  const kept = capFindings(dedupe(findings), findingLimit(options), bySourceOrder);
  return kept.map((finding) => renderFinding(finding, locale));
}

function findingLimit(options: ValidationOptions): number {
  return options.maxFindings ?? DEFAULT_MAX_FINDINGS;
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.start}|${f.end}|${findingIdentity(f)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Validates a set of parsed files together (cross-document rules see all of them). */
export function validateFiles(
  files: readonly PolicyFile[],
  options: ValidationOptions,
): FileResult[] {
  const index = buildWorkspaceIndex(files);
  return files.map((file) => ({ file, findings: validateFile(file, index, options) }));
}

/** Parses and validates texts in one go: the simplest entry point (CLI, tests). */
export function validateTexts(
  sources: readonly SourceText[],
  options: ValidationOptions,
): FileResult[] {
  return validateFiles(
    sources.map((source) => parsePolicyFile(source.uri, source.text, options)),
    options,
  );
}
