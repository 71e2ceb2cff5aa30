/**
 * Runs every registered rule that reads a document's kind. A rule reports its own messages by
 * id (or, declared in `reportsAs`, under another rule id); the engine turns each report into a
 * finding with its span, measure and severity.
 */
import { asRecord } from '../data';
import { spanOfPath } from '../locate';
import type { PolicyDocument } from '../parse';
import type { RuleContext, RuleDefinition, RuleReport } from '../rules/defineRule';
import { allRuleDefinitions, type RuleId } from '../rules/registry';
import type { SchemaNode } from '../schema/dsl';
import { schemaForKind } from '../schema';
import { measureOf } from '../schema/lookup';
import type { Finding, MeasureId, ValidationOptions } from '../types';
import { findEngagement, type CrossDocumentIndex } from '../workspace';

type SharedContext = Omit<RuleContext, 'report' | 'reportAs'>;

export function runRules(
  doc: PolicyDocument,
  index: CrossDocumentIndex,
  options: ValidationOptions,
): Finding[] {
  const data = asRecord(doc.value);
  if (!doc.kind || !data) return [];
  const kind = doc.kind;
  const engagementRef = asRecord(data.metadata)?.engagementRef;
  const shared: SharedContext = {
    kind,
    data,
    yaml: doc.yaml,
    schema: schemaForKind(kind),
    engagement: kind === 'Engagement' ? data : findEngagement(index, engagementRef)?.data,
    workspace: index,
    options,
  };
  const findings: Finding[] = [];
  for (const definition of allRuleDefinitions()) {
    if (definition.check && definition.kinds?.includes(kind))
      definition.check(ruleContext(definition, shared, findings));
  }
  return findings;
}

/** The measure of a report: its own, else the rule's, else (for `field`) the field's. */
function measureOfReport(
  definition: RuleDefinition,
  report: RuleReport,
  schema: SchemaNode,
): MeasureId | null {
  if (report.measure !== undefined) return report.measure;
  if (definition.measure === 'field') return measureOf(schema, report.path);
  return definition.measure;
}

/** The context a rule's check sees: its reports become findings in `findings`. */
function ruleContext(
  definition: RuleDefinition,
  shared: SharedContext,
  findings: Finding[],
): RuleContext {
  const reportUnder = (ruleId: string, report: RuleReport): void => {
    const [start, end] = spanOfPath(shared.yaml, report.path, report.part ?? 'key');
    const fallback = definition.severity === 'varies' ? 'error' : definition.severity;
    const finding: Finding = {
      // the definition's own id, or one it declares in reportsAs (checked below): a registry id
      ruleId: ruleId as RuleId,
      messageId: report.messageId,
      args: report.args ?? {},
      measure: measureOfReport(definition, report, shared.schema),
      severity: report.severity ?? fallback,
      message: '',
      start,
      end,
      path: report.path,
      ...(report.data ? { data: report.data } : {}),
    };
    findings.push(finding); // its text is made once, in the requested locale, by validateFile
  };
  return {
    ...shared,
    report: (report) => reportUnder(definition.id, report),
    reportAs: (ruleId, report) => {
      if (!definition.reportsAs?.includes(ruleId))
        throw new Error(`${definition.id} does not declare that it reports ${ruleId}`);
      reportUnder(ruleId, report);
    },
  };
}
