/**
 * The extension's own commands as a person runs them from the command palette (Insert Clause
 * from the last line of a document, Explain Rule at Cursor), and the findings of files that are
 * not open. Self-contained: they read the editor, the tabs and the Problems panel's file rows.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { lineText } from './editor';
import { DRAFT, HOSTING, positionOf } from './fixtures';
import { FIXTURE_WORKSPACE } from './paths';
import { showProblems, waitForProblems } from './problems';
import type { Session } from './session';
import { STEP_TIMEOUT_MS } from './workbench';

const QUICK_INPUT = '.quick-input-widget';
const EDITOR = '.editor-group-container.active .monaco-editor';
const TABS = '.tabs-container .tab';

function focusedRow(page: Page, label: string) {
  return page.locator(`${QUICK_INPUT} .monaco-list-row.focused`, { hasText: label }).first();
}

/** Runs `command` from the palette, then picks `label` in the quick pick the command opens. */
async function runCommandAndPick(page: Page, command: string, label: string): Promise<void> {
  await page.keyboard.press('F1');
  await page.waitForSelector(`${QUICK_INPUT} input`, { timeout: STEP_TIMEOUT_MS });
  await page.keyboard.type(command);
  await focusedRow(page, command).waitFor({ timeout: STEP_TIMEOUT_MS });
  await page.keyboard.press('Enter');
  // the command's own pick replaces the palette once the server has answered
  const row = page.locator(`${QUICK_INPUT} .monaco-list-row`, { hasText: label }).first();
  await row.waitFor({ timeout: STEP_TIMEOUT_MS });
  await page.keyboard.type(label);
  await focusedRow(page, label).waitFor({ timeout: STEP_TIMEOUT_MS });
  await page.keyboard.press('Enter');
  await page.waitForSelector(QUICK_INPUT, { state: 'hidden', timeout: STEP_TIMEOUT_MS });
}

function fixtureLines(fileName: string): string[] {
  return fs.readFileSync(path.join(FIXTURE_WORKSPACE, fileName), 'utf8').trimEnd().split('\n');
}

/**
 * Insert Clause with the cursor at column 1 of the last line: the NDA clause goes under
 * `contract:` on lines of its own, and the last line stays as it was.
 */
export async function insertClauseFromLastLine({ workbench, page }: Session): Promise<void> {
  const lines = fixtureLines(DRAFT);
  const last = lines.length;
  assert.ok(/^ {4}/.test(lines[last - 1]), 'the draft ends inside the contract section');
  await workbench.openFile(DRAFT);
  await workbench.goTo(last, 1);
  await runCommandAndPick(page, 'Outsourcing Policy: Insert Clause...', 'NDA clause');
  await workbench.goTo(last, 1);
  const after = await Promise.all([0, 1, 2, 3].map((i) => lineText(page, last + i)));
  assert.deepEqual(after, [lines[last - 1], '  organizational:', '    nda:', '      agreed: true']);
}

/**
 * Explain Rule at Cursor on the enum typo: a read-only Markdown preview named after the rule
 * and its measure opens; no untitled or unsaved editor is left behind.
 */
export async function explainRuleIsReadOnly({ workbench, page }: Session): Promise<void> {
  await workbench.openFile(DRAFT);
  const value = positionOf(DRAFT, 'model: dedicatd', 'model: '.length + 2);
  await workbench.goTo(value.line, value.column);
  await page.locator(`${EDITOR} .squiggly-error`).first().waitFor({ timeout: STEP_TIMEOUT_MS });
  await workbench.runCommand('Outsourcing Policy: Explain Rule at Cursor');
  await page
    .locator(`${TABS}.active`, { hasText: 'schema-enum OPS.3.1.M10' })
    .waitFor({ timeout: STEP_TIMEOUT_MS });
  const labels = await page
    .locator(TABS)
    .evaluateAll((tabs) => tabs.map((tab) => tab.getAttribute('aria-label') ?? ''));
  assert.ok(!labels.some((label) => label.startsWith('Untitled')), labels.join(' | '));
  assert.equal(await page.locator(`${TABS}.dirty`).count(), 0, labels.join(' | '));
}

/** With no editor open, the Problems panel lists the findings of the files on disk. */
export async function closedFilesListFindings({ workbench, page }: Session): Promise<void> {
  assert.equal(await page.locator(TABS).count(), 0, 'no editor is open');
  await showProblems(workbench);
  await waitForProblems(page, HOSTING, 'the findings of the closed engagement', (listed) =>
    listed.some((problem) => problem.line === positionOf(HOSTING, 'model: multitenant').line),
  );
}
