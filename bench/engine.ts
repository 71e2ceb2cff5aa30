/**
 * Engine benchmark: how long parsing and validating the clean examples takes, per keystroke
 * (one document re-validated against a parsed workspace) and per CI run (both parsed and checked).
 * Run `npm run bench`; prints the median of several rounds in milliseconds.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  buildWorkspaceIndex,
  defaultOptions,
  parsePolicyFile,
  validateFile,
  validateTexts,
} from '../server/src/core';

const ROOT = path.resolve(__dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const sources = [
  { uri: 'erp-hosting.engagement.yaml', text: read('examples/clean/erp-hosting.engagement.yaml') },
  { uri: 'erp-hosting.dca.yaml', text: read('examples/clean/erp-hosting.dca.yaml') },
];
const options = defaultOptions('2026-11-27');

function median(run: () => void, rounds = 15, perRound = 20): number {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < perRound; i++) run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6 / perRound);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

const files = sources.map((s) => parsePolicyFile(s.uri, s.text, options));
const index = buildWorkspaceIndex(files);
validateTexts(sources, options); // warm up: compiles the schemas
const results = {
  'parse engagement (654 lines)': median(() =>
    parsePolicyFile(sources[0].uri, sources[0].text, options),
  ),
  'validate parsed engagement': median(() => validateFile(files[0], index, options)),
  'keystroke: parse + validate engagement': median(() =>
    validateFile(parsePolicyFile(sources[0].uri, sources[0].text, options), index, options),
  ),
  'CI: parse + validate both examples': median(() => validateTexts(sources, options)),
};
for (const [name, ms] of Object.entries(results))
  console.log(`${name.padEnd(42)} ${ms.toFixed(2)} ms`);
