/**
 * What a rule or a measure asks, in plain words and in the reader's language: for
 * `outsourcing-policy explain` and the editor.
 */
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import { renderTemplate } from '../i18n/renderFinding';
import { fieldsOfMeasure, obligationText, type FieldInfo } from '../schema/fields';
import { de } from './explainTexts.de';
import { en } from './explainTexts.en';
import type { MeasureId } from '../domain/measures';
import { controlTexts } from './controls/describe';
import {
  compactControlLines,
  explainGrundschutzControl,
  relatedControlsSection,
} from './explainControls';
import { measureInfo, type MeasureInfo } from './measures';
import { ruleCatalogue, ruleDocPath, type RuleInfo } from './rules';
import { TIER_NAMES } from './standards';

export type ExplainStyle = 'text' | 'markdown';

const TEXTS = { en, de } as const;

type ExplainTexts = (typeof TEXTS)[Locale];

/** Where a page of the documentation lives in the locale: `docs/…` or `docs/de/…`. */
function localizedDocPath(page: string, locale: Locale): string {
  return locale === 'en' ? page : page.replace(/^docs\//, `docs/${locale}/`);
}

/** Markdown code spans are kept in Markdown and dropped in plain text. */
function styled(text: string, style: ExplainStyle): string {
  return style === 'markdown' ? text : text.replace(/`([^`]*)`/g, '$1');
}

function explainMeasure(measure: MeasureInfo, style: ExplainStyle, locale: Locale): string {
  const texts = TEXTS[locale];
  const heading =
    style === 'markdown' ? `# ${measure.id} ${measure.title}` : `${measure.id}  ${measure.title}`;
  const facts = {
    kompendium: measure.kompendium,
    tier: TIER_NAMES[locale][measure.tier],
    sections: measure.section,
  };
  const lines = [
    heading,
    renderTemplate(texts.measureFacts, facts, locale),
    '',
    styled(measure.summary, style),
    '',
    texts.asks,
    ...measure.asks.map((ask) => `${style === 'markdown' ? '-' : '  -'} ${styled(ask, style)}`),
  ];
  lines.push(...explainFields(fieldsOfMeasure(measure.id), style, locale));
  lines.push(...relatedControlsSection(measure.id, style, locale));
  return lines.join('\n') + '\n';
}

/** "must from negotiation", "sollte, wenn status completed ist", … (worded by the field list). */
export function obligationIn(field: FieldInfo, locale: Locale): string {
  return obligationText(field, locale);
}

/** The fields of a measure per document kind: path, obligation (and from when), type. */
function explainFields(
  fields: readonly FieldInfo[],
  style: ExplainStyle,
  locale: Locale,
): string[] {
  const texts = TEXTS[locale];
  const lines: string[] = [];
  for (const kind of ['Engagement', 'DataConnectionAgreement'] as const) {
    const own = fields.filter((field) => field.kind === kind);
    if (own.length === 0) continue;
    lines.push('', texts.fieldsIn[kind]);
    const obligations = own.map((field) => obligationIn(field, locale));
    const pathWidth = Math.max(...own.map((field) => field.path.length));
    const obligationWidth = Math.max(...obligations.map((text) => text.length));
    own.forEach((field, i) => {
      const type = field.types[locale];
      lines.push(
        style === 'markdown'
          ? `- \`${field.path}\`: ${obligations[i]}; \`${type}\``
          : `  ${field.path.padEnd(pathWidth)}  ${obligations[i].padEnd(obligationWidth)}  ${type}`,
      );
    });
  }
  if (lines.length > 0) {
    const page = localizedDocPath('docs/format.md', locale);
    lines.push('', renderTemplate(texts.fieldsMore, { page }, locale));
  }
  return lines;
}

function codeBlock(text: string, style: ExplainStyle): string {
  if (style === 'markdown') return ['```yaml', text, '```'].join('\n');
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

function measureOfRule(rule: RuleInfo, texts: ExplainTexts): string {
  if (rule.measure === 'field') return texts.measureOfField;
  return rule.measure ?? texts.noMeasure;
}

/** The related controls of a rule's measure, compact, with where to read more. */
function ruleControlLines(measure: MeasureId, style: ExplainStyle, locale: Locale): string[] {
  const texts = controlTexts(locale);
  const details = styled(renderTemplate(texts.details, { measure }, locale), style);
  const heading = `${texts.heading} (${measure}):`;
  const lines = [...compactControlLines(measure, locale), details];
  return [heading, ...lines.map((line) => (style === 'markdown' ? `- ${line}` : `  ${line}`))];
}

function explainRule(rule: RuleInfo, style: ExplainStyle, locale: Locale): string {
  const texts = TEXTS[locale];
  const heading =
    style === 'markdown' ? `# ${rule.id}: ${rule.title}` : `${rule.id}  ${rule.title}`;
  const facts = { severity: texts.severity[rule.severity], measure: measureOfRule(rule, texts) };
  const lines = [
    heading,
    renderTemplate(texts.ruleFacts, facts, locale),
    '',
    styled(rule.summary, style),
    '',
    styled(rule.details, style),
    '',
    renderTemplate(texts.howToFix, { fix: styled(rule.fix, style) }, locale),
  ];
  if (rule.example)
    lines.push(
      '',
      texts.insteadOf,
      codeBlock(rule.example.bad, style),
      texts.write,
      codeBlock(rule.example.good, style),
    );
  if (rule.measure !== null && rule.measure !== 'field')
    lines.push('', ...ruleControlLines(rule.measure, style, locale));
  const page = localizedDocPath(ruleDocPath(rule.id), locale);
  lines.push('', renderTemplate(texts.documentation, { page }, locale));
  return lines.join('\n') + '\n';
}

/**
 * The explanation of a rule id or a measure id (`OPS.3.1.M2`, `M2`) in `locale`, or undefined
 * when the topic is unknown.
 */
export function explainTopic(
  topic: string,
  style: ExplainStyle,
  locale: Locale = DEFAULT_LOCALE,
): string | undefined {
  const measure = measureInfo(topic, locale);
  if (measure) return explainMeasure(measure, style, locale);
  const rule = ruleCatalogue(locale).find((candidate) => candidate.id === topic);
  if (rule) return explainRule(rule, style, locale);
  return explainGrundschutzControl(topic, style, locale);
}
