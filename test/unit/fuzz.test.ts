/**
 * Property-based fuzzing of the engine and the editor features, bounded and seeded so that it
 * runs the same way every time in well under a minute: mutated examples and random YAML never
 * make the core throw, every finding lies inside its document, and no document takes long.
 * FUZZ_RUNS sets the total number of runs; `npm run fuzz` runs the same properties for longer.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseProjectConfig } from '../../server/src/core/config';
import { collectProcessWarnings, fuzzProperties, TIME_BOUND_MS } from '../fuzz/properties';
import { KNOWN_CONFIG_CRASHES } from '../fuzz/regressions';

const SEED = 20261127;
const DEFAULT_RUNS = 3000;
const totalRuns = Number(process.env.FUZZ_RUNS) || DEFAULT_RUNS;

const warnings = collectProcessWarnings();
const properties = fuzzProperties();
const totalWeight = properties.reduce((sum, property) => sum + property.weight, 0);

for (const property of properties) {
  const numRuns = Math.max(1, Math.round((totalRuns * property.weight) / totalWeight));
  test(`fuzz: ${property.name} (${numRuns} runs, seed ${SEED})`, async (t) => {
    const details = property.check({ seed: SEED, numRuns, includeErrorInReport: true });
    const { maxMs, runs, slowest } = property.stats;
    t.diagnostic(
      `slowest of ${runs} timed runs: ${maxMs.toFixed(1)} ms of CPU time (bound ${TIME_BOUND_MS} ms): ${slowest}`,
    );
    await new Promise(setImmediate); // process warnings arrive on the next tick
    for (const warning of warnings) t.diagnostic(`process warning seen: ${warning}`);
    warnings.clear();
    if (details.failed) assert.fail(fc.defaultReportMessage(details) ?? 'the property failed');
  });
}

test('hostile project files get problems, not exceptions', () => {
  for (const text of KNOWN_CONFIG_CRASHES) {
    const result = parseProjectConfig(text);
    assert.equal(result.problems.length, 1, text);
  }
});
