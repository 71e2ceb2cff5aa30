/**
 * What an edit touched: the top-level sections of the new text that are the same text as a
 * section of the previous one (before the edit at the same offsets, after it shifted by the
 * length the edit added), and the run between them that has to be parsed again. Any doubt
 * gives a reason for the full parse instead.
 */
import { isMap, isScalar, type Document } from 'yaml';
import type { PolicyFile } from '../../parse';
import { splitSections, type Section } from './sections';

/**
 * Texts shorter than this are parsed incrementally (the new parse shares nodes with the old, so
 * both are alive at once); longer ones are parsed whole after the old parse was let go.
 */
export const MAX_INCREMENTAL_LENGTH = 512 * 1024;

export interface Plan {
  /** The previous file's only document: a clean block mapping, one pair per section. */
  previous: Document.Parsed;
  oldSections: Section[];
  newSections: Section[];
  /** Sections kept from the start (same index and offsets in both texts). */
  before: number;
  /** Sections kept from the end (their offsets shifted by `delta`). */
  after: number;
  /** New length minus old length. */
  delta: number;
  /** Where the texts start to differ, and where the difference ends in the previous text. */
  changed: { start: number; oldEnd: number };
}

export interface Fallback {
  fallback: string;
}

function commonPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let at = 0;
  while (at < limit && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

function commonSuffix(a: string, b: string, limit: number): number {
  let length = 0;
  while (
    length < limit &&
    a.charCodeAt(a.length - 1 - length) === b.charCodeAt(b.length - 1 - length)
  )
    length++;
  return length;
}

const sameSpan = (a: Section, b: Section, delta: number) =>
  a.start + delta === b.start && a.end + delta === b.end && a.keyStart + delta === b.keyStart;

/** The previous document, when it is one clean block mapping whose pairs are its sections. */
function cleanMapping(previous: PolicyFile, sections: Section[]): Document.Parsed | undefined {
  if (previous.documents.length !== 1) return undefined;
  const [document] = previous.documents;
  const yaml = document.yaml;
  if (document.hasSyntaxErrors || yaml.errors.length > 0 || yaml.warnings.length > 0)
    return undefined;
  const map = yaml.contents;
  if (!isMap(map) || map.flow || map.items.length !== sections.length) return undefined;
  const keyed = map.items.every(
    (pair, i) => isScalar(pair.key) && pair.key.range?.[0] === sections[i].keyStart,
  );
  return keyed ? yaml : undefined;
}

/** Which sections of `text` can be kept from `previous`, or why it must be parsed whole. */
export function planReparse(previous: PolicyFile, uri: string, text: string): Plan | Fallback {
  if (previous.uri !== uri) return { fallback: 'another file' };
  if (text.length >= MAX_INCREMENTAL_LENGTH || previous.text.length >= MAX_INCREMENTAL_LENGTH)
    return { fallback: 'too long' };
  const newSections = splitSections(text);
  const oldSections = splitSections(previous.text);
  if (!newSections || !oldSections) return { fallback: 'not a plain block mapping' };
  const yaml = cleanMapping(previous, oldSections);
  if (!yaml) return { fallback: 'previous parse not a clean block mapping' };
  const old = previous.text;
  const delta = text.length - old.length;
  const prefix = commonPrefix(old, text);
  const suffix = commonSuffix(old, text, Math.min(old.length, text.length) - prefix);
  const lastOld = oldSections.length - 1;
  const lastNew = newSections.length - 1;
  let before = 0;
  while (
    before <= Math.min(lastOld, lastNew) &&
    newSections[before].end <= prefix &&
    sameSpan(oldSections[before], newSections[before], 0) &&
    (before === lastOld) === (before === lastNew)
  )
    before++;
  let after = 0;
  while (
    lastNew - after >= before &&
    lastOld - after >= before &&
    newSections[lastNew - after].start >= text.length - suffix &&
    sameSpan(oldSections[lastOld - after], newSections[lastNew - after], delta)
  )
    after++;
  if (before + after >= newSections.length) return { fallback: 'no section to parse' };
  const changed = { start: prefix, oldEnd: old.length - suffix };
  return { previous: yaml, oldSections, newSections, before, after, delta, changed };
}
