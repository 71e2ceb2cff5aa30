/**
 * Field constraints, declared once in a rule's definition: "this field is at most as long as
 * that one", "this flag must be true". The rule's check compares by the declaration
 * (`checkConstraints`), and the quick-fixes derive the placeholder values they write from the
 * same declaration (`features/codeActions/fieldRules.ts`), so check and placeholders cannot drift.
 */
import { asArray, asRecord, type DataRecord } from '../data';
import { dayNumber, durationInDays } from '../time';
import type { DataPath, PolicyKind } from '../types';

/**
 * How the field relates to `other`: `true` = the field must be true (no `other`);
 * `at-most-duration` / `at-least-duration` = its ISO 8601 duration is no longer / no shorter;
 * `not-before-date` / `not-after-date` = its date is no earlier / no later; `equals` = the same
 * value (an id, a level).
 */
export type ConstraintRelation =
  | 'true'
  | 'at-most-duration'
  | 'at-least-duration'
  | 'not-before-date'
  | 'not-after-date'
  | 'equals';

/** The field `other` names lies in the counterpart document (a DCA's engagement, an engagement's DCAs). */
export interface CounterpartPath {
  readonly counterpart: string;
}

/** What a constraint's condition sees: the document and its counterpart documents. */
export interface ConstraintScope {
  readonly kind: PolicyKind;
  readonly data: DataRecord;
  readonly counterparts: readonly DataRecord[];
}

export interface FieldConstraint<M extends string = string> {
  /** The constrained field, dotted, without list indexes: `emergencyPreparedness.providerCapability.rto`. */
  readonly field: string;
  readonly relation: ConstraintRelation;
  /** The field it is compared with (dotted, in the same document unless a counterpart path). */
  readonly other?: string | CounterpartPath;
  /**
   * The rule also wants the field present whenever the constraint applies (its check reports it
   * missing): a new mapping above the field gets the key from the quick-fix.
   */
  readonly required?: boolean;
  /** Only when this holds does the constraint apply (to the check and to the placeholders). */
  readonly when?: (scope: ConstraintScope) => boolean;
  /**
   * The message the check reports, on the field's value, when the constraint is broken; without
   * one the constraint only feeds the placeholders (the rule's own check compares).
   */
  readonly messageId?: M;
  /** The argument names for the field's value and the other value (default `value`, `other`). */
  readonly args?: { readonly value: string; readonly other: string };
}

/** A dotted field name as a data path: `a.b.c` -> `['a', 'b', 'c']`. */
export function fieldPath(field: string): DataPath {
  return field.split('.');
}

/** Where the other field lies: its dotted name and whether it is in a counterpart document. */
export function otherField(constraint: FieldConstraint): { field: string; counterpart: boolean } {
  const other = constraint.other;
  if (other === undefined) return { field: '', counterpart: false };
  return typeof other === 'string'
    ? { field: other, counterpart: false }
    : { field: other.counterpart, counterpart: true };
}

/** A value found under a dotted field name, with its full path (list indexes included). */
export interface FieldInstance {
  path: DataPath;
  value: unknown;
}

/** Every value of a dotted field in `data`, stepping into each item of a list on the way. */
export function fieldInstances(data: unknown, field: string): FieldInstance[] {
  let found: FieldInstance[] = [{ path: [], value: data }];
  for (const key of fieldPath(field)) {
    found = found.flatMap(({ path, value }) => {
      const items = Array.isArray(value)
        ? asArray(value).map((item, index) => ({ path: [...path, index], value: item }))
        : [{ path, value }];
      return items.flatMap((item) => {
        const child = asRecord(item.value)?.[key as string];
        return child === undefined ? [] : [{ path: [...item.path, key], value: child }];
      });
    });
  }
  return found;
}

/** Tolerance for comparing durations in (fractional) days. */
const EPSILON_DAYS = 1e-9;

function compareBy(
  measure: (value: unknown) => number | undefined,
  value: unknown,
  other: unknown,
): number | undefined {
  const a = measure(value);
  const b = measure(other);
  if (a === undefined || b === undefined) return undefined;
  return Math.abs(a - b) <= EPSILON_DAYS ? 0 : Math.sign(a - b);
}

/**
 * Whether `value` breaks the relation to `other`: true when it does, false when it keeps it,
 * undefined when the values cannot be compared (missing or malformed: the schema reports those).
 */
export function breaksRelation(
  relation: ConstraintRelation,
  value: unknown,
  other?: unknown,
): boolean | undefined {
  switch (relation) {
    case 'true':
      return value === false ? true : value === true ? false : undefined;
    case 'at-most-duration':
      return sideOf(compareBy(durationInDays, value, other), 1);
    case 'at-least-duration':
      return sideOf(compareBy(durationInDays, value, other), -1);
    case 'not-before-date':
      return sideOf(compareBy(dayNumber, value, other), -1);
    case 'not-after-date':
      return sideOf(compareBy(dayNumber, value, other), 1);
    case 'equals':
      if (typeof value !== 'string' || typeof other !== 'string') return undefined;
      return value !== other;
  }
}

function sideOf(comparison: number | undefined, wrongSide: 1 | -1): boolean | undefined {
  return comparison === undefined ? undefined : comparison === wrongSide;
}

/** The relation seen from the other field (`a at-most b` is `b at-least a`). */
export function inverseRelation(relation: ConstraintRelation): ConstraintRelation {
  const inverse: Readonly<Record<ConstraintRelation, ConstraintRelation>> = {
    true: 'true',
    'at-most-duration': 'at-least-duration',
    'at-least-duration': 'at-most-duration',
    'not-before-date': 'not-after-date',
    'not-after-date': 'not-before-date',
    equals: 'equals',
  };
  return inverse[relation];
}
