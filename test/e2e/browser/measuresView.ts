/**
 * The extension's Measures view as a person sees it: the rows of the tree in the side bar
 * (label and description) and which is selected; and the coverage the view must show.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import type { Session } from './session';
import {
  buildWorkspaceIndex,
  coverageReport,
  defaultOptions,
  parsePolicyFile,
  type EngagementCoverage,
} from '../../../server/src/core';
import { FIXTURE_WORKSPACE, REPO_ROOT } from './paths';
import { waitUntil } from './waitUntil';
import { STEP_TIMEOUT_MS } from './workbench';

const VIEW_ID = 'outsourcingPolicy.measures';
const ROWS = '.part.sidebar .monaco-list-row';
/** The editor group with the keyboard, where the code lenses of the active editor are. */
export const ACTIVE_EDITOR = '.editor-group-container.active';

export interface MeasureRow {
  label: string;
  description: string;
  selected: boolean;
}

/** The English name of the Measures view, as package.json contributes it (a %key%). */
export function measuresViewName(): string {
  const read = (file: string): unknown =>
    JSON.parse(fs.readFileSync(path.join(REPO_ROOT, file), 'utf8'));
  const manifest = read('package.json') as {
    contributes: { views: Record<string, { id: string; name: string }[]> };
  };
  const view = Object.values(manifest.contributes.views)
    .flat()
    .find((candidate) => candidate.id === VIEW_ID);
  if (!view) throw new Error(`package.json contributes no view ${VIEW_ID}`);
  const key = /^%(.+)%$/.exec(view.name)?.[1];
  return key ? (read('package.nls.json') as Record<string, string>)[key] : view.name;
}

/** The rows of the side bar's tree that the page shows now. */
export async function measureRows(page: Page): Promise<MeasureRow[]> {
  return page.locator(ROWS).evaluateAll((rows) =>
    rows.map((row) => ({
      label: row.querySelector('.label-name')?.textContent?.trim() ?? '',
      description: row.querySelector('.label-description')?.textContent?.trim() ?? '',
      selected: row.classList.contains('selected'),
    })),
  );
}

/** The row of `measure` (`OPS.3.1.M10`), or undefined when it is not shown. */
export function rowOf(rows: MeasureRow[], measure: string): MeasureRow | undefined {
  return rows.find((row) => row.label.startsWith(`${measure} `));
}

/** Waits until the view's rows satisfy `ready`; fails naming `what` and the rows last seen. */
export async function waitForRows(
  page: Page,
  what: string,
  ready: (rows: MeasureRow[]) => boolean,
): Promise<MeasureRow[]> {
  let last: MeasureRow[] = [];
  return waitUntil(what, STEP_TIMEOUT_MS, async () => {
    last = await measureRows(page);
    return ready(last) ? last : undefined;
  }).catch((error: Error) => {
    const seen = last.map((row) => `${row.label} | ${row.description}`).join('\n');
    throw new Error(`${error.message}; the Measures view shows:\n${seen}`);
  });
}

/**
 * The coverage the command line computes for fixture `fileName` today, with the whole fixture
 * workspace indexed beside it: what the view must show.
 */
export function fixtureCoverage(fileName: string): EngagementCoverage {
  const options = defaultOptions(new Date().toISOString().slice(0, 10));
  const files = fs
    .readdirSync(FIXTURE_WORKSPACE)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) =>
      parsePolicyFile(name, fs.readFileSync(path.join(FIXTURE_WORKSPACE, name), 'utf8'), options),
    );
  const { engagements } = coverageReport(files, buildWorkspaceIndex(files), options);
  const found = engagements.find((engagement) => engagement.file === fileName);
  if (!found) throw new Error(`${fileName} holds no engagement`);
  return found;
}

/**
 * For the README's picture: the draft open, the Measures view widened so that the statuses
 * show in full, and M2 expanded to its finding.
 */
export async function showDraftMeasures(
  { workbench, page }: Session,
  draft: string,
): Promise<void> {
  await workbench.openFile(draft);
  await workbench.openView(measuresViewName());
  await waitForRows(page, 'the measures of the draft', (rows) => rows.length === 17);
  const sidebar = await page.locator('.part.sidebar').boundingBox();
  if (!sidebar) throw new Error('the side bar is not shown');
  const sash = { x: sidebar.x + sidebar.width + 1, y: sidebar.y + sidebar.height / 2 };
  await page.mouse.move(sash.x, sash.y);
  await page.mouse.down();
  await page.mouse.move(sash.x + 260, sash.y, { steps: 5 });
  await page.mouse.up();
  await page.locator(ROWS, { hasText: 'OPS.3.1.M2 ' }).first().click();
  await waitForRows(page, 'M2 expanded to its finding', (rows) =>
    rows.some((row) => row.label.startsWith('contract.organizational')),
  );
  await page.mouse.move(1, 1); // no hover in the picture
}
