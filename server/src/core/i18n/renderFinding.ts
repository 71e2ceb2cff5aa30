/**
 * The edge where a finding's message data becomes text: the rule's template for its message id
 * in the requested locale, arguments filled in, the measure named in the first sentence. A
 * finding's identity never uses the text (see `findingIdentity`).
 */
import { ruleDefinition } from '../rules/registry';
import type { Finding } from '../types';
import type { Locale } from './locale';
import { argsKey, fillTemplate, type MessageText } from './message';
import { renderPhrase } from './phrases';

/** The message and detail of a finding in `locale`; findings without a message id keep their text. */
export function renderFindingText(finding: Finding, locale: Locale): MessageText {
  const template = finding.messageId
    ? ruleDefinition(finding.ruleId)?.texts[locale].messages[finding.messageId]
    : undefined;
  if (!template)
    return { message: finding.message, ...(finding.detail ? { detail: finding.detail } : {}) };
  const args = finding.args ?? {};
  const message = fillTemplate(template.message, args, locale, renderPhrase);
  const detail = template.detail && fillTemplate(template.detail, args, locale, renderPhrase);
  return { message, ...(detail ? { detail } : {}) };
}

/**
 * The finding with its texts in `locale`, the measure appended to the message so that a problem
 * list shows it without opening anything: "… must be true (OPS.3.1.M2)".
 */
export function renderFinding(finding: Finding, locale: Locale): Finding {
  const text = renderFindingText(finding, locale);
  const message = namingTheMeasure(text.message, finding.measure);
  const rendered: Finding = { ...finding, message };
  if (text.detail) rendered.detail = text.detail;
  else delete rendered.detail;
  return rendered;
}

export function namingTheMeasure(message: string, measure: string | null): string {
  if (!measure || message.includes(`(${measure})`)) return message;
  return `${message} (${measure})`;
}

/**
 * What makes two findings the same finding, in every locale: rule, message id, arguments, path.
 * Findings without a message id (the engine's remaining literal texts) fall back to their text.
 */
export function findingIdentity(finding: Finding): string {
  const path = finding.path ? JSON.stringify(finding.path) : '';
  const what = finding.messageId
    ? `${finding.messageId}|${argsKey(finding.args ?? {})}`
    : finding.message.replace(/ \(OPS\.3\.1\.M\d+\)$/, '');
  return `${finding.ruleId}|${path}|${what}`;
}
