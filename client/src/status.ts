/**
 * The language status item next to "YAML" in the status bar: the catalogue and level in force,
 * and how many documents, errors and warnings the server knows of.
 */
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/lsp/protocol';

export const SHOW_OUTPUT_COMMAND = 'outsourcingPolicy.showOutput';
export const RESTART_SERVER_COMMAND = 'outsourcingPolicy.restartServer';

const CATALOGUE = 'OPS.3.1';

export class PolicyStatusItem implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;

  constructor() {
    this.item = vscode.languages.createLanguageStatusItem('outsourcingPolicy.status', {
      language: 'yaml',
    });
    this.item.name = 'Outsourcing Policy';
    this.showStarting();
  }

  showStarting(): void {
    this.item.busy = true;
    this.item.text = CATALOGUE;
    this.item.detail = vscode.l10n.t('starting the language server');
    this.item.severity = vscode.LanguageStatusSeverity.Information;
    this.item.command = { title: vscode.l10n.t('Show Output'), command: SHOW_OUTPUT_COMMAND };
  }

  showStopped(): void {
    this.item.busy = false;
    this.item.text = vscode.l10n.t('{0} · stopped', CATALOGUE);
    this.item.detail = vscode.l10n.t('the language server is not running');
    this.item.severity = vscode.LanguageStatusSeverity.Warning;
    this.item.command = { title: vscode.l10n.t('Restart'), command: RESTART_SERVER_COMMAND };
  }

  update(status: StatusParams): void {
    this.item.busy = false;
    this.item.text = `${CATALOGUE} · ${status.level}`;
    this.item.detail = statusDetail(status);
    this.item.severity = statusSeverity(status);
    this.item.command = { title: vscode.l10n.t('Show Output'), command: SHOW_OUTPUT_COMMAND };
  }

  dispose(): void {
    this.item.dispose();
  }
}

/** E.g. "12 documents · 3 errors · 5 warnings", plus where the level comes from if not the settings. */
function statusDetail(status: StatusParams): string {
  const parts = [
    status.documentCount === 1
      ? vscode.l10n.t('1 document')
      : vscode.l10n.t('{0} documents', status.documentCount),
    status.errorCount === 1
      ? vscode.l10n.t('1 error')
      : vscode.l10n.t('{0} errors', status.errorCount),
    status.warningCount === 1
      ? vscode.l10n.t('1 warning')
      : vscode.l10n.t('{0} warnings', status.warningCount),
  ];
  if (status.levelSource === 'project file')
    parts.push(vscode.l10n.t('level set by .outsourcing-policy.yaml'));
  return parts.join(' · ');
}

function statusSeverity(status: StatusParams): vscode.LanguageStatusSeverity {
  if (status.errorCount > 0) return vscode.LanguageStatusSeverity.Error;
  if (status.warningCount > 0) return vscode.LanguageStatusSeverity.Warning;
  return vscode.LanguageStatusSeverity.Information;
}
