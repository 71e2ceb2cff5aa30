/**
 * Every field of both document kinds is described in English and in German, in one place: each
 * schema node with a `description` has an `x-description-de` that says it in German, each
 * expected type (`x-type`) a German name, each custom `contains` message a German twin; and the
 * features get the German through `fieldDescription`/`describeField`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DCA_SCHEMA, ENGAGEMENT_SCHEMA } from '../../server/src/core/schema';
import type { SchemaNode } from '../../server/src/core/schema/dsl';
import { conditionText } from '../../server/src/core/schema/fields';
import {
  containsMessage,
  describeField,
  expectedType,
  fieldDescription,
} from '../../server/src/core/schema/describe';

interface Visited {
  where: string;
  node: SchemaNode;
}

/** Every node below `node`, with a readable place for messages. */
function nodesOf(node: SchemaNode, where: string, out: Visited[] = []): Visited[] {
  out.push({ where, node });
  for (const [key, child] of Object.entries(node.properties ?? {}))
    nodesOf(child, `${where}.${key}`, out);
  if (node.items) nodesOf(node.items, `${where}[]`, out);
  if (typeof node.additionalProperties === 'object')
    nodesOf(node.additionalProperties, `${where}.<name>`, out);
  for (const [index, branch] of [...(node.allOf ?? []), ...(node.anyOf ?? [])].entries())
    nodesOf(branch, `${where}{${index}}`, out);
  if (node.then) nodesOf(node.then, `${where}{then}`, out);
  return out;
}

const ALL_NODES = [
  ...nodesOf(ENGAGEMENT_SCHEMA, 'Engagement'),
  ...nodesOf(DCA_SCHEMA, 'DataConnectionAgreement'),
];

test('the schemas describe a few hundred fields (the walk reaches them)', () => {
  const described = ALL_NODES.filter(({ node }) => node.description !== undefined);
  assert.ok(described.length > 400, `only ${described.length} described nodes`);
});

test('every schema node with an English description has a German one, different from it', () => {
  const missing: string[] = [];
  for (const { where, node } of ALL_NODES) {
    if (node.description === undefined) continue;
    const german = node['x-description-de'];
    if (!german?.trim()) missing.push(`${where}: no German description`);
    else if (german === node.description) missing.push(`${where}: German equals English`);
  }
  assert.deepEqual(missing, []);
});

test('every expected type has a German name, different unless it is a literal value', () => {
  const missing: string[] = [];
  for (const { where, node } of ALL_NODES) {
    const english = node['x-type'];
    if (english === undefined) continue;
    const german = node['x-type-de'];
    const isLiteral = english === node.const;
    if (!german) missing.push(`${where}: no x-type-de`);
    else if (german === english && !isLiteral) missing.push(`${where}: German type equals English`);
  }
  assert.deepEqual(missing, []);
});

test('every custom contains message has a German twin', () => {
  const withMessage = ALL_NODES.filter(({ node }) => node['x-contains-message'] !== undefined);
  assert.ok(withMessage.length > 0);
  for (const { where, node } of withMessage) {
    const german = node['x-contains-message-de'];
    assert.ok(german && german !== node['x-contains-message'], where);
  }
});

test('German descriptions use the German terms, not the English ones', () => {
  const english = /\b(the|customer|provider|engagement|has to|should)\b/;
  const offending = ALL_NODES.filter(
    ({ node }) => node['x-description-de'] && english.test(node['x-description-de']),
  ).map(({ where, node }) => `${where}: ${node['x-description-de']}`);
  assert.deepEqual(offending, []);
});

test('fieldDescription gives the German description for de and the English one for en', () => {
  const signedOn = ENGAGEMENT_SCHEMA.properties?.contract?.properties?.signedOn;
  assert.equal(
    fieldDescription(signedOn, 'en'),
    'the day the contract was signed; it is required once the engagement is past negotiation',
  );
  assert.equal(
    fieldDescription(signedOn, 'de'),
    'der Tag, an dem der Vertrag unterzeichnet wurde; er ist anzugeben, sobald das Outsourcing-Vorhaben die Verhandlungsphase hinter sich hat',
  );
  assert.equal(fieldDescription(undefined, 'de'), undefined);
});

test('describeField finds the German description of a nested field and of a list entry', () => {
  assert.equal(
    describeField('Engagement', ['clientConcept', 'tenantSelfControl', 'logging'], 'de'),
    'gibt an, ob der Auftraggeber selbst entscheiden kann, was in seinem Mandanten protokolliert wird',
  );
  assert.equal(
    describeField('DataConnectionAgreement', ['metadata', 'id'], 'de'),
    'eine eindeutige ID der Vereinbarung, die das Outsourcing-Vorhaben unter dataConnectionAgreements aufführt',
  );
  assert.equal(
    describeField('Engagement', ['emergencyPreparedness', 'providerCapability', 'rto'], 'de'),
    'die längste Zeit, die der Dienstleister zusichern kann, bis die Dienstleistung nach einem Ausfall wieder läuft (Wiederanlaufzeit, RTO)',
  );
});

test('expectedType and containsMessage speak the locale', () => {
  const signedOn = ENGAGEMENT_SCHEMA.properties?.contract?.properties?.signedOn;
  assert.equal(expectedType(signedOn, 'en'), 'a date (YYYY-MM-DD)');
  assert.equal(expectedType(signedOn, 'de'), 'ein Datum (JJJJ-MM-TT)');
  const objectives = ENGAGEMENT_SCHEMA.properties?.roughConcept?.properties?.objectives;
  assert.match(containsMessage(objectives, 'en') ?? '', /^no objective has category security/);
  assert.match(containsMessage(objectives, 'de') ?? '', /^kein Ziel hat die Kategorie security/);
});

test('a condition without keys reads as a sentence in both locales', () => {
  const none = { given: [] };
  assert.equal(conditionText(none), 'a condition holds');
  assert.equal(conditionText(none, 'de'), 'eine Bedingung erfüllt ist');
  const two = { given: ['leftOn', 'reason'] };
  assert.equal(conditionText(two), 'leftOn and reason are given');
  assert.equal(conditionText(two, 'de'), 'leftOn und reason angegeben sind');
  assert.equal(conditionText({ given: ['leftOn'] }), 'leftOn is given');
  assert.equal(conditionText({ given: ['leftOn'] }, 'de'), 'leftOn angegeben ist');
  const status = { property: 'status', isOneOf: ['completed'] };
  assert.equal(conditionText(status), 'status is completed');
  assert.equal(conditionText(status, 'de'), 'status completed ist');
});
