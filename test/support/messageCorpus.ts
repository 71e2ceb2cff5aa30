/**
 * A wide set of findings for tests about messages: every example and fixture document as it is,
 * and each of them broken one line at a time (the line deleted, or its value replaced by a value
 * of another kind, a date or a duration), checked together with the other documents of its
 * folder so that cross-document rules speak too. Deterministic: no randomness.
 */
import {
  buildWorkspaceIndex,
  parsePolicyFile,
  validateFile,
  type Finding,
  type PolicyFile,
} from '../../server/src/core';
import { TODAY } from './harness';
import { seedDocuments, type SeedDocument } from './mutations';

/** Values that break a line's value in different ways: type, enum, date order, duration order. */
const REPLACEMENTS = ['[]', 'x', '-1', 'false', '1999-01-01', '2099-12-31', 'P1D', 'P99Y', 'true'];

const OPTIONS = { level: 'increased', today: TODAY, maxDocumentSize: 2 * 1024 * 1024 } as const;

function folderOf(seed: SeedDocument): string {
  return seed.name.slice(0, seed.name.lastIndexOf('/'));
}

/** One variant of `text` per line: that line deleted, or its value replaced (every other line). */
export function lineVariants(text: string): string[] {
  const lines = text.split('\n');
  const variants: string[] = [];
  const withLine = (index: number, replacement: string) =>
    [...lines.slice(0, index), replacement, ...lines.slice(index + 1)].join('\n');
  lines.forEach((line, index) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const keyed = /^(\s*(?:- )?[\w.-]+:)\s+\S/.exec(line);
    const value = REPLACEMENTS[(index >> 1) % REPLACEMENTS.length];
    variants.push(
      keyed && index % 2 === 1 ? withLine(index, `${keyed[1]} ${value}`) : withLine(index, ''),
    );
  });
  return variants;
}

function parse(uri: string, text: string): PolicyFile {
  return parsePolicyFile(uri, text, OPTIONS);
}

/** Calls `visit` for every finding of the corpus (with repetitions), one document at a time. */
export function visitCorpusFindings(visit: (finding: Finding) => void): void {
  const seeds = seedDocuments();
  for (const seed of seeds) {
    const neighbours = seeds
      .filter((other) => other !== seed && folderOf(other) === folderOf(seed))
      .map((other) => parse(other.uri, other.text));
    for (const text of [seed.text, ...lineVariants(seed.text)]) {
      const own = parse(seed.uri, text);
      validateFile(own, buildWorkspaceIndex([own, ...neighbours]), OPTIONS).forEach(visit);
    }
  }
}
