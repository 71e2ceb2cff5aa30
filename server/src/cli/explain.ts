/** `outsourcing-policy explain <rule|measure>`: what a rule or a measure asks, in plain words. */
import { measureInfo, type MeasureInfo } from '../core/catalog/measures';
import { RULES, ruleDocPath, ruleInfo, type RuleInfo } from '../core/catalog/rules';
import { closestMatch } from '../core/didYouMean';
import { UsageError } from './args';

function explainMeasure(measure: MeasureInfo): string {
  const lines = [
    `${measure.id}  ${measure.title}`,
    `Kompendium ${measure.kompendium} · ${measure.tier} · sections: ${measure.section}`,
    '',
    measure.summary,
    '',
    'It asks to:',
    ...measure.asks.map((ask) => `  - ${ask}`),
  ];
  if (measure.iso.length) lines.push('', `ISO/IEC 27001:2022 Annex A: ${measure.iso.join(', ')}`);
  return lines.join('\n') + '\n';
}

function explainRule(rule: RuleInfo): string {
  const measure = rule.measure === 'field' ? 'the measure of the field' : (rule.measure ?? 'none');
  const lines = [
    `${rule.id}  ${rule.title}`,
    `severity: ${rule.severity} · measure: ${measure}`,
    '',
    rule.summary,
    '',
    rule.details,
    '',
    `How to fix: ${rule.fix}`,
  ];
  if (rule.example)
    lines.push('', 'Instead of:', indent(rule.example.bad), 'write:', indent(rule.example.good));
  lines.push('', `Documentation: ${ruleDocPath(rule.id)}`);
  return lines.join('\n') + '\n';
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

export function explain(topic: string): string {
  const measure = measureInfo(topic.toUpperCase().replace(/^OPS\.3\.1\.M/, 'OPS.3.1.M'));
  if (measure) return explainMeasure(measure);
  const rule = ruleInfo(topic);
  if (rule) return explainRule(rule);
  const suggestion = closestMatch(
    topic,
    RULES.map((r) => r.id),
  );
  const hint = suggestion
    ? `; did you mean ${suggestion}?`
    : '; run with a rule id such as schema/required or a measure such as OPS.3.1.M2';
  throw new UsageError(`"${topic}" is neither a rule id nor a measure${hint}`);
}
