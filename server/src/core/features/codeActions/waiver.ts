/**
 * "Add a waiver": for a should-finding of a measure, append a waiver stub under `waivers:`
 * (creating the key at the end of the document when it is absent), limited to the finding's
 * path where that path may be waived.
 */
import { schemaForKind } from '../../schema';
import type { SchemaNode } from '../../schema/dsl';
import { schemaAt } from '../../schema/lookup';
import type { DataPath } from '../../types';
import { locate } from '../../locate';
import type { ActionableDiagnostic, Fix, FixContext, OffsetEdit } from './fix';
import { contactIds } from './engagementIds';
import { appendToSequence, insertIntoMapping } from './insertion';
import { yamlString, type PlaceholderValue } from './placeholders';
import { entryLines, flowText, itemLines } from './render';
import { fixTitle } from './titles';

const MEASURE_ID = /^OPS\.3\.1\.M([1-9]|1[0-6])$/;
const WAIVER_PATH = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)*$/;
const JUSTIFICATION_PLACEHOLDER = 'explain why this recommendation is not implemented';

/**
 * The dotted path the waiver is limited to: the finding's path without list indexes, or the
 * nearest ancestor that is not a must (a must may not be waived); undefined for the whole measure.
 */
function waiverPath(root: SchemaNode, path: DataPath): string | undefined {
  for (let length = path.length; length > 0; length--) {
    const prefix = path.slice(0, length);
    if (typeof prefix[length - 1] === 'number') continue;
    if (schemaAt(root, prefix)?.['x-obligation'] === 'must') continue;
    const dotted = prefix.filter((segment) => typeof segment === 'string').join('.');
    if (WAIVER_PATH.test(dotted)) return dotted;
  }
  return undefined;
}

function scalar(text: string): PlaceholderValue {
  return { shape: 'scalar', text };
}

function waiverStub(fc: FixContext, measure: string, path: string | undefined, approvedBy: string) {
  const entries: [string, PlaceholderValue][] = [
    ['measure', scalar(measure)],
    ...(path ? [['path', scalar(path)] as [string, PlaceholderValue]] : []),
    ['justification', scalar(JUSTIFICATION_PLACEHOLDER)],
    ['approvedBy', scalar(yamlString(approvedBy))],
    ['date', scalar(fc.feature.options.today)],
  ];
  const value: PlaceholderValue = { shape: 'map', entries };
  return value;
}

function insertWaiver(fc: FixContext, stub: PlaceholderValue): OffsetEdit | undefined {
  if (locate(fc.doc.yaml, ['waivers']).depth === 1)
    return appendToSequence(fc, ['waivers'], {
      lines: (indent) => itemLines(stub, indent),
      flow: flowText(stub),
    });
  const list: PlaceholderValue = { shape: 'list', items: [stub] };
  return insertIntoMapping(fc, [], {
    lines: (indent) => entryLines('waivers', list, indent),
    flow: `waivers: ${flowText(list)}`,
  });
}

/** Any should-finding of a measure can be waived with a justification. */
export function waiverFixes(fc: FixContext, diagnostic: ActionableDiagnostic): Fix[] {
  const measure = diagnostic.data?.measure;
  if (diagnostic.data?.should !== true || !measure || !MEASURE_ID.test(measure)) return [];
  const approvedBy = contactIds(fc)[0];
  if (!fc.doc.kind || approvedBy === undefined) return [];
  const path = waiverPath(schemaForKind(fc.doc.kind), diagnostic.path ?? []);
  const edit = insertWaiver(fc, waiverStub(fc, measure, path, approvedBy));
  if (!edit) return [];
  const title = fixTitle(fc.feature.options, 'addWaiver', { measure });
  return [{ title, edits: [edit], isPreferred: false, automatic: false }];
}
