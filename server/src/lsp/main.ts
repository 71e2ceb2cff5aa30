/**
 * Entry point of the language server (dist/server.js). The transport is chosen by the
 * command line as usual for LSP servers: --stdio, --node-ipc or --socket=<port>.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

if (process.argv.includes('--help')) {
  process.stdout.write(
    'Usage: outsourcing-policy-language-server --stdio\n\nThe Outsourcing Policy language server (LSP) for any editor.\n',
  );
  process.exit(0);
}

const connection = createConnection(ProposedFeatures.all);
process.on('unhandledRejection', (reason) =>
  connection.console.error(`unhandled rejection: ${String(reason)}`),
);
startServer(connection, { now: () => new Date() });
