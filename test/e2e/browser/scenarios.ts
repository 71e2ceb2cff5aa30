/**
 * What a user of the packaged extension does and sees in VS Code, one scenario per function.
 * Each starts with no editor open and waits for what the user would wait for: a row in the
 * Problems panel, a hover, a suggestion, a light bulb. None sleeps for a fixed time.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { measureInfo } from '../../../server/src/core/catalog/measures';
import { COVERAGE_STATUS_TEXTS } from '../../../server/src/core/coverage/statusTexts';
import { CLAUSE_SNIPPETS } from '../../../server/src/core/features/snippets';
import {
  acceptSuggestion,
  chooseAction,
  dismissHover,
  hoverAtCursor,
  lineText,
  openLightBulb,
  suggestions,
} from './editor';
import { DEPOT_LINK, DRAFT, HOSTING, SHARED_PLATFORM, positionOf } from './fixtures';
import {
  ACTIVE_EDITOR,
  fixtureCoverage,
  rowOf,
  waitForRows,
  type MeasureRow,
} from './measuresView';
import {
  describeProblem,
  showProblems,
  visibleProblemRows,
  waitForProblems,
  type Problem,
  type VisibleRow,
} from './problems';
import type { Session } from './session';
import { waitUntil } from './waitUntil';
import { STEP_TIMEOUT_MS } from './workbench';

const VALUE_OF_MODEL = 'model: '.length;

/** A problem as `<severity> <rule> <measure> at <line>:<column> on <path>`. */
function summary(problem: Problem): string {
  const path = problem.message.split(' ')[0];
  return `${problem.severity} ${problem.code} ${problem.measure} at ${problem.line}:${problem.column} on ${path}`;
}

/** What the Problems panel must list for the draft engagement, ordered by line. */
function expectedDraftFindings(): string[] {
  const model = positionOf(DRAFT, 'model: dedicatd', VALUE_OF_MODEL);
  const roughConcept = positionOf(DRAFT, 'roughConcept:');
  const contract = positionOf(DRAFT, 'contract:');
  return [
    `error schema/enum OPS.3.1.M10 at ${model.line}:${model.column} on tenancy.model`,
    `warning schema/required OPS.3.1.M1 at ${roughConcept.line}:1 on roughConcept.milestones`,
    `error schema/required OPS.3.1.M2 at ${contract.line}:1 on contract.organizational`,
  ];
}

/** Scenario 1 (and 6): the draft's three findings, each ending with its measure id. */
export async function brokenEngagementListsFindings({ workbench, page }: Session): Promise<void> {
  await workbench.openFile(DRAFT);
  await showProblems(workbench);
  const expected = expectedDraftFindings();
  const problems = await waitForProblems(
    page,
    DRAFT,
    `${expected.length} problems for ${DRAFT}`,
    (listed) => listed.length === expected.length,
  );
  const byLine = [...problems].sort((a, b) => a.line - b.line);
  assert.deepEqual(byLine.map(summary), expected, problems.map(describeProblem).join('\n'));
  for (const problem of problems) {
    assert.equal(problem.source, problem.measure, 'the source names the measure');
    assert.ok(problem.message.endsWith(`(${problem.measure})`), problem.message);
  }
}

const MEASURE_AT_END = /\((OPS\.3\.1\.M\d+)\)$/;

/**
 * Scenario 1c: with the window 1,500 px wide (VIEWPORT), every row of the Problems panel shows
 * its measure id on screen, not cut off by the panel's edge or an ellipsis.
 */
export async function problemRowsShowTheMeasure({ workbench, page }: Session): Promise<void> {
  const files = [DRAFT, HOSTING, SHARED_PLATFORM];
  for (const file of files) await workbench.openFile(file);
  await showProblems(workbench);
  const listed = (rows: VisibleRow[]) => new Set(rows.map((row) => row.file));
  const rows = await waitUntil(
    'problems of the three open engagements',
    STEP_TIMEOUT_MS,
    async () => {
      const now = await visibleProblemRows(page);
      return files.every((file) => listed(now).has(file)) && now.length >= 5 ? now : undefined;
    },
  );
  const report = rows.map((row) => `${row.file}: ${row.visible}  [message: ${row.message}]`);
  for (const row of rows) {
    const measure = MEASURE_AT_END.exec(row.message)?.[1];
    assert.ok(measure, `every finding here has a measure:\n${report.join('\n')}`);
    assert.ok(row.visible.includes(measure), `${measure} is not visible:\n${report.join('\n')}`);
  }
}

/** Scenario 2: the hover on the key `tenancy` names measure M10 and its Kompendium requirement. */
export async function hoverOnKeyShowsMeasure({ workbench, page }: Session): Promise<void> {
  const measure = measureInfo('OPS.3.1.M10');
  assert.ok(measure, 'the catalogue knows M10');
  await workbench.openFile(DRAFT);
  const key = positionOf(DRAFT, 'tenancy:', 2);
  await workbench.goTo(key.line, key.column);
  const hover = await hoverAtCursor(page);
  assert.match(hover, /^tenancy\n/);
  assert.ok(hover.includes(`Measure ${measure.id}: ${measure.title}`), hover);
  assert.ok(hover.includes(`Kompendium requirement ${measure.kompendium}`), hover);
  await dismissHover(page);
}

const NDA_CLAUSE = CLAUSE_SNIPPETS.find((snippet) => snippet.id === 'contract-nda');

function isMissingOrganizational(problem: Problem): boolean {
  return (
    problem.code === 'schema/required' && problem.message.startsWith('contract.organizational')
  );
}

/**
 * Types `org` on a new line at the top of `contract:`, picks the NDA clause from the
 * suggestions and leaves the snippet. Returns the line the clause starts on.
 */
async function insertNdaClause({ workbench, page }: Session): Promise<number> {
  assert.ok(NDA_CLAUSE, 'snippets/clauses.json has the contract-nda clause');
  await workbench.openFile(DRAFT);
  await showProblems(workbench);
  await waitForProblems(page, DRAFT, 'the missing NDA', (listed) =>
    listed.some(isMissingOrganizational),
  );
  const firstKey = positionOf(DRAFT, '  term:');
  await workbench.goTo(firstKey.line, 1);
  await page.keyboard.press('Control+Shift+Enter'); // a new line above `term:`
  await page.keyboard.type('  org');
  const labels = await suggestions(page, NDA_CLAUSE.label);
  assert.ok(
    labels.some((label) => label.startsWith(NDA_CLAUSE.label)),
    `suggested: ${labels.join(', ')}`,
  );
  await acceptSuggestion(page, NDA_CLAUSE.label);
  await page.keyboard.press('Escape'); // leave the snippet's placeholders
  return firstKey.line;
}

/** Scenario 3: completion inside `contract:` offers the NDA clause; inserting it clears the error. */
export async function ndaClauseClearsError(session: Session): Promise<void> {
  const line = await insertNdaClause(session);
  // Left: the enum typo and the missing milestones (no syntax error, no missing NDA).
  const left = ['schema/enum', 'schema/required'];
  await waitForProblems(session.page, DRAFT, 'only the NDA error to go away', (listed) => {
    const codes = listed.map((problem) => problem.code).sort();
    return codes.join() === left.join() && !listed.some(isMissingOrganizational);
  });
  assert.equal(await lineText(session.page, line), '  organizational:');
  assert.match(await lineText(session.page, line + 1), /^ +nda:$/);
}

/** The NDA clause lands with the indentation a person would type (see the report of issue 5). */
export async function ndaClauseKeepsIndentation(session: Session): Promise<void> {
  const line = await insertNdaClause(session);
  const lines = await Promise.all([0, 1, 2].map((i) => lineText(session.page, line + i)));
  assert.deepEqual(lines, ['  organizational:', '    nda:', '      agreed: true']);
}

/** Scenario 4: the light bulb on the typo `multitenant` offers and applies the replacement. */
export async function quickFixFromLightBulb({ workbench, page }: Session): Promise<void> {
  await workbench.openFile(HOSTING);
  await showProblems(workbench);
  await waitForProblems(page, HOSTING, 'the enum typo', (listed) =>
    listed.some((problem) => problem.code === 'schema/enum'),
  );
  const value = positionOf(HOSTING, 'model: multitenant', VALUE_OF_MODEL + 2);
  await workbench.goTo(value.line, value.column);
  const titles = await openLightBulb(page);
  assert.ok(titles.includes('Replace with multi-tenant'), `offered: ${titles.join(', ')}`);
  await chooseAction(page, 'Replace with multi-tenant');
  await waitForProblems(
    page,
    HOSTING,
    'the enum error to go away',
    (listed) => !listed.some((problem) => problem.code === 'schema/enum'),
  );
  assert.equal(await lineText(page, value.line), '  model: multi-tenant');
}

function isProtectionMismatch(problem: Problem): boolean {
  return problem.code === 'dca/protection-mismatch' && problem.measure === 'OPS.3.1.M8';
}

/** Scenario 5: lowering the engagement's integrity shows a mismatch in the open DCA; undo clears it. */
export async function engagementEditUpdatesOpenDca({ workbench, page }: Session): Promise<void> {
  await workbench.openFile(DEPOT_LINK);
  await workbench.openFile(HOSTING);
  await showProblems(workbench);
  await waitForProblems(
    page,
    HOSTING,
    'the engagement to be checked',
    (listed) => listed.length > 0,
  );
  await waitForProblems(page, DEPOT_LINK, 'no findings in the DCA', (listed) => !listed.length);
  const value = positionOf(HOSTING, '  integrity: high', '  integrity: '.length);
  await workbench.goTo(value.line, value.column);
  await page.keyboard.press('Shift+End');
  await page.keyboard.type('normal');
  const listed = await waitForProblems(page, DEPOT_LINK, 'the protection mismatch', (problems) =>
    problems.some(isProtectionMismatch),
  );
  const mismatch = listed.find(isProtectionMismatch)!;
  const inDca = positionOf(DEPOT_LINK, '  integrity: high', '  integrity: '.length);
  assert.equal(`${mismatch.line}:${mismatch.column}`, `${inDca.line}:${inDca.column}`);
  assert.equal(mismatch.severity, 'error');
  await workbench.focusEditor();
  await page.keyboard.press('Control+Z');
  await waitForProblems(page, DEPOT_LINK, 'the mismatch to go away', (listed) => !listed.length);
}

/** Scenario 6: in Restricted Mode the documents are still checked. */
export async function restrictedModeStillValidates(session: Session): Promise<void> {
  assert.ok(await session.workbench.inRestrictedMode(), 'the status bar shows Restricted Mode');
  await brokenEngagementListsFindings(session);
}

const M10 = 'OPS.3.1.M10';
const statusOf = (row: MeasureRow | undefined) => row?.description.split(' · ')[0];

/**
 * Scenario 7: with the draft open, the Measures view lists its sixteen measures with the
 * statuses the command line computes (M10 failing for the tenancy typo). Fixing the typo turns
 * M10 fulfilled in the view and in the code lens above `tenancy:`; a click on that lens selects
 * M10 in the view.
 */
export async function measuresViewShowsStatuses(session: Session, viewName: string): Promise<void> {
  const { workbench, page } = session;
  const coverage = fixtureCoverage(DRAFT);
  const words = COVERAGE_STATUS_TEXTS.en;
  await workbench.openFile(DRAFT);
  await workbench.openView(viewName);
  const rows = await waitForRows(page, 'the sixteen measures of the draft', (now) =>
    coverage.measures.every((m) => statusOf(rowOf(now, m.measure)) === words[m.status]),
  );
  const fulfilled = coverage.summary.fulfilled;
  assert.equal(rows.filter((row) => row.label.startsWith('OPS.3.1.M')).length, 16);
  assert.deepEqual(rows[0], {
    label: 'ENG-E2E-004',
    description: `${fulfilled} of 16 fulfilled`,
    selected: false,
  });
  assert.equal(rowOf(rows, M10)?.description, 'failing · 1 error');
  const typo = positionOf(DRAFT, 'model: dedicatd', VALUE_OF_MODEL + 'dedicat'.length);
  await workbench.goTo(typo.line, typo.column);
  await page.keyboard.type('e');
  await waitForRows(page, 'M10 to turn fulfilled', (now) => {
    const header = now[0]?.description;
    return (
      statusOf(rowOf(now, M10)) === 'fulfilled' && header === `${fulfilled + 1} of 16 fulfilled`
    );
  });
  const lens = page.locator(`${ACTIVE_EDITOR} .codelens-decoration a`, {
    hasText: `${M10} · fulfilled`,
  });
  await lens.first().click({ timeout: STEP_TIMEOUT_MS });
  await waitForRows(page, 'the lens to select M10 in the view', (now) =>
    now.some((row) => row.selected && row.label.startsWith(`${M10} `)),
  );
}

const REPORT = 'ENG-E2E-004.coverage.md';

/**
 * Scenario 7b: Export Coverage Report from the command palette, Markdown chosen in the quick
 * pick, writes the draft's report next to it and opens it with its preview.
 */
export async function exportCoverageReportWritesMarkdown(session: Session): Promise<void> {
  const { workbench, page, workspace } = session;
  const report = path.join(workspace, REPORT);
  fs.rmSync(report, { force: true });
  await workbench.openFile(DRAFT);
  // Not workbench.runCommand: the command asks its own question in the same quick input.
  const quickInput = '.quick-input-widget';
  const command = 'Outsourcing Policy: Export Coverage Report';
  await page.keyboard.press('F1');
  await page.locator(`${quickInput} input`).waitFor({ timeout: STEP_TIMEOUT_MS });
  await page.keyboard.type(command);
  await page
    .locator(`${quickInput} .monaco-list-row.focused`, { hasText: command })
    .waitFor({ timeout: STEP_TIMEOUT_MS });
  await page.keyboard.press('Enter');
  await page
    .locator(`${quickInput} .monaco-list-row`, { hasText: 'Markdown' })
    .click({ timeout: STEP_TIMEOUT_MS });
  await page
    .locator(`.tabs-container .tab[aria-label^="${REPORT}"]`)
    .first()
    .waitFor({ timeout: STEP_TIMEOUT_MS });
  const text = fs.readFileSync(report, 'utf8');
  assert.match(text, /ENG-E2E-004/);
  const m10 = text.split('\n').find((line) => line.includes(M10));
  assert.ok(m10?.includes('failing'), `the report lists ${M10} as failing:\n${text}`);
}

/** The language server processes of the extension (code-server runs one per window). */
function languageServerPids(): number[] {
  const found = spawnSync('pgrep', ['-f', 'outsourcing-policy[^ ]*/dist/server\\.js'], {
    encoding: 'utf8',
  });
  return found.stdout
    .split('\n')
    .filter(Boolean)
    .map(Number)
    .filter((pid) => pid !== process.pid);
}

/**
 * Crash recovery: the language server is killed; VS Code's client starts a new one, which checks
 * the open documents again (an edit in the open DCA is reported by the new server).
 */
export async function serverCrashIsRecovered({ workbench, page }: Session): Promise<void> {
  await workbench.openFile(DEPOT_LINK);
  await showProblems(workbench);
  await waitForProblems(page, DEPOT_LINK, 'the DCA to be checked', (listed) => !listed.length);
  const before = await waitUntil('a running language server', STEP_TIMEOUT_MS, async () => {
    const pids = languageServerPids();
    return pids.length ? pids : undefined;
  });
  for (const pid of before) process.kill(pid, 'SIGKILL');
  await waitUntil('a new language server', STEP_TIMEOUT_MS * 2, async () =>
    languageServerPids().some((pid) => !before.includes(pid)) ? true : undefined,
  );
  const value = positionOf(DEPOT_LINK, '  integrity: high', '  integrity: '.length);
  await workbench.goTo(value.line, value.column);
  await page.keyboard.press('Shift+End');
  await page.keyboard.type('normal');
  await waitForProblems(page, DEPOT_LINK, 'the new server to report the mismatch', (listed) =>
    listed.some(isProtectionMismatch),
  );
  await workbench.focusEditor();
  await page.keyboard.press('Control+Z');
  await waitForProblems(page, DEPOT_LINK, 'the mismatch to go away', (listed) => !listed.length);
}
