/**
 * The language status item next to "YAML" in the status bar: for an engagement (or a DCA) in
 * the active editor, how many of its measures are fulfilled; otherwise the catalogue and level
 * in force, and how many documents, errors and warnings the server knows of.
 */
import * as vscode from 'vscode';
import type { CoverageResult, StatusParams } from '../../server/src/lsp/protocol';
import { summaryDetail } from './measures/model';
import { statusWords } from './measures/texts';
import { MEASURES_VIEW_ID } from './measures/view';

export const SHOW_OUTPUT_COMMAND = 'outsourcingPolicy.showOutput';
export const RESTART_SERVER_COMMAND = 'outsourcingPolicy.restartServer';

const CATALOGUE = 'OPS.3.1';

export class PolicyStatusItem implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  /** The last round's status while the server runs; undefined while it starts or is stopped. */
  private status: StatusParams | undefined;
  private coverage: CoverageResult | null = null;

  constructor() {
    this.item = vscode.languages.createLanguageStatusItem('outsourcingPolicy.status', {
      language: 'yaml',
    });
    this.item.name = 'Outsourcing Policy';
    this.showStarting();
  }

  showStarting(): void {
    this.status = undefined;
    this.item.busy = true;
    this.item.text = CATALOGUE;
    this.item.detail = vscode.l10n.t('starting the language server');
    this.item.severity = vscode.LanguageStatusSeverity.Information;
    this.item.command = { title: vscode.l10n.t('Show Output'), command: SHOW_OUTPUT_COMMAND };
  }

  showStopped(): void {
    this.status = undefined;
    this.item.busy = false;
    this.item.text = vscode.l10n.t('{0} · stopped', CATALOGUE);
    this.item.detail = vscode.l10n.t('the language server is not running');
    this.item.severity = vscode.LanguageStatusSeverity.Warning;
    this.item.command = { title: vscode.l10n.t('Restart'), command: RESTART_SERVER_COMMAND };
  }

  update(status: StatusParams): void {
    this.status = status;
    this.render();
  }

  /** The coverage of the active editor's engagement; null when it has none. Shown once running. */
  showCoverage(coverage: CoverageResult | null): void {
    this.coverage = coverage;
    if (this.status) this.render();
  }

  private render(): void {
    this.item.busy = false;
    if (this.coverage) this.renderCoverage(this.coverage);
    else if (this.status) this.renderStatus(this.status);
  }

  private renderStatus(status: StatusParams): void {
    this.item.text = `${CATALOGUE} · ${status.level}`;
    this.item.detail = statusDetail(status);
    this.item.severity = statusSeverity(status);
    this.item.command = { title: vscode.l10n.t('Show Output'), command: SHOW_OUTPUT_COMMAND };
  }

  /** "12 of 16 measures fulfilled", detail "2 failing · 1 partial"; a click opens the view. */
  private renderCoverage(coverage: CoverageResult): void {
    const { summary, measures } = coverage;
    this.item.text = vscode.l10n.t(
      '{0} of {1} measures fulfilled',
      summary.fulfilled,
      measures.length,
    );
    this.item.detail = summaryDetail(summary, statusWords());
    this.item.severity = coverageSeverity(summary);
    this.item.command = {
      title: vscode.l10n.t('Show Measures'),
      command: `${MEASURES_VIEW_ID}.focus`,
    };
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

/** Error while a measure fails, warning while one is partial, else information. */
function coverageSeverity(summary: CoverageResult['summary']): vscode.LanguageStatusSeverity {
  if (summary.failing > 0) return vscode.LanguageStatusSeverity.Error;
  if (summary.partial > 0) return vscode.LanguageStatusSeverity.Warning;
  return vscode.LanguageStatusSeverity.Information;
}

function statusSeverity(status: StatusParams): vscode.LanguageStatusSeverity {
  if (status.errorCount > 0) return vscode.LanguageStatusSeverity.Error;
  if (status.warningCount > 0) return vscode.LanguageStatusSeverity.Warning;
  return vscode.LanguageStatusSeverity.Information;
}
