/**
 * Debian's Chromium, driven by playwright-core: headless, with a fresh profile, and kept off
 * every network but loopback.
 */
import { chromium, type BrowserServer, type Page } from 'playwright-core';
import { setupPaths } from './paths';

const LAUNCH_TIMEOUT_MS = 60_000;
const CLOSE_TIMEOUT_MS = 10_000;
/** 1,500 px wide: the width at which every Problems row must show its measure (scenario 1c). */
export const VIEWPORT = { width: 1500, height: 900 };

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Any host name but loopback fails to resolve, so no request can leave this machine.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

export interface BrowserSession {
  page: Page;
  stop(): Promise<void>;
}

function kill(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

async function closeOrKill(server: BrowserServer, pid: number | undefined): Promise<void> {
  const closed = await Promise.race([
    server.close().then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), CLOSE_TIMEOUT_MS)),
  ]);
  if (!closed) kill(pid);
}

/**
 * Starts Chromium and opens one page. playwright-core gives every launch a new, empty profile
 * (its own --user-data-dir) and removes it on close. The browser runs as a server of its own so
 * that its process id is known and it can be stopped by that id whatever happens.
 */
export async function startBrowser(): Promise<BrowserSession> {
  const server = await chromium.launchServer({
    executablePath: setupPaths().chromium,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: LAUNCH_TIMEOUT_MS,
  });
  const pid = server.process().pid;
  const killOnExit = (): void => kill(pid);
  process.once('exit', killOnExit);
  try {
    const browser = await chromium.connect(server.wsEndpoint(), { timeout: LAUNCH_TIMEOUT_MS });
    const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    return {
      page,
      stop: async () => {
        await closeOrKill(server, pid);
        process.removeListener('exit', killOnExit);
      },
    };
  } catch (error) {
    await closeOrKill(server, pid);
    throw error;
  }
}
