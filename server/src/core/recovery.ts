/**
 * Reading past syntax errors: the lines a syntax error leaves unreliable are blanked out (their
 * line breaks kept, so every offset stays the same) and the document is read again, so that the
 * sections after the error are read as written instead of as the parser's guess.
 */
import { parseAllDocuments, type Document } from 'yaml';
import type { Span } from './locate';
import type { Finding } from './types';
import { maskRegions, syntaxErrors } from './yamlSyntax';

/** How the `yaml` package reads policy files: YAML 1.2 core schema, no stderr noise. */
export const PARSE_OPTIONS = {
  prettyErrors: false,
  uniqueKeys: false, // checked by duplicateKeyFindings, in linear time
  logLevel: 'error', // no process warnings on stderr; problems are findings
  version: '1.2',
  schema: 'core',
} as const;

/** The parser gave up on nesting: reading again cannot help. */
const TOO_DEEP = /call stack/i;

/** Rounds of blanking and reading again, for errors that only show once earlier ones are gone. */
const MAX_ROUNDS = 3;

export interface Recovered {
  /** The document read with the broken lines blanked out (the original when nothing helped). */
  yaml: Document.Parsed;
  /** The syntax errors, in plain words: the original ones and any found on reading again. */
  findings: Finding[];
  regions: Span[];
}

function sameDocument(
  documents: Document.Parsed[],
  original: Document.Parsed,
  index: number,
): Document.Parsed | undefined {
  return documents.find((doc) => doc.range[0] === original.range[0]) ?? documents[index];
}

/** The document at `index` of `text`, read past its syntax errors as far as that is possible. */
export function recoverDocument(yaml: Document.Parsed, index: number, text: string): Recovered {
  const first = syntaxErrors(yaml, text);
  const result: Recovered = { yaml, findings: first.findings, regions: first.brokenRegions };
  if (yaml.errors.some((error) => TOO_DEEP.test(error.message))) return result; // unreadable
  for (let round = 0; round < MAX_ROUNDS && result.regions.length > 0; round++) {
    const masked = maskRegions(text, result.regions);
    const again = sameDocument(
      parseAllDocuments(masked, PARSE_OPTIONS) as Document.Parsed[],
      yaml,
      index,
    );
    if (!again) break;
    result.yaml = again;
    if (again.errors.length === 0) break;
    const more = syntaxErrors(again, masked);
    const inside = (offset: number) => result.regions.some(([s, e]) => offset >= s && offset < e);
    const fresh = more.findings.filter((finding) => !inside(finding.start));
    if (fresh.length === 0) break;
    result.findings.push(...fresh);
    result.regions.push(...more.brokenRegions.filter(([start]) => !inside(start)));
  }
  result.findings.sort((a, b) => a.start - b.start);
  result.regions.sort((a, b) => a[0] - b[0]);
  return result;
}
