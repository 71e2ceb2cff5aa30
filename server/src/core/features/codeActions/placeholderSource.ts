/**
 * Everything a placeholder may depend on besides its schema, read from the document a fix edits
 * and from the documents the rules compare it with (its engagement, or its agreements).
 */
import { asRecord, asString, valueAt, type DataRecord } from '../../data';
import { schemaForKind } from '../../schema';
import type { RefKind } from '../../schema/dsl';
import type { DataPath } from '../../types';
import { dcasOfEngagement } from '../../workspace';
import { conditionallyRequired } from './conditions';
import { engagementData, idsForRef } from './engagementIds';
import { ruledValue, ruleRequiredKeys, type DocumentFacts } from './fieldRules';
import type { FixContext } from './fix';
import type { PlaceholderSource } from './placeholders';

function counterparts(fc: FixContext, data: DataRecord): DataRecord[] {
  if (fc.doc.kind !== 'Engagement') {
    const engagement = engagementData(fc);
    return engagement ? [engagement] : [];
  }
  const id = asString(asRecord(data.metadata)?.id);
  return id === undefined ? [] : dcasOfEngagement(fc.feature.index, id).map((dca) => dca.data);
}

/** Every text value in the data (keys too), to tell which ids are still free. */
function textsIn(value: unknown, into: Set<string>, seen = new Set<object>()): Set<string> {
  if (typeof value === 'string') into.add(value);
  if (value === null || typeof value !== 'object' || seen.has(value)) return into;
  seen.add(value); // a recursive alias (&a {x: *a}) makes the data cyclic
  for (const [key, child] of Object.entries(value)) {
    if (!Array.isArray(value)) into.add(key);
    textsIn(child, into, seen);
  }
  return into;
}

/**
 * What the walks below found, per parsed data object: a parse is never mutated, and fix-all asks
 * the same questions for every finding, so a huge document is walked once, not once per finding.
 */
const textsOfData = new WeakMap<object, Set<string>>();
const textValuesOfContainer = new WeakMap<object, string[]>();

function textsOf(data: DataRecord): Set<string> {
  let texts = textsOfData.get(data);
  if (!texts) {
    texts = textsIn(data, new Set());
    textsOfData.set(data, texts);
  }
  return texts;
}

function textValuesAt(data: DataRecord, path: DataPath): string[] {
  const container = valueAt(data, path);
  if (container === null || typeof container !== 'object') return [];
  let values = textValuesOfContainer.get(container);
  if (!values) {
    const all = Array.isArray(container) ? container : Object.values(container);
    values = all.filter((value): value is string => typeof value === 'string');
    textValuesOfContainer.set(container, values);
  }
  return values;
}

/** The placeholder source for a fix in `fc`'s document (undefined for a document without kind). */
export function placeholderSource(fc: FixContext): PlaceholderSource | undefined {
  const kind = fc.doc.kind;
  const data = asRecord(fc.doc.value) ?? {};
  if (!kind) return undefined;
  const facts: DocumentFacts = {
    kind,
    data,
    counterparts: counterparts(fc, data),
    today: fc.feature.options.today,
  };
  const root = schemaForKind(kind);
  return {
    today: fc.feature.options.today,
    idsOf: (refKind: RefKind) => idsForRef(fc, refKind),
    ruledValue: (path) => ruledValue(facts, path),
    extraKeys: (path) => [
      ...ruleRequiredKeys(facts, path),
      ...conditionallyRequired(root, data, path),
    ],
    isUsed: (value) => textsOf(data).has(value),
    valuesIn: (path) => textValuesAt(data, path),
  };
}
