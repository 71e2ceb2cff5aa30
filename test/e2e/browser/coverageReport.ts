/**
 * The HTML coverage report in a real browser, without code-server: the built CLI writes the
 * report of examples/ to a temporary folder, headless Chromium opens it as a file:// page,
 * every heat-map cell is compared with the JSON of the same run, no request may leave the
 * file, and the page prints to an A4 PDF. A screenshot is kept in .e2e-cache/ on every run;
 * `saveCoverageReportPicture` makes the README's picture the same way.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { startBrowser, type BrowserSession } from './browser';
import { CACHE, REPO_ROOT } from './paths';

/** A fixed reference date, so that the report (and the README picture) is the same every run. */
const TODAY = '2027-09-20';
const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const TEST_TIMEOUT_MS = 60_000;
/** The README picture: the heat map and the start of the first engagement. */
const PICTURE_SIZE = { width: 1400, height: 900 };
/** An A4 page at 96 dpi, less the print margins of the stylesheet (12 mm left and right). */
const A4_PRINT_WIDTH_PX = Math.floor(((210 - 24) / 25.4) * 96);

interface JsonReport {
  engagements: { id: string; measures: { measure: string; status: string }[] }[];
}

interface Cell {
  engagement: string;
  measure: string;
  status: string;
  title: string;
  text: string;
  background: string;
}

/** Runs the built CLI on examples/ (English, fixed date); its stdout. */
function cli(args: string[]): string {
  assert.ok(fs.existsSync(CLI), `${CLI} is missing: run node esbuild.js first`);
  const run = spawnSync(
    process.execPath,
    [CLI, 'coverage', 'examples', '--today', TODAY, '--locale', 'en', ...args],
    { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
  );
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
}

/** The HTML report of examples/ written by the CLI into `folder`; its path. */
export function writeHtmlReport(folder: string): string {
  const file = path.join(folder, 'coverage.html');
  cli(['--format', 'html', '--output', file, '--quiet']);
  return file;
}

async function readCells(page: Page): Promise<Cell[]> {
  return page.$$eval('.heatmap td[data-status]', (cells) =>
    cells.map((cell) => ({
      engagement: cell.getAttribute('data-engagement') ?? '',
      measure: cell.getAttribute('data-measure') ?? '',
      status: cell.getAttribute('data-status') ?? '',
      title: cell.getAttribute('title') ?? '',
      text: (cell.textContent ?? '').trim(),
      background: cell.ownerDocument.defaultView?.getComputedStyle(cell).backgroundColor ?? '',
    })),
  );
}

/** Opens the report as a file:// page; every URL the page asks for is collected. */
async function openReport(page: Page, file: string, requested: string[]): Promise<void> {
  page.on('request', (request) => requested.push(request.url()));
  page.on('requestfailed', (request) => requested.push(`failed: ${request.url()}`));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
}

/** Saves the README picture of the report to `file` (used by screenshots.ts). */
export async function saveCoverageReportPicture(file: string): Promise<void> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'coverage-report-'));
  const browser = await startBrowser();
  try {
    await browser.page.setViewportSize(PICTURE_SIZE);
    await openReport(browser.page, writeHtmlReport(folder), []);
    await browser.page.waitForSelector('.heatmap td[data-status]');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await browser.page.screenshot({ path: file });
  } finally {
    await browser.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** The tests of the report in Chromium; call inside a `describe`. */
export function coverageReportTests(): void {
  let browser: BrowserSession | undefined;
  let folder = '';
  let file = '';
  const requested: string[] = [];
  const page = (): Page => {
    if (!browser) throw new Error('Chromium did not start');
    return browser.page;
  };

  before(
    async () => {
      folder = fs.mkdtempSync(path.join(os.tmpdir(), 'coverage-report-'));
      file = writeHtmlReport(folder);
      browser = await startBrowser();
      await openReport(browser.page, file, requested);
    },
    { timeout: TEST_TIMEOUT_MS },
  );
  after(async () => {
    await browser?.stop();
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
  });

  test(
    'every heat-map cell shows the status of the JSON report',
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const json = JSON.parse(cli(['--format', 'json'])) as JsonReport;
      const cells = await readCells(page());
      const expected = json.engagements.flatMap((e) =>
        e.measures.map((m) => `${e.id} ${m.measure} ${m.status}`),
      );
      assert.deepEqual(
        cells.map((c) => `${c.engagement} ${c.measure} ${c.status}`),
        expected,
      );
      assert.equal(cells.length, 16 * json.engagements.length);
      const m2 = cells.find((c) => c.engagement === 'ENG-2026-019' && c.measure === 'OPS.3.1.M2');
      assert.deepEqual(m2 && [m2.status, m2.text, m2.background], [
        'failing',
        '✖failing',
        'rgb(198, 40, 40)',
      ]);
      assert.match(m2?.title ?? '', /^OPS\.3\.1\.M2 Contract design with the customer: failing$/);
      const fulfilled = new Set(
        cells.filter((c) => c.status === 'fulfilled').map((c) => c.background),
      );
      assert.deepEqual([...fulfilled], ['rgb(26, 127, 55)']);
    },
  );

  test('the page asks for nothing but its own file', { timeout: TEST_TIMEOUT_MS }, () => {
    assert.deepEqual(requested, [pathToFileURL(file).href]);
  });

  test(
    'printed on A4, the heat map fits the page width and the PDF has pages',
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const p = page();
      await p.emulateMedia({ media: 'print' });
      await p.setViewportSize({ width: A4_PRINT_WIDTH_PX, height: 1100 });
      const width = await p.$eval('.heatmap', (table) => table.getBoundingClientRect().width);
      assert.ok(
        width <= A4_PRINT_WIDTH_PX,
        `heat map ${width} px wide, the page ${A4_PRINT_WIDTH_PX} px`,
      );
      const pdf = await p.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      await p.emulateMedia({ media: 'screen' });
      assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
      assert.ok(pages >= 2, `${pages} pages`);
      fs.mkdirSync(CACHE, { recursive: true });
      fs.writeFileSync(path.join(CACHE, 'coverage-report.pdf'), pdf);
    },
  );

  test(
    'a screenshot of the report is kept in .e2e-cache/',
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const p = page();
      await p.setViewportSize(PICTURE_SIZE);
      const target = path.join(CACHE, 'coverage-report.png');
      fs.mkdirSync(CACHE, { recursive: true });
      const picture = await p.screenshot({ path: target, fullPage: true });
      assert.equal(picture.subarray(1, 4).toString('latin1'), 'PNG');
      assert.ok(fs.statSync(target).size > 10_000);
    },
  );
}
