// End-to-end: correcting a timeline date in the panel with the keyboard only, in the packaged .vsix in code-server:
// "Correct date" opens the readings, Escape gives focus back, Enter picks one; a typed date sets another; the
// correction is still there after a window reload; Undo gives Newsline's date back.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { openFile, runCommand, WAIT, watchWorkbench } from './workbench';
import { launchBrowser, makeWorkspace, RESULTS, ROOT, saveLog, startCodeServer, workbenchUrl, type CodeServer } from '../vscode/codeServer';

const VSIX = path.join(ROOT, 'newsline.vsix');
const ARTICLE = 'ferry-service.md';

describe('Newsline: correcting a date in the panel (packaged .vsix)', function () {
  this.timeout(120_000);
  let server: CodeServer;
  let context: BrowserContext;
  let page: Page;
  let workspace: string;
  let panel: FrameLocator;
  let key: string;

  before(async function () {
    this.timeout(180_000);
    assert.ok(fs.existsSync(VSIX), `${VSIX} is missing: run npm run package first`);
    workspace = makeWorkspace();
    server = await startCodeServer({ name: 'e2e-correct', install: [VSIX] });
    watchWorkbench(server, 'e2e-correct');
    ({ context, page } = await launchBrowser());
    await page.goto(workbenchUrl(server, workspace));
    await page.locator('.monaco-workbench').waitFor(WAIT);
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: ARTICLE }).waitFor(WAIT);
    panel = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  });

  let failed = false;
  afterEach(async function () {
    if (this.currentTest?.state !== 'failed') return;
    failed = true;
    await page?.screenshot({ path: path.join(RESULTS, 'e2e-correct-failure.png') }).catch(() => undefined);
    if (server) saveLog(server, 'e2e-correct');
  });

  after(async () => {
    await context?.close().catch(() => undefined);
    await server?.stop();
    if (server && !failed) server.removeState();
    if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
  });

  const focusedKey = () => panel.locator(':focus').getAttribute('data-key');
  const thursdayDay = () => panel.locator('.day', { has: panel.locator('mark', { hasText: 'Thursday' }) });

  it('opens the readings with Enter, and Escape closes them and gives focus back', async () => {
    await openFile(page, ARTICLE);
    await runCommand(page, 'Newsline: Summarize Article and Build Timeline');
    const event = panel.locator('button.item', { has: panel.locator('mark', { hasText: 'Thursday' }) });
    await event.waitFor(WAIT);
    key = `correct-${await event.getAttribute('data-start')}`;
    await panel.locator(`[data-key="${key}"]`).focus();
    await page.keyboard.press('Enter');
    assert.strictEqual(await panel.locator(':focus').getAttribute('role'), 'listbox');
    assert.strictEqual(await panel.locator(`[data-key="${key}"]`).getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('ArrowDown');
    assert.strictEqual(await panel.locator('[role="option"][aria-selected="true"]').count(), 1);
    await page.keyboard.press('Escape');
    assert.strictEqual(await panel.locator('.correct-editor').count(), 0);
    assert.strictEqual(await focusedKey(), key);
  });

  it('picks a reading with the arrow keys and Enter; the event moves and is marked', async () => {
    assert.strictEqual(await thursdayDay().locator('.date').textContent(), 'Thu 14 Mar 2024');
    await page.keyboard.press('Enter');
    const picked = (await panel.locator('[role="option"][aria-selected="true"] .alt-date').textContent()) ?? '';
    assert.strictEqual(picked, 'Thu 7 Mar 2024', 'a weekday is first read a week earlier');
    await page.keyboard.press('Enter');
    await thursdayDay().locator('.badge', { hasText: 'corrected' }).waitFor(WAIT);
    assert.strictEqual(await thursdayDay().locator('.date').textContent(), picked);
    assert.strictEqual(await focusedKey(), key, 'focus stays on the event’s button after the redraw');
    await panel.locator('[data-key="reset-corrections"]').waitFor(WAIT);
  });

  it('sets a typed date, refuses one that is no date, and keeps it after a window reload', async () => {
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    assert.strictEqual(await panel.locator(':focus').getAttribute('class'), 'correct-input');
    await page.keyboard.type('2024-02-30');
    await page.keyboard.press('Enter');
    await panel.locator('.correct-input[aria-invalid="true"]').waitFor(WAIT);
    // Erased key by key: Control+A can reach the workbench instead of the webview's input while it redraws.
    await page.keyboard.press('End');
    for (let i = 0; i < '2024-02-30'.length; i++) await page.keyboard.press('Backspace');
    assert.strictEqual(await panel.locator('.correct-input').inputValue(), '');
    await page.keyboard.type('2024-03-01');
    await page.keyboard.press('Enter');
    await thursdayDay().locator('.date', { hasText: 'Fri 1 Mar 2024' }).waitFor(WAIT);
    const reloaded = page.waitForEvent('load', WAIT);
    await runCommand(page, 'Developer: Reload Window');
    await reloaded;
    await page.locator('.monaco-workbench').waitFor(WAIT);
    await thursdayDay().locator('.badge', { hasText: 'corrected' }).waitFor(WAIT);
    assert.strictEqual(await thursdayDay().locator('.date').textContent(), 'Fri 1 Mar 2024');
  });

  it('Undo gives Newsline’s date back', async () => {
    await thursdayDay().locator('[data-key^="undo-"]').focus();
    await page.keyboard.press('Enter');
    await thursdayDay().locator('.date', { hasText: 'Thu 14 Mar 2024' }).waitFor(WAIT);
    assert.strictEqual(await panel.locator('.badge', { hasText: 'corrected' }).count(), 0, 'no event is marked corrected');
    assert.strictEqual(await focusedKey(), key);
  });
});
