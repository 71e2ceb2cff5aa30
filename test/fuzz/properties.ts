/**
 * The fuzz properties, shared by the bounded unit test (test/unit/fuzz.test.ts) and the long
 * run (`npm run fuzz`, test/fuzz/run.ts): whatever text comes in, the engine answers without
 * throwing, within a bound on CPU time, with findings whose ranges lie inside the document; and the
 * editor features never throw at any offset of it.
 */
import fc from 'fast-check';
import {
  buildWorkspaceIndex,
  defaultOptions,
  parsePolicyFile,
  validateTexts,
  type FileResult,
  type SourceText,
} from '../../server/src/core';
import type { FeatureContext } from '../../server/src/core/features/context';
import { cpuTimed } from '../support/cpuTime';
import { mutatedSeedArb, seedDocuments, textOf, type MutatedSeed } from '../support/mutations';
import { assertFindingsInside } from './ranges';
import { exerciseFeatures } from './features';
import { yamlTextArb } from './yamlGrammar';
import { FEATURE_REGRESSIONS, GRAMMAR_REGRESSIONS, MUTATED_REGRESSIONS } from './regressions';

export const TODAY = '2026-11-27';
export const OPTIONS = defaultOptions(TODAY);

/**
 * A single document (or a few together) may take this much CPU time at most. It is CPU time,
 * not wall-clock time, so that a loaded machine cannot break the bound (test/support/cpuTime).
 */
export const TIME_BOUND_MS = 3000;

/** A fuzzed document: a mutated example, or random YAML from the grammar under some name. */
export type FuzzDocument = MutatedSeed | { uri: string; text: string };

export function sourceOf(doc: FuzzDocument): SourceText {
  if ('text' in doc) return { uri: doc.uri, text: doc.text };
  const seed = seedDocuments().find((candidate) => candidate.name === doc.seed);
  return { uri: seed?.uri ?? doc.seed, text: textOf(doc) };
}

function isFuzzDocument(value: unknown): value is FuzzDocument {
  const candidate = value as Partial<MutatedSeed & { uri: string; text: string }> | null;
  return (
    (typeof candidate?.seed === 'string' && Array.isArray(candidate.mutations)) ||
    (typeof candidate?.uri === 'string' && typeof candidate.text === 'string')
  );
}

/** The texts of every fuzzed document inside a generated value (for saving a counter-example). */
export function sourcesOf(value: unknown): SourceText[] {
  if (isFuzzDocument(value)) return [sourceOf(value)];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(sourcesOf);
}

/** The documents that live next to a fuzzed one: the rest of its folder, or the clean examples. */
export function neighboursOf(doc: FuzzDocument): SourceText[] {
  const folder = 'seed' in doc ? doc.seed.replace(/\/[^/]*$/, '') : 'examples/clean';
  return seedDocuments()
    .filter(
      (seed) => seed.name.startsWith(`${folder}/`) && !('seed' in doc && seed.name === doc.seed),
    )
    .map((seed) => ({ uri: seed.uri, text: seed.text }));
}

const grammarDocumentArb: fc.Arbitrary<FuzzDocument> = fc.record({
  uri: fc.constantFrom('fuzz.engagement.yaml', 'fuzz.dca.yaml', 'fuzz.yaml'),
  text: yamlTextArb(),
});

export const fuzzDocumentArb: fc.Arbitrary<FuzzDocument> = fc.oneof(
  { arbitrary: mutatedSeedArb(), weight: 3 },
  { arbitrary: grammarDocumentArb, weight: 1 },
);

export interface TimeStats {
  runs: number;
  maxMs: number;
  /** What took longest, for the report. */
  slowest: string;
}

function timed<T>(stats: TimeStats, what: () => string, work: () => T): T {
  const { result, cpuMs } = cpuTimed(work);
  stats.runs++;
  if (cpuMs > stats.maxMs) Object.assign(stats, { maxMs: cpuMs, slowest: what() });
  if (cpuMs > TIME_BOUND_MS) {
    const took = `${cpuMs.toFixed(0)} ms of CPU time`;
    throw new Error(`took ${took}, more than the bound of ${TIME_BOUND_MS} ms`);
  }
  return result;
}

function checkResults(results: readonly FileResult[]): void {
  for (const result of results) assertFindingsInside(result.file, result.findings);
}

/** A workspace holds one file per uri: later sources with a uri already there are left out. */
function distinctUris(sources: readonly SourceText[]): SourceText[] {
  return sources.filter((source, i) => sources.findIndex((s) => s.uri === source.uri) === i);
}

function validateTimed(stats: TimeStats, all: SourceText[]): void {
  const sources = distinctUris(all);
  const describe = () => sources.map((s) => `${s.uri} (${s.text.length} chars)`).join(', ');
  checkResults(timed(stats, describe, () => validateTexts(sources, OPTIONS)));
}

function featureContext(source: SourceText, others: readonly SourceText[]): FeatureContext {
  const file = parsePolicyFile(source.uri, source.text, OPTIONS);
  const otherFiles = others.map((other) => parsePolicyFile(other.uri, other.text, OPTIONS));
  return { file, index: buildWorkspaceIndex([file, ...otherFiles]), options: OPTIONS };
}

function featuresTimed(stats: TimeStats, doc: FuzzDocument, offsets: readonly number[]): void {
  const source = sourceOf(doc);
  const ctx = featureContext(source, neighboursOf(doc));
  const at = offsets.map((offset) => offset % (source.text.length + 1));
  const describe = () => `features of ${source.uri} at ${at.join(', ')}`;
  timed(stats, describe, () => exerciseFeatures(ctx, at));
}

/**
 * The yaml library reports some oddities (a mapping used as a key) through process warnings;
 * the fuzz run collects them instead of printing hundreds of copies.
 */
export function collectProcessWarnings(): Set<string> {
  const seen = new Set<string>();
  process.removeAllListeners('warning');
  process.on('warning', (warning) => seen.add(warning.message.replace(/".*"/s, '"…"')));
  return seen;
}

export interface FuzzProperty {
  name: string;
  /** Relative share of the runs. */
  weight: number;
  stats: TimeStats;
  check(params: fc.Parameters<unknown>): fc.RunDetails<unknown>;
}

interface PropertyDefinition<T> {
  name: string;
  weight: number;
  arbitrary: fc.Arbitrary<T>;
  /** Values that are always tried first (inputs that failed once). */
  examples?: T[];
  predicate: (value: T, stats: TimeStats) => void;
}

function defineProperty<T>(definition: PropertyDefinition<T>): FuzzProperty {
  const { name, weight, arbitrary, examples = [], predicate } = definition;
  const stats: TimeStats = { runs: 0, maxMs: 0, slowest: '' };
  const property = fc.property(arbitrary, (value) => predicate(value, stats));
  const check = (params: fc.Parameters<unknown>) =>
    fc.check(property, {
      ...(params as fc.Parameters<[T]>),
      examples: examples.map((example): [T] => [example]),
    }) as fc.RunDetails<unknown>;
  return { name, weight, stats, check };
}

/** Compiles the schemas and warms the engine up, so that the first measured run is not an outlier. */
function warmUp(): void {
  validateTexts(seedDocuments(), OPTIONS);
}

const offsetsArb = fc.array(fc.nat(65535), { minLength: 1, maxLength: 4 });

/** The properties, each with its own time statistics. */
export function fuzzProperties(): FuzzProperty[] {
  warmUp();
  return [
    defineProperty({
      name: 'a mutated example on its own',
      weight: 4,
      arbitrary: mutatedSeedArb(),
      examples: MUTATED_REGRESSIONS,
      predicate: (doc, stats) => validateTimed(stats, [sourceOf(doc)]),
    }),
    defineProperty({
      name: 'random YAML from the grammar',
      weight: 4,
      arbitrary: grammarDocumentArb,
      examples: GRAMMAR_REGRESSIONS,
      predicate: (doc, stats) => validateTimed(stats, [sourceOf(doc)]),
    }),
    defineProperty({
      name: 'a mutated document with its neighbours, and two mutated at once',
      weight: 2,
      arbitrary: fc.tuple(fuzzDocumentArb, fuzzDocumentArb),
      predicate: ([first, second], stats) => {
        validateTimed(stats, [sourceOf(first), ...neighboursOf(first)]);
        validateTimed(stats, [sourceOf(first), sourceOf(second), ...neighboursOf(second)]);
      },
    }),
    defineProperty({
      name: 'editor features at random offsets',
      weight: 3,
      arbitrary: fc.record({ doc: fuzzDocumentArb, offsets: offsetsArb }),
      examples: FEATURE_REGRESSIONS,
      predicate: ({ doc, offsets }, stats) => featuresTimed(stats, doc, offsets),
    }),
  ];
}
