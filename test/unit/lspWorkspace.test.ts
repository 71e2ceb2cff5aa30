/**
 * The server's workspace validates each state once: publishing, hover and fix-all of the same
 * document version, index and options share one list of findings; any change computes anew.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultOptions, type Finding } from '../../server/src/core';
import { PolicyWorkspace, type DocumentSource } from '../../server/src/lsp/workspace';
import { REPO_ROOT } from '../support/cli';
import { TODAY } from '../support/harness';

const ENGAGEMENT_URI = 'file:///w/erp-hosting.engagement.yaml';
const DCA_URI = 'file:///w/erp-hosting.dca.yaml';
const read = (name: string) =>
  fs.readFileSync(path.join(REPO_ROOT, 'examples/clean', name), 'utf8');

function openDocuments(): { source: DocumentSource; edit(uri: string, text: string): void } {
  const open = new Map<string, TextDocument>([
    [
      ENGAGEMENT_URI,
      TextDocument.create(ENGAGEMENT_URI, 'yaml', 1, read('erp-hosting.engagement.yaml')),
    ],
    [DCA_URI, TextDocument.create(DCA_URI, 'yaml', 1, read('erp-hosting.dca.yaml'))],
  ]);
  return {
    source: { get: (uri) => open.get(uri), all: () => [...open.values()] },
    edit(uri, text) {
      const document = open.get(uri)!;
      open.set(uri, TextDocument.create(uri, 'yaml', document.version + 1, text));
    },
  };
}

test('the findings of one state are computed once and shared', () => {
  const options = defaultOptions(TODAY);
  const documents = openDocuments();
  const workspace = new PolicyWorkspace(documents.source, () => options);
  for (const uri of [ENGAGEMENT_URI, DCA_URI]) workspace.documentOpened(uri);
  const dca = workspace.fileFor(DCA_URI)!;
  const first = workspace.findingsOf(dca, options);
  assert.equal(workspace.findingsOf(dca, options), first, 'the same state gives the same list');
  assert.deepEqual(first, []);

  // an edit of the engagement is not parsed on the DCA's behalf: the index keeps its latest
  // parse until the engagement itself is parsed (by its validation or a request on it)
  const engagement = read('erp-hosting.engagement.yaml');
  documents.edit(
    ENGAGEMENT_URI,
    engagement.replace('confidentiality: high', 'confidentiality: normal'),
  );
  assert.equal(workspace.findingsOf(workspace.fileFor(DCA_URI)!, options), first);
  assert.equal(workspace.parseCounts.get(ENGAGEMENT_URI), 1, 'only its first version parsed');

  // once the engagement's new version is parsed, the index changes: the DCA's findings are new
  workspace.fileFor(ENGAGEMENT_URI);
  const after = workspace.findingsOf(workspace.fileFor(DCA_URI)!, options);
  assert.notEqual(after, first);
  assert.ok(after.some((finding) => finding.ruleId === 'dca/protection-mismatch'));

  // other options give other findings too
  const basic = { ...options, level: 'basic' as const };
  assert.notEqual(workspace.findingsOf(workspace.fileFor(DCA_URI)!, basic), after);
});

test('another locale re-renders the findings of the same parse', () => {
  const options = defaultOptions(TODAY);
  const documents = openDocuments();
  const engagement = read('erp-hosting.engagement.yaml');
  documents.edit(ENGAGEMENT_URI, engagement.replace('clientConcept:', 'clientConceptX:'));
  const workspace = new PolicyWorkspace(documents.source, () => options);
  const file = workspace.fileFor(ENGAGEMENT_URI)!;
  const english = workspace.findingsOf(file, options);
  const german = workspace.findingsOf(file, { ...options, locale: 'de' });
  assert.equal(workspace.fileFor(ENGAGEMENT_URI), file, 'not parsed again');
  const shape = (findings: readonly Finding[]) =>
    findings.map((f) => [f.ruleId, f.messageId, f.measure, f.start, f.end]);
  assert.deepEqual(shape(german), shape(english));
  const concept = (findings: readonly Finding[]) =>
    findings.find((f) => f.ruleId === 'tenancy/client-concept')?.message ?? '';
  assert.match(concept(english), /^multi-tenant, but/);
  assert.match(concept(german), /^Mandantenfähiger Betrieb, aber/);
});
