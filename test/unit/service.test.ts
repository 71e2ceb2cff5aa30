/**
 * The service facade the front ends use: one state is validated once, the locale is part of the
 * state (the same findings, other texts), the features work on the memoised findings, and the
 * related documents of a change are found through the engine's index.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPolicyService, defaultOptions, type Finding } from '../../server/src/core';
import { CLEAN_DCA, CLEAN_ENGAGEMENT } from '../support/examples';
import { TODAY } from '../support/harness';

const ENGAGEMENT_URI = 'file:///w/erp-hosting.engagement.yaml';
const DCA_URI = 'file:///w/erp-hosting.dca.yaml';

/** A shared service past planning without a client concept: tenancy/client-concept fires. */
const MULTI_TENANT = [
  'apiVersion: outsourcing-policy/v1',
  'kind: Engagement',
  'metadata: {id: ENG-9, title: Shared hosting, version: "1", status: negotiation}',
  'tenancy:',
  '  model: multi-tenant',
  '',
].join('\n');

const identity = (f: Finding) => [f.ruleId, f.messageId, f.measure, f.severity, f.start, f.end];

test('one state is validated once; the locale renders the same findings in German', () => {
  const service = createPolicyService();
  const options = defaultOptions(TODAY);
  const file = service.parse('file:///w/shared.engagement.yaml', MULTI_TENANT, options);
  const index = service.index([file]);
  const english = service.findings(file, index, options);
  assert.equal(service.findings(file, index, { ...options }), english, 'memoised per state');

  const german = service.findings(file, index, { ...options, locale: 'de' });
  assert.notEqual(german, english);
  assert.deepEqual(german.map(identity), english.map(identity));
  const concept = (findings: readonly Finding[]) =>
    findings.find((f) => f.ruleId === 'tenancy/client-concept')?.message;
  assert.equal(
    concept(english),
    'multi-tenant, but the engagement has no clientConcept (OPS.3.1.M7)',
  );
  assert.equal(
    concept(german),
    'Mandantenfähiger Betrieb, aber das Vorhaben hat kein clientConcept (OPS.3.1.M7)',
  );
  assert.equal(
    service.findings(file, service.index([file]), options) === english,
    false,
    'new index',
  );
});

test('the feature context uses the memoised findings, fix-all included', () => {
  const service = createPolicyService();
  const options = defaultOptions(TODAY);
  const text = CLEAN_ENGAGEMENT.replace('status: operation', 'status: operatoin');
  const file = service.parse(ENGAGEMENT_URI, text, options);
  const index = service.index([file]);
  const ctx = service.context(file, index, options);
  assert.equal(ctx.findings?.(), service.findings(file, index, options));
  const action = service.fixAll(ctx);
  assert.ok(action, 'the did-you-mean of the status is fixable');
  const edits = action.edit?.changes?.[ENGAGEMENT_URI] ?? [];
  assert.deepEqual(
    edits.map((edit) => edit.newText),
    ['operation'],
  );
  const offset = text.indexOf('operatoin');
  const line = text.slice(0, offset).split('\n').length - 1;
  assert.equal(edits[0].range.start.line, line);
});

test('clauses and their insertion come as LSP edits with ranges made at the edge', () => {
  const service = createPolicyService();
  const options = defaultOptions(TODAY);
  const file = service.parse('file:///w/shared.engagement.yaml', MULTI_TENANT, options);
  const ctx = service.context(file, service.index([file]), options);
  const offered = service.clauses(ctx, 0);
  assert.ok(offered.length > 0);
  const edits = service.insertClause(ctx, 0, offered[0].id);
  assert.ok(edits.length > 0);
  for (const edit of edits) {
    assert.equal(typeof edit.range.start.line, 'number');
    assert.ok(edit.newText.length > 0);
  }
  assert.deepEqual(service.insertClause(ctx, 0, 'no-such-clause'), []);
});

test('the related documents of an engagement are its DCAs, and of a DCA its engagement', () => {
  const service = createPolicyService();
  const options = defaultOptions(TODAY);
  const engagement = service.parse(ENGAGEMENT_URI, CLEAN_ENGAGEMENT, options);
  const dca = service.parse(DCA_URI, CLEAN_DCA, options);
  const index = service.index([engagement, dca]);
  assert.deepEqual(service.related(engagement, index).sort(), [DCA_URI, ENGAGEMENT_URI].sort());
  assert.deepEqual(service.related(dca, index).sort(), [DCA_URI, ENGAGEMENT_URI].sort());
  assert.deepEqual(service.related(undefined, index), []);
});

test('explain, the rule catalogue and the measures come through the service', () => {
  const service = createPolicyService();
  assert.match(service.explain('tenancy/client-concept', 'text') ?? '', /clientConcept/);
  assert.equal(service.explain('no/such-rule', 'text'), undefined);
  const catalogue = service.ruleCatalogue('de');
  const concept = catalogue.find((rule) => rule.id === 'tenancy/client-concept');
  assert.equal(
    concept?.title,
    'Gemeinsam genutzter Dienst ohne schlüssiges Mandantentrennungskonzept',
  );
  assert.equal(service.measures().length, 16);
  assert.match(service.ruleDocUrl('tenancy/client-concept'), /docs\/rules\/tenancy\//);
});
