/**
 * In-process: a bare `yaml.parseDocument` against our full check (parse, schema, rules) of one
 * corpus document, medians of several runs; the ratio is what the check costs beyond reading
 * the YAML.
 */
import { parseDocument } from 'yaml';
import { defaultOptions, validateTexts } from '../../server/src/core';
import type { CorpusDocument } from '../generate/corpus';
import { compareRuns, type Summary } from '../stats';

export interface EngineRow {
  document: string;
  lines: number;
  bytes: number;
  findings: number;
  parse: Summary;
  check: Summary;
}

const options = defaultOptions('2026-11-27');

function runsFor(bytes: number): number {
  if (bytes > 1_000_000) return 3;
  return bytes > 200_000 ? 9 : 21;
}

export function measureEngine(documents: readonly CorpusDocument[]): EngineRow[] {
  return documents.map((document) => {
    const source = [{ uri: 'bench.engagement.yaml', text: document.text }];
    const runs = runsFor(document.bytes);
    const findings = validateTexts(source, options)[0].findings.length;
    // small documents: several calls per sample, so that a sample is not below the timer's noise
    const repeat = Math.max(1, Math.round(100_000 / document.bytes));
    const [parse, check] = compareRuns(
      () => parseDocument(document.text),
      () => validateTexts(source, options),
      runs,
      repeat,
    );
    return {
      document: document.name,
      lines: document.lines,
      bytes: document.bytes,
      findings,
      parse,
      check,
    };
  });
}
