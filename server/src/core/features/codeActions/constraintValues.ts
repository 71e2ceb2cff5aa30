/**
 * The placeholder values and keys the rules' declared field constraints call for, derived from
 * the registry: `a at-most-duration b` makes a new `a` no longer than `b` and a new `b` no
 * shorter than `a`; `true` writes true for the user to confirm; `equals` writes the other
 * field's value. The rule checks the same declaration, so check and placeholder cannot drift.
 */
import { asString, type DataRecord } from '../../data';
import {
  fieldInstances,
  fieldPath,
  inverseRelation,
  otherField,
  type ConstraintRelation,
  type ConstraintScope,
  type FieldConstraint,
} from '../../rules/constraints';
import { allRuleDefinitions } from '../../rules/registry';
import { schemaForKind } from '../../schema';
import { schemaAt } from '../../schema/lookup';
import { dayNumber, durationInDays } from '../../time';
import type { DataPath, PolicyKind } from '../../types';
import type { RuledValue } from './placeholders';

/** The document a placeholder goes into, and the documents its rules compare it with. */
export interface DocumentFacts {
  kind: PolicyKind;
  data: DataRecord;
  /** For an engagement its data connection agreements; for an agreement its engagement. */
  counterparts: readonly DataRecord[];
  today: string;
}

/** One side of a declared constraint, as seen from the field a placeholder is written for. */
interface ConstraintSide {
  relation: ConstraintRelation;
  /** The field compared with (none for `true`), and whether it lies in the counterpart. */
  other?: { path: DataPath; counterpart: boolean };
  /** Whether the constraint applies to the document the placeholder goes into. */
  applies(facts: DocumentFacts): boolean;
  /** Whether the rule wants the field present whenever the constraint applies. */
  required: boolean;
}

const COUNTERPART_KIND: Readonly<Record<PolicyKind, PolicyKind>> = {
  Engagement: 'DataConnectionAgreement',
  DataConnectionAgreement: 'Engagement',
};

function scopeOf(facts: DocumentFacts): ConstraintScope {
  return { kind: facts.kind, data: facts.data, counterparts: facts.counterparts };
}

/** The condition, seen from a counterpart document: it holds for one of its counterparts. */
function appliesFromCounterpart(kind: PolicyKind, when: FieldConstraint['when']) {
  return (facts: DocumentFacts): boolean =>
    !when || facts.counterparts.some((data) => when({ kind, data, counterparts: [facts.data] }));
}

type SideTable = Map<string, ConstraintSide[]>;

function addSide(
  tables: Map<PolicyKind, SideTable>,
  kind: PolicyKind,
  field: string,
  side: ConstraintSide,
) {
  const table = tables.get(kind) ?? new Map<string, ConstraintSide[]>();
  tables.set(kind, table);
  table.set(field, [...(table.get(field) ?? []), side]);
}

/** Both sides of one constraint of a rule that checks documents of `kind`. */
function addConstraint(tables: Map<PolicyKind, SideTable>, kind: PolicyKind, c: FieldConstraint) {
  const applies = (facts: DocumentFacts) => !c.when || c.when(scopeOf(facts));
  const other = otherField(c);
  const own: ConstraintSide = { relation: c.relation, applies, required: c.required === true };
  if (!other.field) return addSide(tables, kind, c.field, own);
  addSide(tables, kind, c.field, {
    ...own,
    other: { path: fieldPath(other.field), counterpart: other.counterpart },
  });
  const otherKind = other.counterpart ? COUNTERPART_KIND[kind] : kind;
  addSide(tables, otherKind, other.field, {
    relation: inverseRelation(c.relation),
    other: { path: fieldPath(c.field), counterpart: other.counterpart },
    applies: other.counterpart ? appliesFromCounterpart(kind, c.when) : applies,
    required: false,
  });
}

let cachedTables: Map<PolicyKind, SideTable> | undefined;

/** Every declared constraint of the registry, by the kind and field it constrains. */
function constraintTables(): Map<PolicyKind, SideTable> {
  if (cachedTables) return cachedTables;
  const tables = new Map<PolicyKind, SideTable>();
  for (const definition of allRuleDefinitions())
    for (const constraint of definition.constraints ?? [])
      for (const kind of definition.kinds ?? []) addConstraint(tables, kind, constraint);
  cachedTables = tables;
  return tables;
}

/** The other field's values, in the document or in each counterpart (every item of a list). */
function otherValues(facts: DocumentFacts, side: ConstraintSide): unknown[] {
  if (!side.other) return [];
  const { path, counterpart } = side.other;
  const sources = counterpart ? facts.counterparts : [facts.data];
  return sources.flatMap((data) => fieldInstances(data, fieldName(path)).map(({ value }) => value));
}

/** The length the generic duration placeholder (P1Y) stands for. */
const DEFAULT_DURATION_DAYS = durationInDays('P1Y') ?? 365;

function ruled(value: RuledValue['value'], confirm = false): RuledValue {
  return { value, confirm };
}

/** A duration on the right side of the other one (the generic placeholder when that already is). */
function durationValue(limit: unknown, atMost: boolean): RuledValue | undefined {
  const days = durationInDays(limit);
  if (days === undefined) return undefined;
  const genericBreaks = atMost ? days < DEFAULT_DURATION_DAYS : days > DEFAULT_DURATION_DAYS;
  return genericBreaks ? ruled(String(limit)) : undefined;
}

/** The limit dates that lie on the wrong side of today for the placeholder (today otherwise). */
function dateValue(
  facts: DocumentFacts,
  limits: unknown[],
  notBefore: boolean,
): RuledValue | undefined {
  const today = dayNumber(facts.today);
  const beyond = limits
    .filter((date): date is string => {
      const day = dayNumber(date);
      return (
        today !== undefined && day !== undefined && Math.sign(day - today) === (notBefore ? 1 : -1)
      );
    })
    .sort();
  const pick = notBefore ? beyond.pop() : beyond[0];
  return pick === undefined ? undefined : ruled(pick);
}

/** The other value, when it is valid for the field the placeholder is written for. */
function sameValue(
  facts: DocumentFacts,
  path: DataPath,
  candidates: unknown[],
): RuledValue | undefined {
  const schema = schemaAt(schemaForKind(facts.kind), path);
  const valid = candidates.map(asString).find((value) => {
    if (value === undefined) return false;
    if (schema?.enum && !schema.enum.includes(value)) return false;
    return !schema?.pattern || new RegExp(schema.pattern).test(value);
  });
  return valid === undefined ? undefined : ruled(valid);
}

function valueForSides(
  facts: DocumentFacts,
  path: DataPath,
  sides: ConstraintSide[],
): RuledValue | undefined {
  const limits = (relation: ConstraintRelation) =>
    sides.filter((side) => side.relation === relation).flatMap((side) => otherValues(facts, side));
  if (sides.some((side) => side.relation === 'true')) return ruled(true, true);
  if (sides.some((side) => side.relation === 'equals'))
    return sameValue(facts, path, limits('equals'));
  const [atMost] = limits('at-most-duration');
  if (atMost !== undefined) return durationValue(atMost, true);
  const [atLeast] = limits('at-least-duration');
  if (atLeast !== undefined) return durationValue(atLeast, false);
  const notBefore = limits('not-before-date');
  if (notBefore.length > 0) return dateValue(facts, notBefore, true);
  return dateValue(facts, limits('not-after-date'), false);
}

/** `a.b.c` for `['a', 'b', 0, 'c']`: a field named without list indexes. */
export function fieldName(path: DataPath): string {
  return path.filter((segment) => typeof segment === 'string').join('.');
}

/** The value the declared constraints tie the field at `path` to, if any. */
export function constrainedValue(facts: DocumentFacts, path: DataPath): RuledValue | undefined {
  const sides = constraintTables().get(facts.kind)?.get(fieldName(path)) ?? [];
  const applying = sides.filter((side) => side.applies(facts));
  return applying.length > 0 ? valueForSides(facts, path, applying) : undefined;
}

/** Keys a new mapping at `path` needs because a constraint that applies wants a field under it. */
export function constrainedKeys(facts: DocumentFacts, path: DataPath): string[] {
  const prefix = fieldName(path);
  const keys: string[] = [];
  for (const [field, sides] of constraintTables().get(facts.kind) ?? []) {
    const segments = field.split('.');
    const depth = prefix ? prefix.split('.').length : 0;
    if (segments.slice(0, depth).join('.') !== prefix || segments.length <= depth) continue;
    if (sides.some((side) => side.required && side.applies(facts))) keys.push(segments[depth]);
  }
  return keys;
}
