/**
 * LSP round trips, the same for every server: edit -> diagnostics, didOpen -> first
 * diagnostics on a fresh server, hover and completion on a small document while another is
 * being typed in, start-up with a workspace of documents, and memory with many open documents.
 * Every scenario starts its own server and stops it, also on failure.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { removeFolder, temporaryFolder } from '../generate/corpus';
import { summarize, type Summary } from '../stats';
import { LspDriver, uriOf, type ServerCommand } from './driver';

/** Starts `server` on `root`, runs `body`, and stops the server whatever happens. */
async function withServer<T>(
  server: ServerCommand,
  root: string,
  body: (driver: LspDriver) => Promise<T>,
): Promise<T> {
  const driver = new LspDriver(server);
  try {
    await driver.initialize(root);
    return await body(driver);
  } finally {
    await driver.stop();
  }
}

/** `text` with a comment line inserted before the top-level key nearest its middle. */
export function editedInTheMiddle(text: string, edit: number): string {
  const keys = [...text.matchAll(/^[A-Za-z]\w*:/gm)].map((m) => m.index);
  const middle = keys.reduce((best, at) =>
    Math.abs(at - text.length / 2) < Math.abs(best - text.length / 2) ? at : best,
  );
  return `${text.slice(0, middle)}# edit ${edit}\n${text.slice(middle)}`;
}

/**
 * `text` with `edit` characters typed at the end of the plain scalar value nearest its middle
 * (`  key: value`): the keystrokes of someone editing a field, not a comment.
 */
export function typedInTheMiddle(text: string, edit: number): string {
  const values = [...text.matchAll(/^ +[A-Za-z]\w*: [A-Za-z][\w ,.-]*$/gm)].map(
    (m) => m.index + m[0].length,
  );
  if (values.length === 0) throw new Error('no plain scalar value in the document');
  const middle = values.reduce((best, at) =>
    Math.abs(at - text.length / 2) < Math.abs(best - text.length / 2) ? at : best,
  );
  return `${text.slice(0, middle)}${'x'.repeat(edit)}${text.slice(middle)}`;
}

/** The position of a top-level `key:` in `text`. */
export function keyPosition(text: string, key: string): { line: number; character: number } {
  const line = text.split('\n').findIndex((l) => l.startsWith(`${key}:`));
  if (line < 0) throw new Error(`no top-level ${key} in the document`);
  return { line, character: 2 };
}

/** Milliseconds from each didChange of `text` to the diagnostics that follow it. */
export function editToDiagnostics(
  server: ServerCommand,
  text: string,
  edits: number,
  edited: (text: string, edit: number) => string = editedInTheMiddle,
): Promise<Summary> {
  const root = temporaryFolder('edit');
  const uri = uriOf(path.join(root, 'edited.engagement.yaml'));
  return withServer(server, root, async (driver) => {
    await driver.open(uri, text);
    await driver.nextPublication(uri, 0);
    const times: number[] = [];
    for (let edit = 1; edit <= edits + 2; edit++) {
      const seen = driver.publicationCount(uri);
      const start = performance.now();
      await driver.change(uri, edit + 1, edited(text, edit));
      const at = await driver.nextPublication(uri, seen);
      if (edit > 2) times.push(at - start); // the first two warm the server up
    }
    return summarize(times);
  }).finally(() => removeFolder(root));
}

/** Milliseconds from didOpen to the first diagnostics, each run on a freshly started server. */
export async function didOpenOnFreshServer(
  server: ServerCommand,
  text: string,
  runs: number,
): Promise<Summary> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const root = temporaryFolder('open');
    const uri = uriOf(path.join(root, 'opened.engagement.yaml'));
    try {
      times.push(
        await withServer(server, root, async (driver) => {
          const start = performance.now();
          await driver.open(uri, text);
          return (await driver.nextPublication(uri, 0)) - start;
        }),
      );
    } finally {
      removeFolder(root);
    }
  }
  return summarize(times);
}

export interface WhileTyping {
  hover: Summary;
  completion: Summary;
  /** Diagnostics publications of the typed-in document during the edits. */
  publications: number;
  /** CPU seconds the server used during the edits (user + system). */
  cpuSeconds: number;
}

/** CPU seconds of a process so far, from /proc/<pid>/stat (Linux). */
function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks
}

/**
 * Types `edits` keystrokes into `large` (one didChange each, a request between them) and times
 * a hover and a completion on `small` right after each keystroke.
 */
export function requestsWhileTyping(
  server: ServerCommand,
  large: string,
  small: string,
  edits: number,
): Promise<WhileTyping> {
  const root = temporaryFolder('typing');
  const largeUri = uriOf(path.join(root, 'large.engagement.yaml'));
  const smallUri = uriOf(path.join(root, 'small.engagement.yaml'));
  const position = keyPosition(small, 'tenancy');
  const at = { textDocument: { uri: smallUri }, position };
  return withServer(server, root, async (driver) => {
    await driver.open(smallUri, small);
    await driver.open(largeUri, large);
    await driver.nextPublication(smallUri, 0);
    await driver.nextPublication(largeUri, 0);
    await driver.timed('textDocument/hover', at); // warm up
    const seen = driver.publicationCount(largeUri);
    const cpuBefore = cpuSeconds(driver.process.pid!);
    const hovers: number[] = [];
    const completions: number[] = [];
    let lastEdit = 0;
    for (let edit = 1; edit <= edits; edit++) {
      lastEdit = performance.now();
      await driver.change(largeUri, edit + 1, editedInTheMiddle(large, edit));
      hovers.push(await driver.timed('textDocument/hover', at));
      completions.push(await driver.timed('textDocument/completion', at));
    }
    // the work the edits caused ends with the diagnostics published after the last keystroke
    await driver.waitFor('diagnostics after the last edit', () =>
      (driver.published.get(largeUri)?.at(-1)?.at ?? 0) > lastEdit ? true : undefined,
    );
    return {
      hover: summarize(hovers),
      completion: summarize(completions),
      publications: driver.publicationCount(largeUri) - seen,
      cpuSeconds: cpuSeconds(driver.process.pid!) - cpuBefore,
    };
  }).finally(() => removeFolder(root));
}

/**
 * Hover and completion on `small`, asked for again and again while the server validates
 * `large` after a change, `rounds` times; returns every answer's time.
 */
export function requestsDuringValidation(
  server: ServerCommand,
  large: string,
  small: string,
  rounds: number,
): Promise<{ hover: Summary; completion: Summary }> {
  const root = temporaryFolder('during');
  const largeUri = uriOf(path.join(root, 'large.engagement.yaml'));
  const smallUri = uriOf(path.join(root, 'small.engagement.yaml'));
  const at = { textDocument: { uri: smallUri }, position: keyPosition(small, 'tenancy') };
  return withServer(server, root, async (driver) => {
    await driver.open(smallUri, small);
    await driver.nextPublication(smallUri, 0);
    await driver.open(largeUri, large);
    await driver.nextPublication(largeUri, 0, 120_000);
    const hovers: number[] = [];
    const completions: number[] = [];
    for (let round = 1; round <= rounds; round++) {
      const seen = driver.publicationCount(largeUri);
      await driver.change(largeUri, round + 1, editedInTheMiddle(large, round));
      const deadline = performance.now() + 120_000;
      do {
        if (performance.now() > deadline) throw new Error('no diagnostics within 120 s');
        hovers.push(await driver.timed('textDocument/hover', at));
        completions.push(await driver.timed('textDocument/completion', at));
      } while (driver.publicationCount(largeUri) === seen);
    }
    return { hover: summarize(hovers), completion: summarize(completions) };
  }).finally(() => removeFolder(root));
}
