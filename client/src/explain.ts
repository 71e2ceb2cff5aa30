/**
 * "Explain Rule at Cursor": the server's explanation of a finding under the cursor (the rule,
 * then what its measure asks), shown read-only: a virtual document of our own URI scheme in the
 * Markdown preview, so no untitled tab is left behind to be saved.
 */
import * as vscode from 'vscode';
import { RequestType, type LanguageClient } from 'vscode-languageclient/node';
import {
  DIAGNOSTIC_SOURCES,
  EXPLAIN_REQUEST,
  MEASURE_ID_SOURCE,
  type ExplainParams,
  type ExplainResult,
} from '../../server/src/lsp/protocol';

const ExplainRequest = new RequestType<ExplainParams, ExplainResult, void>(EXPLAIN_REQUEST);

/** The URI scheme of the explanations; their text lives in memory only. */
export const EXPLAIN_SCHEME = 'outsourcing-policy-explain';

interface Finding {
  ruleId: string;
  measure: string | undefined;
}

interface FindingPick extends vscode.QuickPickItem {
  finding: Finding;
}

/** Holds the explanations shown, by URI path, for VS Code to read as read-only documents. */
export class ExplanationProvider implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();

  /** A URI for the explanation of `finding`, e.g. `outsourcing-policy-explain:/schema-enum OPS.3.1.M10.md`. */
  store(finding: Finding, markdown: string): vscode.Uri {
    const rule = finding.ruleId.replace(/\//g, '-');
    const name = finding.measure ? `${rule} ${finding.measure}` : rule;
    const uri = vscode.Uri.from({ scheme: EXPLAIN_SCHEME, path: `/${name}.md` });
    this.texts.set(uri.path, markdown);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.path) ?? '';
  }
}

const MEASURE = new RegExp(MEASURE_ID_SOURCE);

/** The finding's measure: from the diagnostic's data, else named in its code, source or message. */
function measureOf(diagnostic: vscode.Diagnostic): string | undefined {
  // vscode-languageclient keeps the LSP `data` on the diagnostics it creates
  const data = (diagnostic as { data?: { measure?: unknown } }).data;
  if (typeof data?.measure === 'string') return data.measure;
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return MEASURE.exec([code, diagnostic.source, diagnostic.message].join(' '))?.[0];
}

function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return code === undefined ? undefined : String(code);
}

/** Our findings whose range touches the cursor, as quick pick items (one per rule). */
function findingsAtCursor(editor: vscode.TextEditor): FindingPick[] {
  const cursor = editor.selection.active;
  const picks = new Map<string, FindingPick>();
  for (const diagnostic of vscode.languages.getDiagnostics(editor.document.uri)) {
    const ruleId = ruleIdOf(diagnostic);
    const ours = DIAGNOSTIC_SOURCES.test(diagnostic.source ?? '');
    if (!ours || !ruleId || !diagnostic.range.contains(cursor)) continue;
    if (!picks.has(ruleId))
      picks.set(ruleId, {
        label: ruleId,
        detail: diagnostic.message,
        finding: { ruleId, measure: measureOf(diagnostic) },
      });
  }
  return [...picks.values()];
}

async function chooseFinding(editor: vscode.TextEditor): Promise<Finding | undefined> {
  const findings = findingsAtCursor(editor);
  if (findings.length === 0) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('There is no Outsourcing Policy finding at the cursor.'),
    );
    return undefined;
  }
  if (findings.length === 1) return findings[0].finding;
  const picked = await vscode.window.showQuickPick(findings, {
    title: vscode.l10n.t('Explain Rule'),
    placeHolder: vscode.l10n.t('Several findings at the cursor: which one?'),
  });
  return picked?.finding;
}

/** The Markdown preview of the read-only document; its text view if there is no preview. */
async function showReadOnly(uri: vscode.Uri): Promise<void> {
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { preview: true });
  }
}

export async function explainRuleAtCursor(
  client: LanguageClient,
  explanations: ExplanationProvider,
): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const finding = await chooseFinding(editor);
  if (!finding) return;
  const result = await client.sendRequest(ExplainRequest, {
    topic: finding.ruleId,
    measure: finding.measure,
  });
  if (result.markdown === null) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('There is no explanation for {0}.', finding.ruleId),
    );
    return;
  }
  await showReadOnly(explanations.store(finding, result.markdown));
}
