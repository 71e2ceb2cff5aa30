/** Completion for clients without snippet support: the core's `snippets: false` option. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultOptions, parsePolicyFile } from '../../../server/src/core';
import { complete } from '../../../server/src/core/features/completion';
import { buildWorkspaceIndex } from '../../../server/src/core/workspace';
import { withCursor } from '../../support/cursor';
import { TODAY, yaml } from '../../support/harness';

const MARKED = yaml`
  apiVersion: outsourcing-policy/v1
  kind: Engagement
  metadata: {id: ENG-1, title: ERP hosting, version: "1", status: planning}
  tenancy:
    |
`;

function itemsAt(snippets: boolean) {
  const { text, offset } = withCursor(MARKED);
  const file = parsePolicyFile('erp.engagement.yaml', text, defaultOptions(TODAY));
  const ctx = { file, index: buildWorkspaceIndex([file]), options: defaultOptions(TODAY) };
  return complete(ctx, offset, { snippets });
}

test('a choice key is a snippet choice for clients with snippet support', () => {
  const model = itemsAt(true).find((item) => item.label === 'model');
  assert.equal(model?.insertTextFormat, 2);
  assert.equal(model?.textEdit?.newText, 'model: ${1|dedicated,multi-tenant|}');
});

test('without snippet support a choice key inserts only the key: no value is chosen for the user', () => {
  const model = itemsAt(false).find((item) => item.label === 'model');
  assert.equal(model?.insertTextFormat, 1);
  assert.equal(model?.textEdit?.newText, 'model: ');
});

test('without snippet support no item is a snippet, and clauses read their defaults', () => {
  const items = itemsAt(false);
  assert.ok(items.length > 1);
  assert.deepEqual(
    items.filter(
      (item) => item.insertTextFormat === 2 || /\$\{?\d/.test(item.textEdit?.newText ?? ''),
    ),
    [],
  );
});
