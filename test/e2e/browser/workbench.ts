/**
 * Driving the VS Code workbench the way a person does: the command palette, Quick Open, Go to
 * Line, the trust dialog and the editor tabs. Every step waits for what it expects to see.
 */
import type { Locator, Page } from 'playwright-core';
import { waitUntil } from './waitUntil';

export const STEP_TIMEOUT_MS = 30_000;
/** Starting the workbench includes connecting to code-server and loading the extension host. */
const STARTUP_TIMEOUT_MS = 90_000;

const QUICK_INPUT = '.quick-input-widget';
const QUICK_INPUT_FIELD = `${QUICK_INPUT} input`;
const TABS = '.tabs-container .tab';

export class Workbench {
  constructor(readonly page: Page) {}

  /** Opens code-server and waits for the workbench with the explorer listing the folder. */
  async open(url: string): Promise<void> {
    await this.page.goto(url, { timeout: STARTUP_TIMEOUT_MS });
    await this.page.waitForSelector('.monaco-workbench .part.statusbar', {
      timeout: STARTUP_TIMEOUT_MS,
    });
  }

  /** Waits until the explorer shows `fileName`, that is the remote folder is connected. */
  async waitForExplorer(fileName: string): Promise<void> {
    await this.page
      .locator('.explorer-folders-view .monaco-list-row', { hasText: fileName })
      .first()
      .waitFor({ timeout: STARTUP_TIMEOUT_MS });
  }

  /** Answers the workspace trust dialog shown at start. */
  async answerTrustDialog(trust: boolean): Promise<void> {
    const dialog = this.page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: STARTUP_TIMEOUT_MS });
    const answer = trust ? 'Yes, I trust the authors' : "No, I don't trust the authors";
    await dialog.locator('.monaco-button', { hasText: answer }).first().click();
    await dialog.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
  }

  /** Whether the status bar shows the Restricted Mode indicator. */
  async inRestrictedMode(): Promise<boolean> {
    const item = this.page.locator('[id="status.workspaceTrust"]');
    const label = (await item.count()) ? await item.getAttribute('aria-label') : null;
    return label?.startsWith('Restricted Mode') ?? false;
  }

  /** Waits until the status bar counts these errors and warnings over all open documents. */
  async waitForProblemCounts(errors: number, warnings: number): Promise<void> {
    const item = this.page.locator('[id="status.problems"]');
    const count = (label: string, kind: string): number =>
      Number(new RegExp(`${kind}: (\\d+)`).exec(label)?.[1] ?? 0);
    let label = '';
    await waitUntil(
      `${errors} errors and ${warnings} warnings in the status bar`,
      STEP_TIMEOUT_MS,
      async () => {
        label = (await item.getAttribute('aria-label', { timeout: 1_000 }).catch(() => null)) ?? '';
        return (
          (count(label, 'Errors') === errors && count(label, 'Warnings') === warnings) || undefined
        );
      },
    ).catch((error: Error) => {
      throw new Error(`${error.message} (it says ${JSON.stringify(label)})`);
    });
  }

  /** Types into the quick input and waits until the row containing `label` is the focused one. */
  private async chooseInQuickInput(text: string, label: string): Promise<void> {
    await this.page.waitForSelector(QUICK_INPUT_FIELD, { timeout: STEP_TIMEOUT_MS });
    await this.page.keyboard.type(text);
    const row = this.page.locator(`${QUICK_INPUT} .monaco-list-row.focused`, { hasText: label });
    await row.first().waitFor({ timeout: STEP_TIMEOUT_MS });
    await this.page.keyboard.press('Enter');
    await this.waitForQuickInputClosed();
  }

  private async waitForQuickInputClosed(): Promise<void> {
    await this.page.waitForSelector(QUICK_INPUT, { state: 'hidden', timeout: STEP_TIMEOUT_MS });
  }

  /** Runs a command from the command palette by its label, such as 'File: Revert File'. */
  async runCommand(label: string): Promise<void> {
    await this.page.keyboard.press('F1');
    await this.chooseInQuickInput(label, label);
  }

  /** Opens a view by its name through Quick Open's `view ` prefix, such as 'Outline'. */
  async openView(name: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    await this.chooseInQuickInput(`view ${name}`, name);
  }

  /** Opens a file of the workspace with Quick Open and waits for its editor tab. */
  async openFile(fileName: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    await this.chooseInQuickInput(fileName, fileName);
    await this.activeTab(fileName).waitFor({ timeout: STEP_TIMEOUT_MS });
    await this.page
      .locator('.editor-group-container.active .monaco-editor .view-lines')
      .first()
      .waitFor({ timeout: STEP_TIMEOUT_MS });
  }

  activeTab(fileName: string): Locator {
    return this.page.locator(`${TABS}.active[aria-label^="${fileName}"]`);
  }

  /** Moves the cursor of the active editor with Go to Line (1-based line and column). */
  async goTo(line: number, column: number): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+G');
    await this.page.waitForSelector(QUICK_INPUT_FIELD, { timeout: STEP_TIMEOUT_MS });
    await this.page.keyboard.type(`${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.waitForQuickInputClosed();
    await this.page
      .locator('[id="status.editor.selection"]', { hasText: `Ln ${line}, Col ${column}` })
      .waitFor({ timeout: STEP_TIMEOUT_MS });
  }

  /** Gives the keyboard to the active editor. */
  async focusEditor(): Promise<void> {
    await this.page.keyboard.press('Control+1');
    await this.page
      .locator('.editor-group-container.active .monaco-editor.focused')
      .first()
      .waitFor({ timeout: STEP_TIMEOUT_MS });
  }

  /** Closes every editor and drops unsaved changes, so that the next test starts clean. */
  async closeAllEditorsDiscardingChanges(): Promise<void> {
    await this.page.keyboard.press('Escape');
    for (let open = await this.tabCount(); open > 0; open = await this.tabCount()) {
      await this.runCommand('View: Revert and Close Editor');
      await this.page
        .locator(TABS)
        .nth(open - 1)
        .waitFor({ state: 'detached', timeout: STEP_TIMEOUT_MS });
    }
  }

  private tabCount(): Promise<number> {
    return this.page.locator(TABS).count();
  }
}
