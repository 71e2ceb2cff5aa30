/**
 * The commands of the extension (contributes.commands in package.json). Each runs guarded: a
 * failure is logged to the output channel and shown as a short error message.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { insertClause, newDocument } from './clauses';
import { EXPLAIN_SCHEME, explainRuleAtCursor, ExplanationProvider } from './explain';
import { RESTART_SERVER_COMMAND, SHOW_OUTPUT_COMMAND } from './status';

export interface CommandContext {
  client: LanguageClient;
  output: vscode.LogOutputChannel;
}

type CommandHandler = () => Promise<void>;

function commandHandlers(
  { client, output }: CommandContext,
  explanations: ExplanationProvider,
): Record<string, CommandHandler> {
  return {
    [RESTART_SERVER_COMMAND]: async () => {
      output.info(vscode.l10n.t('Restarting the language server on request.'));
      await client.restart();
    },
    [SHOW_OUTPUT_COMMAND]: async () => output.show(true),
    'outsourcingPolicy.insertClause': () => insertClause(client),
    'outsourcingPolicy.newEngagement': () => newDocument('engagement'),
    'outsourcingPolicy.newDataConnectionAgreement': () => newDocument('dca'),
    'outsourcingPolicy.explainRule': () => explainRuleAtCursor(client, explanations),
  };
}

function guarded(id: string, handler: CommandHandler, output: vscode.LogOutputChannel) {
  return async (): Promise<void> => {
    try {
      await handler();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      output.error(vscode.l10n.t('Command {0} failed: {1}', id, reason));
      void vscode.window.showErrorMessage(vscode.l10n.t('Outsourcing Policy: {0}', reason));
    }
  };
}

export function registerCommands(context: vscode.ExtensionContext, deps: CommandContext): void {
  const explanations = new ExplanationProvider();
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(EXPLAIN_SCHEME, explanations),
  );
  for (const [id, handler] of Object.entries(commandHandlers(deps, explanations))) {
    context.subscriptions.push(
      vscode.commands.registerCommand(id, guarded(id, handler, deps.output)),
    );
  }
}
