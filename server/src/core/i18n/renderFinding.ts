/**
 * The edge where a finding's message data becomes text: the rule's template for its message id
 * in the requested locale, arguments filled in, the measure named in the first sentence. A
 * finding's identity never uses the text (see `findingIdentity`).
 */
import type { MessageTemplate } from '../rules/defineRule';
import { reportersAs, ruleDefinition } from '../rules/registry';
import type { Finding } from '../types';
import type { Locale } from './locale';
import { describeField } from '../schema/describe';
import {
  argsKey,
  fillTemplate,
  type ArgRenderer,
  type MessageArgs,
  type MessageText,
} from './message';
import { renderPhrase } from './phrases';

/** Phrases and field descriptions, in the locale of the message they appear in. */
const ARGS: ArgRenderer = {
  phrase: (ref, locale) => renderPhrase(ref, locale, ARGS),
  field: (ref, locale) => {
    const description = describeField(ref.kind, ref.descriptionOf, locale) ?? '';
    return ref.sentence ? asSentence(description) : description;
  },
};

/** A fragment as a sentence of its own: capitalised, with a full stop ('' stays ''). */
export function asSentence(fragment: string): string {
  const trimmed = fragment.trim();
  if (!trimmed) return '';
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.?!]$/.test(capital) ? capital : `${capital}.`;
}

/** Fills a template of any catalogue with its arguments in `locale`. */
export function renderTemplate(template: string, args: MessageArgs, locale: Locale): string {
  return fillTemplate(template, args, locale, ARGS);
}

/**
 * The message and detail of a finding in `locale`. A message id no rule defines is a programming
 * error that the registry test catches; should one slip through, the finding keeps the text it has.
 */
export function renderFindingText(finding: Finding, locale: Locale): MessageText {
  const template = messageTemplate(finding.ruleId, finding.messageId, locale);
  if (!template)
    return { message: finding.message, ...(finding.detail ? { detail: finding.detail } : {}) };
  const args = finding.args;
  const message = fillTemplate(template.message, args, locale, ARGS);
  // a detail whose only content is an argument that renders empty (a field without a description) is left out
  const detail = template.detail && fillTemplate(template.detail, args, locale, ARGS).trim();
  return { message, ...(detail ? { detail } : {}) };
}

/**
 * The template of a message: the rule's own, or one a rule reports under this id (`reportsAs`).
 */
export function messageTemplate(
  ruleId: string,
  messageId: string,
  locale: Locale,
): MessageTemplate | undefined {
  const own = ruleDefinition(ruleId)?.texts[locale].messages[messageId];
  if (own) return own;
  for (const reporter of reportersAs(ruleId)) {
    const borrowed = reporter.texts[locale].messages[messageId];
    if (borrowed) return borrowed;
  }
  return undefined;
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

/** What makes two findings the same finding, in every locale: rule, message id, arguments, path. */
export function findingIdentity(finding: Finding): string {
  const path = finding.path ? JSON.stringify(finding.path) : '';
  return `${finding.ruleId}|${path}|${finding.messageId}|${argsKey(finding.args)}`;
}
