/**
 * Waivers: a documented decision not to follow a recommendation. A valid waiver silences the
 * should-findings (warnings) of its measure, under its path if it has one, and never an error.
 * A path that names a must field itself is not allowed; an expired waiver silences nothing; a
 * waiver that silences nothing is reported.
 */
import { asArray, asRecord, asString } from './data';
import { spanOfPath } from './locate';
import type { PolicyDocument } from './parse';
import { schemaForKind } from './schema';
import type { SchemaNode } from './schema/dsl';
import { childSchema, formatPath } from './schema/lookup';
import type { MessageArgs } from './i18n/message';
import { ruleDefinition } from './rules/registry';
import { isMeasureId } from './domain/measures';
import { dayNumber } from './time';
import type { RuleId } from './rules/registry';
import { engineFinding } from './validate/engineFinding';
import type { DataPath, Finding, MeasureId, Severity, ValidationOptions } from './types';

/** A waiver in force (valid, not expired, not naming a must field), as coverage reports it. */
export interface WaiverInForce {
  /** Its position in `waivers`. */
  index: number;
  measure: string;
  path: string | undefined;
  expires: string | undefined;
  justification: string | undefined;
  approvedBy: string | undefined;
}

/** A finding a waiver silenced, and the waiver that did. */
export interface SilencedFinding {
  finding: Finding;
  waiver: WaiverInForce;
}

/** What the waivers of a document do to its findings. */
export interface WaiverOutcome {
  /** The findings no waiver silences, followed by the waivers' own findings. */
  findings: Finding[];
  silenced: SilencedFinding[];
  inForce: WaiverInForce[];
}

/** The schema node for a dotted waiver path; list levels are stepped through. */
function schemaOfDottedPath(root: SchemaNode, dotted: string): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const segment of dotted.split('.')) {
    if (!node) return undefined;
    if (node.items && !node.properties) node = node.items;
    node = childSchema(node, segment);
  }
  return node;
}

/**
 * Whether a waiver path names a required value itself (a must text, flag, date or list of
 * them). A required section or mapping may be named: the waiver then silences only the
 * recommendations under it, never its errors.
 */
function isMustField(node: SchemaNode | undefined): boolean {
  if (node?.['x-obligation'] !== 'must') return false;
  const holdsFields = (n: SchemaNode | undefined) => n?.type === 'object' && n.properties;
  return !holdsFields(node) && !holdsFields(node.items);
}

function isUnder(path: DataPath | undefined, prefix: string): boolean {
  if (!path) return false;
  const text = formatPath(path).replace(/\[\d+\]/g, '');
  return text === prefix || text.startsWith(prefix + '.');
}

/** A warning of a rule whose definition lets a waiver silence it (rules not yet defined may be). */
function waivable(finding: Finding): boolean {
  return finding.severity === 'warning' && ruleDefinition(finding.ruleId)?.waivable === true;
}

export function applyWaivers(
  doc: PolicyDocument,
  findings: Finding[],
  options: ValidationOptions,
): Finding[] {
  return evaluateWaivers(doc, findings, options).findings;
}

function waiverInForce(index: number, record: Record<string, unknown>): WaiverInForce {
  const text = (value: unknown) =>
    value === undefined || value === null ? undefined : String(value);
  return {
    index,
    measure: String(record.measure),
    path: asString(record.path),
    expires: text(record.expires),
    justification: text(record.justification),
    approvedBy: text(record.approvedBy),
  };
}

/** The findings the waivers leave, those they silence and the waivers in force. */
export function evaluateWaivers(
  doc: PolicyDocument,
  findings: Finding[],
  options: ValidationOptions,
): WaiverOutcome {
  const data = asRecord(doc.value);
  const entries = asArray(data?.waivers);
  if (!doc.kind || entries.length === 0) return { findings, silenced: [], inForce: [] };
  const root = schemaForKind(doc.kind);
  const today = dayNumber(options.today);
  const own: Finding[] = [];
  const report = (
    ruleId: RuleId,
    severity: Severity,
    path: DataPath,
    [messageId, args]: [string, MessageArgs],
    measure: MeasureId | null,
  ): void => {
    const [start, end] = spanOfPath(doc.yaml, path, 'value');
    const parts = { severity, start, end, path, measure };
    own.push(engineFinding(ruleId, messageId, args, parts));
  };
  const active: WaiverInForce[] = [];
  entries.forEach((entry, index) => {
    const record = asRecord(entry);
    const measure = asString(record?.measure);
    if (!record || !measure) return;
    const path = asString(record.path);
    const expires = dayNumber(record.expires);
    const measureId = isMeasureId(measure) ? measure : null;
    if (expires !== undefined && today !== undefined && expires < today) {
      report(
        'waiver/expired',
        'warning',
        ['waivers', index, 'expires'],
        ['expired', { measure, date: String(record.expires) }],
        measureId,
      );
      return;
    }
    if (path !== undefined && isMustField(schemaOfDottedPath(root, path))) {
      report(
        'waiver/not-allowed',
        'error',
        ['waivers', index, 'path'],
        ['mustField', { path, measure }],
        measureId,
      );
      return;
    }
    active.push(waiverInForce(index, record));
  });
  const used = new Set<number>();
  const silenced: SilencedFinding[] = [];
  const kept = findings.filter((finding) => {
    if (!waivable(finding)) return true;
    const waiver = active.find(
      (w) =>
        w.measure === finding.measure && (w.path === undefined || isUnder(finding.path, w.path)),
    );
    if (!waiver) return true;
    used.add(waiver.index);
    silenced.push({ finding, waiver });
    return false;
  });
  for (const waiver of active) {
    if (used.has(waiver.index)) continue;
    const measureId = isMeasureId(waiver.measure) ? waiver.measure : null;
    report(
      'waiver/unused',
      'info',
      ['waivers', waiver.index, 'measure'],
      waiver.path
        ? ['unusedUnder', { measure: waiver.measure, path: waiver.path }]
        : ['unused', { measure: waiver.measure }],
      measureId,
    );
  }
  return { findings: [...kept, ...own], silenced, inForce: active };
}
