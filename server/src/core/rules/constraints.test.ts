/**
 * Field constraints: the comparison the checks use, and the placeholders the quick-fixes derive
 * from the same declarations. For every constraint the registry declares, a placeholder written
 * for either side keeps the constraint, so check and fix cannot drift apart.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DataRecord } from '../data';
import {
  constrainedKeys,
  constrainedValue,
  type DocumentFacts,
} from '../features/codeActions/constraintValues';
import { expectFinding, expectNoFinding } from '../../../../test/support/harness';
import {
  breaksRelation,
  fieldInstances,
  fieldPath,
  inverseRelation,
  otherField,
  type ConstraintRelation,
} from './constraints';
import { allRuleDefinitions } from './registry';

const TODAY = '2026-06-15';

test('breaksRelation compares durations, dates, flags and values', () => {
  assert.equal(breaksRelation('at-most-duration', 'PT8H', 'PT4H'), true);
  assert.equal(breaksRelation('at-most-duration', 'PT24H', 'P1D'), false);
  assert.equal(breaksRelation('at-least-duration', 'P1M', 'P2M'), true);
  assert.equal(breaksRelation('not-before-date', '2024-03-01', '2024-06-30'), true);
  assert.equal(breaksRelation('not-before-date', '2024-06-30', '2024-06-30'), false);
  assert.equal(breaksRelation('not-after-date', '2024-07-01', '2024-06-30'), true);
  assert.equal(breaksRelation('true', false), true);
  assert.equal(breaksRelation('true', true), false);
  assert.equal(breaksRelation('equals', 'CC-1', 'CC-2'), true);
  for (const relation of ['at-most-duration', 'not-after-date', 'true', 'equals'] as const)
    assert.equal(breaksRelation(relation, 'garbage', undefined), undefined, relation);
});

test('fieldInstances steps into every item of a list', () => {
  const data = { a: [{ b: { c: 1 } }, { b: {} }, { b: { c: 2 } }] };
  assert.deepEqual(fieldInstances(data, 'a.b.c'), [
    { path: ['a', 0, 'b', 'c'], value: 1 },
    { path: ['a', 2, 'b', 'c'], value: 2 },
  ]);
});

/** A document in which every declared `when` holds (the test fails if one does not). */
const CONDITIONS: DataRecord = {
  tenancy: { model: 'multi-tenant' },
  migration: { status: 'completed' },
  roughConcept: { dependencies: [{ id: 'DEP-NET', type: 'subcontractor' }] },
  protectionNeeds: { confidentiality: 'high' },
};

/** A value of the other field that makes the generic placeholder break the relation. */
const DEMANDING: Readonly<Record<ConstraintRelation, unknown>> = {
  true: undefined,
  'at-most-duration': 'PT4H',
  'at-least-duration': 'P3Y',
  'not-before-date': '2027-01-31',
  'not-after-date': '2025-01-31',
  equals: 'CC-2024',
};

/** The placeholder a fix writes when no rule ties the field: P1Y, today, a fresh id. */
const GENERIC: Readonly<Record<ConstraintRelation, unknown>> = {
  true: false,
  'at-most-duration': 'P1Y',
  'at-least-duration': 'P1Y',
  'not-before-date': TODAY,
  'not-after-date': TODAY,
  equals: 'to-be-defined',
};

/** A copy of `data` with `value` at the dotted field (in every item of a list on the way). */
function withValue(data: DataRecord, field: string, value: unknown): DataRecord {
  const copy = structuredClone(data);
  const path = fieldPath(field) as string[];
  let nodes = [copy];
  for (const key of path.slice(0, -1)) {
    nodes = nodes.flatMap((node) => {
      const child = (node[key] ??= {}) as DataRecord | DataRecord[];
      return Array.isArray(child) ? child : [child];
    });
  }
  for (const node of nodes) node[path[path.length - 1]] = value;
  return copy;
}

function placeholder(facts: DocumentFacts, field: string, relation: ConstraintRelation): unknown {
  return constrainedValue(facts, fieldPath(field))?.value ?? GENERIC[relation];
}

describe('placeholders keep every declared constraint', () => {
  for (const definition of allRuleDefinitions()) {
    for (const constraint of definition.constraints ?? []) {
      const other = otherField(constraint);
      const kind = definition.kinds?.[0] ?? 'Engagement';
      const name = `${definition.id}: ${constraint.field} ${constraint.relation} ${other.field}`;
      test(name, () => {
        const scope = { kind, data: CONDITIONS, counterparts: [] };
        assert.ok(!constraint.when || constraint.when(scope), 'add its condition to CONDITIONS');
        if (other.counterpart) return; // compared across documents: see the DCA rules' tests
        const { relation } = constraint;
        const given =
          relation === 'true'
            ? CONDITIONS
            : withValue(CONDITIONS, other.field, DEMANDING[relation]);
        const facts: DocumentFacts = { kind, data: given, counterparts: [], today: TODAY };
        const otherValue = DEMANDING[relation];
        const written = placeholder(facts, constraint.field, relation);
        assert.equal(breaksRelation(relation, written, otherValue), false, `${String(written)}`);
        if (relation === 'true') return;
        const reverse = withValue(
          CONDITIONS,
          constraint.field,
          DEMANDING[inverseRelation(relation)],
        );
        const back = placeholder(
          { ...facts, data: reverse },
          other.field,
          inverseRelation(relation),
        );
        const fieldValue = DEMANDING[inverseRelation(relation)];
        assert.equal(breaksRelation(relation, fieldValue, back), false, `${String(back)}`);
      });
    }
  }
});

test('a new mapping gets the keys a required constraint wants, only when it applies', () => {
  const facts = (model: string): DocumentFacts => ({
    kind: 'Engagement',
    data: { tenancy: { model } },
    counterparts: [],
    today: TODAY,
  });
  assert.deepEqual(constrainedKeys(facts('multi-tenant'), ['emergencyPreparedness']), ['backup']);
  assert.deepEqual(constrainedKeys(facts('multi-tenant'), ['emergencyPreparedness', 'backup']), [
    'separateMediaPerClient',
  ]);
  assert.deepEqual(constrainedKeys(facts('multi-tenant'), ['contract']), ['clientCapability']);
  assert.deepEqual(constrainedKeys(facts('dedicated'), ['contract']), []);
});

test('a constraint with a message is checked by its declaration, with its argument names', () => {
  const header = [
    'apiVersion: outsourcing-policy/v1',
    'kind: Engagement',
    'metadata: {id: ENG-1, title: t, version: "1", status: migration}',
    '',
  ].join('\n');
  const migration = (updatedOn: string, status = 'completed') =>
    `${header}migration:\n  status: ${status}\n  completedOn: 2024-06-30\n  securityConceptUpdatedOn: ${updatedOn}\n`;
  const found = expectFinding(migration('⟦2024-03-01⟧'), {
    ruleId: 'migration/open-exceptions',
    measure: 'OPS.3.1.M13',
    severity: 'error',
    messageId: 'conceptNotUpdated',
  });
  assert.deepEqual(found.args, { updatedOn: '2024-03-01', completedOn: '2024-06-30' });
  expectNoFinding(migration('2024-03-01', 'running'), 'migration/open-exceptions');
});
