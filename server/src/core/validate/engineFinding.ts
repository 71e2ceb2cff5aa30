/**
 * Findings the engine itself makes (YAML, header, schema, waivers, the findings cap): a message
 * id of an engine rule and its arguments. The text stays empty until `validateFile` renders it
 * in the requested locale.
 */
import type { MessageArgs } from '../i18n/message';
import type { RuleId } from '../rules/registry';
import type { DataPath, Finding, FindingData, MeasureId, Severity } from '../types';

export interface EngineFindingParts {
  measure?: MeasureId | null;
  severity: Severity;
  start: number;
  end: number;
  path?: DataPath;
  data?: FindingData;
}

export function engineFinding(
  ruleId: RuleId,
  messageId: string,
  args: MessageArgs,
  parts: EngineFindingParts,
): Finding {
  const finding: Finding = {
    ruleId,
    messageId,
    args,
    measure: parts.measure ?? null,
    severity: parts.severity,
    message: '',
    start: parts.start,
    end: parts.end,
    ...(parts.path ? { path: parts.path } : {}),
    ...(parts.data ? { data: parts.data } : {}),
  };
  return finding; // its text is made once, in the requested locale, by validateFile
}
