/**
 * The server's collection when idle (issue 13): one full collection once no work was reported
 * for the idle time, none while work goes on, none after shutdown. Timers are mocked.
 */
import assert from 'node:assert/strict';
import { mock, test } from 'node:test';
import { IdleCollection } from '../../server/src/lsp/memory';

test('a burst of work is followed by one collection, once the server was idle long enough', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const collect = mock.fn();
  const idle = new IdleCollection(1_000, collect);
  idle.workDone();
  t.mock.timers.tick(600);
  idle.workDone(); // the idle time starts again
  t.mock.timers.tick(600);
  assert.equal(collect.mock.callCount(), 0, 'not idle for 1 s yet');
  t.mock.timers.tick(400);
  assert.equal(collect.mock.callCount(), 1);
  t.mock.timers.tick(10_000);
  assert.equal(collect.mock.callCount(), 1, 'an idle server collects nothing more');
  idle.workDone();
  t.mock.timers.tick(1_000);
  assert.equal(collect.mock.callCount(), 2, 'the next work is followed by its own collection');
});

test('no collection after dispose', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const collect = mock.fn();
  const idle = new IdleCollection(1_000, collect);
  idle.workDone();
  idle.dispose();
  t.mock.timers.tick(5_000);
  assert.equal(collect.mock.callCount(), 0);
});
