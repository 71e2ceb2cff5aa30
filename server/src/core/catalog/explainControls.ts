/**
 * The "Related controls" section of `outsourcing-policy explain`: a measure's Kompendium
 * requirement, its Annex A controls with the BSI mapping entries and the Grundschutz++ controls
 * they reach, and where each link comes from; and the page of a Grundschutz++ control id.
 */
import type { MeasureId } from '../domain/measures';
import type { Locale } from '../i18n/locale';
import { renderTemplate } from '../i18n/renderFinding';
import { markdownText } from '../markdownText';
import {
  controlSourceLines,
  controlTexts,
  grundschutzTitle,
  mappingLine,
  measuresReaching,
  reachedGrundschutzControl,
} from './controls/describe';
import { measureControls } from './controls/index';
import { measureInfo } from './measures';

export type ControlStyle = 'text' | 'markdown';

/** Markdown escapes the catalogue's titles; plain text shows them as they are. */
function plain(text: string, style: ControlStyle): string {
  return style === 'markdown' ? markdownText(text) : text;
}

/** Backtick code spans stay in Markdown and are dropped in plain text. */
function spans(text: string, style: ControlStyle): string {
  return style === 'markdown' ? text : text.replace(/`([^`]*)`/g, '$1');
}

/** A list item at `depth` (0, 1, 2, …): `- ` in Markdown, indentation in plain text. */
function item(depth: number, text: string, style: ControlStyle): string {
  return style === 'markdown'
    ? `${'  '.repeat(depth)}- ${text}`
    : `${'  '.repeat(depth + 1)}${text}`;
}

function annexALines(measure: MeasureId, style: ControlStyle, locale: Locale): string[] {
  const texts = controlTexts(locale);
  const lines: string[] = [];
  for (const annex of measureControls(measure, locale).annexA) {
    lines.push(item(1, `${annex.id} ${plain(annex.title, style)}`, style));
    if (annex.mappings.length === 0) lines.push(item(2, texts.noMapping, style));
    for (const mapping of annex.mappings) {
      lines.push(item(2, mappingLine(mapping.relationship, mapping.mapUuid, locale), style));
      for (const control of mapping.controls)
        lines.push(
          item(3, `${control.id} ${plain(grundschutzTitle(control, locale), style)}`, style),
        );
    }
  }
  return lines;
}

/** The section, starting with an empty line, ready to be appended to a measure's explanation. */
export function relatedControlsSection(
  measure: MeasureId,
  style: ControlStyle,
  locale: Locale,
): string[] {
  const texts = controlTexts(locale);
  const { kompendium } = measureControls(measure, locale);
  return [
    '',
    style === 'markdown' ? `## ${texts.heading}` : `${texts.heading}:`,
    ...(style === 'markdown' ? [''] : []),
    item(0, renderTemplate(texts.kompendium, { id: kompendium }, locale), style),
    item(0, `${texts.annexA}:`, style),
    ...annexALines(measure, style, locale),
    '',
    ...controlSourceLines(locale).map((line) => spans(line, style)),
  ];
}

/** One line each: the Kompendium requirement, the Annex A ids, the Grundschutz++ ids. */
export function compactControlLines(measure: MeasureId, locale: Locale): string[] {
  const texts = controlTexts(locale);
  const controls = measureControls(measure, locale);
  const grundschutz = controls.grundschutz.map((entry) => entry.control.id).join(', ');
  return [
    renderTemplate(texts.kompendium, { id: controls.kompendium }, locale),
    renderTemplate(
      texts.annexAFacts,
      { controls: controls.annexA.map((a) => a.id).join(', ') },
      locale,
    ),
    renderTemplate(texts.grundschutzFacts, { controls: grundschutz || texts.noMapping }, locale),
  ];
}

/** The page of a Grundschutz++ control id some measure reaches (`BES.5.2`), or undefined. */
export function explainGrundschutzControl(
  id: string,
  style: ControlStyle,
  locale: Locale,
): string | undefined {
  const control = reachedGrundschutzControl(id);
  if (!control) return undefined;
  const texts = controlTexts(locale);
  const title = plain(grundschutzTitle(control, locale), style);
  const heading = style === 'markdown' ? `# ${id} ${title}` : `${id}  ${title}`;
  const lines = [heading, `${texts.grundschutz}${control.group ? ` · ${control.group}` : ''}`, ''];
  lines.push(renderTemplate(texts.reachedBy, { id }, locale));
  for (const measure of measuresReaching(id)) {
    const info = measureInfo(measure, locale);
    const entry = measureControls(measure, locale).grundschutz.find((e) => e.control.id === id);
    const via = (entry?.via ?? []).map((link) => `${link.annexA} ${link.relationship}`).join(', ');
    lines.push(item(0, `${measure} ${plain(info?.title ?? '', style)} (${via})`, style));
  }
  lines.push('', ...controlSourceLines(locale).map((line) => spans(line, style)));
  return lines.join('\n') + '\n';
}
