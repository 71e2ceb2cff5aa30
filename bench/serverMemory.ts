/**
 * Server memory benchmark (issue 10): starts the built server (`dist/server.js --stdio`), opens a
 * document of about 2 MB and sends 16 full-text changes, waiting for its diagnostics after each,
 * while sampling the server's resident memory from /proc/<pid>/status (VmRSS; VmHWM is the
 * kernel's own peak). Linux only. Run `npm run bench:memory` (builds first); prints Markdown.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TestLanguageClient, uriOf } from '../test/support/lspClient';
import { unknownAndDuplicateKeys } from '../test/support/hugeDocuments';

const VERSIONS = 16;

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) : 0;
}

const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

async function main(): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'outsourcing-policy-memory-'));
  const file = path.join(root, 'huge.engagement.yaml');
  const uri = uriOf(file);
  const base = unknownAndDuplicateKeys();
  const client = new TestLanguageClient(
    ['--stdio'],
    (process.env.SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean),
  );
  const pid = client.pid;
  if (pid === undefined) throw new Error('the server did not start');
  await client.initialize(root);
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(statusKb(pid, 'VmRSS')), 10);
  const afterEach: number[] = [];
  const started = process.hrtime.bigint();
  await client.open(uri, base, 1);
  await client.diagnosticsFor(uri, 1);
  afterEach.push(statusKb(pid, 'VmRSS'));
  for (let version = 2; version <= VERSIONS; version++) {
    await client.change(uri, version, `${base}# edit ${version}\n`);
    const diagnostics = await client.diagnosticsFor(uri, version);
    if (diagnostics.length === 0) throw new Error(`no diagnostics for version ${version}`);
    afterEach.push(statusKb(pid, 'VmRSS'));
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  clearInterval(sampler);
  const peak = statusKb(pid, 'VmHWM');
  await client.shutdown();
  fs.rmSync(root, { recursive: true, force: true });
  console.log(
    `Server memory: a ${(base.length / 1e6).toFixed(1)} MB document, ${VERSIONS} versions`,
  );
  console.log('');
  console.log(`- peak resident memory (VmHWM): ${mb(peak)}`);
  console.log(
    `- highest sampled VmRSS: ${mb(Math.max(...samples))}, lowest: ${mb(Math.min(...samples))}`,
  );
  console.log(`- VmRSS after each version's diagnostics: ${afterEach.map(mb).join(', ')}`);
  console.log(`- ${seconds.toFixed(1)} s for all versions (machine load included)`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
