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
import { fixAll } from '../server/src/core/features/codeActions';
import { documentSymbols } from '../server/src/core/features/symbols';
import {
  duplicateKeys,
  fixableContacts,
  unknownAndDuplicateKeys,
} from '../test/support/hugeDocuments';

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

/** Outline and fix-all on generated 2 MB documents, parsed and validated once (as the server does). */
function hugeCase(name: string, text: string, maxFindings?: number): Record<string, number> {
  const caseOptions = maxFindings ? { ...options, maxFindings } : options;
  const file = parsePolicyFile('huge.engagement.yaml', text, caseOptions);
  const ctx = { file, index: buildWorkspaceIndex([file]), options: caseOptions };
  const findings = validateFile(file, ctx.index, caseOptions);
  return {
    [`outline: ${name}`]: median(() => documentSymbols(ctx), 5, 1),
    [`fix-all: ${name} (${findings.length} findings)`]: median(() => fixAll(ctx, findings), 5, 1),
  };
}

const huge = {
  ...hugeCase('60,000 duplicate keys', duplicateKeys(60_000)),
  ...hugeCase('2 MB of unknown and duplicate keys', unknownAndDuplicateKeys()),
  ...hugeCase('2 MB of fixable contacts', fixableContacts()),
  ...hugeCase('2 MB of fixable contacts, maxFindings 100000', fixableContacts(), 100_000),
};
for (const [name, ms] of Object.entries(huge))
  console.log(`${name.padEnd(72)} ${ms.toFixed(2)} ms`);
