/**
 * The VS Code extension: starts the Outsourcing Policy language server (dist/server.js) for
 * YAML files, and adds the status item and the commands around it. The server decides which
 * YAML files are policy documents; all others get nothing from it.
 */
import * as vscode from 'vscode';
import {
  LanguageClient,
  NotificationType,
  State,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  SETTINGS_SECTION,
  STATUS_NOTIFICATION,
  type InitializationOptions,
  type StatusParams,
} from '../../server/src/lsp/protocol';
import { registerCommands } from './commands';
import { MeasuresView } from './measures/view';
import { readSettings } from './settings';
import { PolicyStatusItem } from './status';

const StatusNotification = new NotificationType<StatusParams>(STATUS_NOTIFICATION);

let runningClient: LanguageClient | undefined;

function createClient(
  context: vscode.ExtensionContext,
  output: vscode.LogOutputChannel,
): LanguageClient {
  const server = { module: context.asAbsolutePath('dist/server.js'), transport: TransportKind.ipc };
  const serverOptions: ServerOptions = {
    run: server,
    debug: { ...server, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'yaml' },
      { scheme: 'untitled', language: 'yaml' },
    ],
    synchronize: { configurationSection: SETTINGS_SECTION },
    outputChannel: output,
    traceOutputChannel: output,
    // A function, so that a restart sends the settings and the trust of that moment.
    initializationOptions: (): InitializationOptions => ({
      settings: readSettings(),
      workspaceTrusted: vscode.workspace.isTrusted,
    }),
  };
  // The id makes the client read the trace level from `outsourcingPolicy.trace.server`.
  return new LanguageClient(SETTINGS_SECTION, 'Outsourcing Policy', serverOptions, clientOptions);
}

function followClientState(client: LanguageClient, status: PolicyStatusItem): vscode.Disposable {
  return client.onDidChangeState(({ newState }) => {
    if (newState === State.Starting) status.showStarting();
    else if (newState === State.Stopped) status.showStopped();
  });
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Outsourcing Policy', { log: true });
  const status = new PolicyStatusItem();
  const client = createClient(context, output);
  const measures = new MeasuresView(client, output);
  context.subscriptions.push(
    output,
    status,
    client,
    measures,
    followClientState(client, status),
    client.onNotification(StatusNotification, (params) => {
      status.update(params);
      measures.scheduleRefresh();
    }),
    measures.onDidChangeCoverage((shown) => status.showCoverage(shown?.result ?? null)),
    // Trust widens what the server may read (extra globs of the project): start it afresh.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client.restart()),
  );
  registerCommands(context, { client, output, measures });
  runningClient = client;
  try {
    await client.start();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    output.error(vscode.l10n.t('The language server did not start: {0}', reason));
    status.showStopped();
  }
}

export async function deactivate(): Promise<void> {
  await runningClient?.stop();
  runningClient = undefined;
}
