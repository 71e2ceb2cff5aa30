/**
 * Clause snippets in the editor: "Insert Clause..." at the cursor, and new untitled documents
 * that start from the whole-document snippets. The snippets themselves live in the core.
 */
import * as vscode from 'vscode';
import {
  CLAUSE_SNIPPETS,
  snippetText,
  type ClauseSnippet,
} from '../../server/src/core/features/snippets';

interface ClausePick extends vscode.QuickPickItem {
  snippet: ClauseSnippet;
}

/** Whole documents (`engagement`, `dca`) have no scope and no key; every other snippet is a clause. */
function isWholeDocument(snippet: ClauseSnippet): boolean {
  return snippet.scope === '' && snippet.key === '';
}

function toPick(snippet: ClauseSnippet): ClausePick {
  const where = snippet.scope === '' ? 'top level' : `under ${snippet.scope}`;
  return {
    label: snippet.label,
    description: `${snippet.measure} · ${where}`,
    detail: snippet.description,
    snippet,
  };
}

/**
 * The snippet as the editor inserts it. The first line goes to the cursor; VS Code itself indents
 * every further line like the cursor's line (insertSnippet always adjusts leading whitespace in
 * VS Code 1.91), so the core must not add an indent of its own here.
 */
function toSnippetString(snippet: ClauseSnippet): vscode.SnippetString {
  return new vscode.SnippetString(snippetText(snippet, ''));
}

export async function insertClause(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'yaml') {
    void vscode.window.showInformationMessage('Open a YAML policy document to insert a clause.');
    return;
  }
  const picked = await vscode.window.showQuickPick(
    CLAUSE_SNIPPETS.filter((snippet) => !isWholeDocument(snippet)).map(toPick),
    {
      title: 'Insert Clause',
      placeHolder: 'Which clause?',
      matchOnDescription: true,
      matchOnDetail: true,
    },
  );
  if (!picked) return;
  await editor.insertSnippet(toSnippetString(picked.snippet), editor.selection.active);
}

/** Opens an untitled YAML document filled with the whole-document snippet `id`. */
export async function newDocument(id: 'engagement' | 'dca'): Promise<void> {
  const snippet = CLAUSE_SNIPPETS.find((candidate) => candidate.id === id);
  if (!snippet) throw new Error(`no snippet with id ${id}`);
  const document = await vscode.workspace.openTextDocument({ language: 'yaml' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(toSnippetString(snippet), new vscode.Position(0, 0));
}
