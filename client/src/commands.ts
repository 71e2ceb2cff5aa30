/**
 * The commands of the extension (contributes.commands in package.json). Each runs guarded: a
 * failure is logged to the output channel and shown as a short error message.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SHOW_MEASURE_COMMAND } from '../../server/src/lsp/protocol';
import { insertClause, newDocument } from './clauses';
import { EXPLAIN_SCHEME, explainRuleAtCursor, ExplanationProvider } from './explain';
import { exportCoverageReport } from './measures/export';
import type { MeasuresView } from './measures/view';
import { RESTART_SERVER_COMMAND, SHOW_OUTPUT_COMMAND } from './status';

export const EXPORT_COVERAGE_REPORT_COMMAND = 'outsourcingPolicy.exportCoverageReport';
export const REFRESH_MEASURES_COMMAND = 'outsourcingPolicy.refreshMeasures';

export interface CommandContext {
  client: LanguageClient;
  output: vscode.LogOutputChannel;
  measures: MeasuresView;
}

/** Arguments come from code lenses, key bindings and tests: each handler checks its own. */
type CommandHandler = (...args: unknown[]) => Promise<void>;

function commandHandlers(
  { client, output, measures }: CommandContext,
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
    [SHOW_MEASURE_COMMAND]: (uri, measure) =>
      measures.revealMeasure(
        typeof uri === 'string' ? uri : undefined,
        typeof measure === 'string' ? measure : undefined,
      ),
    [REFRESH_MEASURES_COMMAND]: () => measures.refresh(),
    [EXPORT_COVERAGE_REPORT_COMMAND]: (format, overwrite) =>
      exportCoverageReport(client, measures.followedUri(), format, overwrite),
  };
}

function guarded(id: string, handler: CommandHandler, output: vscode.LogOutputChannel) {
  return async (...args: unknown[]): Promise<void> => {
    try {
      await handler(...args);
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
