/**
 * The server keeps one parse per open document (issue 10): the parse of an older version of a
 * large document is released before the next version is parsed, so two parses of a large
 * document never coexist. A small document's next version is parsed incrementally from the
 * older parse (issue 13), which is released once the new one is made. The engine's memo of
 * findings and coverage keeps no index that was replaced, nor the parses only that index held
 * (issue 13: the chain grew by a parse of every document per round).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createPolicyService, defaultOptions, MAX_INCREMENTAL_LENGTH } from '../../server/src/core';
import { PolicyWorkspace } from '../../server/src/lsp/workspace';
import { CLEAN_DCA, CLEAN_ENGAGEMENT } from '../support/examples';
import { TODAY } from '../support/harness';
import { manyKeys } from '../support/hugeDocuments';

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

test('the parse of an older version of a large document is released before the next version is parsed', async () => {
  const uri = 'file:///memory.engagement.yaml';
  const text = manyKeys(28_000);
  assert.ok(text.length >= MAX_INCREMENTAL_LENGTH, 'large enough to be parsed whole');
  let document = TextDocument.create(uri, 'yaml', 1, text);
  let previous: WeakRef<object> | undefined;
  const stillHeld: number[] = [];
  const workspace = new PolicyWorkspace(
    { get: (wanted) => (wanted === uri ? document : undefined), all: () => [document] },
    () => {
      // called right before each parse: the previous version must be collectable by then
      collectGarbage();
      if (previous?.deref()) stillHeld.push(document.version);
      return defaultOptions(TODAY);
    },
  );
  /** Parses a version; only a weak reference to its parse stays in the test. */
  const parseVersion = (version: number): WeakRef<object> => {
    document = TextDocument.create(uri, 'yaml', version, `${text}# ${version}\n`);
    const file = workspace.fileFor(uri);
    assert.ok(file);
    assert.equal(workspace.fileFor(uri), file, 'one parse per version');
    return new WeakRef(file);
  };
  for (let version = 1; version <= 4; version++) {
    previous = parseVersion(version);
    // a WeakRef holds its target until the current job ends
    await new Promise((resolve) => setImmediate(resolve));
  }
  assert.deepEqual(stillHeld, []);
});

test("a memoised result keeps neither the index it was computed against nor that index's files", async () => {
  const service = createPolicyService();
  const options = defaultOptions(TODAY);
  const engagement = service.parse('file:///w/a.engagement.yaml', CLEAN_ENGAGEMENT, options);
  const dcaUri = 'file:///w/a.dca.yaml';
  /** The DCA is edited: a new parse and index; the engagement is not validated again. */
  const edited = () => {
    const before = service.parse(dcaUri, CLEAN_DCA, options);
    const first = service.index([engagement, before]);
    assert.deepEqual(service.findings(engagement, first, options), [], 'its DCA is indexed');
    assert.equal(service.coverage(engagement, first, options).length, 1);
    service.findings(before, first, options);
    const after = service.parse(dcaUri, `${CLEAN_DCA}# edited\n`, options);
    const second = service.index([engagement, after]);
    service.findings(after, second, options);
    return { before: new WeakRef(before), first: new WeakRef(first), kept: { after, second } };
  };
  const { before, first, kept } = edited();
  // a WeakRef holds its target until the current job ends
  await new Promise((resolve) => setImmediate(resolve));
  collectGarbage();
  assert.equal(first.deref(), undefined, 'the replaced index');
  assert.equal(before.deref(), undefined, 'the parse only the replaced index held');
  // the memo still answers for the state that exists
  assert.equal(
    service.findings(kept.after, kept.second, options),
    service.findings(kept.after, kept.second, options),
  );
});

test('a small document: the older parse is released once the next version is parsed', async () => {
  const uri = 'file:///memory.engagement.yaml';
  const text = manyKeys(2000);
  let document = TextDocument.create(uri, 'yaml', 1, text);
  const workspace = new PolicyWorkspace(
    { get: (wanted) => (wanted === uri ? document : undefined), all: () => [document] },
    () => defaultOptions(TODAY),
  );
  const parses: WeakRef<object>[] = [];
  for (let version = 1; version <= 4; version++) {
    document = TextDocument.create(uri, 'yaml', version, `${text}# ${version}\n`);
    parses.push(new WeakRef(workspace.fileFor(uri)!));
    // a WeakRef holds its target until the current job ends
    await new Promise((resolve) => setImmediate(resolve));
  }
  collectGarbage();
  const held = parses.flatMap((parse, i) => (parse.deref() ? [i + 1] : []));
  assert.deepEqual(held, [4], 'only the parse of the current version is kept');
});
