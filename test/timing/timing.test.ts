// Timings a person feels, measured in the real VS Code with the packaged .vsix and reported, never asserted (speed
// goals live in `npm run bench`, which prints these two beside its own rows): VS Code's own activation time for
// Newsline, from Developer: Show Running Extensions (median of the first window and four reloads), and the time from
// pressing Enter on the palette command to the summary showing in the panel for a 5,000-word article, in a fresh
// window (model load included) and again warm. Also the two behaviours that only show while an analysis runs for
// seconds (cancel from the progress notification, one notification while the article is edited), which race the
// machine's speed. None of this is deterministic on a loaded 2-core machine, so it runs in `npm run test:timing`,
// not in `npm test`; `npm run bench` prints the figures this writes to test-results/.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { BrowserContext, FrameLocator, Locator, Page } from 'playwright-core';
import { findCommand, focusEditor, openFile, runCommand, WAIT, watchWorkbench } from '../e2e/workbench';
import { launchBrowser, makeWorkspace, RESULTS, ROOT, saveLog, startCodeServer, workbenchUrl, type CodeServer } from '../vscode/codeServer';

const VSIX = path.join(ROOT, 'newsline.vsix');
const ARTICLE = 'long-article.md';
/**
 * Large enough that its analysis runs for seconds in the worker, so that the progress notification (shown after
 * 500 ms) can be clicked before it ends. At 100,000 words it took well under a second by now, and the cancel test
 * failed once in six runs: the analysis had finished when Cancel was clicked.
 */
const BIG_ARTICLE = 'big-article.md';
const BIG_WORDS = 200_000;
const WORDS = 5000;
const WARM_RUNS = 5;
/** Window reloads after the first window, each one more sample of VS Code's activation time. */
const ACTIVATION_RELOADS = 4;
const SUMMARIZE = 'Newsline: Summarize Article and Build Timeline';

/** A 5,000-word Markdown article made of the paragraphs of the articles written for the tests, in turn. */
function longArticle(words: number): string {
  const dirs = ['articles', 'engine'].map((d) => path.join(ROOT, 'test', 'fixtures', d));
  const paragraphs = dirs
    .flatMap((d) => fs.readdirSync(d).filter((f) => /\.(md|txt)$/.test(f)).sort().map((f) => fs.readFileSync(path.join(d, f), 'utf8')))
    .map((text) => text.replace(/^---\n[\s\S]*?\n---\n/, ''))
    .flatMap((text) => text.split(/\n\s*\n/))
    .map((p) => p.trim())
    .filter((p) => p.split(/\s+/).length >= 12 && !/^[#!*]/.test(p));
  assert.ok(paragraphs.length > 0, 'the fixtures have paragraphs');
  const out = ['---', 'date: 2025-06-13', '---', '', '# The Week Across the Valley and the Islands', ''];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = paragraphs[i % paragraphs.length];
    out.push(p, '');
    count += p.split(/\s+/).length;
  }
  return out.join('\n');
}

/** Adds figures to test-results/panel.json, which the first test writes. */
function addFigures(more: Record<string, unknown>): void {
  const file = path.join(RESULTS, 'panel.json');
  const figures = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  fs.writeFileSync(file, JSON.stringify({ ...figures, ...more }, null, 2) + '\n');
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

describe('Timings in the browser (packaged .vsix), reported', function () {
  this.timeout(240_000);
  let server: CodeServer;
  let context: BrowserContext;
  let page: Page;
  let workspace: string;
  let panel: FrameLocator;
  let failed = false;

  before(async function () {
    assert.ok(fs.existsSync(VSIX), `${VSIX} is missing: run npm run package first`);
    fs.mkdirSync(RESULTS, { recursive: true });
    workspace = makeWorkspace();
    fs.writeFileSync(path.join(workspace, ARTICLE), longArticle(WORDS));
    fs.writeFileSync(path.join(workspace, BIG_ARTICLE), longArticle(BIG_WORDS));
    server = await startCodeServer({ name: 'timing', install: [VSIX] });
    watchWorkbench(server, 'e2e-timing');
    ({ context, page } = await launchBrowser());
    await page.goto(workbenchUrl(server, workspace));
    await page.locator('.monaco-workbench').waitFor(WAIT);
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: ARTICLE }).waitFor(WAIT);
    panel = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  });

  afterEach(async function () {
    if (this.currentTest?.state !== 'failed') return;
    failed = true;
    await page?.screenshot({ path: path.join(RESULTS, 'e2e-timing-failure.png') }).catch(() => undefined);
    if (server) saveLog(server, 'e2e-timing');
  });

  after(async () => {
    await context?.close().catch(() => undefined);
    await server?.stop();
    if (server && !failed) server.removeState();
    if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
  });

  /**
   * Milliseconds from Enter on the palette command to the panel's page showing (VS Code's webview, before any
   * analysis) and to the first summary sentence shown in it.
   */
  async function timeToSummary(): Promise<{ page: number; filled: number }> {
    await findCommand(page, SUMMARIZE);
    const start = Date.now();
    await page.keyboard.press('Enter');
    await panel.locator('#app').waitFor(WAIT);
    const shown = Date.now() - start;
    await panel.locator('.summary li').first().waitFor(WAIT);
    return { page: shown, filled: Date.now() - start };
  }

  /** Closes the panel and focuses the editor of `article` again. */
  async function closePanel(article = ARTICLE): Promise<void> {
    const tab = page.locator('.tabs-container .tab', { hasText: 'Newsline' });
    await tab.locator('.tab-actions .action-label').click();
    await tab.waitFor({ state: 'detached', ...WAIT });
    await focusEditor(page, article);
  }

  it('fills the panel for a 5,000-word article: fresh window, then warm', async () => {
    await openFile(page, ARTICLE);
    const cold = await timeToSummary();
    assert.strictEqual(await panel.locator('.summary li').count(), 3);
    assert.ok((await panel.locator('.timeline li').count()) > 0, 'the timeline is filled');
    const warm: { page: number; filled: number }[] = [];
    for (let i = 0; i < WARM_RUNS; i++) {
      await closePanel();
      warm.push(await timeToSummary());
    }
    const warmMs = warm.map((w) => w.filled);
    const text = fs.readFileSync(path.join(workspace, ARTICLE), 'utf8');
    const figures = {
      panelMs: median(warmMs),
      coldMs: cold.filled,
      warmMs,
      pageShownMs: { cold: cold.page, warmMedian: median(warm.map((w) => w.page)) },
      words: text.split(/\s+/).filter(Boolean).length, chars: text.length };
    fs.writeFileSync(path.join(RESULTS, 'panel.json'), JSON.stringify(figures, null, 2) + '\n');
    console.log(`      panel filled: fresh window ${cold.filled} ms (page shown at ${cold.page} ms), warm median ${figures.panelMs} ms (${warmMs.join(', ')}; page shown at ${figures.pageShownMs.warmMedian} ms), ${figures.words} words`);
  });

  it('re-analyses the 5,000-word article in the open panel when the sentence count changes', async () => {
    const select = panel.getByLabel('Sentences');
    const times: number[] = [];
    for (let i = 0; i < WARM_RUNS * 2; i++) {
      const count = i % 2 === 0 ? 4 : 3;
      const start = Date.now();
      await select.selectOption(String(count));
      await panel.locator('.summary li').nth(count - 1).waitFor(WAIT);
      if (count === 3) await panel.locator('.summary li').nth(3).waitFor({ state: 'detached', ...WAIT });
      times.push(Date.now() - start);
    }
    addFigures({ reanalysisMs: median(times), reanalysisRunsMs: times });
    console.log(`      open panel re-analysed and redrawn: median ${median(times)} ms (${times.join(', ')})`);
  });

  it("times VS Code's own Markdown preview, a webview beside the editor, on the same machine for comparison", async () => {
    const preview = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await closePanel();
    const times: number[] = [];
    for (let i = 0; i < WARM_RUNS; i++) {
      await openFile(page, 'ferry-service.md');
      await findCommand(page, 'Markdown: Open Preview to the Side');
      const start = Date.now();
      await page.keyboard.press('Enter');
      await preview.locator('h1', { hasText: 'Island Ferry' }).waitFor(WAIT);
      times.push(Date.now() - start);
      const tab = page.locator('.tabs-container .tab', { hasText: 'Preview' });
      await tab.locator('.tab-actions .action-label').click();
      await tab.waitFor({ state: 'detached', ...WAIT });
    }
    addFigures({ markdownPreviewMs: median(times), markdownPreviewRunsMs: times });
    console.log(`      Markdown preview shown: median ${median(times)} ms (${times.join(', ')})`);
  });

  it('cancels the analysis of a large article from its progress notification, and says so in the panel', async () => {
    await openFile(page, BIG_ARTICLE);
    await runCommand(page, SUMMARIZE);
    const toast = page.locator('.notification-toast', { hasText: `Newsline: analysing ${BIG_ARTICLE}` });
    await toast.waitFor(WAIT);
    await toast.getByRole('button', { name: 'Cancel' }).click();
    await toast.waitFor({ state: 'detached', ...WAIT });
    await panel.locator('#app', { hasText: 'was cancelled' }).waitFor(WAIT);
    assert.strictEqual(await panel.locator('.summary li').count(), 0, 'no summary from the cancelled analysis');
    await closePanel(BIG_ARTICLE);
  });

  it('keeps one progress notification for a large article while it is edited, then shows the last analysis', async () => {
    await openFile(page, BIG_ARTICLE);
    await runCommand(page, SUMMARIZE);
    const toast = page.locator('.notification-toast', { hasText: `Newsline: analysing ${BIG_ARTICLE}` });
    // Typing a key every 400 ms replaces the running analysis each time (300 ms debounce; each replacement restarts
    // the worker, so none finishes while the typing goes on), as a person editing a large article does. Once the
    // notification shows it must stay the same one, not close and open again at every replacement.
    await focusEditor(page, BIG_ARTICLE);
    await page.keyboard.press('Control+End');
    let marked = false;
    for (let key = 0; key < 10; key++) {
      await page.keyboard.type('x');
      await page.waitForTimeout(400);
      if (!marked && (await toast.count()) === 1) {
        await toast.evaluate((el) => el.setAttribute('data-newsline-test', 'first'));
        marked = true;
      } else if (marked) {
        assert.strictEqual(await toast.count(), 1, `one notification for the document (key ${key})`);
        assert.strictEqual(await toast.getAttribute('data-newsline-test'), 'first', `the same notification, not a new one (key ${key})`);
      }
    }
    assert.ok(marked, 'a notification showed while the article was edited');
    // When the typing stops, the last analysis finishes: the notification goes and the panel shows its summary.
    await toast.waitFor({ state: 'detached', timeout: 60_000 });
    await panel.locator('.summary li').first().waitFor(WAIT);
    await closePanel(BIG_ARTICLE);
  });

  /** VS Code's activation time for Newsline in this window, from Developer: Show Running Extensions (then closed). */
  async function activationInThisWindow(): Promise<{ ms: number; label: string }> {
    await runCommand(page, 'Developer: Show Running Extensions');
    const row = page.locator('.monaco-list-row', { has: page.locator('.name', { hasText: /^Newsline$/ }) });
    await revealRow(row);
    const time = row.locator('.activation-time');
    await time.filter({ hasText: /Activation: \d+ms/ }).waitFor(WAIT);
    const label = (await time.textContent()) ?? '';
    const ms = Number(/(\d+)ms/.exec(label)?.[1]);
    assert.ok(Number.isFinite(ms), label);
    const tab = page.locator('.tabs-container .tab', { hasText: 'Running Extensions' });
    await tab.locator('.tab-actions .action-label').click();
    await tab.waitFor({ state: 'detached', ...WAIT });
    return { ms, label };
  }

  /**
   * The Running Extensions list renders only the rows in view, slowest activation first: when Newsline activates
   * faster than a dozen built-in extensions, its row is below the fold and not in the page at all (a clean-clone CI
   * run failed so). Scroll the list from the bottom up until the row is there.
   */
  async function revealRow(row: Locator): Promise<void> {
    const list = page.locator('.monaco-list', { has: page.locator('.activation-time') }).first();
    await list.waitFor(WAIT);
    for (let step = 0; step < 40 && (await row.count()) === 0; step++) {
      await list.focus();
      await page.keyboard.press(step === 0 ? 'End' : 'PageUp');
      await page.waitForTimeout(100);
    }
  }

  // One activation per window varied from 6 to 35 ms between runs on this 2-core machine, around the 20 ms goal, so
  // the window is reloaded (a new extension host, which activates Newsline again on the command) for more samples.
  it("reads VS Code's own activation time for Newsline from Show Running Extensions, in the first window and after reloads", async () => {
    const samples = [await activationInThisWindow()];
    // Each reload restores the editors: the large article edited above is reverted and closed first, so the window
    // comes back with the 5,000-word article alone, active, and the command (not a restored panel) activates Newsline.
    await focusEditor(page, BIG_ARTICLE);
    await runCommand(page, 'File: Revert File');
    await runCommand(page, 'View: Close All Editors');
    await page.locator('.tabs-container .tab').first().waitFor({ state: 'detached', ...WAIT });
    await openFile(page, ARTICLE);
    const articleTab = page.locator(`.tabs-container .tab.active[data-resource-name="${ARTICLE}"]`);
    for (let i = 0; i < ACTIVATION_RELOADS; i++) {
      const reloaded = page.waitForEvent('load', WAIT);
      await runCommand(page, 'Developer: Reload Window');
      await reloaded;
      await page.locator('.monaco-workbench').waitFor(WAIT);
      await articleTab.waitFor(WAIT);
      await runCommand(page, SUMMARIZE);
      await panel.locator('.summary li').first().waitFor(WAIT);
      samples.push(await activationInThisWindow());
      await closePanel();
    }
    const samplesMs = samples.map((s) => s.ms);
    const figures = { activationMs: median(samplesMs), firstWindowMs: samplesMs[0], samplesMs, labels: samples.map((s) => s.label) };
    fs.writeFileSync(path.join(RESULTS, 'activation.json'), JSON.stringify(figures, null, 2) + '\n');
    console.log(`      activation: median ${figures.activationMs} ms over the first window and ${ACTIVATION_RELOADS} reloads (${samplesMs.join(', ')} ms)`);
  });
});
