/**
 * The long fuzz run (`npm run fuzz`): the properties of test/unit/fuzz.test.ts with fresh random
 * seeds until the time budget is spent. A failure prints the property, seed, path and
 * counter-example, writes the offending texts to out/fuzz-failures/ and exits with 1.
 *
 * The properties run in a worker thread; the main thread is a watchdog, so that even an
 * endless loop in the engine ends the run (exit 2, with the seed that hung).
 *
 * Environment: FUZZ_SECONDS (default 600); FUZZ_SEED, FUZZ_PATH and FUZZ_PROPERTY replay a
 * reported failure (FUZZ_PROPERTY is a part of the property's name).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { collectProcessWarnings, fuzzProperties, sourcesOf, type FuzzProperty } from './properties';

/** A chunk of runs of one property, between two progress reports. */
const RUNS_PER_WEIGHT = 25;
/** No progress for this long means a hang (a single run is bounded at 3 s of CPU time). */
const HANG_MS = 120_000;
const FAILURE_FOLDER = path.resolve(__dirname, '../../fuzz-failures');

type Message =
  | { type: 'progress'; property: string; seed: number; runs: number }
  | { type: 'failure'; report: string }
  | { type: 'done'; summary: string };

interface Settings {
  seconds: number;
  seed: number | undefined;
  path: string | undefined;
  property: string | undefined;
}

function settings(): Settings {
  const seed = process.env.FUZZ_SEED;
  return {
    seconds: Number(process.env.FUZZ_SECONDS) || 600,
    seed: seed === undefined || seed === '' ? undefined : Number(seed),
    path: process.env.FUZZ_PATH || undefined,
    property: process.env.FUZZ_PROPERTY || undefined,
  };
}

function randomSeed(): number {
  return (Math.random() * 0x7fffffff) | 0;
}

/** Writes the texts of a counter-example to files, for opening in the editor; returns their paths. */
function saveTexts(seed: number, counterexample: unknown): string[] {
  fs.mkdirSync(FAILURE_FOLDER, { recursive: true });
  return sourcesOf(counterexample).map((source, i) => {
    const file = path.join(FAILURE_FOLDER, `${seed}-${i}-${path.basename(source.uri)}`);
    fs.writeFileSync(file, source.text);
    return file;
  });
}

function failureReport(property: FuzzProperty, seed: number, details: fc.RunDetails<unknown>) {
  const files = details.counterexample ? saveTexts(seed, details.counterexample) : [];
  return [
    `FAILED: ${property.name}`,
    `seed ${seed}, path ${details.counterexamplePath ?? '-'}`,
    fc.defaultReportMessage(details) ?? '',
    ...files.map((file) => `text of the counter-example: ${file}`),
    `replay: FUZZ_SEED=${seed} FUZZ_PATH='${details.counterexamplePath ?? ''}' FUZZ_PROPERTY='${property.name}' npm run fuzz`,
  ].join('\n');
}

function summary(properties: readonly FuzzProperty[], started: number): string {
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  const lines = properties.map(
    (p) =>
      `  ${p.name}: ${p.stats.runs} timed runs, slowest ${p.stats.maxMs.toFixed(1)} ms of CPU time`,
  );
  return [`fuzz: nothing found in ${seconds} s`, ...lines].join('\n');
}

/** One chunk of one property; returns a failure report, if any. */
function runChunk(property: FuzzProperty, options: Settings, post: (m: Message) => void) {
  const seed = options.seed ?? randomSeed();
  const numRuns = RUNS_PER_WEIGHT * property.weight;
  post({ type: 'progress', property: property.name, seed, runs: numRuns });
  const details = property.check({
    seed,
    numRuns,
    includeErrorInReport: true,
    ...(options.path ? { path: options.path } : {}),
  });
  return details.failed ? failureReport(property, seed, details) : undefined;
}

async function work(post: (m: Message) => void): Promise<void> {
  const options = settings();
  const warnings = collectProcessWarnings();
  const started = performance.now();
  const properties = fuzzProperties().filter(
    (p) => !options.property || p.name.includes(options.property),
  );
  const replaying = options.seed !== undefined;
  do {
    for (const property of properties) {
      const failure = runChunk(property, options, post);
      if (failure) return post({ type: 'failure', report: failure });
      await new Promise(setImmediate); // lets process warnings arrive
    }
  } while (!replaying && performance.now() - started < options.seconds * 1000);
  const seen = [...warnings].map((w) => `  process warning seen: ${w}`);
  post({ type: 'done', summary: [summary(properties, started), ...seen].join('\n') });
}

/** The watchdog: starts the worker, reports what it says, and stops it when it hangs. */
function watch(): void {
  const worker = new Worker(__filename);
  let last: Message | undefined;
  let lastAt = performance.now();
  const timer = setInterval(() => {
    if (performance.now() - lastAt < HANG_MS) return;
    const where = last?.type === 'progress' ? `${last.property}, seed ${last.seed}` : 'start-up';
    console.error(`HANG: no progress for ${HANG_MS / 1000} s in ${where}`);
    process.exitCode = 2;
    void worker.terminate();
  }, 1000);
  worker.on('message', (message: Message) => {
    [last, lastAt] = [message, performance.now()];
    if (message.type === 'failure') console.error(message.report);
    if (message.type === 'failure') process.exitCode = 1;
    if (message.type === 'done') console.log(message.summary);
  });
  worker.on('error', (error) => {
    console.error('the fuzz worker crashed:', error);
    process.exitCode = 1;
  });
  worker.on('exit', () => clearInterval(timer));
}

if (isMainThread) watch();
else void work((message) => parentPort?.postMessage(message));
