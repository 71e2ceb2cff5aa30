/**
 * References between fields and documents: every `ref<…>` resolves to something defined
 * (R3, R16), engagements and DCAs find each other in the workspace, ids are unique per kind,
 * and a contact named as responsible can be reached (M13).
 */
import { asArray, asRecord, asString, idsOf, type DataRecord } from '../data';
import { closestMatch } from '../didYouMean';
import { schemaForKind } from '../schema';
import type { RefKind, SchemaNode } from '../schema/dsl';
import { childSchema, formatPath } from '../schema/lookup';
import type { DataPath } from '../types';
import { dcasOfEngagement, type IndexedDocument } from '../workspace';
import type { Rule, RuleContext } from './rule';

/** One string value of a `ref<…>` field, found by walking the data along its schema. */
export interface RefOccurrence {
  kind: RefKind;
  value: string;
  path: DataPath;
}

/**
 * Calls `visit` for every string value whose schema node carries `x-ref`, following
 * `properties`, `items` and `additionalProperties`. Values of the wrong shape are skipped.
 */
export function forEachRef(
  schema: SchemaNode,
  data: unknown,
  visit: (occurrence: RefOccurrence) => void,
  path: DataPath = [],
): void {
  const kind = schema['x-ref'];
  if (kind !== undefined) {
    if (typeof data === 'string') visit({ kind, value: data, path });
    return;
  }
  if (Array.isArray(data)) {
    if (schema.items)
      data.forEach((item, i) => forEachRef(schema.items!, item, visit, [...path, i]));
    return;
  }
  const record = asRecord(data);
  if (!record) return;
  for (const [key, value] of Object.entries(record)) {
    const child = childSchema(schema, key);
    if (child) forEachRef(child, value, visit, [...path, key]);
  }
}

/** What a ref of one kind may name, and where those ids are defined. */
interface RefTargets {
  ids: string[];
  where: string;
  /** Why nothing can resolve here at all (the list the ids come from does not exist). */
  absent?: string;
}

function partyIds(engagement: DataRecord): string[] {
  const parties = asRecord(engagement.parties);
  return [parties?.provider, parties?.customer]
    .map((party) => asString(asRecord(party)?.id))
    .filter((id): id is string => id !== undefined);
}

function classificationScheme(engagement: DataRecord): unknown {
  return asRecord(asRecord(engagement.securityConcept)?.classification)?.scheme;
}

/** The targets of a ref kind in an engagement; undefined when this rule does not check the kind. */
function refTargets(kind: RefKind, engagement: DataRecord): RefTargets | undefined {
  switch (kind) {
    case 'party':
      return { ids: partyIds(engagement), where: 'parties.provider.id or parties.customer.id' };
    case 'contact':
      return { ids: idsOf(engagement.contacts), where: 'contacts[].id' };
    case 'dependency':
      return {
        ids: idsOf(asRecord(engagement.roughConcept)?.dependencies),
        where: 'roughConcept.dependencies[].id',
      };
    case 'partner':
      return {
        ids: idsOf(asRecord(engagement.communication)?.partners),
        where: 'communication.partners[].id',
      };
    case 'classification': {
      const scheme = classificationScheme(engagement);
      const where = 'securityConcept.classification.scheme';
      if (!Array.isArray(scheme))
        return { ids: [], where, absent: `there is no classification scheme (${where})` };
      const levels = scheme.filter((level): level is string => typeof level === 'string');
      return { ids: levels, where };
    }
    default:
      return undefined;
  }
}

const MAX_LISTED_IDS = 10;

function knownIdsHint(kind: RefKind, ids: readonly string[], where: string): string {
  if (ids.length === 0)
    return `No ${kind} is defined in ${where} yet: define the ${kind} there or correct the reference.`;
  const listed = ids.slice(0, MAX_LISTED_IDS).join(', ');
  const more = ids.length > MAX_LISTED_IDS ? ` and ${ids.length - MAX_LISTED_IDS} more` : '';
  return `The ${kind} ids defined in ${where} are ${listed}${more}; correct the reference or define the ${kind} there.`;
}

function engagementLabel(context: RuleContext): string {
  if (context.kind === 'Engagement') return '';
  const id = asString(asRecord(context.engagement?.metadata)?.id);
  return id ? ` of engagement ${id}` : ' of the engagement';
}

function checkRef(context: RuleContext, ref: RefOccurrence, targets: RefTargets): void {
  if (targets.ids.includes(ref.value)) return;
  if (targets.absent) {
    context.report({
      ruleId: 'reference/unresolved',
      severity: 'error',
      message: `${formatPath(ref.path)} "${ref.value}" cannot be resolved: ${targets.absent}${engagementLabel(context)}`,
      path: ref.path,
      part: 'value',
    });
    return;
  }
  const suggestion = closestMatch(ref.value, targets.ids);
  context.report({
    ruleId: 'reference/unresolved',
    severity: 'error',
    message: `${formatPath(ref.path)}: no ${ref.kind} "${ref.value}"${engagementLabel(context)}${didYouMean(suggestion)}`,
    detail: knownIdsHint(ref.kind, [...new Set(targets.ids)], targets.where),
    path: ref.path,
    part: 'value',
    ...(suggestion ? { data: { suggestion } } : {}),
  });
}

function checkUnresolvedRefs(context: RuleContext): void {
  const engagement = context.engagement;
  if (!engagement) return;
  const targetsByKind = new Map<RefKind, RefTargets | undefined>();
  forEachRef(context.schema, context.data, (ref) => {
    if (!targetsByKind.has(ref.kind)) targetsByKind.set(ref.kind, refTargets(ref.kind, engagement));
    const targets = targetsByKind.get(ref.kind);
    if (targets) checkRef(context, ref, targets);
  });
}

function didYouMean(suggestion: string | undefined): string {
  return suggestion ? `; did you mean "${suggestion}"?` : '';
}

function checkListedDcas(context: RuleContext): void {
  asArray(context.data.dataConnectionAgreements).forEach((entry, i) => {
    if (typeof entry !== 'string' || context.workspace.dcas.has(entry)) return;
    const suggestion = closestMatch(entry, context.workspace.dcas.keys());
    context.report({
      ruleId: 'engagement/dca-missing',
      severity: 'error',
      measure: 'OPS.3.1.M8',
      message: `dataConnectionAgreements[${i}]: no data connection agreement "${entry}" in the workspace${didYouMean(suggestion)}`,
      detail:
        'The networks may only be connected once the agreement exists. Add its document to the workspace or correct the id.',
      path: ['dataConnectionAgreements', i],
      part: 'value',
      ...(suggestion ? { data: { suggestion } } : {}),
    });
  });
}

function checkEngagementOfDca(context: RuleContext): void {
  const engagementRef = asString(asRecord(context.data.metadata)?.engagementRef);
  if (engagementRef === undefined || context.workspace.engagements.has(engagementRef)) return;
  const suggestion = closestMatch(engagementRef, context.workspace.engagements.keys());
  context.report({
    ruleId: 'engagement/dca-missing',
    severity: 'warning',
    measure: 'OPS.3.1.M8',
    message: `metadata.engagementRef: engagement "${engagementRef}" not found in the workspace${didYouMean(suggestion)}`,
    detail:
      "Without the engagement, the parties, contacts and dependencies this agreement names cannot be checked. Open the engagement's file with it or correct the id.",
    path: ['metadata', 'engagementRef'],
    part: 'value',
    ...(suggestion ? { data: { suggestion } } : {}),
  });
}

function checkDcaLinks(context: RuleContext): void {
  if (context.kind === 'Engagement') checkListedDcas(context);
  else checkEngagementOfDca(context);
}

function checkDuplicateId(context: RuleContext): void {
  const id = asString(asRecord(context.data.metadata)?.id);
  if (id === undefined) return;
  const index =
    context.kind === 'Engagement' ? context.workspace.engagements : context.workspace.dcas;
  const others = (index.get(id) ?? []).filter((entry) => entry.data !== context.data);
  if (others.length === 0) return;
  const where = [...new Set(others.map((entry) => entry.file.uri))].join(', ');
  const noun = context.kind === 'Engagement' ? 'engagement' : 'data connection agreement';
  context.report({
    ruleId: 'document/duplicate-id',
    severity: 'error',
    measure: null,
    message: `metadata.id "${id}" is also the id of another ${noun}`,
    detail: `The other one is in ${where}. References to this id would be ambiguous, so give each document its own id.`,
    path: ['metadata', 'id'],
    part: 'value',
  });
}

/** Where each contact id is first named by a ref<contact>, in the engagement or its DCAs. */
function contactReferences(context: RuleContext): Map<string, string> {
  const firstUse = new Map<string, string>();
  const collect = (schema: SchemaNode, data: DataRecord, suffix: string): void =>
    forEachRef(schema, data, (ref) => {
      if (ref.kind === 'contact' && !firstUse.has(ref.value))
        firstUse.set(ref.value, formatPath(ref.path) + suffix);
    });
  collect(context.schema, context.data, '');
  const id = asString(asRecord(context.data.metadata)?.id);
  const dcas: IndexedDocument[] = id ? dcasOfEngagement(context.workspace, id) : [];
  for (const dca of dcas) {
    collect(schemaForKind('DataConnectionAgreement'), dca.data, ` of DCA ${dca.doc.id ?? ''}`);
  }
  return firstUse;
}

function hasValue(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

function checkReachableContacts(context: RuleContext): void {
  if (context.kind !== 'Engagement') return;
  const contacts = asArray(context.data.contacts);
  if (contacts.length === 0) return;
  const referencedAt = contactReferences(context);
  contacts.forEach((entry, i) => {
    const contact = asRecord(entry);
    const id = asString(contact?.id);
    const usedAt = id === undefined ? undefined : referencedAt.get(id);
    if (!contact || !usedAt || hasValue(contact.email) || hasValue(contact.phone)) return;
    const name = asString(contact.name);
    context.report({
      ruleId: 'schema/required',
      severity: 'warning',
      measure: 'OPS.3.1.M13',
      message: `contact "${id}" has neither email nor phone, but is responsible in ${usedAt}`,
      detail: `${name ? `${name} carries` : 'This contact carries'} a responsibility and needs a way to be reached: add an e-mail address or a phone number.`,
      path: ['contacts', i, 'id'],
      part: 'key',
      data: { missingKey: 'email', should: true },
    });
  });
}

export const rules: Rule[] = [
  {
    ids: ['reference/unresolved'],
    kinds: ['Engagement', 'DataConnectionAgreement'],
    check: checkUnresolvedRefs,
  },
  {
    ids: ['engagement/dca-missing'],
    kinds: ['Engagement', 'DataConnectionAgreement'],
    check: checkDcaLinks,
  },
  {
    ids: ['document/duplicate-id'],
    kinds: ['Engagement', 'DataConnectionAgreement'],
    check: checkDuplicateId,
  },
  {
    ids: ['schema/required'],
    kinds: ['Engagement'],
    check: checkReachableContacts,
  },
];
