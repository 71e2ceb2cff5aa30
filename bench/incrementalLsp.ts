/**
 * The LSP row "edit -> diagnostics" alone (the scenario of `npm run bench`, section lsp): our
 * server at delay 0 on the generated 2000-line block engagement. `SERVERS` names server bundles
 * to compare (default: this checkout's `dist/server.js`); they are measured in turns, `ROUNDS`
 * rounds of 20 edits each. Run: `npx tsc -p . && node esbuild.js && node out/bench/incrementalLsp.js`.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { engagementOfLines } from './generate/engagements';
import { editedInTheMiddle, editToDiagnostics, typedInTheMiddle } from './lsp/scenarios';
import { ourServer } from './lsp/servers';
import { REPO_ROOT } from './peers/install';
import { summarize } from './stats';

const ROUNDS = Number(process.env.ROUNDS ?? 3);
const EDITS = 20;
/** `EDIT=typed`: a character typed in a value, instead of a comment line inserted. */
const edited = process.env.EDIT === 'typed' ? typedInTheMiddle : editedInTheMiddle;

async function main(): Promise<void> {
  const servers = (process.env.SERVERS ?? path.join(REPO_ROOT, 'dist', 'server.js')).split(',');
  const text = engagementOfLines(2000, 'block').text;
  const times = new Map<string, number[]>(servers.map((server) => [server, []]));
  const load = os.loadavg().map((l) => l.toFixed(2));
  for (let round = 0; round < ROUNDS; round++)
    for (const server of servers) {
      const command = { ...ourServer(0), args: [server, '--stdio'] };
      const summary = await editToDiagnostics(command, text, EDITS, edited);
      times.get(server)!.push(summary.median);
    }
  const end = os.loadavg().map((l) => l.toFixed(2));
  process.stdout.write(
    `load average ${load.join(' / ')} at the start, ${end.join(' / ')} at the end\n`,
  );
  for (const [server, medians] of times) {
    const all = summarize(medians);
    process.stdout.write(
      `${server}: medians per round ${medians.map((m) => m.toFixed(1)).join(', ')} ms; median ${all.median.toFixed(1)} ms\n`,
    );
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
