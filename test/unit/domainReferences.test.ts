/** References are defined once: kinds, where their ids are defined, and the ids an engagement offers. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  REFERENCE_KINDS,
  REFERENCE_KIND_NAMES,
  definitionKindAt,
  definitionWhere,
  isWorkspaceWide,
  referenceTargets,
  targetIds,
  targetList,
} from '../../server/src/core/domain/references';

const ENGAGEMENT = {
  parties: { provider: { id: 'nord', name: 'Nord GmbH' }, customer: { id: 'swm' } },
  contacts: [{ id: 'alice', role: 'isb' }, { id: 'bob' }, { name: 'no id' }],
  roughConcept: { dependencies: [{ id: 'dc-1', name: 'Data centre' }] },
  communication: { partners: [{ id: 'p1', contact: 'alice' }] },
  securityConcept: { classification: { scheme: ['public', 'internal', 42] } },
};

test('the ids an engagement defines per kind, in document order, with their entries', () => {
  assert.deepEqual(targetIds(ENGAGEMENT, 'party'), ['nord', 'swm']);
  assert.deepEqual(targetIds(ENGAGEMENT, 'contact'), ['alice', 'bob']);
  assert.deepEqual(targetIds(ENGAGEMENT, 'dependency'), ['dc-1']);
  assert.deepEqual(targetIds(ENGAGEMENT, 'partner'), ['p1']);
  assert.deepEqual(targetIds(ENGAGEMENT, 'classification'), ['public', 'internal']);
  assert.deepEqual(targetIds(ENGAGEMENT, 'severity'), []);
  assert.deepEqual(
    targetIds(ENGAGEMENT, 'dca'),
    [],
    'workspace-wide kinds are not in one engagement',
  );
  const [provider] = referenceTargets(ENGAGEMENT, 'party');
  assert.deepEqual(provider, {
    id: 'nord',
    path: ['parties', 'provider', 'id'],
    entry: { id: 'nord', name: 'Nord GmbH' },
  });
  const [level] = referenceTargets(ENGAGEMENT, 'classification');
  assert.deepEqual(level, {
    id: 'public',
    path: ['securityConcept', 'classification', 'scheme', 0],
  });
});

test('definition sites: the kind at a path, where they are, which are workspace-wide', () => {
  assert.equal(definitionKindAt('Engagement', ['contacts', 3, 'id']), 'contact');
  assert.equal(definitionKindAt('Engagement', ['contacts', 'x', 'id']), undefined);
  assert.equal(definitionKindAt('DataConnectionAgreement', ['metadata', 'id']), 'dca');
  assert.equal(definitionWhere('party'), 'parties.provider.id, parties.customer.id');
  assert.equal(definitionWhere('contact'), 'contacts[].id');
  assert.equal(definitionWhere('classification'), 'securityConcept.classification.scheme');
  assert.deepEqual(REFERENCE_KINDS.filter(isWorkspaceWide), ['dca', 'engagement']);
  for (const kind of REFERENCE_KINDS)
    assert.notEqual(REFERENCE_KIND_NAMES[kind].de, REFERENCE_KIND_NAMES[kind].en, kind);
});

test('the target list a check reads: ids, where they are defined, whether the list exists', () => {
  assert.deepEqual(targetList(ENGAGEMENT, 'party'), {
    kind: 'party',
    ids: ['nord', 'swm'],
    definedIn: 'parties.provider.id, parties.customer.id',
    listExists: true,
  });
  assert.deepEqual(targetList({}, 'classification'), {
    kind: 'classification',
    ids: [],
    definedIn: 'securityConcept.classification.scheme',
    listExists: false,
  });
  assert.equal(targetList({}, 'contact')?.listExists, true, 'ids in entries: no list needed');
  assert.equal(targetList(ENGAGEMENT, 'severity'), undefined);
  assert.equal(targetList(ENGAGEMENT, 'dca'), undefined);
  assert.equal(targetList(ENGAGEMENT, 'engagement'), undefined);
});
