/**
 * Regenerates the README's screenshots with the driver of the end-to-end tests:
 * `npm run screenshots` writes docs/images/squiggles-hover.png and docs/images/quick-fix.png,
 * and docs/images/coverage-report.png (the HTML coverage report in Chromium, no code-server:
 * `node out/test/e2e/browser/screenshots.js --only-coverage-report` takes only that one).
 * Each picture is taken only once the workbench shows what it is meant to show.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { saveCoverageReportPicture } from './coverageReport';
import { hoverAtCursor, openLightBulb } from './editor';
import { DRAFT, HOSTING, positionOf } from './fixtures';
import { exitOnSignals, limitRunTime } from './lifecycle';
import { REPO_ROOT, SCREENSHOTS } from './paths';
import { showProblems, waitForProblems } from './problems';
import { showDraftMeasures } from './measuresView';
import { startSession, type Session } from './session';

const RUN_TIMEOUT_MS = 5 * 60_000;
/** Smaller than the tests' window, so that the text stays readable in the README. */
const PICTURE_SIZE = { width: 1280, height: 880 };
/**
 * The status bar counts the findings of every policy file of the workspace, open or not: the
 * draft's two errors and one warning, the hosting's typo and the shared platform's client concept.
 */
const WORKSPACE_ERRORS = 4;
const WORKSPACE_WARNINGS = 1;

async function save(page: Page, fileName: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, fileName);
  await page.screenshot({ path: file, animations: 'disabled' }); // no half-faded hover
  console.log(`wrote ${path.relative(REPO_ROOT, file)}`);
}

/** docs/images/measures-view.png: the Measures view of the draft, M2 expanded to its finding. */
async function measuresView(session: Session): Promise<void> {
  await session.workbench.closeAllEditorsDiscardingChanges();
  await showDraftMeasures(session, DRAFT);
  await save(session.page, 'measures-view.png');
}

/** The draft engagement with its squiggles, the Problems panel, and the hover on the typo. */
async function squigglesWithHover({ workbench, page }: Session): Promise<void> {
  await workbench.openFile(DRAFT);
  await showProblems(workbench);
  await waitForProblems(page, DRAFT, 'the three findings', (listed) => listed.length === 3);
  await workbench.waitForProblemCounts(WORKSPACE_ERRORS, WORKSPACE_WARNINGS);
  const typo = positionOf(DRAFT, 'model: dedicatd', 'model: '.length + 3);
  await workbench.goTo(typo.line, typo.column);
  const hover = await hoverAtCursor(page);
  assert.ok(hover.includes('OPS.3.1.M10'), hover);
  await save(page, 'squiggles-hover.png');
}

/** The light bulb menu on the enum typo of the hosting engagement. */
async function quickFix({ workbench, page }: Session): Promise<void> {
  await workbench.closeAllEditorsDiscardingChanges();
  await workbench.openFile(HOSTING);
  await waitForProblems(page, HOSTING, 'the enum typo', (listed) =>
    listed.some((problem) => problem.code === 'schema/enum'),
  );
  await workbench.waitForProblemCounts(WORKSPACE_ERRORS, WORKSPACE_WARNINGS);
  const typo = positionOf(HOSTING, 'model: multitenant', 'model: '.length + 2);
  await workbench.goTo(typo.line, typo.column);
  await page.mouse.move(1, 1); // no hover in the picture
  const titles = await openLightBulb(page);
  assert.ok(titles.includes('Replace with multi-tenant'), titles.join(', '));
  await save(page, 'quick-fix.png');
}

async function coverageReport(): Promise<void> {
  const file = path.join(SCREENSHOTS, 'coverage-report.png');
  await saveCoverageReportPicture(file);
  console.log(`wrote ${path.relative(REPO_ROOT, file)}`);
}

async function main(): Promise<void> {
  limitRunTime('taking the screenshots', RUN_TIMEOUT_MS);
  exitOnSignals();
  await coverageReport();
  if (process.argv.includes('--only-coverage-report')) return;
  const session = await startSession({ workspaceTrust: false });
  try {
    await session.page.setViewportSize(PICTURE_SIZE);
    await squigglesWithHover(session);
    await quickFix(session);
    await measuresView(session);
  } catch (error) {
    await session.keepEvidence('screenshots');
    throw error;
  } finally {
    await session.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
