/**
 * Clause snippets in the editor: "Insert Clause..." (the server decides where the clause goes),
 * and new untitled documents that start from the whole-document snippets of the core.
 */
import * as vscode from 'vscode';
import { RequestType, type LanguageClient } from 'vscode-languageclient/node';
import {
  clauseSnippets,
  snippetText,
  type ClauseSnippet,
} from '../../server/src/core/features/snippets';
import {
  CLAUSES_REQUEST,
  INSERT_CLAUSE_REQUEST,
  type ClauseOffer,
  type ClausesParams,
  type ClausesResult,
  type InsertClauseParams,
  type InsertClauseResult,
} from '../../server/src/lsp/protocol';
import { productLocale } from './locale';
import { readSettings } from './settings';

interface ClausePick extends vscode.QuickPickItem {
  clauseId: string;
}

const ClausesRequest = new RequestType<ClausesParams, ClausesResult, void>(CLAUSES_REQUEST);
const InsertClauseRequest = new RequestType<InsertClauseParams, InsertClauseResult, void>(
  INSERT_CLAUSE_REQUEST,
);

function toPick(clause: ClauseOffer): ClausePick {
  const where =
    clause.scope === '' ? vscode.l10n.t('top level') : vscode.l10n.t('under {0}', clause.scope);
  return {
    label: clause.label,
    description: `${clause.measure} · ${where}`,
    detail: clause.description,
    clauseId: clause.id,
  };
}

/** The snippet as the editor inserts it into a new document (VS Code indents further lines). */
function toSnippetString(snippet: ClauseSnippet): vscode.SnippetString {
  return new vscode.SnippetString(snippetText(snippet, ''));
}

/**
 * Offers the clauses the document does not have yet; the server says where the chosen one goes
 * (under its parent, created when missing) and the edit is applied as it comes, whatever the cursor.
 */
export async function insertClause(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'yaml') {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Open a YAML policy document to insert a clause.'),
    );
    return;
  }
  const where = {
    textDocument: { uri: editor.document.uri.toString() },
    position: client.code2ProtocolConverter.asPosition(editor.selection.active),
  };
  const { clauses } = await client.sendRequest(ClausesRequest, where);
  if (clauses.length === 0) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('This document has every clause already.'),
    );
    return;
  }
  const picked = await vscode.window.showQuickPick(clauses.map(toPick), {
    title: vscode.l10n.t('Insert Clause'),
    placeHolder: vscode.l10n.t('Which clause?'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!picked) return;
  const { edits } = await client.sendRequest(InsertClauseRequest, {
    ...where,
    clauseId: picked.clauseId,
  });
  await applyClauseEdits(editor, await client.protocol2CodeConverter.asTextEdits(edits));
}

async function applyClauseEdits(
  editor: vscode.TextEditor,
  edits: vscode.TextEdit[],
): Promise<void> {
  if (edits.length === 0) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('The clause has no place in this document.'),
    );
    return;
  }
  const change = new vscode.WorkspaceEdit();
  change.set(editor.document.uri, edits);
  if (!(await vscode.workspace.applyEdit(change))) return;
  const first = edits[0].range.start;
  const line = first.line + (edits[0].newText.match(/^\r?\n/) ? 1 : 0);
  const shown = new vscode.Position(line, 0);
  editor.selection = new vscode.Selection(shown, shown);
  editor.revealRange(
    new vscode.Range(shown, shown),
    vscode.TextEditorRevealType.InCenterIfOutsideViewport,
  );
}

/**
 * Opens an untitled YAML document filled with the whole-document snippet `id`, its example
 * texts in the language the server speaks.
 */
export async function newDocument(id: 'engagement' | 'dca'): Promise<void> {
  const locale = productLocale(readSettings().locale, vscode.env.language);
  const snippet = clauseSnippets(locale).find((candidate) => candidate.id === id);
  if (!snippet)
    throw new Error(vscode.l10n.t('There is no document template with the id {0}.', id));
  const document = await vscode.workspace.openTextDocument({ language: 'yaml' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(toSnippetString(snippet), new vscode.Position(0, 0));
}
