/**
 * The engine's entry points: parse texts, index them, validate each document against its
 * schema and the semantic rules, apply waivers and the level. Pure over its inputs.
 */
import { asRecord } from './data';
import { isMeasureCheckedAt } from './domain/applicability';
import { spanOfPath } from './locate';
import { parsePolicyFile, type PolicyDocument, type PolicyFile } from './parse';
import { ruleDefinition } from './rules/registry';
import { renderFinding, findingIdentity } from './i18n/renderFinding';
import { DEFAULT_LOCALE } from './i18n/locale';
import { runRules } from './validate/runRules';
import { DEFAULT_MAX_FINDINGS, type Finding, type Level, type ValidationOptions } from './types';
import { engineFinding } from './validate/engineFinding';
import { capFindings } from './validate/findingCap';
import { schemaFindings } from './validate/schemaFindings';
import { evaluateWaivers, type WaiverOutcome } from './waivers';
import { buildWorkspaceIndex, type CrossDocumentIndex } from './workspace';
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

/** Broken data rather than a missing obligation (`definition.dataError`): reported at every level. */
function isDataError(ruleId: string): boolean {
  return ruleDefinition(ruleId)?.dataError === true;
}

/** At level basic only the basic measure's obligations are checked; broken data is always reported. */
function appliesAtLevel(finding: Finding, level: Level): boolean {
  if (finding.measure === null || isDataError(finding.ruleId)) return true;
  return isMeasureCheckedAt(finding.measure, level);
}

export function validateDocument(
  doc: PolicyDocument,
  index: CrossDocumentIndex,
  options: ValidationOptions,
): Finding[] {
  return analyseDocument(doc, index, options).findings;
}

/**
 * The findings of one document (as `validateDocument`, not rendered), the findings waivers in
 * force silenced (at the level of the check) and those waivers: what coverage needs.
 */
export function analyseDocument(
  doc: PolicyDocument,
  index: CrossDocumentIndex,
  options: ValidationOptions,
): WaiverOutcome {
  const findings = [...doc.findings];
  if (!doc.kind || !asRecord(doc.value)) {
    if (doc.kind && !doc.hasSyntaxErrors && doc.value !== undefined && !asRecord(doc.value)) {
      const [start, end] = spanOfPath(doc.yaml, [], 'key');
      const messageId = doc.value === null ? 'documentEmpty' : 'documentNotMapping';
      findings.push(
        engineFinding('schema/type', messageId, {}, { severity: 'error', start, end, path: [] }),
      );
    }
    return { findings, silenced: [], inForce: [] };
  }
  findings.push(...schemaFindings(doc.kind, doc.yaml, doc.value, findingLimit(options)));
  findings.push(...runRules(doc, index, options));
  const readable = findings.filter((f) => !isFollowUp(doc.yaml, doc.damage, f));
  const outcome = evaluateWaivers(doc, readable, options);
  return {
    findings: outcome.findings.filter((f) => appliesAtLevel(f, options.level)),
    silenced: outcome.silenced.filter((s) => appliesAtLevel(s.finding, options.level)),
    inForce: outcome.inForce,
  };
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
  index: CrossDocumentIndex,
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

/** The findings without repeats (same span, rule, path, message and arguments). */
export function dedupe(findings: Finding[]): Finding[] {
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
