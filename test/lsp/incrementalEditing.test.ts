/**
 * Incremental editing over the protocol (issue 13): an engagement edited several times (a change
 * in one section only, a new top-level key, a syntax error and its fix, a change its DCA depends
 * on) publishes, for it and for its DCA, the same diagnostics as a fresh server that opens the
 * final texts.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { tempTree } from '../support/cli';
import { CLEAN_DCA, CLEAN_ENGAGEMENT } from '../support/examples';
import { TestLanguageClient, uriOf } from '../support/lspClient';

/** The edits, each applied to the text before it. */
const EDITS: readonly ((text: string) => string)[] = [
  // a new top-level key in the middle (an unknown key: a finding)
  (text) => text.replace('\ncontract:', '\nremarks: typed in the middle\ncontract:'),
  // one section only, before it: the finding moves with the text after the edit
  (text) => text.replace('name: Nordlicht Rechenzentrum GmbH', 'name: Nordlicht RZ GmbH'),
  // a comment line before a section, as the benchmark types
  (text) => text.replace('\nsecurityConcept:', '\n# a comment\nsecurityConcept:'),
  // a syntax error in one section, then its fix
  (text) => text.replace('status: operation', 'status: "operation'),
  (text) => text.replace('status: "operation', 'status: operation'),
  // a section deleted
  (text) => text.replace(/\ntermination:\n(?: .*\n|\n)*/, '\n'),
  // a change the DCA depends on: the engagement's id (same length: no offset moves)
  (text) => text.replace('id: ENG-2025-004', 'id: ENG-2025-005'),
  // last, one section only, longer now: the findings after it move
  (text) => text.replace('name: Nordlicht RZ GmbH', 'name: Nordlicht Rechenzentrum Hamburg GmbH'),
];

const sorted = (diagnostics: Diagnostic[]) =>
  [...diagnostics].sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      String(a.code).localeCompare(String(b.code)) ||
      JSON.stringify(a.message).localeCompare(JSON.stringify(b.message)),
  );

async function withClient<T>(run: (client: TestLanguageClient, root: string) => Promise<T>) {
  const root = tempTree({});
  const client = new TestLanguageClient();
  try {
    await client.initialize(root, { settings: { validation: { delay: 0 } } });
    return await run(client, root);
  } finally {
    await client.shutdown();
  }
}

test('diagnostics after incremental edits equal those of a fresh server on the final text', async () => {
  const texts: string[] = [CLEAN_ENGAGEMENT];
  for (const edit of EDITS) texts.push(edit(texts[texts.length - 1]));
  for (let i = 1; i < texts.length; i++) assert.notEqual(texts[i], texts[i - 1], `edit ${i}`);
  const final = texts[texts.length - 1];

  const fresh = await withClient(async (client, root) => {
    const engagement = uriOf(path.join(root, 'erp.engagement.yaml'));
    const dca = uriOf(path.join(root, 'erp.dca.yaml'));
    await client.open(engagement, final, 1);
    await client.open(dca, CLEAN_DCA, 1);
    // each validated once more with both open, so neither misses the other
    await client.change(engagement, 2, final);
    await client.change(dca, 2, CLEAN_DCA);
    const own = sorted(await client.diagnosticsFor(engagement, 2));
    return { engagement: own, dca: sorted(await client.diagnosticsFor(dca, 2)) };
  });
  assert.ok(fresh.dca.length > 0, 'the DCA names an engagement id that is gone');

  const edited = await withClient(async (client, root) => {
    const engagement = uriOf(path.join(root, 'erp.engagement.yaml'));
    const dca = uriOf(path.join(root, 'erp.dca.yaml'));
    await client.open(engagement, CLEAN_ENGAGEMENT, 1);
    await client.diagnosticsFor(engagement, 1);
    await client.open(dca, CLEAN_DCA, 1);
    await client.diagnosticsFor(dca, 1);
    const counts: number[] = [];
    for (let version = 2; version <= texts.length; version++) {
      await client.change(engagement, version, texts[version - 1]);
      counts.push((await client.diagnosticsFor(engagement, version)).length);
    }
    // the DCA is re-validated as a dependent: wait until it shows what the fresh server shows
    const expected = JSON.stringify(fresh.dca);
    const dcaDiagnostics = await client.waitFor('the DCA re-validated as on a fresh server', () => {
      const last = client.published.get(dca)?.at(-1)?.diagnostics;
      return last && JSON.stringify(sorted(last)) === expected ? last : undefined;
    });
    return { counts, engagement: await client.diagnosticsFor(engagement), dca: dcaDiagnostics };
  });

  assert.ok(edited.counts[0] > 0, 'the new top-level key is reported');
  assert.ok(edited.counts[3] > edited.counts[2], 'the syntax error is reported');
  assert.equal(edited.counts[4], edited.counts[2], 'and gone again when fixed');
  assert.deepStrictEqual(sorted(edited.engagement), fresh.engagement);
  assert.deepStrictEqual(sorted(edited.dca), fresh.dca);
});
