/**
 * `bench/RESULTS.md`: the generated section lives between the markers below and is replaced on
 * every run; everything outside them (hand-written sections) is kept as it is.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as prettier from 'prettier';

export const START = '<!-- bench:start -->';
export const END = '<!-- bench:end -->';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  loadAtStart: string;
  date: string;
}

export function machine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: os.totalmem() / 2 ** 30,
    node: process.version,
    loadAtStart: os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' / '),
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  };
}

export type Verdict = 'met' | 'missed' | 'no target' | 'not measured';

export interface TableRow {
  what: string;
  ours: string;
  peer: string;
  ratio: string;
  target: string;
  verdict: Verdict;
}

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

export function table(rows: readonly TableRow[]): string {
  const lines = [
    '| what | this project | peer | ratio | target | verdict |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${[r.what, r.ours, r.peer, r.ratio, r.target, `**${r.verdict}**`].map(cell).join(' | ')} |`,
    ),
  ];
  return lines.join('\n');
}

/** Replaces the generated section of `file` with `section` (adding markers when missing). */
export function writeGenerated(file: string, section: string): void {
  const generated = `${START}\n${section.trim()}\n${END}`;
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmark results\n';
  const start = old.indexOf(START);
  const end = old.indexOf(END);
  let text: string;
  if (start >= 0 && end > start)
    text = old.slice(0, start) + generated + old.slice(end + END.length);
  else {
    // after the title, before the hand-written sections
    const title = old.indexOf('\n') + 1;
    text = `${old.slice(0, title)}\n${generated}\n\n${old.slice(title).replace(/^\n+/, '')}`;
  }
  fs.writeFileSync(file, text.endsWith('\n') ? text : `${text}\n`);
}

/** Formats `file` as `prettier --check .` in `npm run lint` expects (tables aligned). */
export async function formatWithPrettier(file: string): Promise<void> {
  const options = (await prettier.resolveConfig(file)) ?? {};
  const text = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, await prettier.format(text, { ...options, filepath: file }));
}
