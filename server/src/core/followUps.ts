/**
 * Telling the echoes of a syntax error from real findings. A syntax error leaves some lines
 * unreliable (its broken regions); a finding that only repeats what the error says (a value the
 * parser misread, a section it lost, an id defined in the broken lines) is left out, so that the
 * rest of the document is judged as written.
 */
import { isScalar, type Document } from 'yaml';
import { locate, type Span } from './locate';
import type { Finding } from './types';
import { documentEnd } from './yamlSyntax';

/** What a document's syntax errors damaged, for telling echoes from real findings. */
export interface SyntaxDamage {
  /** Offsets whose data the parser could not read reliably. */
  regions: readonly Span[];
  /** Top-level keys written at the start of a line: a section the parser lost is no gap. */
  writtenRootKeys: ReadonlySet<string>;
  /** The words written in the broken regions: an id defined there is no unresolved reference. */
  lostWords: ReadonlySet<string>;
}

/** How much of each broken region is searched for lost ids (a bound for hostile files). */
const MAX_LOST_TEXT = 64 * 1024;

export const NO_DAMAGE: SyntaxDamage = {
  regions: [],
  writtenRootKeys: new Set(),
  lostWords: new Set(),
};

/** The damage record of a document whose errors left `regions` unreliable. */
export function syntaxDamage(yaml: Document, text: string, regions: readonly Span[]): SyntaxDamage {
  if (regions.length === 0) return NO_DAMAGE;
  const start = yaml.range?.[0] ?? 0;
  const source = text.slice(start, documentEnd(text, start));
  const keys = [...source.matchAll(/^["']?([A-Za-z_][\w.-]*)["']?[ \t]*:/gm)].map((m) => m[1]);
  const lost = regions
    .map(([start, end]) => text.slice(start, Math.min(end, start + MAX_LOST_TEXT)))
    .join('\n');
  const words = lost.match(/[\w.@-]+/g) ?? [];
  return { regions, writtenRootKeys: new Set(keys), lostWords: new Set(words) };
}

function overlaps(start: number, end: number, region: Span): boolean {
  return start < region[1] && Math.max(end, start + 1) > region[0];
}

/** A value that ends where a broken region starts may have lost its last entries to it. */
function reaches(range: readonly number[], region: Span): boolean {
  return range[0] < region[1] && range[1] >= region[0];
}

/** Whether a reference names an id that is written in a broken region (and so was lost). */
function namesLostWord(yaml: Document, damage: SyntaxDamage, finding: Finding): boolean {
  const value = finding.path ? locate(yaml, finding.path).value : undefined;
  return isScalar(value) && damage.lostWords.has(String(value.value));
}

/**
 * Whether a finding only repeats what a syntax error already says: it lies in a broken region,
 * it is about a top-level section that reaches into one (a section with a syntax error is judged
 * once the error is fixed), it misses a top-level key that is written in the text but was lost,
 * or it names an id that is written in a broken region.
 */
export function isFollowUp(yaml: Document, damage: SyntaxDamage, finding: Finding): boolean {
  const { regions } = damage;
  if (regions.length === 0 || finding.ruleId === 'yaml/syntax') return false;
  if (regions.some((region) => overlaps(finding.start, finding.end, region))) return true;
  if (finding.ruleId === 'reference/unresolved' && namesLostWord(yaml, damage, finding))
    return true;
  const path = finding.path;
  if (!path || path.length === 0) return false;
  const section = String(path[0]);
  if (path.length === 1 && finding.data?.missingKey) return damage.writtenRootKeys.has(section);
  if (path.length === 1 && finding.ruleId === 'schema/unknown-key')
    return !damage.writtenRootKeys.has(section); // a key made up from broken lines
  const located = locate(yaml, [section]);
  const range = located.depth === 1 ? located.value?.range : undefined;
  return !!range && regions.some((region) => reaches(range, region));
}
