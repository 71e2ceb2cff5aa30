/**
 * "Export Coverage Report": the coverage report of the active editor's engagement, written as
 * `<engagement-id>.coverage.html` or `.md` next to the engagement file, then opened. Markdown
 * opens in the editor with its preview beside it. HTML opens in the system browser when VS Code
 * runs on this machine; in a browser-based or remote VS Code (code-server, Codespaces), where
 * a file:// address means nothing to the browser, it opens in the editor.
 */
import * as vscode from 'vscode';
import { RequestType, State, type LanguageClient } from 'vscode-languageclient/node';
import {
  COVERAGE_REPORT_REQUEST,
  COVERAGE_REQUEST,
  type CoverageParams,
  type CoverageReportParams,
  type CoverageReportResult,
  type CoverageResult,
} from '../../../server/src/lsp/protocol';
import { reportFileName } from './reportFileName';

type ReportFormat = CoverageReportParams['format'];

const CoverageRequest = new RequestType<CoverageParams, CoverageResult | null, void>(
  COVERAGE_REQUEST,
);
const ReportRequest = new RequestType<CoverageReportParams, CoverageReportResult | null, void>(
  COVERAGE_REPORT_REQUEST,
);

interface FormatPick extends vscode.QuickPickItem {
  format: ReportFormat;
}

async function askFormat(): Promise<ReportFormat | undefined> {
  const picks: FormatPick[] = [
    {
      label: 'HTML',
      description: vscode.l10n.t('one self-contained page, printable'),
      format: 'html',
    },
    {
      label: 'Markdown',
      description: vscode.l10n.t('for a pull request or a wiki'),
      format: 'markdown',
    },
  ];
  const picked = await vscode.window.showQuickPick(picks, {
    title: vscode.l10n.t('Export Coverage Report'),
    placeHolder: vscode.l10n.t('In which format?'),
  });
  return picked?.format;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function mayWrite(uri: vscode.Uri, overwrite: boolean): Promise<boolean> {
  if (overwrite || !(await exists(uri))) return true;
  const replace = vscode.l10n.t('Replace');
  const answer = await vscode.window.showWarningMessage(
    vscode.l10n.t('{0} exists already. Replace it?', uri.path.split('/').pop() ?? uri.path),
    { modal: true },
    replace,
  );
  return answer === replace;
}

async function openReport(uri: vscode.Uri, format: ReportFormat): Promise<void> {
  const localDesktop =
    vscode.env.uiKind === vscode.UIKind.Desktop && vscode.env.remoteName === undefined;
  if (format === 'html' && localDesktop && (await vscode.env.openExternal(uri))) return;
  await vscode.window.showTextDocument(uri, { preview: false });
  if (format === 'markdown')
    await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
}

/**
 * Exports the report of the engagement of document `uri` (the active editor's, else the one the
 * Measures view shows). `format` skips the question, and `overwrite` the one before replacing
 * an existing report (both for tests and key bindings).
 */
export async function exportCoverageReport(
  client: LanguageClient,
  uri: string | undefined,
  format?: unknown,
  overwrite?: unknown,
): Promise<void> {
  if (client.state !== State.Running) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('The language server is not running: restart it and try again.'),
    );
    return;
  }
  const coverage = uri ? await client.sendRequest(CoverageRequest, { uri }) : null;
  if (!uri || !coverage) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Open an engagement or a data connection agreement to export its report.'),
    );
    return;
  }
  const chosen = format === 'html' || format === 'markdown' ? format : await askFormat();
  if (!chosen) return;
  const report = await client.sendRequest(ReportRequest, { uri, format: chosen });
  if (!report) throw new Error(vscode.l10n.t('The language server sent no report.'));
  const name = reportFileName(coverage.file, report.engagementId ?? coverage.id, chosen);
  const target = vscode.Uri.joinPath(vscode.Uri.parse(coverage.file), '..', name);
  if (!(await mayWrite(target, overwrite === true))) return;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(report.text));
  await openReport(target, chosen);
}
