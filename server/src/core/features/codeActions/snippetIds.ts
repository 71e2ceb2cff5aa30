/**
 * A clause snippet names example ids (`provider-isb`, `customer`) where the clause refers to a
 * contact, party or other defined thing. Inserted as a quick-fix, those would be unresolved
 * references; this replaces each one the document does not define by an id it does define.
 */
import { parseDocument } from 'yaml';
import { locate } from '../../locate';
import { forEachRef, type RefOccurrence } from '../../rules/references/forEachRef';
import type { RefKind, SchemaNode } from '../../schema/dsl';
import { formatPath } from '../../schema/lookup';
import { yamlString } from './placeholders';

interface Replacement {
  start: number;
  end: number;
  text: string;
}

/** The refs of the snippet that name nothing the document defines (where it defines something). */
function unknownRefs(
  data: unknown,
  mappingSchema: SchemaNode,
  idsOf: (kind: RefKind) => readonly string[],
): RefOccurrence[] {
  const found: RefOccurrence[] = [];
  forEachRef(mappingSchema, data, (ref) => {
    const ids = idsOf(ref.kind);
    if (ids.length > 0 && !ids.includes(ref.value)) found.push(ref);
  });
  return found;
}

/** A defined id for each unknown ref, different from the others of the same list or mapping. */
function chooseIds(
  refs: readonly RefOccurrence[],
  idsOf: (kind: RefKind) => readonly string[],
): string[] {
  const usedIn = new Map<string, Set<string>>();
  return refs.map((ref) => {
    const container = formatPath(ref.path.slice(0, -1));
    const used = usedIn.get(container) ?? new Set<string>();
    usedIn.set(container, used);
    const ids = idsOf(ref.kind);
    const chosen = ids.find((id) => !used.has(id)) ?? ids[0];
    used.add(chosen);
    return chosen;
  });
}

/**
 * `text` (a `key: …` block, not indented) with its unknown refs replaced. `mappingSchema` is the
 * schema of the mapping the block goes into.
 */
export function withDefinedIds(
  text: string,
  mappingSchema: SchemaNode,
  idsOf: (kind: RefKind) => readonly string[],
): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return text;
  const refs = unknownRefs(doc.toJS(), mappingSchema, idsOf);
  const ids = chooseIds(refs, idsOf);
  const replacements = refs.flatMap((ref, i): Replacement[] => {
    const range = locate(doc, ref.path).value?.range;
    return range ? [{ start: range[0], end: range[1], text: yamlString(ids[i]) }] : [];
  });
  return replacements
    .sort((a, b) => b.start - a.start)
    .reduce((out, r) => out.slice(0, r.start) + r.text + out.slice(r.end), text);
}
