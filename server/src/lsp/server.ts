/**
 * The language server: capabilities, document life cycle, settings, the workspace scan and
 * file watching. Findings are published for every policy file of the workspace, open or not. Features live in the core; `handlers.ts` connects them.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeLensRefreshRequest,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FIX_ALL_KIND, isoDate, PROJECT_FILE_NAME, type ValidationOptions } from '../core';
import { collectPolicyFiles, matchesExtraGlobs } from '../io/policyFiles';
import {
  byteBoundFor,
  isInside,
  PROJECT_FILE_MAX_BYTES,
  readRegularFile,
} from '../io/readRegularFile';
import { CodeLensRefresh } from './codeLensRefresh';
import { registerDebugStats } from './debugStats';
import { DiagnosticsScheduler } from './diagnostics';
import { localPath } from './fileUris';
import { collectTwice, IdleCollection } from './memory';
import { checkedDocumentConnection, guardedConnection } from './guardedConnection';
import { registerHandlers } from './handlers';
import {
  SETTINGS_SECTION,
  STATUS_NOTIFICATION,
  type InitializationOptions,
  type StatusParams,
} from './protocol';
import { guardWith, type Logger } from './runSafe';
import { effectiveSettings, normalizeSettings, type EffectiveSettings } from './settings';
import { DiskChecks, type ScannedFile } from './pool/diskChecks';
import { OffThreadChecks } from './pool/offThreadChecks';
import { defaultPoolSize, WorkerPool } from './pool/workerPool';
import { PolicyWorkspace } from './workspace';
import { SCAN_IN_WORKERS_FROM, WorkspaceScan } from './workspaceScan';

/** What the server needs from its surroundings (the clock, for tests). */
export interface ServerEnvironment {
  now(): Date;
}

interface ServerState {
  folders: string[];
  /** False in an untrusted workspace: the project file may then not widen which files are read. */
  trusted: boolean;
  settings: EffectiveSettings;
  today: string | undefined;
  canPullConfiguration: boolean;
  canWatchFiles: boolean;
  /** The client expands snippet syntax in completion items (Neovim 0.7, for one, does not). */
  snippetSupport: boolean;
  /** The editor's own settings as last received (initialize, a push or a pull), not yet normalized. */
  clientSettings: unknown;
  /** The editor's display language (`InitializeParams.locale`), followed when the setting is `auto`. */
  clientLocale: string | undefined;
  /** The client asked for `outsourcingPolicy/debug/stats` (tests). */
  debugStats: boolean;
}

function fileUri(file: string): string {
  return pathToFileURL(file).toString();
}

function folderPaths(params: InitializeParams): string[] {
  const uris =
    params.workspaceFolders?.map((folder) => folder.uri) ??
    (params.rootUri ? [params.rootUri] : []);
  return uris.flatMap((uri) => localPath(uri) ?? []);
}

/** The first workspace folder's project file; never one reached through a link out of its folder. */
function projectFileText(folders: readonly string[]): string | undefined {
  for (const folder of folders) {
    const limits = { maxBytes: PROJECT_FILE_MAX_BYTES, root: folder };
    const read = readRegularFile(path.join(folder, PROJECT_FILE_NAME), limits);
    if ('text' in read) return read.text;
  }
  return undefined;
}

export function startServer(unguarded: Connection, environment: ServerEnvironment): void {
  const documents = new TextDocuments(TextDocument);
  const logger: Logger = {
    error: (m) => unguarded.console.error(m),
    info: (m) => unguarded.console.info(m),
  };
  // every path that runs server work goes through this one guard: handlers, timers, answers
  const guard = guardWith(logger);
  const connection = guardedConnection(unguarded, guard);
  const state: ServerState = {
    folders: [],
    trusted: true,
    settings: effectiveSettings(normalizeSettings(undefined), undefined),
    today: undefined,
    canPullConfiguration: false,
    canWatchFiles: false,
    snippetSupport: false,
    clientSettings: undefined,
    clientLocale: undefined,
    debugStats: false,
  };
  const options = (): ValidationOptions => ({
    ...state.settings.options,
    today: state.today ?? isoDate(environment.now()),
  });
  const workspace = new PolicyWorkspace(documents, options);
  const idleCollection = new IdleCollection(undefined, guard('collecting garbage', collectTwice));
  const lensRefresh = new CodeLensRefresh(
    () => connection.sendRequest(CodeLensRefreshRequest.type),
    guard,
  );
  const pool = new WorkerPool(defaultPoolSize());
  const diskChecks = new DiskChecks(workspace, pool, guard);
  workspace.deferredDropped = (uri) => pool.forget([uri]);
  const versionOf = (uri: string) => documents.get(uri)?.version;
  const scheduler = new DiagnosticsScheduler(
    workspace,
    { versionOf, textOf: (uri) => documents.get(uri)?.getText() },
    {
      publish: (uri, version, diagnostics) =>
        void connection.sendDiagnostics({ uri, version, diagnostics }),
      roundDone: (totals) => {
        sendStatus(totals);
        idleCollection.workDone();
      },
      findingsChanged: () => lensRefresh.request(),
    },
    options,
    () => state.settings.delay,
    guard,
    new OffThreadChecks(workspace, pool, versionOf, guard),
    diskChecks,
  );

  const sendStatus = (totals: { errors: number; warnings: number }): void => {
    const status: StatusParams = {
      level: state.settings.options.level,
      levelSource: state.settings.levelSource,
      documentCount: workspace.allUris().length,
      errorCount: totals.errors,
      warningCount: totals.warnings,
    };
    void connection.sendNotification(STATUS_NOTIFICATION, status);
  };

  const scan = new WorkspaceScan();
  /**
   * Reads the workspace folders, then parses and indexes the files found in the background: many
   * are parsed and checked in worker threads (the main thread stays free for requests); resolves
   * with the workers' results of the files indexed.
   */
  const scanWorkspace = async (): Promise<ScannedFile[]> => {
    const extraGlobs = state.trusted ? state.settings.extraGlobs : [];
    const { maxDocumentSize } = state.settings.options;
    const found = collectPolicyFiles(state.folders, { extraGlobs, maxDocumentSize });
    for (const problem of found.problems) logger.error(problem);
    const files = found.files.map((file) => ({ uri: fileUri(file.path), text: file.text }));
    const scanned: ScannedFile[] = [];
    if (files.length < SCAN_IN_WORKERS_FROM)
      await scan.run(files, (file) => workspace.setDiskFile(file.uri, file.text, true));
    else {
      let checked = new Map<string, ScannedFile>();
      const check = async (all: readonly { uri: string; text: string }[]) => {
        checked = await diskChecks.scan(all, options());
      };
      await scan.runChecked(files, check, (file) => {
        const worked = checked.get(file.uri);
        if (!worked) return workspace.setDiskFile(file.uri, file.text, true); // its check failed
        workspace.setCheckedDiskFile(file.uri, worked.file);
        scanned.push(worked);
      });
    }
    logger.info(
      `indexed ${found.files.length} policy files in ${state.folders.length} workspace folder(s)`,
    );
    return scanned;
  };

  /**
   * After the scan: the findings the workers computed are published for every file whose
   * questions the complete index answers alike; every other document is validated (again).
   */
  const publishScan = (scanned: readonly ScannedFile[]): void => {
    const isStale = diskChecks.staleness();
    const published = new Set<string>();
    for (const worked of scanned) {
      if (isStale(worked)) continue;
      scheduler.publishComputed(worked.result.uri, worked.result);
      published.add(worked.result.uri);
    }
    scheduler.all([...knownUris()].filter((uri) => !published.has(uri)));
  };

  /**
   * After `initialized`: the settings are pulled, then the workspace is scanned in the
   * background (requests are answered meanwhile); every document is validated after the scan.
   */
  const startUp = guard('starting up', async (): Promise<void> => {
    scheduler.hold();
    let scanned: ScannedFile[] = [];
    try {
      if (state.canPullConfiguration) await loadSettings();
    } finally {
      await scanWorkspace()
        .then((files) => (scanned = files))
        .finally(() => {
          scheduler.release();
          publishScan(scanned);
        });
    }
  });

  const currentSettings = (): EffectiveSettings =>
    effectiveSettings(
      normalizeSettings(state.clientSettings),
      projectFileText(state.folders),
      state.clientLocale,
    );

  const loadSettings = async (): Promise<void> => {
    if (state.canPullConfiguration)
      state.clientSettings = await connection.workspace.getConfiguration(SETTINGS_SECTION);
    const before = state.settings.options;
    state.settings = currentSettings();
    for (const problem of state.settings.problems)
      void connection.window.showWarningMessage(`Outsourcing Policy: ${problem}`);
    // only the size limit changes a parse (of the files it affects); any other option (the
    // locale, the level) re-validates the kept parses
    const after = state.settings.options.maxDocumentSize;
    if (before.maxDocumentSize !== after) workspace.sizeLimitChanged(before.maxDocumentSize, after);
    scheduler.all(knownUris());
  };
  const reloadSettings = guard('loading the settings', loadSettings);

  /** Every document to publish findings for: the open ones and the indexed policy files. */
  const knownUris = (): Set<string> =>
    new Set([...documents.all().map((d) => d.uri), ...workspace.allUris()]);

  connection.onInitialize((params): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as Record<
      keyof InitializationOptions,
      unknown
    >;
    state.trusted = init.workspaceTrusted !== false;
    state.folders = folderPaths(params);
    state.today = typeof init.today === 'string' ? init.today : undefined;
    state.canPullConfiguration = params.capabilities.workspace?.configuration === true;
    state.canWatchFiles =
      params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    state.snippetSupport =
      params.capabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
    lensRefresh.enabled = params.capabilities.workspace?.codeLens?.refreshSupport === true;
    state.clientSettings = init.settings;
    state.clientLocale = params.locale;
    state.debugStats = init.debugStats === true;
    state.settings = currentSettings();
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: [' ', ':'] },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
        documentSymbolProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        codeLensProvider: { resolveProvider: false },
      },
      serverInfo: { name: 'outsourcing-policy-language-server' },
    };
  });

  connection.onInitialized(() => {
    if (state.canWatchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.{yaml,yml}' }, { globPattern: `**/${PROJECT_FILE_NAME}` }],
      });
    }
    startUp();
  });

  connection.onDidChangeConfiguration((change) => {
    const raw = (change.settings as Record<string, unknown> | undefined)?.[SETTINGS_SECTION];
    // a client that cannot be asked pushes its settings; a push without ours keeps the last ones
    if (!state.canPullConfiguration && raw) state.clientSettings = raw;
    void reloadSettings();
  });

  connection.onDidChangeWatchedFiles((params) => {
    let settingsChanged = false;
    // the changed files and the documents that depend on them, before and after the change
    const affected = new Set<string>(documents.all().map((d) => d.uri));
    for (const change of params.changes) {
      if (change.uri.endsWith(`/${PROJECT_FILE_NAME}`)) {
        settingsChanged = true;
        continue;
      }
      if (documents.get(change.uri)) continue; // the open document wins over its disk copy
      for (const uri of workspace.dependents(change.uri)) affected.add(uri);
      if (change.type === FileChangeType.Deleted) {
        scan.touch(change.uri);
        workspace.removeDiskFile(change.uri);
      } else readDiskChange(change.uri);
      affected.add(change.uri);
      for (const uri of workspace.dependents(change.uri)) affected.add(uri);
    }
    if (settingsChanged) void reloadSettings();
    else scheduler.all(affected);
  });

  const isExtraFile = (file: string): boolean =>
    state.trusted &&
    state.folders.some((folder) => matchesExtraGlobs(folder, file, state.settings.extraGlobs));

  /** Re-reads a file named by a watch event or a close: only regular files inside a workspace folder. */
  const readDiskChange = (uri: string): void => {
    scan.touch(uri);
    const file = localPath(uri);
    const folder = file && state.folders.find((candidate) => isInside(candidate, file));
    if (!file || !folder) return workspace.removeDiskFile(uri);
    const maxBytes = byteBoundFor(state.settings.options.maxDocumentSize);
    const read = readRegularFile(file, { maxBytes, root: folder });
    if ('text' in read) workspace.setDiskFile(uri, read.text, isExtraFile(file));
    else workspace.removeDiskFile(uri);
  };

  documents.onDidOpen((event) => {
    workspace.documentOpened(event.document.uri);
    scheduler.changed(event.document.uri);
  });
  documents.onDidChangeContent((event) => scheduler.changed(event.document.uri));
  documents.onDidClose((event) => {
    workspace.documentClosed(event.document.uri);
    readDiskChange(event.document.uri);
    scheduler.closed(event.document.uri);
    for (const uri of workspace.dependents(event.document.uri)) scheduler.changed(uri);
  });
  connection.onShutdown(() => {
    scheduler.dispose();
    pool.dispose();
    idleCollection.dispose();
  });

  const completionOptions = () => ({ snippets: state.snippetSupport });
  registerHandlers({ connection, workspace, options, completionOptions, logger });
  registerDebugStats(connection, {
    enabled: () => state.debugStats,
    parseCounts: () => workspace.parseCounts,
    scanned: () => scan.finished,
    diskRechecks: () => diskChecks.rechecked,
    pool: () => pool.snapshot(),
    workerParseCounts: () => workspace.workerParseCounts,
    documentState: () => ({
      open: documents.all().length,
      ...workspace.stateSizes(),
      ...scheduler.stateSizes(),
    }),
  });
  documents.listen(checkedDocumentConnection(connection, logger, guard));
  connection.listen();
}
