/**
 * The words of the Measures view and the status item: the status words in the language the
 * server speaks (its measure titles and messages are in that language too), everything else
 * through vscode.l10n in the language of VS Code.
 */
import * as vscode from 'vscode';
import { COVERAGE_STATUS_TEXTS } from '../../../server/src/core/coverage/statusTexts';
import type { WireCoverageStatus } from '../../../server/src/lsp/protocol';
import { productLocale } from '../locale';
import { readSettings } from '../settings';
import type { MeasureTexts } from './model';

/** The six status words in the product's locale (`outsourcingPolicy.locale`, else VS Code's). */
export function statusWords(): Record<WireCoverageStatus, string> {
  return COVERAGE_STATUS_TEXTS[productLocale(readSettings().locale, vscode.env.language)];
}

export function measureTexts(): MeasureTexts {
  const status = statusWords();
  return {
    status,
    errors: (count) =>
      count === 1 ? vscode.l10n.t('1 error') : vscode.l10n.t('{0} errors', count),
    warnings: (count) =>
      count === 1 ? vscode.l10n.t('1 warning') : vscode.l10n.t('{0} warnings', count),
    fulfilledOf: (fulfilled, total) => vscode.l10n.t('{0} of {1} fulfilled', fulfilled, total),
    statusLine: (status) => vscode.l10n.t('Status: {0}', status),
    presentLine: (sections) => vscode.l10n.t('Sections present: {0}', sections),
    requiredLine: (sections) => vscode.l10n.t('Sections required: {0}', sections),
    none: vscode.l10n.t('none'),
    wholeMeasure: vscode.l10n.t('the whole measure'),
    approvedBy: (name) => vscode.l10n.t('approved by {0}', name),
    expires: (date) => vscode.l10n.t('expires {0}', date),
    overdue: (date) => vscode.l10n.t('overdue since {0}', date),
    dueOn: (date) => vscode.l10n.t('due {0}', date),
    waivedFinding: (ruleId) => `${ruleId} · ${status.waived}`,
    ofDca: (id) => vscode.l10n.t('DCA {0}', id),
  };
}
