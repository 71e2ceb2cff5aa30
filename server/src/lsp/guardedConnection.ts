/**
 * The connection as the server sees it: every notification handler runs inside the server's
 * guard (`runGuarded`), so no notification can end the process.
 *
 * The document notifications are also checked at the edge: `TextDocuments` stores whatever a
 * client sends, so a `text` that is a number would only fail later, inside a timer. A malformed
 * one is refused with a logged message and never stored.
 */
import type { Connection, NotificationHandler, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Guard, Logger } from './runSafe';

/** What `TextDocuments.listen` needs of a connection (the type is not exported by name). */
type TextDocumentConnection = Parameters<TextDocuments<TextDocument>['listen']>[0];

type Check = (params: unknown) => string | undefined;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isPosition(value: unknown): boolean {
  return isRecord(value) && isCount(value.line) && isCount(value.character);
}

/** The problem with `params.textDocument`, or undefined when it names a document. */
function documentProblem(params: unknown, needs: { version?: boolean; text?: boolean }) {
  if (!isRecord(params) || !isRecord(params.textDocument)) return 'textDocument is missing';
  const document = params.textDocument;
  if (typeof document.uri !== 'string' || document.uri === '') return 'uri is not a string';
  if (needs.version && !(typeof document.version === 'number' && isCount(document.version)))
    return 'version is not a whole number';
  if (needs.text && typeof document.text !== 'string') return 'text is not a string';
  return undefined;
}

function changeProblem(change: unknown): string | undefined {
  if (!isRecord(change) || typeof change.text !== 'string') return 'a change text is not a string';
  if (change.range === undefined) return undefined;
  const range = change.range;
  if (!isRecord(range) || !isPosition(range.start) || !isPosition(range.end))
    return 'a change range is not a range';
  return undefined;
}

const checkOpen: Check = (params) => documentProblem(params, { version: true, text: true });
const checkNamed: Check = (params) => documentProblem(params, {});
const checkChange: Check = (params) => {
  const problem = documentProblem(params, { version: true });
  if (problem) return problem;
  const changes = (params as Record<string, unknown>).contentChanges;
  if (!Array.isArray(changes)) return 'contentChanges is not a list';
  for (const change of changes) {
    const changeIssue = changeProblem(change);
    if (changeIssue) return changeIssue;
  }
  return undefined;
};

/** The connection with the handlers of its notifications (and of `shutdown`) guarded. */
export function guardedConnection(connection: Connection, guard: Guard): Connection {
  const guarded = Object.create(connection) as Connection;
  guarded.onInitialized = (handler) => connection.onInitialized(guard('initialized', handler));
  guarded.onDidChangeConfiguration = (handler) =>
    connection.onDidChangeConfiguration(guard('workspace/didChangeConfiguration', handler));
  guarded.onDidChangeWatchedFiles = (handler) =>
    connection.onDidChangeWatchedFiles(guard('workspace/didChangeWatchedFiles', handler));
  guarded.onShutdown = (handler) => connection.onShutdown(guard('shutdown', handler));
  guarded.onExit = (handler) => connection.onExit(guard('exit', handler));
  return guarded;
}

/** The connection as `TextDocuments.listen` sees it: every notification checked and guarded. */
export function checkedDocumentConnection(
  connection: Connection,
  logger: Logger,
  guard: Guard,
): TextDocumentConnection {
  const checked =
    <P>(method: string, check: Check, handler: NotificationHandler<P>): NotificationHandler<P> =>
    (params: P) => {
      const problem = check(params);
      if (problem) logger.error(`Refused ${method}: ${problem}.`);
      else guard(method, handler)(params);
    };
  return {
    onDidOpenTextDocument: (handler) =>
      connection.onDidOpenTextDocument(checked('textDocument/didOpen', checkOpen, handler)),
    onDidChangeTextDocument: (handler) =>
      connection.onDidChangeTextDocument(checked('textDocument/didChange', checkChange, handler)),
    onDidCloseTextDocument: (handler) =>
      connection.onDidCloseTextDocument(checked('textDocument/didClose', checkNamed, handler)),
    onWillSaveTextDocument: (handler) =>
      connection.onWillSaveTextDocument(checked('textDocument/willSave', checkNamed, handler)),
    onWillSaveTextDocumentWaitUntil: (handler) =>
      connection.onWillSaveTextDocumentWaitUntil((params, token) =>
        checkNamed(params) ? [] : handler(params, token),
      ),
    onDidSaveTextDocument: (handler) =>
      connection.onDidSaveTextDocument(checked('textDocument/didSave', checkNamed, handler)),
  };
}
