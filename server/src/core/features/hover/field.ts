/** Hover text for a field: where it belongs, how strongly it is asked for, what it expects. */
import { measureInfo, type MeasureInfo } from '../../catalog/measures';
import type { Obligation, SchemaNode } from '../../schema/dsl';
import { formatPath, measureOf, schemaAt } from '../../schema/lookup';
import { LIFECYCLE, type DataPath } from '../../types';

const OBLIGATION_TEXT: Record<Obligation, string> = {
  must: '**must**: required; a gap is an error',
  should: '**should**: recommended; a gap is a warning that a waiver can accept',
  optional: '**optional**: may be left out',
};

function sentence(text: string): string {
  const trimmed = text.trim();
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

function obligationLine(node: SchemaNode): string {
  const obligation = node['x-obligation'] ?? 'optional';
  const from = node['x-required-from'];
  if (!from) return OBLIGATION_TEXT[obligation];
  const strength = obligation === 'should' ? 'recommended' : 'required';
  const before = from === LIFECYCLE[0] ? ', that is in every status' : '; optional before';
  return `**${obligation}**: ${strength} from status \`${from}\` on${before}`;
}

/** The line that ties a measure to the Kompendium and to ISO/IEC 27001:2022. */
export function standardsLine(measure: MeasureInfo): string {
  const iso = measure.iso.length ? measure.iso.join(', ') : 'none listed';
  return `Kompendium requirement ${measure.kompendium} · ISO/IEC 27001:2022 controls: ${iso}`;
}

function measureLine(measure: MeasureInfo): string {
  return `Measure ${measure.id}: ${measure.title}`;
}

/** Markdown about the field at `path` of a document, or undefined where the schema has no field. */
export function fieldMarkdown(root: SchemaNode, path: DataPath): string | undefined {
  const node = schemaAt(root, path);
  if (!node) return undefined;
  const measureId = measureOf(root, path);
  const measure = measureId ? measureInfo(measureId) : undefined;
  const lines = [`**\`${formatPath(path)}\`**`];
  if (measure) lines.push(measureLine(measure));
  lines.push(obligationLine(node));
  if (node.description) lines.push(sentence(node.description));
  if (node['x-type']) lines.push(`Expected: ${node['x-type']}.`);
  if (measure) lines.push(standardsLine(measure));
  return lines.join('\n\n');
}
