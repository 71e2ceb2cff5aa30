import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultOptions, parsePolicyFile, type Finding } from '../../server/src/core';
import { toActionable, toDiagnostic } from '../../server/src/lsp/convert';
import { TODAY } from '../support/harness';

const file = parsePolicyFile(
  'a.engagement.yaml',
  'apiVersion: x\nkind: Engagement\n',
  defaultOptions(TODAY),
);

function finding(measure: Finding['measure']): Finding {
  return {
    ruleId: 'schema/enum',
    messageId: 'notOneOf',
    args: {},
    measure,
    severity: 'error',
    message: `kind is wrong${measure ? ` (${measure})` : ''}`,
    detail: 'Why and what to do.',
    start: 14,
    end: 18,
  };
}

test('a diagnostic names its measure as source, so a problem list shows it in every row', () => {
  const diagnostic = toDiagnostic(file, finding('OPS.3.1.M10'));
  assert.equal(diagnostic.source, 'OPS.3.1.M10');
  assert.equal(diagnostic.code, 'schema/enum', 'the code stays the rule id');
  assert.equal(diagnostic.message, 'kind is wrong (OPS.3.1.M10)');
  assert.equal(toDiagnostic(file, finding(null)).source, 'outsourcing-policy');
});

test('code actions accept our diagnostics with either source, and nobody else’s', () => {
  const ours = toDiagnostic(file, finding('OPS.3.1.M10'));
  assert.equal(toActionable(file, ours)?.ruleId, 'schema/enum');
  assert.equal(toActionable(file, toDiagnostic(file, finding(null)))?.ruleId, 'schema/enum');
  assert.equal(toActionable(file, { ...ours, source: 'yaml' }), undefined);
  assert.equal(toActionable(file, { ...ours, source: 'OPS.3.1.M10x' }), undefined);
});
