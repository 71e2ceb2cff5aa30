/**
 * A document's analysis for coverage from the findings the service keeps for its file, so that
 * the language server's coverage (lenses, requests) validates nothing its diagnostics already
 * validated. The kept findings say all coverage needs when the document has no waivers (nothing
 * is silenced, none is in force) and the file's findings were not cut at the cap; otherwise the
 * document is analysed afresh.
 */
import type { AnalyseDocument } from '../../coverage/measureCoverage';
import { asArray, asRecord } from '../../data';
import { findingIdentity } from '../../i18n/renderFinding';
import type { PolicyDocument, PolicyFile } from '../../parse';
import type { Finding, ValidationOptions } from '../../types';
import { analyseDocument } from '../../validate';
import { TRUNCATED_RULE } from '../../validate/findingCap';
import type { WorkspaceIndex } from '../../workspace';
import { documentAt } from '../context';

const identity = (finding: Finding) =>
  `${finding.start}|${finding.end}|${findingIdentity(finding)}`;

/** The kept findings of `doc`, or undefined when they do not say what coverage needs. */
function keptFindingsOf(
  file: PolicyFile,
  doc: PolicyDocument,
  findings: readonly Finding[],
): Finding[] | undefined {
  if (asArray(asRecord(doc.value)?.waivers).length > 0) return undefined;
  if (findings.some((finding) => finding.ruleId === TRUNCATED_RULE)) return undefined;
  // about the file as a whole (binary, too large), not about one of its documents
  const ofFile = new Set(file.findings.map(identity));
  return findings.filter(
    (finding) => documentAt(file, finding.start) === doc && !ofFile.has(identity(finding)),
  );
}

/** Coverage's analysis that reuses `findingsOf` (the service's memoised findings) where it can. */
export function analysisFromFindings(
  findingsOf: (file: PolicyFile) => readonly Finding[],
  index: WorkspaceIndex,
  options: ValidationOptions,
): AnalyseDocument {
  return (file, doc) => {
    const kept = keptFindingsOf(file, doc, findingsOf(file));
    return kept
      ? { findings: kept, silenced: [], inForce: [] }
      : analyseDocument(doc, index, options);
  };
}
