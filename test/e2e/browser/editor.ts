/**
 * The active text editor as a person sees it: the visible lines, the hover under the mouse,
 * the suggestion list and the light bulb with its menu.
 */
import type { Locator, Page } from 'playwright-core';
import { waitUntil } from './waitUntil';
import { STEP_TIMEOUT_MS } from './workbench';

const EDITOR = '.editor-group-container.active .monaco-editor';
const HOVER = '.monaco-hover:not(.hidden)';
const SUGGESTIONS = '.suggest-widget.visible';
const ACTION_MENU = '.action-widget';

/** What these functions read of an element in the page (the project compiles without DOM types). */
interface HTMLElementLike {
  style?: { top: string };
}

/** The 1-based line number and text of every line the active editor shows now. */
export async function visibleLines(page: Page): Promise<Map<number, string>> {
  const numbers = await page
    .locator(`${EDITOR} .margin-view-overlays .line-numbers`)
    .evaluateAll((cells) =>
      cells.map((cell): [number, number] => [
        parseInt((cell.parentElement as HTMLElementLike | null)?.style?.top ?? '', 10),
        Number(cell.textContent),
      ]),
    );
  const lines = await page
    .locator(`${EDITOR} .view-lines .view-line`)
    .evaluateAll((rows) =>
      rows.map((row): [number, string] => [
        parseInt((row as HTMLElementLike).style?.top ?? '', 10),
        (row.textContent ?? '').replace(/\u00a0/g, ' '),
      ]),
    );
  const numberAt = new Map(numbers);
  const byNumber = new Map<number, string>();
  for (const [top, text] of lines) {
    const number = numberAt.get(top);
    if (number) byNumber.set(number, text);
  }
  return byNumber;
}

/** The text of line `line`, which must be on screen (Go to Line reveals it). */
export async function lineText(page: Page, line: number): Promise<string> {
  const text = (await visibleLines(page)).get(line);
  if (text === undefined) throw new Error(`line ${line} is not on screen`);
  return text;
}

/** How long one aim at the cursor waits for its hover (the hover delay is 300 ms). */
const HOVER_AIM_MS = 2_000;

/**
 * Moves the mouse onto the text just right of the cursor and returns the hover that opens.
 * Code lenses that arrive after the cursor moved push the lines down under the mouse: then it
 * aims at the cursor again, until a hover opens.
 */
export async function hoverAtCursor(page: Page): Promise<string> {
  const hover = page.locator(HOVER).first();
  await waitUntil('a hover at the cursor', STEP_TIMEOUT_MS, async () => {
    const cursor = await page.locator(`${EDITOR} .cursors-layer .cursor`).first().boundingBox();
    if (!cursor) return undefined;
    await page.mouse.move(cursor.x + 4, cursor.y + cursor.height / 2);
    return hover.waitFor({ timeout: HOVER_AIM_MS }).then(
      () => true,
      () => undefined,
    );
  });
  return hover.innerText();
}

/** Moves the mouse off the editor and waits for the hover to close. */
export async function dismissHover(page: Page): Promise<void> {
  await page.mouse.move(1, 1);
  await page.locator(HOVER).first().waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
}

function suggestionRow(page: Page, label: string): Locator {
  return page.locator(`${SUGGESTIONS} .monaco-list-row`, { hasText: label }).first();
}

/** Asks for suggestions (Ctrl+Space) and returns the labels listed once `expected` is among them. */
export async function suggestions(page: Page, expected: string): Promise<string[]> {
  await page.keyboard.press('Control+Space');
  await suggestionRow(page, expected).waitFor({ timeout: STEP_TIMEOUT_MS });
  const rows = page.locator(`${SUGGESTIONS} .monaco-list-row`);
  return rows.evaluateAll((elements) =>
    elements.map((row) => row.querySelector('.label-name')?.textContent ?? ''),
  );
}

/** Accepts the listed suggestion `label` with a click, as a person would. */
export async function acceptSuggestion(page: Page, label: string): Promise<void> {
  await suggestionRow(page, label).click();
  await page.locator(SUGGESTIONS).waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
}

/** Clicks the light bulb of the cursor's line and returns the titles of the actions listed. */
export async function openLightBulb(page: Page): Promise<string[]> {
  await page.locator(`${EDITOR} .lightBulbWidget`).first().click({ timeout: STEP_TIMEOUT_MS });
  const actions = page.locator(`${ACTION_MENU} .monaco-list-row.action`);
  await actions.first().waitFor({ timeout: STEP_TIMEOUT_MS });
  return actions.evaluateAll((rows) => rows.map((row) => row.textContent?.trim() ?? ''));
}

/** Clicks the action `title` in the open light bulb menu. */
export async function chooseAction(page: Page, title: string): Promise<void> {
  await page.locator(`${ACTION_MENU} .monaco-list-row.action`, { hasText: title }).first().click();
  await page.locator(ACTION_MENU).first().waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
}
