/** The Problems panel as a person reads it: one row per finding, under the row of its file. */
import type { Page } from 'playwright-core';
import { waitUntil } from './waitUntil';
import { STEP_TIMEOUT_MS, type Workbench } from './workbench';

export interface Problem {
  file: string;
  severity: 'error' | 'warning' | 'info' | 'unknown';
  message: string;
  source: string;
  code: string;
  /** The measure id the message ends with, like OPS.3.1.M10, or '' if there is none. */
  measure: string;
  line: number;
  column: number;
}

/** One row as the panel renders it. Rows scrolled out of the panel are not rendered. */
interface RawRow {
  /** The row's place in the tree: the DOM keeps reused rows in any order. */
  index: number;
  level: string;
  fileName: string;
  iconClasses: string[];
  message: string;
  source: string;
  code: string;
  position: string;
}

async function readRows(page: Page): Promise<RawRow[]> {
  const rows = await page.locator('.markers-panel .monaco-list-row').evaluateAll((rows) =>
    rows.map((row) => {
      const text = (selector: string): string =>
        row.querySelector(selector)?.textContent?.trim() ?? '';
      return {
        index: Number(row.getAttribute('data-index') ?? NaN),
        level: row.getAttribute('aria-level') ?? '',
        fileName: text('.label-name'),
        iconClasses: [...(row.querySelector('.marker-icon')?.classList ?? [])],
        message: text('.marker-message'),
        source: text('.marker-source'),
        code: text('.marker-code'),
        position: text('.marker-line'),
      };
    }),
  );
  return rows.sort((a, b) => a.index - b.index);
}

function severityOf(iconClasses: string[]): Problem['severity'] {
  return (['error', 'warning', 'info'] as const).find((s) => iconClasses.includes(s)) ?? 'unknown';
}

function toProblems(rows: RawRow[]): Problem[] {
  const problems: Problem[] = [];
  let file = '';
  for (const row of rows) {
    if (row.level === '1') {
      file = row.fileName;
      continue;
    }
    const position = /Ln (\d+), Col (\d+)/.exec(row.position);
    problems.push({
      file,
      severity: severityOf(row.iconClasses),
      message: row.message,
      source: row.source,
      code: row.code,
      measure: /\((OPS\.3\.1\.M\d+)\)$/.exec(row.message)?.[1] ?? '',
      line: Number(position?.[1] ?? 0),
      column: Number(position?.[2] ?? 0),
    });
  }
  return problems;
}

/** Opens the Problems panel (it stays open) and gives the keyboard back to the editor. */
export async function showProblems(workbench: Workbench): Promise<void> {
  await workbench.runCommand('Problems: Focus on Problems View');
  await workbench.page.locator('.markers-panel').waitFor({ timeout: STEP_TIMEOUT_MS });
}

export async function readProblems(page: Page): Promise<Problem[]> {
  return toProblems(await readRows(page));
}

/** The problems of one file, as listed now. */
export async function problemsOf(page: Page, fileName: string): Promise<Problem[]> {
  return (await readProblems(page)).filter((problem) => problem.file === fileName);
}

/**
 * Waits until the problems of `fileName` satisfy `accept`, and returns them. The failure message
 * shows what the panel listed last.
 */
export async function waitForProblems(
  page: Page,
  fileName: string,
  what: string,
  accept: (problems: Problem[]) => boolean,
): Promise<Problem[]> {
  let last: Problem[] = [];
  try {
    return await waitUntil(what, STEP_TIMEOUT_MS, async () => {
      last = await problemsOf(page, fileName);
      return accept(last) ? last : undefined;
    });
  } catch (error) {
    const listed = last.map(describeProblem).join('\n  ') || '(none)';
    throw new Error(`${(error as Error).message}; the panel listed for ${fileName}:\n  ${listed}`);
  }
}

export function describeProblem(problem: Problem): string {
  return `${problem.severity} ${problem.code} ${problem.measure || '-'} at ${problem.line}:${problem.column} (${problem.source}): ${problem.message}`;
}

/** A problem row and the part of its text a person can read on screen. */
export interface VisibleRow {
  file: string;
  /** The whole message, as the DOM has it. */
  message: string;
  /** What is drawn and not cut off: the characters left of every clipping edge and ellipsis. */
  visible: string;
}

/** Room an ellipsis takes at the clipping edge; characters under it are not readable. */
const ELLIPSIS_PX = 12;

/** The little of the browser's DOM the function below uses (the project compiles without lib.dom). */
interface Box {
  right: number;
  width: number;
}
interface DomElement {
  parentElement: DomElement | null;
  scrollWidth: number;
  clientWidth: number;
  getBoundingClientRect(): Box;
}
interface DomText {
  textContent: string | null;
  parentElement: DomElement | null;
}
interface BrowserWindow {
  getComputedStyle(element: DomElement): { overflowX: string; textOverflow: string };
  document: {
    createRange(): {
      setStart(node: DomText, offset: number): void;
      setEnd(node: DomText, offset: number): void;
      getBoundingClientRect(): Box;
    };
    createTreeWalker(root: DomElement, show: number): { nextNode(): DomText | null };
  };
}
/** NodeFilter.SHOW_TEXT */
const SHOW_TEXT = 4;

function readVisibleRows(page: Page): Promise<(VisibleRow & { level: string })[]> {
  return page.locator('.markers-panel .monaco-list-row').evaluateAll(
    (rows, [ellipsis, showText]) =>
      rows.map((row) => {
        const browser = globalThis as unknown as BrowserWindow;
        /** The right edge left of which text in `element` can be read, inside `row`. */
        const readableRight = (element: DomElement): number => {
          let right = Infinity;
          for (let at: DomElement | null = element; at; at = at.parentElement) {
            const style = browser.getComputedStyle(at);
            if (style.overflowX !== 'visible' || at === row) {
              const box = at.getBoundingClientRect();
              const cut = at.scrollWidth > at.clientWidth + 1 && style.textOverflow === 'ellipsis';
              right = Math.min(right, box.right - (cut ? ellipsis : 0));
            }
            if (at === row) break;
          }
          return right;
        };
        const range = browser.document.createRange();
        let visible = '';
        const walker = browser.document.createTreeWalker(row as DomElement, showText);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          const text = node.textContent ?? '';
          if (!parent || parent.getBoundingClientRect().width === 0) continue;
          const right = readableRight(parent);
          for (let i = 0; i < text.length; i++) {
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const box = range.getBoundingClientRect();
            if (box.width > 0 && box.right <= right + 0.5) visible += text[i];
          }
          visible += ' ';
        }
        return {
          level: row.getAttribute('aria-level') ?? '',
          file: row.querySelector('.label-name')?.textContent?.trim() ?? '',
          message: row.querySelector('.marker-message')?.textContent?.trim() ?? '',
          visible: visible.replace(/\s+/g, ' ').trim(),
        };
      }),
    [ELLIPSIS_PX, SHOW_TEXT] as const,
  );
}

/** The problem rows as they are drawn now, each with the file it is listed under. */
export async function visibleProblemRows(page: Page): Promise<VisibleRow[]> {
  const rows: VisibleRow[] = [];
  let file = '';
  for (const row of await readVisibleRows(page)) {
    if (row.level === '1') file = row.file;
    else rows.push({ file, message: row.message, visible: row.visible });
  }
  return rows;
}
