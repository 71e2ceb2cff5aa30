/**
 * Which of confidentiality and integrity the engagement rates high or very-high: the trigger of
 * the rules for increased protection needs. The result names only field names and values, so it
 * reads the same in every locale ("confidentiality: high, integrity: very-high").
 */
import { asRecord, asString, type DataRecord } from '../../data';

const HIGH_LEVELS = new Set(['high', 'very-high']);
const ASPECTS = ['confidentiality', 'integrity'] as const;

/** The high ratings as `aspect: level` pairs, or undefined when neither aspect is high. */
export function highNeeds(data: DataRecord): string | undefined {
  const needs = asRecord(data.protectionNeeds);
  const ratings = ASPECTS.flatMap((aspect) => {
    const level = asString(needs?.[aspect]);
    return level && HIGH_LEVELS.has(level) ? [`${aspect}: ${level}`] : [];
  });
  return ratings.length > 0 ? ratings.join(', ') : undefined;
}
