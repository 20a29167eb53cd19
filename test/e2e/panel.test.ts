// End-to-end: the packaged .vsix installed into a real VS Code (code-server 4.100.3), driven in Chromium the way a
// person drives it: the command palette, the panel's content read from inside its webview, a click on an event,
// the editor's selection, the insert button, and the document text saved to disk. Screenshots of each theme go to
// test-results/.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { BrowserContext, FrameLocator, Locator, Page } from 'playwright-core';
import { analyze } from '../../src/core/analyze';
import { formatSummaryBlock, surroundWithBlankLines, topInsertOffset } from '../../src/host/summaryBlock';
import { focusEditor, openFile as openFileIn, runCommand as runCommandIn, WAIT, watchWorkbench } from './workbench';
import { launchBrowser, makeWorkspace, RESULTS, ROOT, saveLog, startCodeServer, workbenchUrl, type CodeServer } from '../vscode/codeServer';

const VSIX = path.join(ROOT, 'newsline.vsix');
const ARTICLE = 'ferry-service.md';

describe('Newsline in the browser (packaged .vsix)', function () {
  this.timeout(120_000);
  let server: CodeServer;
  let context: BrowserContext;
  let page: Page;
  let workspace: string;
  let panel: FrameLocator;

  before(async function () {
    this.timeout(180_000);
    assert.ok(fs.existsSync(VSIX), `${VSIX} is missing: run npm run package first`);
    fs.mkdirSync(RESULTS, { recursive: true });
    workspace = makeWorkspace();
    server = await startCodeServer({ name: 'e2e', install: [VSIX] });
    watchWorkbench(server, 'e2e');
    ({ context, page } = await launchBrowser());
    await page.goto(workbenchUrl(server, workspace));
    await page.locator('.monaco-workbench').waitFor(WAIT);
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: ARTICLE }).waitFor(WAIT);
    panel = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  });

  let failed = false;

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') failed = true;
    if (this.currentTest?.state === 'failed' && page) {
      const name = (this.currentTest.title || 'test').replace(/[^a-z0-9]+/gi, '-').toLowerCase();
      await page.screenshot({ path: path.join(RESULTS, `e2e-failure-${name}.png`) }).catch(() => undefined);
      saveLog(server, `e2e-${name}`);
    }
  });

  after(async () => {
    await context?.close().catch(() => undefined);
    await server?.stop();
    if (server && !failed) server.removeState();
    if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
  });

  const openFile = (name: string) => openFileIn(page, name);
  const runCommand = (title: string) => runCommandIn(page, title);

  /** What the status bar says for a selection of [start, end) in the article: the cursor sits at its end. */
  function cursorStatus(start: number, end: number): string {
    const text = fs.readFileSync(path.join(workspace, ARTICLE), 'utf8');
    const line = text.slice(0, end).split('\n').length;
    const column = end - (text.lastIndexOf('\n', end - 1) + 1) + 1;
    return `Ln ${line}, Col ${column} (${end - start} selected)`;
  }

  function selectionStatus(): Locator {
    return page.locator('[id="status.editor.selection"]');
  }

  /** Focuses the article's editor (its status bar items show only then) without moving its selection. */
  async function focusArticleEditor(): Promise<void> {
    await focusEditor(page, ARTICLE);
    await selectionStatus().waitFor(WAIT);
  }

  /** Picks a colour theme as a person does, by its name in Preferences: Color Theme. */
  async function screenshot(theme: string, bodyClass: string, file: string): Promise<void> {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.fill('>Preferences: Color Theme');
    await page.locator('.quick-input-list .monaco-list-row[aria-label^="Preferences: Color Theme"]').first().click(WAIT);
    await page.locator('.quick-input-widget input[placeholder^="Select Color Theme"]').waitFor(WAIT);
    await input.fill(theme);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: theme }).first().click(WAIT);
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', ...WAIT });
    await panel.locator(`body.${bodyClass}`).waitFor(WAIT);
    await page.locator('.monaco-workbench').waitFor(WAIT);
    await page.screenshot({ path: path.join(RESULTS, file) });
  }

  it('runs the palette command and shows the summary and timeline beside the editor', async () => {
    await openFile(ARTICLE);
    await runCommand('Newsline: Summarize Article and Build Timeline');
    await panel.locator('.summary li').first().waitFor(WAIT);
    assert.strictEqual(await panel.locator('.title').textContent(), 'Island Ferry Returns to Service After Engine Refit');
    assert.match((await panel.locator('.ref').textContent()) ?? '', /Fri 15 Mar 2024.*found in the document/);
    assert.strictEqual(await panel.locator('.summary li').count(), 3);
    // The stylesheet loaded under the CSP (an unstyled page would still pass the content checks).
    assert.strictEqual(await panel.locator('ol.summary').evaluate((el) => getComputedStyle(el).listStyleType), 'none');
    const dates = await panel.locator('.timeline .date').allTextContents();
    assert.deepStrictEqual(dates.slice(0, 3), ['1998', '2012', 'Oct 2023'], 'the timeline is chronological');
    assert.strictEqual(await panel.locator('.timeline mark', { hasText: 'Thursday' }).count(), 1, 'the date words are highlighted');
    // The panel opened beside the editor: two editor groups, and the article's editor kept focus.
    assert.strictEqual(await page.locator('.editor-group-container').count(), 2);
    assert.ok(await page.locator('.editor-group-container.active .tab.active[aria-label*="ferry-service.md"]').count());
    await page.screenshot({ path: path.join(RESULTS, 'panel-light.png') });
  });

  it('selects the exact words of an event in the editor when the event is clicked', async () => {
    const event = panel.locator('button.item', { has: panel.locator('mark', { hasText: 'Thursday' }) });
    const start = Number(await event.getAttribute('data-start'));
    const end = Number(await event.getAttribute('data-end'));
    const text = fs.readFileSync(path.join(workspace, ARTICLE), 'utf8');
    assert.strictEqual(text.slice(start, end), 'Thursday');
    await event.click();
    await focusArticleEditor();
    await selectionStatus().filter({ hasText: cursorStatus(start, end) }).waitFor(WAIT);
    assert.match((await selectionStatus().textContent()) ?? '', /\(8 selected\)/);
  });

  it('reaches every control with the keyboard in reading order', async () => {
    await panel.locator('[data-key="change-date"]').focus();
    const order: string[] = [];
    for (let i = 0; i < 11; i++) {
      if (i > 0) await page.keyboard.press('Tab');
      order.push((await panel.locator(':focus').getAttribute('data-key')) ?? '?');
    }
    assert.deepStrictEqual(order.slice(0, 5), ['change-date', 'sentences', 'words', 'insert', 'copy-summary']);
    assert.ok(order.slice(5, 8).every((k) => k.startsWith('sentence-')), order.join(' '));
    // The time axis is one tab stop (its arrow keys move along it) between the timeline's buttons and its list.
    assert.deepStrictEqual(order.slice(8, 11), ['copy-timeline', 'axis-0', 'event-0']);
    // Enter on an event jumps as a click does.
    const first = panel.locator('[data-key="event-0"]');
    const [start, end] = [Number(await first.getAttribute('data-start')), Number(await first.getAttribute('data-end'))];
    await page.keyboard.press('Enter');
    await focusArticleEditor();
    await selectionStatus().filter({ hasText: cursorStatus(start, end) }).waitFor(WAIT);
  });

  it('explains an event’s date on keyboard focus and on hover, and Escape hides it', async () => {
    const text = fs.readFileSync(path.join(workspace, ARTICLE), 'utf8');
    const entry = analyze(text, { fileName: ARTICLE }).timeline.find((e) => e.mention.text === 'Thursday');
    assert.ok(entry?.explanation, 'the engine explains the Thursday entry');
    const event = panel.locator('button.item', { has: panel.locator('mark', { hasText: 'Thursday' }) });
    const tipId = await event.getAttribute('aria-describedby');
    assert.ok(tipId, 'the event is described by its explanation');
    const tip = panel.locator(`[id="${tipId}"]`);
    assert.strictEqual(await tip.getAttribute('role'), 'tooltip');
    await event.focus();
    await tip.waitFor({ state: 'visible', ...WAIT });
    assert.strictEqual(await tip.textContent(), entry.explanation.summary);
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'hidden', ...WAIT });
    await panel.locator('[data-key="change-date"]').focus();
    await event.hover();
    await tip.waitFor({ state: 'visible', ...WAIT });
    // Badges for the parts the text left implied, as the engine marks them.
    const badges = await event.locator('.badge').allTextContents();
    assert.strictEqual(badges.includes('year implied'), entry.explanation.implied.includes('year'));
  });

  it('inserts the summary with the panel button, as the engine and the insert rules say', async () => {
    const file = path.join(workspace, ARTICLE);
    const original = fs.readFileSync(file, 'utf8');
    await panel.locator('#insert').click();
    await panel.locator('#status', { hasText: 'Summary inserted' }).waitFor(WAIT);
    await page.locator('.editor-group-container .monaco-editor .view-lines', { hasText: 'Summary' }).first().waitFor(WAIT);
    // Save from the editor and compare the file on disk with what the rules give for this article.
    await focusArticleEditor();
    await page.keyboard.press('Control+S');
    const analysis = analyze(original, { languageId: 'markdown', fileName: file, sentences: 3 });
    const offset = topInsertOffset(original, 'markdown');
    const block = formatSummaryBlock(analysis.summary.map((s) => s.text), 'markdown', '\n');
    const expected = original.slice(0, offset) + surroundWithBlankLines(original, offset, block, '\n') + original.slice(offset);
    const deadline = Date.now() + 30_000;
    while (fs.readFileSync(file, 'utf8') === original && Date.now() < deadline) await page.waitForTimeout(100);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), expected);
  });

  it('keeps the sentence count and its document after a window reload', async () => {
    await panel.locator('#sentences').selectOption('4');
    await panel.locator('.summary li').nth(3).waitFor(WAIT);
    assert.strictEqual(await panel.locator('.summary li').count(), 4);
    // Reload as a person does in VS Code, so the workbench saves its state on the way out.
    const reloaded = page.waitForEvent('load', WAIT);
    await runCommand('Developer: Reload Window');
    await reloaded;
    await page.locator('.monaco-workbench').waitFor(WAIT);
    await panel.locator('.summary li').nth(3).waitFor(WAIT);
    assert.strictEqual(await panel.locator('.summary li').count(), 4);
    assert.strictEqual(await panel.locator('#sentences').inputValue(), '4');
    assert.strictEqual(await panel.locator('.title').textContent(), 'Island Ferry Returns to Service After Engine Refit');
  });

  it('follows the theme: dark and high contrast', async () => {
    await screenshot('Dark Modern', 'vscode-dark', 'panel-dark.png');
    await screenshot('Dark High Contrast', 'vscode-high-contrast', 'panel-high-contrast.png');
    await screenshot('Light High Contrast', 'vscode-high-contrast-light', 'panel-high-contrast-light.png');
    await screenshot('Light Modern', 'vscode-light', 'panel-light-again.png');
  });

  it('says so when an article has no dates', async () => {
    await openFile('no-dates.txt');
    await panel.locator('.title', { hasText: 'How to Keep Basil Alive' }).waitFor(WAIT);
    await panel.locator('.timeline-section .state-title', { hasText: 'No dated events found' }).waitFor(WAIT);
    await page.screenshot({ path: path.join(RESULTS, 'panel-no-dates.png') });
  });
});
