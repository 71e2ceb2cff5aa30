/**
 * The end-to-end checks: what a user of the extension sees in a real VS Code with the fixture
 * workspace open. `vscode` is passed in (see index.ts), so this file only imports its types.
 */
import * as assert from 'assert';
import type * as VSCode from 'vscode';
import { waitFor } from './waitFor';

type Api = typeof VSCode;

export interface Check {
  name: string;
  run(vscode: Api): Promise<void>;
}

const EXTENSION_ID = 'outsourcing-policy.outsourcing-policy';
/** Our diagnostics: the measure as source, or outsourcing-policy for YAML problems. */
const SOURCES = /^(outsourcing-policy|OPS\.3\.1\.M\d+)$/;
/** How many code actions VS Code resolves, in case the server fills in edits lazily. */
const RESOLVE_ACTIONS = 50;

function fixture(vscode: Api, name: string): VSCode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture workspace is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

function codeOf(diagnostic: VSCode.Diagnostic): string | undefined {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return code === undefined ? undefined : String(code);
}

/** Opens `name` from the fixture workspace and waits for our diagnostic with rule `ruleId`. */
async function diagnosticFor(
  vscode: Api,
  name: string,
  ruleId: string,
): Promise<{ document: VSCode.TextDocument; diagnostic: VSCode.Diagnostic }> {
  const document = await vscode.workspace.openTextDocument(fixture(vscode, name));
  const diagnostic = await waitFor(`a ${ruleId} diagnostic in ${name}`, () =>
    vscode.languages
      .getDiagnostics(document.uri)
      .find((candidate) => SOURCES.test(candidate.source ?? '') && codeOf(candidate) === ruleId),
  );
  return { document, diagnostic };
}

/** The range of `text` on the first line that contains it. */
function rangeOf(vscode: Api, document: VSCode.TextDocument, text: string): VSCode.Range {
  const offset = document.getText().indexOf(text);
  assert.ok(offset >= 0, `the fixture contains ${text}`);
  return new vscode.Range(document.positionAt(offset), document.positionAt(offset + text.length));
}

/** The document's text after applying the text edits a code action makes to it. */
function textAfter(document: VSCode.TextDocument, action: VSCode.CodeAction): string {
  const edits = [...(action.edit?.get(document.uri) ?? [])].sort(
    (a, b) => document.offsetAt(b.range.start) - document.offsetAt(a.range.start),
  );
  return edits.reduce(
    (text, edit) =>
      text.slice(0, document.offsetAt(edit.range.start)) +
      edit.newText +
      text.slice(document.offsetAt(edit.range.end)),
    document.getText(),
  );
}

function show(range: VSCode.Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

function labelOf(item: VSCode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

export const CHECKS: Check[] = [
  {
    name: 'the extension activates and registers its commands',
    async run(vscode) {
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(extension, `extension ${EXTENSION_ID} is installed`);
      await extension.activate();
      const commands = await vscode.commands.getCommands(true);
      for (const command of ['restartServer', 'insertClause', 'explainRule', 'newEngagement'])
        assert.ok(commands.includes(`outsourcingPolicy.${command}`), `${command} is registered`);
    },
  },
  {
    name: 'an unknown enum value is reported on the value',
    async run(vscode) {
      const { document, diagnostic } = await diagnosticFor(
        vscode,
        'hosting.engagement.yaml',
        'schema/enum',
      );
      const expected = rangeOf(vscode, document, 'multitenant');
      assert.ok(
        diagnostic.range.isEqual(expected),
        `range ${show(diagnostic.range)}, expected ${show(expected)}`,
      );
      assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    },
  },
  {
    name: 'a multi-tenant engagement with shared backup media breaks the client concept rule',
    async run(vscode) {
      const { diagnostic } = await diagnosticFor(
        vscode,
        'shared-platform.engagement.yaml',
        'tenancy/client-concept',
      );
      assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    },
  },
  {
    name: 'a quick fix replaces the enum typo with the allowed value',
    async run(vscode) {
      const { document, diagnostic } = await diagnosticFor(
        vscode,
        'hosting.engagement.yaml',
        'schema/enum',
      );
      const expected = document.getText().replace('model: multitenant', 'model: multi-tenant');
      const actions = await waitFor('a quick fix for the enum typo', async () => {
        const all = await vscode.commands.executeCommand<(VSCode.CodeAction | VSCode.Command)[]>(
          'vscode.executeCodeActionProvider',
          document.uri,
          diagnostic.range,
          vscode.CodeActionKind.QuickFix.value,
          RESOLVE_ACTIONS,
        );
        const fixes = (all ?? []).filter(
          (action): action is VSCode.CodeAction =>
            'edit' in action && textAfter(document, action) === expected,
        );
        return fixes.length ? fixes : undefined;
      });
      assert.ok(actions[0].kind?.value.startsWith('quickfix'), 'the action is a quick fix');
    },
  },
  {
    name: 'completion offers the missing metadata keys of an untitled engagement',
    async run(vscode) {
      const content = [
        'apiVersion: outsourcing-policy/v1',
        'kind: Engagement',
        'metadata:',
        '  id: ENG-E2E-003',
        '  ',
      ].join('\n');
      const document = await vscode.workspace.openTextDocument({ language: 'yaml', content });
      const cursor = new vscode.Position(4, 2);
      const labels = await waitFor('completion items at metadata', async () => {
        const list = await vscode.commands.executeCommand<VSCode.CompletionList>(
          'vscode.executeCompletionItemProvider',
          document.uri,
          cursor,
        );
        const found = list.items.map(labelOf);
        return found.includes('title') ? found : undefined;
      });
      assert.ok(labels.includes('version'), `version is offered too (got ${labels.join(', ')})`);
    },
  },
  {
    name: 'New Engagement opens an untitled YAML document with the engagement snippet',
    async run(vscode) {
      await vscode.commands.executeCommand('outsourcingPolicy.newEngagement');
      const editor = vscode.window.activeTextEditor;
      assert.ok(editor, 'an editor is active');
      assert.strictEqual(editor.document.isUntitled, true);
      assert.strictEqual(editor.document.languageId, 'yaml');
      const line = (n: number) => editor.document.lineAt(n).text;
      assert.deepStrictEqual([0, 1, 2, 3].map(line), [
        'apiVersion: outsourcing-policy/v1',
        'kind: Engagement',
        'metadata:',
        '  id: ENG-2026-001',
      ]);
    },
  },
];
