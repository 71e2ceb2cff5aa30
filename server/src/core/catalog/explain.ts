/** What a rule or a measure asks, in plain words: for `outsourcing-policy explain` and the editor. */
import { fieldsOfMeasure, obligationText, type FieldInfo } from '../schema/fields';
import { measureInfo, type MeasureInfo } from './measures';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import { ruleCatalogue, ruleDocPath, type RuleInfo } from './rules';

export type ExplainStyle = 'text' | 'markdown';

/** Markdown code spans are kept in Markdown and dropped in plain text. */
function styled(text: string, style: ExplainStyle): string {
  return style === 'markdown' ? text : text.replace(/`([^`]*)`/g, '$1');
}

function explainMeasure(measure: MeasureInfo, style: ExplainStyle): string {
  const heading =
    style === 'markdown' ? `# ${measure.id} ${measure.title}` : `${measure.id}  ${measure.title}`;
  const lines = [
    heading,
    `Kompendium ${measure.kompendium} · ${measure.tier} · sections: ${measure.section}`,
    '',
    styled(measure.summary, style),
    '',
    'It asks to:',
    ...measure.asks.map((ask) => `${style === 'markdown' ? '-' : '  -'} ${styled(ask, style)}`),
  ];
  if (measure.iso.length) lines.push('', `ISO/IEC 27001:2022 Annex A: ${measure.iso.join(', ')}`);
  lines.push(...explainFields(fieldsOfMeasure(measure.id), style));
  return lines.join('\n') + '\n';
}

const KIND_NAMES: Record<FieldInfo['kind'], string> = {
  Engagement: 'engagement',
  DataConnectionAgreement: 'data connection agreement',
};

/** The fields of a measure per document kind: path, obligation (and from when), type. */
function explainFields(fields: readonly FieldInfo[], style: ExplainStyle): string[] {
  const lines: string[] = [];
  for (const kind of ['Engagement', 'DataConnectionAgreement'] as const) {
    const own = fields.filter((field) => field.kind === kind);
    if (own.length === 0) continue;
    lines.push('', `Fields in the ${KIND_NAMES[kind]}:`);
    const pathWidth = Math.max(...own.map((field) => field.path.length));
    const obligationWidth = Math.max(...own.map((field) => obligationText(field).length));
    for (const field of own) {
      const obligation = obligationText(field);
      lines.push(
        style === 'markdown'
          ? `- \`${field.path}\`: ${obligation}; \`${field.type}\``
          : `  ${field.path.padEnd(pathWidth)}  ${obligation.padEnd(obligationWidth)}  ${field.type}`,
      );
    }
  }
  if (lines.length > 0)
    lines.push('', 'Each field with its description and an example: docs/format.md');
  return lines;
}

function codeBlock(text: string, style: ExplainStyle): string {
  if (style === 'markdown') return ['```yaml', text, '```'].join('\n');
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

function explainRule(rule: RuleInfo, style: ExplainStyle): string {
  const measure = rule.measure === 'field' ? 'the measure of the field' : (rule.measure ?? 'none');
  const heading =
    style === 'markdown' ? `# ${rule.id}: ${rule.title}` : `${rule.id}  ${rule.title}`;
  const lines = [
    heading,
    `severity: ${rule.severity} · measure: ${measure}`,
    '',
    styled(rule.summary, style),
    '',
    styled(rule.details, style),
    '',
    `How to fix: ${styled(rule.fix, style)}`,
  ];
  if (rule.example)
    lines.push(
      '',
      'Instead of:',
      codeBlock(rule.example.bad, style),
      'write:',
      codeBlock(rule.example.good, style),
    );
  lines.push('', `Documentation: ${ruleDocPath(rule.id)}`);
  return lines.join('\n') + '\n';
}

/** The explanation of a rule id or a measure id (`OPS.3.1.M2`, `M2`), or undefined when unknown. */
export function explainTopic(
  topic: string,
  style: ExplainStyle,
  locale: Locale = DEFAULT_LOCALE,
): string | undefined {
  const measure = measureInfo(topic);
  if (measure) return explainMeasure(measure, style);
  const rule = ruleCatalogue(locale).find((info) => info.id === topic);
  return rule ? explainRule(rule, style) : undefined;
}
