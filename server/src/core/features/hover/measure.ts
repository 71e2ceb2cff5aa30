/** Hover text for a measure id such as `OPS.3.1.M4` written in a value. */
import { measureInfo, type MeasureInfo } from '../../catalog/measures';
import { standardsLine } from './field';

const MEASURE_ID = /OPS\.3\.1\.M\d{1,2}(?![0-9])/g;

export interface MeasureMention {
  measure: MeasureInfo;
  /** Offsets of the id within the searched text. */
  start: number;
  end: number;
}

/** The measure id that covers `position` within `text`, if it names one of the sixteen measures. */
export function measureMentionAt(text: string, position: number): MeasureMention | undefined {
  for (const match of text.matchAll(MEASURE_ID)) {
    const start = match.index;
    const end = start + match[0].length;
    if (position < start || position > end) continue;
    const measure = measureInfo(match[0]);
    return measure ? { measure, start, end } : undefined;
  }
  return undefined;
}

export function measureMarkdown(measure: MeasureInfo): string {
  return [
    `**${measure.id}: ${measure.title}**`,
    measure.summary,
    'What the measure asks for:',
    measure.asks.map((ask) => `- ${ask}`).join('\n'),
    standardsLine(measure),
  ].join('\n\n');
}
