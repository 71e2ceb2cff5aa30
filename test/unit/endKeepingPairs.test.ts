/**
 * Chunk ends for checks split into chunks (the CLI's parallel check, the language server's
 * start-up in workers): an engagement and its DCA named alike stay in one chunk.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { endKeepingPairs } from '../../server/src/core';

const NAMES = [
  'file:///w/a/erp.dca.yaml',
  'file:///w/a/erp.engagement.yaml',
  'file:///w/a/crm.dca.yaml',
  'file:///w/a/crm.engagement.yaml',
  'C:\\w\\b\\crm.engagement.yaml',
  'file:///w/b/crm.engagement.yaml',
];
const at = (i: number) => NAMES[i];

test('a chunk end between two files named alike moves past the second', () => {
  assert.equal(endKeepingPairs(NAMES.length, at, 1), 2);
  assert.equal(endKeepingPairs(NAMES.length, at, 3), 4);
});

test('a chunk end between files of other names, other folders or past the end stays', () => {
  assert.equal(endKeepingPairs(NAMES.length, at, 2), 2);
  assert.equal(endKeepingPairs(NAMES.length, at, 4), 4, 'a Windows path of another folder');
  assert.equal(endKeepingPairs(NAMES.length, at, 5), 5, 'the same name in another folder');
  assert.equal(endKeepingPairs(NAMES.length, at, 9), NAMES.length);
});

test('a chunk end moves by at most four files', () => {
  const many = Array.from({ length: 20 }, (_, i) => `/w/x.${i}.yaml`);
  assert.equal(
    endKeepingPairs(many.length, (i) => many[i], 3),
    7,
  );
});
