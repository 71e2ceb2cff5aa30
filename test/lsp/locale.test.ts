/**
 * The language server speaks the editor's language (`InitializeParams.locale`) unless the
 * setting `outsourcingPolicy.locale` names one; a change of the setting re-renders the
 * diagnostics. Only the texts change: codes, ranges, severities and measures stay the same.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { defaultOptions, validateTexts, type Locale } from '../../server/src/core';
import { tempTree } from '../support/cli';
import { TODAY } from '../support/harness';
import { TestLanguageClient, uriOf } from '../support/lspClient';

/** A shared service past planning without a client concept: tenancy/client-concept fires. */
const MULTI_TENANT = [
  'apiVersion: outsourcing-policy/v1',
  'kind: Engagement',
  'metadata: {id: ENG-1, title: Shared hosting, version: "1", status: negotiation}',
  'tenancy:',
  '  model: multi-tenant',
  '',
].join('\n');

/** What the engine says about the document in `locale`, message by message. */
function engineMessages(uri: string, locale: Locale): string[] {
  const [result] = validateTexts([{ uri, text: MULTI_TENANT }], {
    ...defaultOptions(TODAY),
    locale,
  });
  return result.findings.map((finding) => finding.message);
}

const textOf = (diagnostic: Diagnostic): string =>
  typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;

/** Everything of a diagnostic but its text. */
const shape = (diagnostic: Diagnostic) => ({
  code: diagnostic.code,
  range: diagnostic.range,
  severity: diagnostic.severity,
  source: diagnostic.source,
  measure: (diagnostic.data as { measure?: unknown } | undefined)?.measure,
});

const publication = (client: TestLanguageClient, uri: string, round: number) =>
  client.waitFor(`publication ${round} of ${uri}`, () => {
    const published = client.published.get(uri);
    return published && published.length >= round ? published[round - 1].diagnostics : undefined;
  });

const conceptMissing = (diagnostics: Diagnostic[]) => {
  const found = diagnostics.find((diagnostic) => diagnostic.code === 'tenancy/client-concept');
  assert.ok(found, 'tenancy/client-concept is reported');
  return textOf(found);
};

test('initialize with locale de gives German diagnostics; the setting overrides it', async () => {
  const root = tempTree({});
  const uri = uriOf(`${root}/shared.engagement.yaml`);
  const client = new TestLanguageClient();
  try {
    const settings = { validation: { delay: 0 } };
    await client.initialize(root, { settings }, {}, { locale: 'de' });
    await client.open(uri, MULTI_TENANT);
    const german = await publication(client, uri, 1);
    assert.deepEqual(german.map(textOf), engineMessages(uri, 'de'));
    assert.match(conceptMissing(german), /^Mandantenfähiger Betrieb.*\(OPS\.3\.1\.M7\)$/);

    // the setting wins over the editor's language; nothing but the texts changes
    await client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { outsourcingPolicy: { ...settings, locale: 'en' } },
    });
    const english = await publication(client, uri, 2);
    assert.deepEqual(english.map(textOf), engineMessages(uri, 'en'));
    assert.deepEqual(english.map(shape), german.map(shape));
    assert.notEqual(conceptMissing(english), conceptMissing(german));

    // auto follows the editor again
    await client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { outsourcingPolicy: { ...settings, locale: 'auto' } },
    });
    assert.deepEqual(await publication(client, uri, 3), german);
  } finally {
    await client.shutdown();
  }
});

test('an editor in another language gets English, and de-AT counts as German', async () => {
  const root = tempTree({});
  const uri = uriOf(`${root}/shared.engagement.yaml`);
  for (const [locale, expected] of [
    ['fr', 'en'],
    ['de-AT', 'de'],
  ] as const) {
    const client = new TestLanguageClient();
    try {
      await client.initialize(root, { settings: { validation: { delay: 0 } } }, {}, { locale });
      await client.open(uri, MULTI_TENANT);
      const diagnostics = await publication(client, uri, 1);
      assert.deepEqual(diagnostics.map(textOf), engineMessages(uri, expected), locale);
    } finally {
      await client.shutdown();
    }
  }
});

interface ClauseOffer {
  id: string;
  label: string;
  description: string;
}

test('explain and the clause list answer in the locale of the server', async () => {
  const root = tempTree({});
  const uri = uriOf(`${root}/shared.engagement.yaml`);
  const client = new TestLanguageClient();
  try {
    await client.initialize(root, { settings: { validation: { delay: 0 } } }, {}, { locale: 'de' });
    await client.open(uri, MULTI_TENANT);
    await publication(client, uri, 1);

    const { markdown } = await client.connection.sendRequest<{ markdown: string | null }>(
      'outsourcingPolicy/explain',
      { topic: 'tenancy/client-concept', measure: 'OPS.3.1.M7' },
    );
    const [rule, measure] = (markdown ?? '').split('\n\n---\n\n');
    assert.match(rule, /^# tenancy\/client-concept: Gemeinsam genutzter Dienst ohne schlüssiges/);
    assert.match(rule, /^Schweregrad: Fehler · Maßnahme: OPS\.3\.1\.M7$/m);
    assert.match(measure, /^# OPS\.3\.1\.M7 /);
    assert.match(measure, /Mandantentrennungskonzept/);

    const { clauses } = await client.connection.sendRequest<{ clauses: ClauseOffer[] }>(
      'outsourcingPolicy/clauses',
      { textDocument: { uri }, position: { line: 4, character: 0 } },
    );
    const concept = clauses.find((clause) => clause.id === 'client-concept');
    assert.equal(concept?.label, 'Mandantentrennungskonzept');
    assert.equal(
      clauses.find((clause) => clause.id === 'contract-nda')?.label,
      'Vertraulichkeitsvereinbarung',
    );
    const { edits } = await client.connection.sendRequest<{ edits: { newText: string }[] }>(
      'outsourcingPolicy/insertClause',
      { textDocument: { uri }, position: { line: 4, character: 0 }, clauseId: 'client-concept' },
    );
    assert.match(
      edits[0]?.newText ?? '',
      /method: jeder Mandant schreibt in einen eigenen Protokollindex$/m,
    );

    // the setting switches both back to English
    await client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { outsourcingPolicy: { validation: { delay: 0 }, locale: 'en' } },
    });
    await publication(client, uri, 2);
    const english = await client.connection.sendRequest<{ markdown: string | null }>(
      'outsourcingPolicy/explain',
      { topic: 'tenancy/client-concept' },
    );
    assert.match(english.markdown ?? '', /^# tenancy\/client-concept: /);
    assert.doesNotMatch(english.markdown ?? '', /Schweregrad/);
    const offered = await client.connection.sendRequest<{ clauses: ClauseOffer[] }>(
      'outsourcingPolicy/clauses',
      { textDocument: { uri }, position: { line: 4, character: 0 } },
    );
    assert.equal(
      offered.clauses.find((clause) => clause.id === 'client-concept')?.label,
      'Client concept',
    );
  } finally {
    await client.shutdown();
  }
});
