/**
 * Hover text for the findings under the cursor: the short message a problem list shows, then
 * the detail (why it matters, what to do) and a link to the rule's page. Editors show the
 * message of a diagnostic on their own; the detail is only here, in the reports and the docs.
 */
import { ruleDocUrl } from '../../catalog/rules';
import type { Finding } from '../../types';
import { findingsOf, type FeatureContext } from '../context';

const SEVERITY_LABEL: Record<Finding['severity'], string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
};

/** The findings of the file whose span covers `offset` (a zero-width span covers its offset). */
export function findingsAt(ctx: FeatureContext, offset: number): Finding[] {
  return findingsOf(ctx).filter((finding) => finding.start <= offset && offset <= finding.end);
}

export function findingMarkdown(finding: Finding): string {
  const link = `[${finding.ruleId}](${ruleDocUrl(finding.ruleId)})`;
  return [
    `**${SEVERITY_LABEL[finding.severity]}: ${escapeMarkdown(finding.message)}**`,
    ...(finding.detail ? [escapeMarkdown(finding.detail)] : []),
    `Rule ${link}${finding.measure ? ` · measure ${finding.measure}` : ''}`,
  ].join('\n\n');
}

/** Keeps brackets, stars and underscores of field names and values literal in markdown. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, (char) => `\\${char}`);
}
