/**
 * Starts code-server (a full VS Code served to the browser) on loopback with the packaged
 * extension installed, and stops it again by the process id it started. Everything it writes
 * goes to a fresh temporary folder; nothing is fetched from outside this machine.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { setupPaths, VSIX } from './paths';
import { waitUntil } from './waitUntil';

const HOST = '127.0.0.1';
const START_TIMEOUT_MS = 60_000;
const INSTALL_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 10_000;
/** A loopback port nobody listens on: where outbound requests are sent, so that they fail. */
const DEAD_END = 'http://127.0.0.1:9';

export interface CodeServerOptions {
  /** The folder to open. */
  workspace: string;
  /** Whether VS Code asks about workspace trust (then the folder opens in Restricted Mode). */
  workspaceTrust: boolean;
  /** User settings on top of the test defaults, e.g. `{'outsourcingPolicy.locale': 'de'}`. */
  settings?: Record<string, unknown>;
}

export interface CodeServer {
  url: string;
  pid: number;
  /** code-server's own output so far, for a failure report. */
  log(): string;
  stop(): Promise<void>;
}

/** User settings that keep the workbench quiet and predictable for a test. */
function userSettings(workspaceTrust: boolean): Record<string, unknown> {
  return {
    'security.workspace.trust.enabled': workspaceTrust,
    'security.workspace.trust.startupPrompt': 'always',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.disableAIFeatures': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'git.enabled': false,
    'files.autoSave': 'off',
    'workbench.colorTheme': 'Default Light Modern',
    'editor.hover.delay': 300,
    'editor.minimap.enabled': false,
    'editor.stickyScroll.enabled': false,
    'window.commandCenter': false,
  };
}

/** Environment for code-server: outbound requests of its own go to a dead loopback port. */
function serverEnvironment(): NodeJS.ProcessEnv {
  const gallery = {
    serviceUrl: `${DEAD_END}/gallery`,
    itemUrl: `${DEAD_END}/item`,
    resourceUrlTemplate: `${DEAD_END}/asset/{publisher}/{name}/{version}/{path}`,
  };
  return {
    ...process.env,
    EXTENSIONS_GALLERY: JSON.stringify(gallery),
    HTTP_PROXY: DEAD_END,
    HTTPS_PROXY: DEAD_END,
    http_proxy: DEAD_END,
    https_proxy: DEAD_END,
    NO_PROXY: '127.0.0.1,localhost',
    no_proxy: '127.0.0.1,localhost',
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function isHealthy(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get(`${url}/healthz`, { timeout: 2_000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
    request.on('timeout', () => request.destroy());
  });
}

function installExtension(profile: string): void {
  const { node, codeServerEntry } = setupPaths();
  const result = spawnSync(
    node,
    [codeServerEntry, ...profileArgs(profile), '--install-extension', VSIX, '--force'],
    { encoding: 'utf8', timeout: INSTALL_TIMEOUT_MS, env: serverEnvironment() },
  );
  if (result.status !== 0)
    throw new Error(`installing ${VSIX} failed:\n${result.stdout}\n${result.stderr}`);
}

function profileArgs(profile: string): string[] {
  return [
    '--user-data-dir',
    path.join(profile, 'user-data'),
    '--extensions-dir',
    path.join(profile, 'extensions'),
  ];
}

function writeSettings(
  profile: string,
  workspaceTrust: boolean,
  extra: Record<string, unknown> = {},
): void {
  const folder = path.join(profile, 'user-data', 'User');
  fs.mkdirSync(folder, { recursive: true });
  const text = JSON.stringify({ ...userSettings(workspaceTrust), ...extra }, null, 2);
  fs.writeFileSync(path.join(folder, 'settings.json'), text);
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Signals the process group code-server leads (it, its extension host and language server). */
function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

async function stopProcess(child: ChildProcess, profile: string): Promise<void> {
  const pid = child.pid;
  if (pid !== undefined) {
    signalGroup(pid, 'SIGTERM');
    const stopped = await Promise.race([
      exited(child).then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), STOP_TIMEOUT_MS)),
    ]);
    // The group may still hold the extension host after code-server itself left.
    signalGroup(pid, 'SIGKILL');
    if (!stopped) await exited(child);
  }
  fs.rmSync(profile, { recursive: true, force: true });
}

/** Starts code-server with the packaged extension and waits until it answers. */
export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const { node, codeServerEntry } = setupPaths();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'outsourcing-policy-code-server-'));
  writeSettings(profile, options.workspaceTrust, options.settings);
  installExtension(profile);
  const port = await freePort();
  const url = `http://${HOST}:${port}`;
  const args = [
    codeServerEntry,
    ...['--auth', 'none', '--bind-addr', `${HOST}:${port}`],
    ...['--disable-telemetry', '--disable-update-check'],
    ...profileArgs(profile),
    options.workspace,
  ];
  const child = spawn(node, args, {
    detached: true, // its own process group, so that stop() reaches every child
    stdio: ['ignore', 'pipe', 'pipe'],
    env: serverEnvironment(),
  });
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  stopOnExit(child, profile);
  const server: CodeServer = {
    url,
    pid: child.pid ?? -1,
    log: () => output.join(''),
    stop: () => stopProcess(child, profile),
  };
  try {
    await waitUntil(`code-server to answer on ${url}`, START_TIMEOUT_MS, async () => {
      if (child.exitCode !== null) throw new Error(`code-server exited:\n${server.log()}`);
      return (await isHealthy(url)) || undefined;
    });
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

/** If this process ends early (an uncaught error, a signal), its code-server goes with it. */
function stopOnExit(child: ChildProcess, profile: string): void {
  const kill = (): void => {
    if (child.pid !== undefined && child.exitCode === null) signalGroup(child.pid, 'SIGKILL');
    fs.rmSync(profile, { recursive: true, force: true });
  };
  process.once('exit', kill);
  child.once('exit', () => process.removeListener('exit', kill));
}
