/**
 * Hover text for the findings under the cursor: the short message a problem list shows, then
 * the detail (why it matters, what to do) and a link to the rule's page. Editors show the
 * message of a diagnostic on their own; the detail is only here, in the reports and the docs.
 */
import { ruleDocUrl } from '../../catalog/rules';
import type { Finding } from '../../types';
import type { Locale } from '../../i18n/locale';
import { renderTemplate } from '../../i18n/renderFinding';
import { findingsOf, type FeatureContext } from '../context';
import { hoverTexts } from './texts';

/** The findings of the file whose span covers `offset` (a zero-width span covers its offset). */
export function findingsAt(ctx: FeatureContext, offset: number): Finding[] {
  return findingsOf(ctx).filter((finding) => finding.start <= offset && offset <= finding.end);
}

/** The finding as Markdown; its message and detail are already in the locale of the options. */
export function findingMarkdown(finding: Finding, locale: Locale = 'en'): string {
  const texts = hoverTexts(locale).finding;
  const link = `[${finding.ruleId}](${ruleDocUrl(finding.ruleId)})`;
  const measure = finding.measure
    ? renderTemplate(texts.measure, { measure: finding.measure }, locale)
    : '';
  return [
    `**${texts.severity[finding.severity]}: ${escapeMarkdown(finding.message)}**`,
    ...(finding.detail ? [escapeMarkdown(finding.detail)] : []),
    renderTemplate(texts.rule, { link }, locale) + measure,
  ].join('\n\n');
}

/** Keeps brackets, stars and underscores of field names and values literal in markdown. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, (char) => `\\${char}`);
}
