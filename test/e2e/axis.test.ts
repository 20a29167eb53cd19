// End-to-end: the panel's time axis in a real VS Code (code-server) driven in Chromium, with the packaged .vsix.
// One mark per dated entry, a click on a mark selects its words in the editor as a click on the list does, the
// keyboard reaches the axis and moves along it, labels stay apart when the panel is narrow, and a screenshot of
// the axis goes to media/readme/axis.png for the README.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { BrowserContext, FrameLocator, Locator, Page } from 'playwright-core';
import { analyze } from '../../src/core/analyze';
import { focusEditor, openFile as openFileIn, runCommand as runCommandIn, WAIT, watchWorkbench } from './workbench';
import { launchBrowser, makeWorkspace, RESULTS, ROOT, saveLog, startCodeServer, workbenchUrl, type CodeServer } from '../vscode/codeServer';

const VSIX = path.join(ROOT, 'newsline.vsix');
const ARTICLE = 'ferry-service.md';
const README_SHOT = path.join(ROOT, 'media', 'readme', 'axis.png');

describe('The time axis in the browser (packaged .vsix)', function () {
  this.timeout(120_000);
  let server: CodeServer;
  let context: BrowserContext;
  let page: Page;
  let workspace: string;
  let panel: FrameLocator;
  let failed = false;

  before(async function () {
    this.timeout(180_000);
    assert.ok(fs.existsSync(VSIX), `${VSIX} is missing: run npm run package first`);
    fs.mkdirSync(RESULTS, { recursive: true });
    workspace = makeWorkspace();
    server = await startCodeServer({ name: 'e2e-axis', install: [VSIX] });
    watchWorkbench(server, 'e2e-axis');
    ({ context, page } = await launchBrowser());
    await page.goto(workbenchUrl(server, workspace));
    await page.locator('.monaco-workbench').waitFor(WAIT);
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: ARTICLE }).waitFor(WAIT);
    panel = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  });

  afterEach(async function () {
    if (this.currentTest?.state !== 'failed' || !page) return;
    failed = true;
    const name = (this.currentTest.title || 'test').replace(/[^a-z0-9]+/gi, '-').toLowerCase();
    await page.screenshot({ path: path.join(RESULTS, `e2e-axis-failure-${name}.png`) }).catch(() => undefined);
    saveLog(server, `e2e-axis-${name}`);
  });

  after(async () => {
    await context?.close().catch(() => undefined);
    await server?.stop();
    if (server && !failed) server.removeState();
    if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
  });

  const selectionStatus = (): Locator => page.locator('[id="status.editor.selection"]');
  const articleText = () => fs.readFileSync(path.join(workspace, ARTICLE), 'utf8');

  function cursorStatus(start: number, end: number): string {
    const text = articleText();
    const line = text.slice(0, end).split('\n').length;
    const column = end - (text.lastIndexOf('\n', end - 1) + 1) + 1;
    return `Ln ${line}, Col ${column} (${end - start} selected)`;
  }

  async function expectSelected(start: number, end: number): Promise<void> {
    await focusEditor(page, ARTICLE);
    await selectionStatus().filter({ hasText: cursorStatus(start, end) }).waitFor(WAIT);
  }

  async function offsets(mark: Locator): Promise<[number, number]> {
    return [Number(await mark.getAttribute('data-start')), Number(await mark.getAttribute('data-end'))];
  }

  it('draws one mark per dated entry, in the theme, with a name each', async () => {
    await openFileIn(page, ARTICLE);
    await runCommandIn(page, 'Newsline: Summarize Article and Build Timeline');
    await panel.locator('.axis .axis-mark').first().waitFor(WAIT);
    const analysis = analyze(articleText(), { languageId: 'markdown', fileName: ARTICLE });
    const marks = panel.locator('.axis .axis-mark');
    assert.strictEqual(await marks.count(), analysis.timeline.length);
    assert.strictEqual(await panel.locator('.timeline .events button.item').count(), analysis.timeline.length, 'the list is still there');
    // Each mark is a button named by its date and event, and points at the same words as its list entry.
    const names = await marks.evaluateAll((els) => els.map((e) => [e.getAttribute('role'), e.getAttribute('aria-label'), e.getAttribute('data-start')]));
    analysis.timeline.forEach((entry, i) => {
      assert.strictEqual(names[i][0], 'button');
      assert.ok(names[i][1]?.startsWith(entry.date.label) && names[i][1]?.endsWith(entry.event), names[i][1] ?? '');
      assert.strictEqual(names[i][2], String(entry.mention.start));
    });
    // Kinds are drawn as such: "1998" is a period, "Thursday" an exact day whose year is inferred.
    assert.match((await marks.nth(0).getAttribute('class')) ?? '', /\bapproximate\b/);
    const thursday = panel.locator('.axis-mark[aria-label^="Thu 14 Mar 2024"]');
    assert.match((await thursday.getAttribute('class')) ?? '', /\bexact\b.*\bimplied\b/);
    // The 13 empty years between 1998 and 2012 are a labelled break; the reference date is marked.
    assert.ok((await panel.locator('.axis-gap-label').allTextContents()).includes('13 years'));
    assert.strictEqual(await panel.locator('.axis-reference title').textContent(), 'Reference date: Fri 15 Mar 2024');
    // Theme colours reached the SVG through the stylesheet (an unstyled mark would be black).
    const [fill, link] = await thursday.locator('.shape').evaluate((e) => [getComputedStyle(e).stroke, getComputedStyle(document.body).getPropertyValue('--vscode-textLink-foreground')]);
    assert.ok(link.trim().length > 0 && fill !== 'none' && fill !== 'rgb(0, 0, 0)', `${fill} / ${link}`);
  });

  it('selects the mention in the editor when a mark is clicked', async () => {
    const thursday = panel.locator('.axis-mark[aria-label^="Thu 14 Mar 2024"]');
    const [start, end] = await offsets(thursday);
    assert.strictEqual(articleText().slice(start, end), 'Thursday');
    await thursday.click();
    await expectSelected(start, end);
  });

  it('is one tab stop after the timeline buttons; arrows move along it and Enter selects', async () => {
    await panel.locator('[data-key="copy-timeline"]').focus();
    await page.keyboard.press('Tab');
    // The mark last clicked keeps the tab stop (Thursday), so the reader comes back where they were.
    assert.match((await panel.locator(':focus').getAttribute('aria-label')) ?? '', /^Thu 14 Mar 2024/);
    await page.keyboard.press('Home');
    assert.strictEqual(await panel.locator(':focus').getAttribute('data-key'), 'axis-0');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const focused = panel.locator(':focus');
    assert.strictEqual(await focused.getAttribute('data-key'), 'axis-2');
    const [start, end] = await offsets(focused);
    await page.keyboard.press('Enter');
    await expectSelected(start, end);
    // Tab leaves the axis for the list in one step.
    await panel.locator('[data-key="axis-2"]').focus();
    await page.keyboard.press('Tab');
    assert.strictEqual(await panel.locator(':focus').getAttribute('data-key'), 'event-0');
  });

  it('keeps its labels apart at a narrow panel width, and is saved for the README', async () => {
    await page.setViewportSize({ width: 980, height: 860 });
    const measure = () =>
      panel.locator('.axis').evaluate((axis) => {
        const boxes = Array.from(axis.querySelectorAll('.axis-label, .axis-gap-label')).map((t) => (t as SVGGraphicsElement).getBoundingClientRect());
        const svgWidth = axis.querySelector('svg')!.getBoundingClientRect().width;
        const labels = Array.from(axis.querySelectorAll('.axis-label')).map((t) => (t as SVGGraphicsElement).getBoundingClientRect()).sort((a, b) => a.left - b.left);
        const overlaps = labels.slice(1).filter((b, i) => b.left < labels[i].right).length;
        const outside = boxes.filter((b) => b.left < axis.getBoundingClientRect().left - 1 || b.right > axis.getBoundingClientRect().right + 1).length;
        return { width: axis.clientWidth, svgWidth, overlaps, outside, labels: labels.length };
      });
    // The axis redraws itself to the new width (a ResizeObserver), so wait for the picture to match its box.
    let m = await measure();
    for (const until = Date.now() + 10_000; Math.abs(m.svgWidth - m.width) > 1 && Date.now() < until; m = await measure()) await page.waitForTimeout(100);
    fs.writeFileSync(path.join(RESULTS, 'axis-narrow.json'), JSON.stringify(m, null, 2));
    assert.ok(m.width >= 220 && m.width <= 360, `the panel is narrow: ${m.width} px`);
    assert.ok(Math.abs(m.svgWidth - m.width) <= 1, `the picture fits its box: ${m.svgWidth} / ${m.width}`);
    assert.deepStrictEqual([m.overlaps, m.outside], [0, 0], `labels apart and inside (${m.labels} labels)`);
    assert.ok(m.labels >= 3, `${m.labels} labels`);
    await page.setViewportSize({ width: 1400, height: 860 });
    await panel.locator('.timeline-section').evaluate((e) => {
      (document.activeElement as HTMLElement | null)?.blur();
      e.scrollIntoView({ block: 'start' });
    });
    await page.waitForTimeout(300);
    fs.mkdirSync(path.dirname(README_SHOT), { recursive: true });
    await panel.locator('.timeline-section').screenshot({ path: path.join(RESULTS, 'axis-section.png') });
    const frame = await page.locator('iframe.webview.ready').boundingBox();
    assert.ok(frame, 'the panel has a box');
    await page.screenshot({ path: README_SHOT, clip: { x: frame.x, y: frame.y, width: frame.width, height: Math.min(frame.height, 420) } });
  });
});
