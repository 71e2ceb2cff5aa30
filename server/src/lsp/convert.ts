/** Findings to LSP diagnostics and back: the edge where offsets become ranges. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import {
  ruleDocUrl,
  toRange,
  type ActionableDiagnostic,
  type DataPath,
  type Finding,
  type FindingData,
  type PolicyFile,
  type Severity,
} from '../core';
import { DIAGNOSTIC_SOURCE, DIAGNOSTIC_SOURCES } from './protocol';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** What a published diagnostic carries in `data`, so quick-fixes need not re-validate. */
export interface DiagnosticData extends FindingData {
  measure: string | null;
  path?: DataPath;
}

export function toDiagnostic(file: PolicyFile, finding: Finding): Diagnostic {
  const data: DiagnosticData = {
    measure: finding.measure,
    ...(finding.path ? { path: finding.path } : {}),
    ...finding.data,
  };
  return {
    range: toRange(file.lineIndex, finding.start, finding.end),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: ruleDocUrl(finding.ruleId) },
    source: finding.measure ?? DIAGNOSTIC_SOURCE,
    message: finding.message,
    data,
  };
}

/** A diagnostic the client sends back with a code action request, as the core wants it. */
export function toActionable(
  file: PolicyFile,
  diagnostic: Diagnostic,
): ActionableDiagnostic | undefined {
  if (!DIAGNOSTIC_SOURCES.test(diagnostic.source ?? '') || typeof diagnostic.code !== 'string')
    return undefined;
  const data = (diagnostic.data ?? {}) as DiagnosticData;
  const { path, ...rest } = data;
  return {
    ruleId: diagnostic.code,
    start: file.lineIndex.offsetAt(diagnostic.range.start),
    end: file.lineIndex.offsetAt(diagnostic.range.end),
    message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
    ...(path ? { path } : {}),
    data: rest,
  };
}
