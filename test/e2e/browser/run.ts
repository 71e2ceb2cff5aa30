/**
 * The browser end-to-end tests: the packaged .vsix installed in code-server (a full VS Code),
 * driven in Debian's Chromium with playwright-core. Run by `npm run test:e2e`, which sets up
 * code-server and packages the extension first (scripts/e2e.sh).
 *
 * Node's test runner reports each scenario; a failed one leaves a screenshot and code-server's
 * output in .e2e-cache/failures/.
 *
 * The HTML coverage report is tested in Chromium alone (no code-server); to run only that:
 * `node out/test/e2e/browser/run.js --only-coverage-report` (after `node esbuild.js`).
 */
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { exitOnSignals, limitRunTime } from './lifecycle';
import { REPO_ROOT } from './paths';
import {
  brokenEngagementListsFindings,
  engagementEditUpdatesOpenDca,
  exportCoverageReportWritesMarkdown,
  hoverOnKeyShowsMeasure,
  ndaClauseClearsError,
  measuresViewShowsStatuses,
  ndaClauseKeepsIndentation,
  problemRowsShowTheMeasure,
  quickFixFromLightBulb,
  restrictedModeStillValidates,
  serverCrashIsRecovered,
} from './scenarios';
import {
  closedFilesListFindings,
  explainRuleIsReadOnly,
  insertClauseFromLastLine,
} from './editorCommands';
import { coverageReportTests } from './coverageReport';
import { germanFindings } from './germanScenarios';
import { measuresViewName } from './measuresView';
import { startSession, type Session } from './session';

const SESSION_START_TIMEOUT_MS = 180_000;
const SCENARIO_TIMEOUT_MS = 120_000;
/** Past this the whole run is stopped, whatever hangs. */
const RUN_TIMEOUT_MS = 15 * 60_000;

type Scenario = (session: Session) => Promise<void>;

/** Starts a session before the suite's tests and stops it after them. */
function useSession(workspaceTrust: boolean, settings?: Record<string, unknown>): () => Session {
  let session: Session | undefined;
  before(
    async () => {
      session = await startSession({ workspaceTrust, ...(settings ? { settings } : {}) });
    },
    { timeout: SESSION_START_TIMEOUT_MS },
  );
  after(async () => {
    await session?.stop();
  });
  return () => {
    if (!session) throw new Error('the session did not start');
    return session;
  };
}

/** Runs `scenario` on a workbench with no editor open; keeps evidence when it fails. */
async function runScenario(session: Session, name: string, scenario: Scenario): Promise<void> {
  try {
    await session.workbench.closeAllEditorsDiscardingChanges();
    await scenario(session);
  } catch (error) {
    const screenshot = await session.keepEvidence(name);
    console.log(`# ${name}: did not pass, screenshot in ${path.relative(REPO_ROOT, screenshot)}`);
    throw error;
  }
}

function scenarioTest(
  name: string,
  current: () => Session,
  scenario: Scenario,
  options: { todo?: string } = {},
): void {
  test(name, { timeout: SCENARIO_TIMEOUT_MS, ...options }, () =>
    runScenario(current(), name, scenario),
  );
}

function measuresViewTest(current: () => Session): void {
  const name = '7 the Measures view shows the status of each measure';
  scenarioTest(name, current, (session) => measuresViewShowsStatuses(session, measuresViewName()));
  scenarioTest(
    '7b Export Coverage Report writes the Markdown report next to the engagement and opens it',
    current,
    exportCoverageReportWritesMarkdown,
  );
}

/** Whether only the coverage report is tested (no code-server is started). */
const ONLY_COVERAGE_REPORT = process.argv.includes('--only-coverage-report');

function defineSuites(): void {
  describe('the HTML coverage report in Chromium', coverageReportTests);
  if (ONLY_COVERAGE_REPORT) return;
  describe('the packaged extension in VS Code (code-server), workspace trusted', () => {
    const session = useSession(false);
    scenarioTest(
      '1 a broken engagement lists its findings with measure ids in the Problems panel',
      session,
      brokenEngagementListsFindings,
    );
    scenarioTest(
      '1c at 1,500 px every Problems row shows its measure id',
      session,
      problemRowsShowTheMeasure,
    );
    scenarioTest(
      '2 hovering a key shows the measure it belongs to',
      session,
      hoverOnKeyShowsMeasure,
    );
    scenarioTest(
      '3 completion inside contract offers the NDA clause, and inserting it clears the NDA error',
      session,
      ndaClauseClearsError,
    );
    scenarioTest(
      '3b the inserted NDA clause keeps the indentation of the contract block',
      session,
      ndaClauseKeepsIndentation,
    );
    scenarioTest(
      '4 a quick fix from the light bulb fixes an enum typo',
      session,
      quickFixFromLightBulb,
    );
    scenarioTest(
      "5 editing the engagement updates an open DCA's diagnostics",
      session,
      engagementEditUpdatesOpenDca,
    );
    scenarioTest(
      '5b a killed language server is restarted and checks the open documents again',
      session,
      serverCrashIsRecovered,
    );
    scenarioTest(
      '8 Insert Clause from the last line puts the clause under contract, leaving that line whole',
      session,
      insertClauseFromLastLine,
    );
    scenarioTest(
      '9 Explain Rule at Cursor opens a read-only preview and leaves no unsaved editor',
      session,
      explainRuleIsReadOnly,
    );
    scenarioTest(
      '10 the Problems panel lists the findings of files that are not open',
      session,
      closedFilesListFindings,
    );
    measuresViewTest(session);
  });

  describe('the packaged extension in VS Code (code-server), outsourcingPolicy.locale: de', () => {
    const session = useSession(false, { 'outsourcingPolicy.locale': 'de' });
    scenarioTest(
      '11 with outsourcingPolicy.locale de the Problems panel lists the findings in German',
      session,
      germanFindings,
    );
  });

  describe('the packaged extension in VS Code (code-server), Restricted Mode', () => {
    const session = useSession(true);
    scenarioTest(
      '6 in Restricted Mode (workspace not trusted) documents are still checked',
      session,
      restrictedModeStillValidates,
    );
  });
}

if (process.env.NODE_TEST_CONTEXT) {
  // Picked up by `node --test out/test/` together with the unit tests: not here.
  test('browser end-to-end tests', { skip: 'they run with npm run test:e2e' }, () => undefined);
} else {
  limitRunTime('the end-to-end run', RUN_TIMEOUT_MS);
  exitOnSignals();
  defineSuites();
}
