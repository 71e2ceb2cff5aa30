/**
 * Measure coverage at the edge: the core's coverage of an engagement (offsets) as the
 * `outsourcingPolicy/coverage` result (LSP ranges), the report's line/column locator, and the
 * coverage lenses as LSP code lenses.
 */
import type { CodeLens } from 'vscode-languageserver/node';
import {
  toRange,
  type CoverageLens,
  type LocatedFinding,
  type LocateOffset,
  type PolicyService,
} from '../core';
import {
  SHOW_MEASURE_COMMAND,
  type CoverageFindingItem,
  type CoverageMeasureItem,
  type CoverageResult,
  type WireRange,
} from './protocol';

/** The coverage of a document's engagement with where its parts are written. */
export type LocatedCoverage = NonNullable<ReturnType<PolicyService['documentCoverage']>>;

type Measure = LocatedCoverage['coverage']['measures'][number];

const NOWHERE: WireRange = {
  start: { line: 0, character: 0 },
  end: { line: 0, character: 0 },
};

function rangeIn(located: LocatedCoverage, uri: string, span: readonly [number, number]) {
  const file = located.files.get(uri);
  return file ? toRange(file.lineIndex, span[0], span[1]) : NOWHERE;
}

function findingItem(located: LocatedCoverage, finding: LocatedFinding): CoverageFindingItem {
  return {
    uri: finding.uri,
    range: rangeIn(located, finding.uri, [finding.start, finding.end]),
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
  };
}

function measureItem(located: LocatedCoverage, measure: Measure): CoverageMeasureItem {
  const { errors, warnings, infos, present, required } = measure;
  return {
    measure: measure.measure,
    title: measure.title,
    status: measure.status,
    errors,
    warnings,
    infos,
    waivers: measure.waivers.map((waiver) => {
      const span = located.waiverSpan(waiver);
      return {
        ...(waiver.path !== undefined ? { path: waiver.path } : {}),
        ...(waiver.expires !== undefined ? { expires: waiver.expires } : {}),
        ...(waiver.justification !== undefined ? { justification: waiver.justification } : {}),
        ...(waiver.approvedBy !== undefined ? { approvedBy: waiver.approvedBy } : {}),
        uri: waiver.uri,
        range: span ? rangeIn(located, waiver.uri, span) : NOWHERE,
      };
    }),
    due: measure.due.map((due) => {
      const span = located.dueSpan(due);
      return { ...due, ...(span ? { range: rangeIn(located, due.uri, span) } : {}) };
    }),
    findings: measure.findings.map((finding) => findingItem(located, finding)),
    waived: measure.waived.map((finding) => findingItem(located, finding)),
    present: [...present],
    required: [...required],
  };
}

/** The result of `outsourcingPolicy/coverage`: section 6's engagement object with ranges. */
export function toCoverageResult(located: LocatedCoverage): CoverageResult {
  const { coverage } = located;
  return {
    file: coverage.file,
    ...(coverage.id !== undefined ? { id: coverage.id } : {}),
    ...(coverage.title !== undefined ? { title: coverage.title } : {}),
    ...(coverage.status !== undefined ? { status: coverage.status } : {}),
    level: coverage.level,
    today: coverage.today,
    dcas: coverage.dcas.map((dca) => ({
      ...(dca.id !== undefined ? { id: dca.id } : {}),
      uri: dca.uri,
    })),
    measures: coverage.measures.map((measure) => measureItem(located, measure)),
    summary: { ...coverage.summary },
  };
}

/** One-based lines and columns of the files of a coverage, for the text of a report. */
export function reportLocator(located: LocatedCoverage): LocateOffset {
  return (uri, offset) => {
    const position = located.files.get(uri)?.lineIndex.positionAt(offset);
    return { line: (position?.line ?? 0) + 1, column: (position?.character ?? 0) + 1 };
  };
}

/** The last segment of a URI's path, decoded: how a report names a file. */
export function fileNameOf(uri: string): string {
  const last = uri.split(/[/\\]/).pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** A coverage lens as LSP wants it; its command shows the measure (the summary: the document). */
export function toCodeLens(
  lineIndex: Parameters<typeof toRange>[0],
  uri: string,
  lens: CoverageLens,
): CodeLens {
  return {
    range: toRange(lineIndex, lens.start, lens.end),
    command: {
      title: lens.title,
      command: SHOW_MEASURE_COMMAND,
      arguments: lens.measure ? [uri, lens.measure] : [uri],
    },
  };
}
