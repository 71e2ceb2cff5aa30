/**
 * One test session: a fresh copy of the fixture workspace, code-server with the packaged
 * extension serving it, and Chromium showing the workbench. stop() ends all of it, and a failed
 * step leaves a screenshot and code-server's output in .e2e-cache/failures/.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { startBrowser, type BrowserSession } from './browser';
import { startCodeServer, type CodeServer } from './codeServer';
import { copyOfFixtureWorkspace, FAILURES, FIXTURE_WORKSPACE } from './paths';
import { Workbench } from './workbench';

export interface SessionOptions {
  /** false: the workspace is trusted (trust is off); true: VS Code asks, and the test answers. */
  workspaceTrust: boolean;
  /** User settings on top of the test defaults. */
  settings?: Record<string, unknown>;
}

export interface Session {
  /** The copy of the fixture workspace that code-server opened. */
  workspace: string;
  page: Page;
  workbench: Workbench;
  /** Keeps a screenshot and code-server's output for a failed test. */
  keepEvidence(testName: string): Promise<string>;
  stop(): Promise<void>;
}

/** A file name for a test's evidence: letters, digits and dashes. */
function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

async function keepEvidence(page: Page, server: CodeServer, testName: string): Promise<string> {
  fs.mkdirSync(FAILURES, { recursive: true });
  const base = path.join(FAILURES, slug(testName));
  fs.writeFileSync(`${base}.code-server.log`, server.log());
  await page.screenshot({ path: `${base}.png`, timeout: 10_000 }).catch(() => undefined);
  return `${base}.png`;
}

/** Fixture file names, to wait for in the explorer. */
function someFixtureFile(): string {
  const names = fs.readdirSync(FIXTURE_WORKSPACE).filter((name) => name.endsWith('.yaml'));
  return names.sort()[0] ?? '';
}

async function openWorkbench(workbench: Workbench, url: string, options: SessionOptions) {
  await workbench.open(url);
  if (options.workspaceTrust) await workbench.answerTrustDialog(false);
  await workbench.waitForExplorer(someFixtureFile());
}

export async function startSession(options: SessionOptions): Promise<Session> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'outsourcing-policy-e2e-'));
  const workspace = copyOfFixtureWorkspace(scratch);
  let server: CodeServer | undefined;
  let browser: BrowserSession | undefined;
  const removeScratch = (): void => fs.rmSync(scratch, { recursive: true, force: true });
  process.once('exit', removeScratch); // also when the run is cut short
  const stop = async (): Promise<void> => {
    await browser?.stop();
    await server?.stop();
    removeScratch();
    process.removeListener('exit', removeScratch);
  };
  try {
    server = await startCodeServer({
      workspace,
      workspaceTrust: options.workspaceTrust,
      ...(options.settings ? { settings: options.settings } : {}),
    });
    browser = await startBrowser();
    const started = { server, page: browser.page };
    const workbench = new Workbench(browser.page);
    await openWorkbench(workbench, server.url, options).catch(async (error: unknown) => {
      await keepEvidence(started.page, started.server, 'session start');
      throw error;
    });
    return {
      workspace,
      page: browser.page,
      workbench,
      keepEvidence: (testName) => keepEvidence(started.page, started.server, testName),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
