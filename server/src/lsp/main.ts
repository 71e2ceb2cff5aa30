/**
 * Entry point of the language server (dist/server.js). The transport is chosen by the
 * command line as usual for LSP servers: --stdio, --node-ipc or --socket=<port>.
 * Over stdio the framing is checked strictly: a broken frame is logged to stderr and ends the
 * process with exit code 1 (the client restarts the server) instead of a silent hang.
 */
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { FramingCheck } from './framing';
import { MessageGate } from './messageGate';
import { startServer } from './server';

if (process.argv.includes('--help')) {
  process.stdout.write(
    'Usage: outsourcing-policy-language-server --stdio\n\nThe Outsourcing Policy language server (LSP) for any editor.\n',
  );
  process.exit(0);
}

function exitOnFramingError(problem: string): never {
  process.stderr.write(`outsourcing-policy-language-server: broken message framing: ${problem}\n`);
  process.exit(1);
}

/** Over stdio nothing but protocol messages may reach stdout: console output goes to the log. */
function keepConsoleOffStdout(connection: Connection): void {
  const log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  const error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
  Object.assign(console, { log, info: log, debug: log, warn: error, error });
}

function connect(gate: MessageGate): Connection {
  if (!process.argv.includes('--stdio'))
    return createConnection(ProposedFeatures.all, gate.options);
  const input = process.stdin.pipe(new FramingCheck(exitOnFramingError));
  const connection = createConnection(ProposedFeatures.all, input, process.stdout, gate.options);
  keepConsoleOffStdout(connection);
  return connection;
}

const gate = new MessageGate();
const connection = connect(gate);
gate.register(connection);
process.on('unhandledRejection', (reason) =>
  connection.console.error(`unhandled rejection: ${String(reason)}`),
);
startServer(connection, { now: () => new Date() });
