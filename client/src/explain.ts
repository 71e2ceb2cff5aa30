/**
 * "Explain Rule at Cursor": the server's explanation of a finding under the cursor, shown as a
 * read-only Markdown preview.
 */
import * as vscode from 'vscode';
import { RequestType, type LanguageClient } from 'vscode-languageclient/node';
import {
  DIAGNOSTIC_SOURCES,
  EXPLAIN_REQUEST,
  type ExplainParams,
  type ExplainResult,
} from '../../server/src/lsp/protocol';

const ExplainRequest = new RequestType<ExplainParams, ExplainResult, void>(EXPLAIN_REQUEST);

interface FindingPick extends vscode.QuickPickItem {
  ruleId: string;
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
      picks.set(ruleId, { label: ruleId, detail: diagnostic.message, ruleId });
  }
  return [...picks.values()];
}

async function chooseFinding(editor: vscode.TextEditor): Promise<string | undefined> {
  const findings = findingsAtCursor(editor);
  if (findings.length === 0) {
    void vscode.window.showInformationMessage(
      'There is no Outsourcing Policy finding at the cursor.',
    );
    return undefined;
  }
  if (findings.length === 1) return findings[0].ruleId;
  const picked = await vscode.window.showQuickPick(findings, {
    title: 'Explain Rule',
    placeHolder: 'Several findings at the cursor: which one?',
  });
  return picked?.ruleId;
}

async function showMarkdownPreview(markdown: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument({
    language: 'markdown',
    content: markdown,
  });
  await vscode.commands.executeCommand('markdown.showPreview', document.uri);
}

export async function explainRuleAtCursor(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const topic = await chooseFinding(editor);
  if (!topic) return;
  const result = await client.sendRequest(ExplainRequest, { topic });
  if (result.markdown === null) {
    void vscode.window.showInformationMessage(`There is no explanation for ${topic}.`);
    return;
  }
  await showMarkdownPreview(result.markdown);
}
