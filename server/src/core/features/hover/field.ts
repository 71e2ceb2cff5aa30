/** Hover text for a field: where it belongs, how strongly it is asked for, what it expects. */
import { measureInfo, type MeasureInfo } from '../../catalog/measures';
import type { Locale } from '../../i18n/locale';
import { renderTemplate } from '../../i18n/renderFinding';
import { expectedType, fieldDescription } from '../../schema/describe';
import type { SchemaNode } from '../../schema/dsl';
import { formatPath, measureOf, schemaAt } from '../../schema/lookup';
import { LIFECYCLE, type DataPath } from '../../types';
import { controlsMarkdown } from './controls';
import { hoverTexts } from './texts';

function sentence(text: string): string {
  const trimmed = text.trim();
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

function obligationLine(node: SchemaNode, locale: Locale): string {
  const texts = hoverTexts(locale).field;
  const obligation = node['x-obligation'] ?? 'optional';
  const from = node['x-required-from'];
  if (!from) return texts.obligation[obligation];
  const template = from === LIFECYCLE[0] ? texts.fromFirstStatus : texts.fromStatus;
  const args = {
    obligation: texts.obligationWord[obligation],
    strength: texts.strength[obligation],
    status: from,
  };
  return renderTemplate(template, args, locale);
}

/** The line that ties a measure to the Kompendium and to ISO/IEC 27001:2022. */
export function standardsLine(measure: MeasureInfo, locale: Locale = 'en'): string {
  const texts = hoverTexts(locale).field;
  const controls = measure.iso.length ? measure.iso.join(', ') : texts.noControls;
  return renderTemplate(texts.standards, { kompendium: measure.kompendium, controls }, locale);
}

function measureLine(measure: MeasureInfo, locale: Locale): string {
  const args = { id: measure.id, title: measure.title };
  return renderTemplate(hoverTexts(locale).field.measure, args, locale);
}

/** Markdown about the field at `path` of a document, or undefined where the schema has no field. */
export function fieldMarkdown(
  root: SchemaNode,
  path: DataPath,
  locale: Locale = 'en',
): string | undefined {
  const node = schemaAt(root, path);
  if (!node) return undefined;
  const measureId = measureOf(root, path);
  const measure = measureId ? measureInfo(measureId, locale) : undefined;
  const description = fieldDescription(node, locale);
  const lines = [`**\`${formatPath(path)}\`**`];
  if (measure) lines.push(measureLine(measure, locale));
  lines.push(obligationLine(node, locale));
  if (description) lines.push(sentence(description));
  const type = expectedType(node, locale);
  if (type) lines.push(renderTemplate(hoverTexts(locale).field.expected, { type }, locale));
  if (measure) lines.push(standardsLine(measure, locale));
  // a section key (top level) shows its measure's related controls; nested keys stay short
  if (measure && path.length === 1) lines.push(...controlsMarkdown(measure.id, locale));
  return lines.join('\n\n');
}
