/**
 * The outline and fix-all on documents of about 2 MB (issue 10): the work they do grows with
 * the document, never with the document times the number of findings. Asserted by counting
 * how often the document's data is walked and, with a very wide margin, by CPU time (never
 * wall-clock time); the speed itself is measured by `npm run bench`.
 */
import assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import {
  buildWorkspaceIndex,
  defaultOptions,
  parsePolicyFile,
  validateFile,
  type PolicyFile,
} from '../../../server/src/core';
import { fixAll } from '../../../server/src/core/features/codeActions';
import type { FeatureContext } from '../../../server/src/core/features/context';
import { documentSymbols } from '../../../server/src/core/features/symbols';
import { cpuTimed } from '../../support/cpuTime';
import { TODAY } from '../../support/harness';
import {
  duplicateKeys,
  fixableContacts,
  unknownAndDuplicateKeys,
} from '../../support/hugeDocuments';

const URI = 'huge.engagement.yaml';
/** No cap: these tests want thousands of findings, as a raised maxFindings would give. */
const OPTIONS = { ...defaultOptions(TODAY), maxFindings: 1_000_000 };

function contextOf(file: PolicyFile): FeatureContext {
  return { file, index: buildWorkspaceIndex([file]), options: OPTIONS };
}

function assertCpuWithin(t: TestContext, cpuMs: number, boundMs: number, what: string): void {
  t.diagnostic(`${what}: ${cpuMs.toFixed(0)} ms of CPU time (bound ${boundMs} ms)`);
  assert.ok(cpuMs < boundMs, `${what} took ${cpuMs.toFixed(0)} ms of CPU time (bound ${boundMs})`);
}

/**
 * The file with its first document's data behind a proxy that counts how often its top-level
 * keys are listed: every walk over the whole data (and every scan of the top level) lists them.
 */
function countingWalks(file: PolicyFile): { file: PolicyFile; walks: () => number } {
  let walks = 0;
  const [first, ...rest] = file.documents;
  const data = new Proxy(first.value as object, {
    ownKeys(target) {
      walks++;
      return Reflect.ownKeys(target);
    },
  });
  return { file: { ...file, documents: [{ ...first, value: data }, ...rest] }, walks: () => walks };
}

test('fix-all walks the data of a document a fixed number of times, not once per finding', () => {
  const parsed = parsePolicyFile(URI, fixableContacts(200_000), OPTIONS);
  const { file, walks } = countingWalks(parsed);
  const ctx = contextOf(file);
  const findings = validateFile(parsed, ctx.index, OPTIONS);
  assert.ok(findings.length > 1000, `${findings.length} findings`);
  const before = walks();
  const action = fixAll(ctx, findings);
  assert.ok(action, 'there is something to fix');
  // once for the texts in use (fresh ids), once for the values of the top level; 1,702 before
  const count = walks() - before;
  assert.ok(count <= 2, `the data was walked ${count} times`);
});

test('fix-all over thousands of findings in a 2 MB document takes CPU time in proportion', (t) => {
  const file = parsePolicyFile(URI, fixableContacts(), OPTIONS);
  const ctx = contextOf(file);
  const findings = validateFile(file, ctx.index, OPTIONS);
  assert.ok(findings.length > 10_000, `${findings.length} findings`);
  const { result, cpuMs } = cpuTimed(() => fixAll(ctx, findings));
  const edits = result?.edit?.changes?.[URI] ?? [];
  assert.ok(edits.length > 10_000, `${edits.length} edits`);
  // about 0.4 s on a 2-core machine; a collision check against every accepted edit took minutes
  assertCpuWithin(t, cpuMs, 8000, 'fix-all of a 2 MB document');
});

test('the outline of a 2 MB document of 80,000 keys takes CPU time in proportion', (t) => {
  const file = parsePolicyFile(URI, unknownAndDuplicateKeys(), OPTIONS);
  const { result, cpuMs } = cpuTimed(() => documentSymbols(contextOf(file)));
  assertCpuWithin(t, cpuMs, 8000, 'the outline of 2 MB');
  const sections = (result[0].children ?? []).flatMap((group) => group.children ?? [group]);
  assert.ok(sections.length > 80_000, `${sections.length} sections`);
});

test('the outline shows each repeated top-level key where it is written', () => {
  const file = parsePolicyFile(URI, duplicateKeys(3), OPTIONS);
  const sections = (documentSymbols(contextOf(file))[0].children ?? []).filter(
    (symbol) => symbol.name === 'dup',
  );
  assert.deepEqual(
    sections.map((symbol) => symbol.selectionRange.start.line),
    [3, 4, 5],
  );
});
