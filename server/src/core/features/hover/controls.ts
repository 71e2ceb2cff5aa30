/**
 * The compact block of a measure's related controls in a hover: its Annex A controls, each with
 * the relationship and the Grundschutz++ ids the BSI mapping gives, the first Grundschutz++
 * controls with their titles (the rest collapsed into a pointer to `explain`), and the source.
 */
import { grundschutzTitle } from '../../catalog/controls/describe';
import {
  GRUNDSCHUTZ_ATTRIBUTION,
  GRUNDSCHUTZ_SOURCES,
  measureControls,
  type AnnexAControl,
} from '../../catalog/controls/index';
import type { MeasureId } from '../../domain/measures';
import type { Locale } from '../../i18n/locale';
import { renderTemplate } from '../../i18n/renderFinding';
import { markdownText } from '../../markdownText';
import { hoverTexts } from './texts';

/** How many Grundschutz++ controls a hover names with their title before collapsing the rest. */
export const HOVER_TITLED_CONTROLS = 4;

function annexALines(annex: AnnexAControl, locale: Locale): string[] {
  const texts = hoverTexts(locale).controls;
  const title = markdownText(annex.title);
  if (annex.mappings.length === 0)
    return [`- ${renderTemplate(texts.noMapping, { id: annex.id, title }, locale)}`];
  return annex.mappings.map((mapping) => {
    const controls = mapping.controls.map((control) => control.id).join(', ');
    const args = { id: annex.id, title, relationship: mapping.relationship, controls };
    return `- ${renderTemplate(texts.annexA, args, locale)}`;
  });
}

function grundschutzLine(measure: MeasureId, locale: Locale): string | undefined {
  const texts = hoverTexts(locale).controls;
  const reached = measureControls(measure, locale).grundschutz;
  if (reached.length === 0) return undefined;
  const titled = reached.slice(0, HOVER_TITLED_CONTROLS).map(({ control }) => {
    return `${control.id} ${markdownText(grundschutzTitle(control, locale))}`;
  });
  const rest = reached.length - titled.length;
  if (rest > 0) titled.push(renderTemplate(texts.more, { count: rest, measure }, locale));
  return renderTemplate(texts.grundschutz, { controls: titled.join(' · ') }, locale);
}

/** Markdown paragraphs: the Annex A list, the Grundschutz++ line and the source line. */
export function controlsMarkdown(measure: MeasureId, locale: Locale): string[] {
  const texts = hoverTexts(locale).controls;
  const annexA = measureControls(measure, locale).annexA;
  const grundschutz = grundschutzLine(measure, locale);
  const source = renderTemplate(
    texts.source,
    {
      version: markdownText(GRUNDSCHUTZ_SOURCES.mapping.version),
      attribution: markdownText(GRUNDSCHUTZ_ATTRIBUTION[locale]),
    },
    locale,
  );
  return [
    annexA.flatMap((annex) => annexALines(annex, locale)).join('\n'),
    ...(grundschutz ? [grundschutz] : []),
    source,
  ];
}
