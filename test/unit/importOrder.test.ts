/**
 * The parser, the rule registry and the quick-fix providers import one another in a cycle
 * (parser -> findings' texts -> registry -> rule definitions -> fixes). Loading the parser first,
 * as the command line does, must still give every module its constants: the header fix names
 * the apiVersion it inserts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePolicyFile } from '../../server/src/core/parse';
import { codeActions, toActionable } from '../../server/src/core/features/codeActions';
import { buildWorkspaceIndex } from '../../server/src/core/workspace';
import { defaultOptions } from '../../server/src/core/types';
import { validateFile } from '../../server/src/core/validate';

test('the parser loaded first: the header fix names the apiVersion', () => {
  const options = defaultOptions('2026-11-27');
  const file = parsePolicyFile('a.engagement.yaml', 'metadata:\n  id: ENG-1\n', options);
  const index = buildWorkspaceIndex([file]);
  const finding = validateFile(file, index, options).find(
    (f) => f.ruleId === 'document/missing-api-version',
  );
  assert.ok(finding);
  const titles = codeActions({ file, index, options }, finding, [toActionable(finding)]).map(
    (action) => action.title,
  );
  assert.ok(
    titles.includes('Insert apiVersion: outsourcing-policy/v1 and kind: Engagement'),
    titles.join(' | '),
  );
});
