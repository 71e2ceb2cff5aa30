/**
 * The check a rule gets from its declared field constraints: every constraint with a message
 * is compared on every value of its field, and a broken one is reported on that value.
 */
import { valueAt, type DataRecord } from '../data';
import {
  breaksRelation,
  fieldInstances,
  fieldPath,
  otherField,
  type ConstraintScope,
  type FieldConstraint,
} from './constraints';
import type { RuleContext } from './defineRule';

/** The document and its counterparts as far as a check knows them (a DCA's engagement). */
function scopeOf<M extends string>(context: RuleContext<M>): ConstraintScope {
  const counterparts =
    context.kind === 'DataConnectionAgreement' && context.engagement ? [context.engagement] : [];
  return { kind: context.kind, data: context.data, counterparts };
}

/** The value the constraint compares with: in the document, or in its first counterpart. */
function otherValue(constraint: FieldConstraint, scope: ConstraintScope): unknown {
  const other = otherField(constraint);
  if (!other.field) return undefined;
  const source: DataRecord | undefined = other.counterpart ? scope.counterparts[0] : scope.data;
  return source === undefined ? undefined : valueAt(source, fieldPath(other.field));
}

function checkConstraint<M extends string>(
  context: RuleContext<M>,
  constraint: FieldConstraint<M>,
  messageId: M,
): void {
  const scope = scopeOf(context);
  if (constraint.when && !constraint.when(scope)) return;
  const other = otherValue(constraint, scope);
  const names = constraint.args ?? { value: 'value', other: 'other' };
  for (const { path, value } of fieldInstances(context.data, constraint.field)) {
    if (breaksRelation(constraint.relation, value, other) !== true) continue;
    const args =
      constraint.relation === 'true'
        ? undefined
        : { [names.value]: String(value), [names.other]: String(other) };
    context.report({ messageId, ...(args ? { args } : {}), path, part: 'value' });
  }
}

/** Reports every broken constraint that names a message. */
export function checkConstraints<M extends string>(
  context: RuleContext<M>,
  constraints: readonly FieldConstraint<M>[],
): void {
  for (const constraint of constraints) {
    if (constraint.messageId !== undefined)
      checkConstraint(context, constraint, constraint.messageId);
  }
}
