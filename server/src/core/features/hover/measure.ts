/** Hover text for a measure id such as `OPS.3.1.M4` written in a value. */
import { measureInfo, type MeasureInfo } from '../../catalog/measures';
import { measureIdsIn } from '../../domain/measures';
import type { Locale } from '../../i18n/locale';
import { controlsMarkdown } from './controls';
import { standardsLine } from './field';
import { hoverTexts } from './texts';

export interface MeasureMention {
  measure: MeasureInfo;
  /** Offsets of the id within the searched text. */
  start: number;
  end: number;
}

/** The measure id that covers `position` within `text`, if it names one of the sixteen measures. */
export function measureMentionAt(
  text: string,
  position: number,
  locale: Locale = 'en',
): MeasureMention | undefined {
  const mention = measureIdsIn(text).find(({ start, end }) => start <= position && position <= end);
  const measure = mention ? measureInfo(mention.id, locale) : undefined;
  return mention && measure ? { measure, start: mention.start, end: mention.end } : undefined;
}

export function measureMarkdown(measure: MeasureInfo, locale: Locale = 'en'): string {
  return [
    `**${measure.id}: ${measure.title}**`,
    measure.summary,
    hoverTexts(locale).measure.asks,
    measure.asks.map((ask) => `- ${ask}`).join('\n'),
    standardsLine(measure, locale),
    ...controlsMarkdown(measure.id, locale),
  ].join('\n\n');
}
