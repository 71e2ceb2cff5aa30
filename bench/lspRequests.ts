/**
 * Language-server request benchmark (issue 13), self-contained: starts the built server
 * (`dist/server.js --stdio`) and measures
 * 1. hover and completion on a small engagement while another, 8k-line engagement is being
 *    typed in (a change, then at once a request on the other file; its round trip, p50, p95);
 * 2. start-up with a workspace of 500 documents on disk: from `initialize` sent until a hover
 *    sent right after `initialized` is answered, and until every document was diagnosed.
 * Run: `tsc -p . && node esbuild.js && node out/bench/lspRequests.js [runs] [other/server.js]`
 * (with a second bundle, both are measured in turn, run by run); prints Markdown. Wall-clock
 * numbers include the load of the machine; the server's own CPU time (from /proc) less so.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SERVER, TestLanguageClient, uriOf } from '../test/support/lspClient';
import { CLEAN_ENGAGEMENT } from '../test/support/examples';
import { writeWorkspace } from './generate/workspace';

const EDITS = 20;
const WORKSPACE_DOCUMENTS = 500;

/** An engagement file of about 8,000 lines: twelve engagements with ids of their own. */
function bigEngagement(): string {
  const parts: string[] = [];
  for (let n = 0; n < 12; n++) {
    const serial = String(n).padStart(3, '0');
    parts.push(CLEAN_ENGAGEMENT.replaceAll('ENG-2025-004', `ENG-2025-9${serial}`));
  }
  return parts.join('\n---\n');
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const ms = (since: bigint): number => Number(process.hrtime.bigint() - since) / 1e6;

/** The position of the first `needle` in `text`. */
function positionOf(text: string, needle: string): { line: number; character: number } {
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return { line: before.length - 1, character: before.at(-1)!.length + 1 };
}

/** The CPU time (user + system) a process used so far, in milliseconds (Linux). */
function cpuMs(pid: number | undefined): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in ticks
}

async function hoverWhileTyping(
  server: string,
): Promise<{ hovers: number[]; completions: number[] }> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'outsourcing-policy-requests-'));
  const small = uriOf(path.join(root, 'small.engagement.yaml'));
  const big = uriOf(path.join(root, 'big.engagement.yaml'));
  const bigText = bigEngagement();
  const client = new TestLanguageClient(undefined, undefined, server);
  try {
    await client.initialize(root);
    await client.open(small, CLEAN_ENGAGEMENT, 1);
    await client.open(big, bigText, 1);
    await client.diagnosticsFor(small, 1);
    await client.diagnosticsFor(big, 1);
    const position = positionOf(CLEAN_ENGAGEMENT, 'model:');
    const hovers: number[] = [];
    const completions: number[] = [];
    const at = { textDocument: { uri: small }, position };
    for (let edit = 1; edit <= EDITS; edit++) {
      const version = 2 * edit;
      await client.change(big, version, `${bigText}# edit ${version}\n`);
      const started = process.hrtime.bigint();
      await client.connection.sendRequest('textDocument/hover', at);
      hovers.push(ms(started));
      await client.change(big, version + 1, `${bigText}# edit ${version + 1}\n`);
      const again = process.hrtime.bigint();
      await client.connection.sendRequest('textDocument/completion', at);
      completions.push(ms(again));
    }
    await client.diagnosticsFor(big, 2 * EDITS + 1);
    return { hovers, completions };
  } finally {
    await client.shutdown();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

interface StartUp {
  firstAnswer: number;
  allDiagnosed: number;
  /** The server's CPU time until all were diagnosed. */
  cpu: number;
}

async function startUp(server: string): Promise<StartUp> {
  const root = writeWorkspace(
    fs.mkdtempSync(path.join(os.tmpdir(), 'outsourcing-policy-startup-')),
    WORKSPACE_DOCUMENTS,
  );
  const target = uriOf(path.join(root, 'customer-000', 'erp-0.engagement.yaml'));
  const client = new TestLanguageClient(undefined, undefined, server);
  try {
    const started = process.hrtime.bigint();
    await client.initialize(root);
    await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: target },
      position: positionOf(CLEAN_ENGAGEMENT, 'model:'),
    });
    const firstAnswer = ms(started);
    await client.waitFor(
      'every document diagnosed',
      () => (client.published.size >= WORKSPACE_DOCUMENTS ? true : undefined),
      600_000,
    );
    return { firstAnswer, allDiagnosed: ms(started), cpu: cpuMs(client.pid) };
  } finally {
    await client.shutdown();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

const median = (values: readonly number[]) => percentile(values, 50);
const fmt = (value: number) => `${value.toFixed(1)} ms`;
const each = (values: readonly number[]) => values.map((v) => v.toFixed(0)).join(', ');

interface Typing {
  hovers: number[];
  completions: number[];
}

function report(server: string, typing: Typing, starts: StartUp[]): void {
  console.log(`### ${path.relative(process.cwd(), server)}`);
  console.log('');
  for (const [what, times] of [
    ['hover', typing.hovers],
    ['completion', typing.completions],
  ] as const)
    console.log(
      `- ${what} on a small engagement right after each of ${EDITS} edits of an 8k-line one ` +
        `(${times.length} requests): p50 ${fmt(median(times))}, p95 ${fmt(percentile(times, 95))}`,
    );
  const line = (what: string, values: number[]) =>
    console.log(
      `- start-up with ${WORKSPACE_DOCUMENTS} documents, ${what}: median ${fmt(median(values))} (${each(values)})`,
    );
  line(
    'first request answered',
    starts.map((s) => s.firstAnswer),
  );
  line(
    'all diagnosed',
    starts.map((s) => s.allDiagnosed),
  );
  line(
    'server CPU time until all diagnosed',
    starts.map((s) => s.cpu),
  );
  console.log('');
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 3);
  const servers = [SERVER, ...process.argv.slice(3).map((file) => path.resolve(file))];
  const results = servers.map(() => ({
    typing: { hovers: [], completions: [] } as Typing,
    starts: [] as StartUp[],
  }));
  for (let run = 0; run < runs; run++) {
    for (const [i, server] of servers.entries()) {
      const typing = await hoverWhileTyping(server);
      results[i].typing.hovers.push(...typing.hovers);
      results[i].typing.completions.push(...typing.completions);
      results[i].starts.push(await startUp(server));
    }
  }
  console.log(
    `LSP requests: ${runs} runs, ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)} at the end (included)`,
  );
  console.log('');
  for (const [i, server] of servers.entries()) report(server, results[i].typing, results[i].starts);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
