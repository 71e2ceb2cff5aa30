/**
 * Server start benchmark: a fresh language server (the bundle, over stdio), an empty workspace,
 * one didOpen of the clean engagement with no debounce; measures initialize -> answered and
 * didOpen -> first diagnostics, the medians of several fresh servers.
 * Run `npm run build && tsc -p . && node out/bench/firstDiagnostics.js [rounds] [server bundle]`.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

const ROOT = path.resolve(__dirname, '../..');
const FILE = 'examples/clean/erp-hosting.engagement.yaml';

interface Round {
  initialize: number;
  firstDiagnostics: number;
}

const since = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

async function oneServer(bundle: string, folder: string): Promise<Round> {
  const child = spawn(process.execPath, [bundle, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const uri = pathToFileURL(path.join(folder, 'erp-hosting.engagement.yaml')).toString();
  const published = new Promise<void>((resolve) =>
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string }) => {
      if (params.uri === uri) resolve();
    }),
  );
  connection.listen();
  const start = process.hrtime.bigint();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(folder).toString(),
    workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'bench' }],
    capabilities: {},
    initializationOptions: { settings: { validation: { delay: 0 } }, today: '2026-11-27' },
  });
  const initialize = since(start);
  await connection.sendNotification('initialized', {});
  const text = fs.readFileSync(path.join(ROOT, FILE), 'utf8');
  const opened = process.hrtime.bigint();
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'yaml', version: 1, text },
  });
  await published;
  const firstDiagnostics = since(opened);
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  await new Promise((resolve) => child.on('exit', resolve));
  connection.dispose();
  return { initialize, firstDiagnostics };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 10);
  const bundle = path.resolve(ROOT, process.argv[3] ?? 'dist/server.js');
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'first-diagnostics-'));
  try {
    const results: Round[] = [];
    for (let round = 0; round < rounds; round++) results.push(await oneServer(bundle, folder));
    const show = (key: keyof Round) => median(results.map((r) => r[key])).toFixed(1);
    console.log(`${path.relative(ROOT, bundle)}: median of ${rounds} fresh servers`);
    console.log(`  initialize -> answered         ${show('initialize')} ms`);
    console.log(`  didOpen -> first diagnostics   ${show('firstDiagnostics')} ms`);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
