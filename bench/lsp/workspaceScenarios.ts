/**
 * LSP scenarios over many documents: start-up with a workspace on disk (until the first request
 * is answered, until every document is diagnosed) and resident memory with many open documents
 * and after open/close cycles.
 */
import * as path from 'node:path';
import { removeFolder, temporaryFolder } from '../generate/corpus';
import { workspaceFiles, writeWorkspace } from '../generate/workspace';
import { LspDriver, uriOf, type ServerCommand } from './driver';
import { keyPosition } from './scenarios';

export interface StartUp {
  /** Milliseconds from starting the process to the answer of the first hover. */
  answersMs: number;
  /** Milliseconds from starting the process until every document had diagnostics, if it does. */
  allDiagnosedMs?: number;
}

/**
 * Starts the server on a workspace of `count` documents, opens one of them and asks for a hover
 * at once; when `expectAll`, waits until diagnostics were published for every document.
 */
export async function startUpWithWorkspace(
  server: ServerCommand,
  count: number,
  expectAll: boolean,
): Promise<StartUp> {
  const root = writeWorkspace(temporaryFolder('startup'), count);
  const files = [...workspaceFiles(count)];
  const uris = files.map((file) => uriOf(path.join(root, file.name)));
  const driver = new LspDriver(server);
  try {
    await driver.initialize(root);
    await driver.open(uris[0], files[0].text);
    await driver.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: uris[0] },
      position: keyPosition(files[0].text, 'tenancy'),
    });
    const answersMs = performance.now() - driver.started;
    if (!expectAll) return { answersMs };
    await driver.waitFor(
      `diagnostics of all ${count} documents`,
      () => (uris.every((uri) => driver.publicationCount(uri) > 0) ? true : undefined),
      120_000,
    );
    const allDiagnosedMs =
      Math.max(...uris.map((uri) => driver.published.get(uri)![0].at)) - driver.started;
    return { answersMs, allDiagnosedMs };
  } finally {
    await driver.stop();
    removeFolder(root);
  }
}

export interface Memory {
  openMb: number;
  afterCyclesMb: number;
  peakMb: number;
}

const SETTLE_MS = 2_000;

/**
 * Opens `count` documents (not on disk), waits for their diagnostics and until the server is
 * quiet, reads its RSS; then closes and re-opens one document after the other `cycles` times
 * (every 100th cycle waits for that document's diagnostics, so the client does not run far
 * ahead of the server) and reads the RSS again once the server is quiet.
 */
export async function memoryWithOpenDocuments(
  server: ServerCommand,
  count: number,
  cycles: number,
  /** Called when the server is quiet, after its RSS was read (`bench/memoryCycles.ts` probes its heap). */
  whenQuiet?: (phase: 'open' | 'cycled', driver: LspDriver) => Promise<void>,
): Promise<Memory> {
  const root = temporaryFolder('memory');
  const files = [...workspaceFiles(count)];
  const uris = files.map((file) => uriOf(path.join(root, 'open', file.name)));
  const driver = new LspDriver(server);
  try {
    await driver.initialize(root);
    for (let i = 0; i < count; i++) await driver.open(uris[i], files[i].text);
    await driver.waitFor(
      `diagnostics of ${count} open documents`,
      () => (uris.every((uri) => driver.publicationCount(uri) > 0) ? true : undefined),
      300_000,
    );
    await driver.settle(SETTLE_MS);
    const openMb = driver.rssMb();
    await whenQuiet?.('open', driver);
    for (let cycle = 0; cycle < cycles; cycle++) {
      const i = cycle % count;
      const version = 2 + Math.floor(cycle / count);
      await driver.close(uris[i]);
      if (cycle % 100 !== 99) {
        await driver.open(uris[i], files[i].text, version);
        continue;
      }
      // a round trip first, so that what the close publishes is not taken for the open's
      await driver.connection.sendRequest('textDocument/documentSymbol', {
        textDocument: { uri: uris[(i + 1) % count] },
      });
      const seen = driver.publicationCount(uris[i]);
      await driver.open(uris[i], files[i].text, version);
      await driver.nextPublication(uris[i], seen);
    }
    await driver.settle(SETTLE_MS, 300_000);
    const afterCyclesMb = driver.rssMb();
    const peakMb = driver.peakMb();
    await whenQuiet?.('cycled', driver);
    return { openMb, afterCyclesMb, peakMb };
  } finally {
    await driver.stop();
    removeFolder(root);
  }
}
