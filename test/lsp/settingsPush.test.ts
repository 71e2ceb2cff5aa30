/**
 * A client that cannot be asked for its configuration (no `workspace/configuration`) gives its
 * settings at initialize and pushes changes; a push that carries nothing for this server must
 * keep the settings in force, not fall back to the defaults.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tempTree } from '../support/cli';
import { TestLanguageClient, uriOf } from '../support/lspClient';

/** At level basic only the basic measure M1 and broken data are reported. */
const PLANNING = [
  'apiVersion: outsourcing-policy/v1',
  'kind: Engagement',
  'metadata: {id: ENG-1, title: A planned engagement, version: "1", status: planning}',
  '',
].join('\n');

const measuresOf = (client: TestLanguageClient, uri: string, round: number) =>
  client.waitFor(`publication ${round} of ${uri}`, () => {
    const published = client.published.get(uri);
    if (!published || published.length < round) return undefined;
    const measures = published[round - 1].diagnostics.map(
      (d) => (d.data as { measure?: string } | undefined)?.measure ?? null,
    );
    return [...new Set(measures)].sort();
  });

test('a configuration push without our section keeps the level given at initialize', async () => {
  const root = tempTree({});
  const uri = uriOf(`${root}/plan.engagement.yaml`);
  const client = new TestLanguageClient();
  try {
    await client.initialize(root, { settings: { validation: { level: 'basic', delay: 0 } } });
    await client.open(uri, PLANNING);
    assert.deepEqual(await measuresOf(client, uri, 1), ['OPS.3.1.M1']);
    await client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { unrelated: { tabSize: 2 } },
    });
    assert.deepEqual(await measuresOf(client, uri, 2), ['OPS.3.1.M1'], 'still basic');
    await client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { outsourcingPolicy: { validation: { level: 'standard', delay: 0 } } },
    });
    const standard = await measuresOf(client, uri, 3);
    assert.ok(standard.length > 1, `standard reports more measures: ${standard.join(', ')}`);
  } finally {
    await client.shutdown();
  }
});
