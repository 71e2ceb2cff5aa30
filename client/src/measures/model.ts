/**
 * The Measures view as plain data: the nodes of the tree for one engagement's coverage (the
 * server's answer to `outsourcingPolicy/coverage`), with their labels, descriptions, icons,
 * tooltips and the place a click jumps to. Free of `vscode`, so that it can be tested; the
 * words come in through `MeasureTexts` (vscode.l10n in the extension).
 */
import type {
  CoverageDueItem,
  CoverageFindingItem,
  CoverageMeasureItem,
  CoverageResult,
  CoverageWaiverItem,
  WireCoverageStatus,
  WireRange,
} from '../../../server/src/lsp/protocol';

/** The words of the view; counts and dates are filled in by these functions. */
export interface MeasureTexts {
  /** The status words (COVERAGE_STATUS_TEXTS of the product locale). */
  status: Record<WireCoverageStatus, string>;
  errors(count: number): string;
  warnings(count: number): string;
  /** "12 of 16 fulfilled" */
  fulfilledOf(fulfilled: number, total: number): string;
  /** Tooltip lines of a measure. */
  statusLine(status: string): string;
  presentLine(sections: string): string;
  requiredLine(sections: string): string;
  none: string;
  /** The label of a waiver that covers the whole measure. */
  wholeMeasure: string;
  approvedBy(name: string): string;
  expires(date: string): string;
  overdue(date: string): string;
  dueOn(date: string): string;
  /** The description of a finding a waiver silences. */
  waivedFinding(ruleId: string): string;
  /** The description of a date of a data connection agreement. */
  ofDca(id: string): string;
}

/** A codicon id and, where the status has one, the theme colour it is drawn in. */
export interface NodeIcon {
  id: string;
  color?: string;
}

/** Where a click on a node goes: a document and the range to select there. */
export interface NodeTarget {
  uri: string;
  range?: WireRange;
}

export type NodeKind = 'engagement' | 'measure' | 'finding' | 'waiver' | 'due';

export interface MeasureNode {
  /** Stable across refreshes, so that VS Code keeps what is expanded and selected. */
  id: string;
  kind: NodeKind;
  label: string;
  description?: string;
  tooltip?: string;
  icon: NodeIcon;
  target?: NodeTarget;
  /** The measure id, on measure nodes (the code lens reveals them by it). */
  measure?: string;
  children: MeasureNode[];
}

export const STATUS_ICONS: Record<WireCoverageStatus, NodeIcon> = {
  fulfilled: { id: 'pass', color: 'testing.iconPassed' },
  failing: { id: 'error', color: 'problemsErrorIcon.foreground' },
  partial: { id: 'warning', color: 'problemsWarningIcon.foreground' },
  waived: { id: 'shield', color: 'charts.blue' },
  pending: { id: 'clock' },
  'not-applicable': { id: 'circle-slash', color: 'disabledForeground' },
};

const SEVERITY_ICONS: Record<CoverageFindingItem['severity'], NodeIcon> = {
  error: { id: 'error', color: 'problemsErrorIcon.foreground' },
  warning: { id: 'warning', color: 'problemsWarningIcon.foreground' },
  info: { id: 'info', color: 'problemsInfoIcon.foreground' },
};

const WAIVED_ICON: NodeIcon = { id: 'shield', color: 'charts.blue' };
const DUE_ICON: NodeIcon = { id: 'calendar' };
const OVERDUE_ICON: NodeIcon = { id: 'calendar', color: 'problemsErrorIcon.foreground' };

/** "failing · 2 errors · 1 warning": the status word, then the counts that are not zero. */
export function measureDescription(measure: CoverageMeasureItem, texts: MeasureTexts): string {
  const parts = [texts.status[measure.status]];
  if (measure.errors > 0) parts.push(texts.errors(measure.errors));
  if (measure.warnings > 0) parts.push(texts.warnings(measure.warnings));
  return parts.join(' · ');
}

function measureTooltip(measure: CoverageMeasureItem, texts: MeasureTexts): string {
  const list = (sections: string[]) => (sections.length ? sections.join(', ') : texts.none);
  return [
    `${measure.measure} ${measure.title}`,
    texts.statusLine(measureDescription(measure, texts)),
    texts.presentLine(list(measure.present)),
    texts.requiredLine(list(measure.required)),
  ].join('\n');
}

function findingNode(parent: string, index: number, finding: CoverageFindingItem): MeasureNode {
  return {
    id: `${parent}/finding/${index}`,
    kind: 'finding',
    label: finding.message,
    description: finding.ruleId,
    tooltip: `${finding.message}\n${finding.ruleId}`,
    icon: SEVERITY_ICONS[finding.severity],
    target: { uri: finding.uri, range: finding.range },
    children: [],
  };
}

function waivedFindingNode(
  parent: string,
  index: number,
  finding: CoverageFindingItem,
  texts: MeasureTexts,
): MeasureNode {
  return {
    ...findingNode(parent, index, finding),
    id: `${parent}/waived/${index}`,
    description: texts.waivedFinding(finding.ruleId),
    icon: WAIVED_ICON,
  };
}

function waiverNode(
  parent: string,
  index: number,
  waiver: CoverageWaiverItem,
  texts: MeasureTexts,
): MeasureNode {
  const facts = [
    waiver.approvedBy ? texts.approvedBy(waiver.approvedBy) : undefined,
    waiver.expires ? texts.expires(waiver.expires) : undefined,
  ].filter((fact): fact is string => fact !== undefined);
  const label = waiver.path ?? texts.wholeMeasure;
  return {
    id: `${parent}/waiver/${index}`,
    kind: 'waiver',
    label,
    description: facts.join(' · '),
    tooltip: [label, waiver.justification, ...facts].filter(Boolean).join('\n'),
    icon: WAIVED_ICON,
    target: { uri: waiver.uri, range: waiver.range },
    children: [],
  };
}

function dueNode(
  parent: string,
  index: number,
  due: CoverageDueItem,
  today: string,
  texts: MeasureTexts,
): MeasureNode {
  // Dates are `YYYY-MM-DD`: their text order is their time order.
  const overdue = due.date < today;
  const when = overdue ? texts.overdue(due.date) : texts.dueOn(due.date);
  const description = due.dca ? `${when} · ${texts.ofDca(due.dca)}` : when;
  return {
    id: `${parent}/due/${index}`,
    kind: 'due',
    label: due.what,
    description,
    tooltip: `${due.what}\n${description}`,
    icon: overdue ? OVERDUE_ICON : DUE_ICON,
    target: { uri: due.uri, ...(due.range ? { range: due.range } : {}) },
    children: [],
  };
}

/** The id of a measure's node in the tree of the engagement `file`. */
export function measureNodeId(file: string, measure: string): string {
  return `${file}#${measure}`;
}

export function measureNode(
  result: CoverageResult,
  measure: CoverageMeasureItem,
  texts: MeasureTexts,
): MeasureNode {
  const id = measureNodeId(result.file, measure.measure);
  return {
    id,
    kind: 'measure',
    label: `${measure.measure} ${measure.title}`,
    description: measureDescription(measure, texts),
    tooltip: measureTooltip(measure, texts),
    icon: STATUS_ICONS[measure.status],
    measure: measure.measure,
    children: [
      ...measure.findings.map((finding, i) => findingNode(id, i, finding)),
      ...measure.waived.map((finding, i) => waivedFindingNode(id, i, finding, texts)),
      ...measure.waivers.map((waiver, i) => waiverNode(id, i, waiver, texts)),
      ...measure.due.map((due, i) => dueNode(id, i, due, result.today, texts)),
    ],
  };
}

/** The header: the engagement's id (its file name when it has none) and how many are fulfilled. */
export function engagementNode(result: CoverageResult, texts: MeasureTexts): MeasureNode {
  const name = result.id ?? result.file.split('/').pop() ?? result.file;
  const summary = texts.fulfilledOf(result.summary.fulfilled, result.measures.length);
  return {
    id: `${result.file}#engagement`,
    kind: 'engagement',
    label: name,
    description: summary,
    tooltip: [name, result.title, summary].filter(Boolean).join('\n'),
    icon: { id: 'briefcase' },
    target: { uri: result.file },
    children: [],
  };
}

/** The top level of the view: the header, then the measures in the order of the result. */
export function measureTree(result: CoverageResult, texts: MeasureTexts): MeasureNode[] {
  return [
    engagementNode(result, texts),
    ...result.measures.map((measure) => measureNode(result, measure, texts)),
  ];
}

/** The statuses other than fulfilled the summary lists, in this order, when they occur. */
const SUMMARY_ORDER: WireCoverageStatus[] = [
  'failing',
  'partial',
  'waived',
  'pending',
  'not-applicable',
];

/** "2 failing · 1 partial · 10 pending": what is not fulfilled, status by status. */
export function summaryDetail(
  summary: Record<WireCoverageStatus, number>,
  status: Record<WireCoverageStatus, string>,
): string {
  return SUMMARY_ORDER.filter((key) => summary[key] > 0)
    .map((key) => `${summary[key]} ${status[key]}`)
    .join(' · ');
}
