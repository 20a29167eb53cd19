// End-to-end: the exports in their real consumers, in Chromium. The seed article's TimelineJS JSON, written by the
// CLI (the same src/core/export code the Export Timeline... command runs), is loaded by TimelineJS itself
// (@knight-lab/timelinejs from npm, served from node_modules by a local http server: it is a dev dependency only,
// never in the .vsix); the slides must show the seed's dates without a console error, and a screenshot goes to
// media/readme/timelinejs-seed.png for the README. The HTML report must render with no console error, print, and
// keep hostile article text as text. The command itself is run in the extension host by
// test/integration/suite/timeline-export.test.ts.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import type { BrowserContext, Page } from 'playwright-core';
import { TIMELINEJS_COLUMNS } from '../../src/core/export';
import { launchBrowser, makeWorkspace, RESULTS, ROOT, saveLog, startCodeServer, workbenchUrl, type CodeServer } from '../vscode/codeServer';
import { openFile, runCommand, WAIT, watchWorkbench } from './workbench';

const CLI = path.join(ROOT, 'out', 'src', 'cli.js');
const SEED = path.resolve(ROOT, '..', 'shared', 'seed', 'belgorod-article.txt');
const HOSTILE = path.join(ROOT, 'test', 'fixtures', 'hostile', 'council-website.txt');
const TIMELINEJS_DIST = path.join(ROOT, 'node_modules', '@knight-lab', 'timelinejs', 'dist');
const SCREENSHOT = path.join(ROOT, 'media', 'readme', 'timelinejs-seed.png');

function cli(args: string[]): string {
  const r = spawnSync(process.execPath, [CLI, 'analyze', ...args], { encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
  return r.stdout;
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.html': 'text/html; charset=utf-8', '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.svg': 'image/svg+xml', '.png': 'image/png' };

/** A page that loads TimelineJS from /tl/ and the exported JSON by URL, as a newsroom's page embeds it. */
function timelinePage(jsonUrl: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>TimelineJS</title>
<link rel="stylesheet" href="/tl/css/timeline.css"><script src="/tl/js/timeline.js"></script>
<style>html, body { height: 100%; margin: 0; } #timeline-embed { width: 100%; height: 100%; }</style></head>
<body><div id="timeline-embed"></div>
<script>
window.timelineLoaded = false;
// TimelineJS wants absolute URLs; its default font comes from Google Fonts, which this offline machine cannot reach
// (font: null keeps the page's own fonts, so a missing font is no console error).
window.timeline = new TL.Timeline('timeline-embed', location.origin + ${JSON.stringify(jsonUrl)}, { script_path: location.origin + '/tl/js/', font: null });
window.timeline.on('loaded', function () { window.timelineLoaded = true; });
</script></body></html>`;
}

const VSIX = path.join(ROOT, 'newsline.vsix');

describe('Exports in their consumers (Chromium)', function () {
  this.timeout(120_000);
  let server: http.Server;
  let base: string;
  let context: BrowserContext;
  const files = new Map<string, { body: string; type: string }>();

  before(async function () {
    // The seed lives in ../shared beside the repository, as CI has it; without it this suite skips, as the unit tests do.
    if (!fs.existsSync(SEED)) this.skip();
    this.timeout(180_000);
    assert.ok(fs.existsSync(CLI), `${CLI} is missing: run npm run build first`);
    assert.ok(fs.existsSync(path.join(TIMELINEJS_DIST, 'js', 'timeline.js')), 'the @knight-lab/timelinejs dev dependency is installed');
    files.set('/seed.json', { body: cli([SEED, '--date', '2022-04-01', '--format', 'timelinejs']), type: TYPES['.json'] });
    files.set('/hostile.json', { body: cli([HOSTILE, '--format', 'timelinejs']), type: TYPES['.json'] });
    files.set('/seed.html', { body: cli([SEED, '--date', '2022-04-01', '--format', 'html']), type: TYPES['.html'] });
    files.set('/hostile.html', { body: cli([HOSTILE, '--format', 'html']), type: TYPES['.html'] });
    files.set('/timeline-seed.html', { body: timelinePage('/seed.json'), type: TYPES['.html'] });
    files.set('/timeline-hostile.html', { body: timelinePage('/hostile.json'), type: TYPES['.html'] });
    server = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const made = files.get(url.pathname);
      if (made) return void res.writeHead(200, { 'content-type': made.type }).end(made.body);
      if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
      if (url.pathname.startsWith('/tl/')) {
        const file = path.resolve(TIMELINEJS_DIST, '.' + decodeURIComponent(url.pathname.slice(3)));
        if (file.startsWith(TIMELINEJS_DIST + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) {
          return void res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(fs.readFileSync(file));
        }
      }
      res.writeHead(404).end('not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    ({ context } = await launchBrowser());
  });

  after(async () => {
    await context?.close().catch(() => undefined);
    await new Promise((resolve) => server?.close(resolve));
  });

  /** Opens `url` in a new page, collecting console errors, page errors and failed requests. */
  async function openPage(url: string): Promise<{ page: Page; errors: string[] }> {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
    page.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()}: ${r.url()}`));
    await page.goto(`${base}${url}`);
    return { page, errors };
  }

  it('TimelineJS loads the seed’s exported JSON: a title slide and one slide per event, with the seed’s dates', async () => {
    const { page, errors } = await openPage('/timeline-seed.html');
    await page.waitForFunction(() => (window as unknown as { timelineLoaded: boolean }).timelineLoaded, undefined, { timeout: 30_000 });
    const exported = JSON.parse(files.get('/seed.json')!.body) as { events: unknown[] };
    const slides = await page.locator('.tl-slide').count();
    assert.strictEqual(slides, exported.events.length + 1, 'the title slide and one per event');
    assert.strictEqual(await page.locator('.tl-timemarker').count(), exported.events.length, 'one mark per event on the time navigation');
    const title = (await page.locator('.tl-slide-titleslide .tl-headline').first().textContent()) ?? '';
    assert.match(title, /^Kremlin Accuses Ukraine of Attacking Russian Oil Depot/);
    const dates = await page.locator('.tl-slide .tl-headline-date').allTextContents();
    for (const d of ['1986', 'February 24, 2022', 'March 31, 2022', 'April 1, 2022']) assert.ok(dates.some((x) => x.trim() === d), `${d} in ${JSON.stringify(dates)}`);
    const headlines = await page.locator('.tl-slide .tl-headline').allTextContents();
    assert.ok(headlines.some((h) => h.includes('radiation leak occurred in 1986')), headlines.join(' | '));
    // The picture shows a day of the seed's busiest date, with its neighbours on the time navigation.
    await page.evaluate(() => (window as unknown as { timeline: { goTo(n: number): void } }).timeline.goTo(4));
    await page.locator('.tl-slide-content-container').filter({ hasText: 'April 1, 2022' }).first().waitFor({ timeout: 10_000 });
    await page.waitForTimeout(1500); // the slide animation settles before the picture is taken
    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    assert.ok(fs.statSync(SCREENSHOT).size > 10_000);
    assert.deepStrictEqual(errors, []);
    await page.close();
  });

  it('TimelineJS shows hostile article text as text', async () => {
    const { page, errors } = await openPage('/timeline-hostile.html');
    await page.waitForFunction(() => (window as unknown as { timelineLoaded: boolean }).timelineLoaded, undefined, { timeout: 30_000 });
    assert.strictEqual(await page.evaluate(() => (window as unknown as Record<string, unknown>).__newslinePwned), undefined);
    assert.strictEqual(await page.locator('.tl-slide-content img, .tl-slide-content svg, .tl-slide-content script, .tl-slide-content textarea').count(), 0);
    const text = (await page.locator('.tl-slide-content').allTextContents()).join(' ');
    assert.ok(text.includes('<script>__newslinePwned=1</script>'), text.slice(0, 500));
    assert.deepStrictEqual(errors, []);
    await page.close();
  });

  it('the HTML report renders with no console error and prints', async () => {
    const { page, errors } = await openPage('/seed.html');
    assert.match((await page.locator('h1').textContent()) ?? '', /^Kremlin Accuses Ukraine/);
    assert.strictEqual(await page.locator('ol.timeline > li').count(), 6);
    assert.strictEqual(await page.locator('script').count(), 0);
    await page.emulateMedia({ media: 'print' });
    assert.strictEqual(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(255, 255, 255)');
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 5_000, 'Chromium prints it');
    fs.mkdirSync(RESULTS, { recursive: true });
    await page.emulateMedia({ media: 'screen' });
    await page.screenshot({ path: path.join(RESULTS, 'export-report-seed.png'), fullPage: true });
    assert.deepStrictEqual(errors, []);
    await page.close();
  });

  it('the HTML report keeps hostile article text as text', async () => {
    const { page, errors } = await openPage('/hostile.html');
    assert.strictEqual(await page.evaluate(() => (window as unknown as Record<string, unknown>).__newslinePwned), undefined);
    assert.strictEqual(await page.locator('script, img, svg, textarea, iframe').count(), 0);
    const shown = (await page.locator('main').textContent()) ?? '';
    assert.ok(shown.includes('<script>__newslinePwned=1</script>'));
    assert.ok(shown.includes('<img src=x onerror="__newslinePwned=1">'));
    assert.deepStrictEqual(errors, []);
    await page.close();
  });
});

describe('Export Timeline... from the panel’s button and the palette (packaged .vsix in code-server)', function () {
  this.timeout(120_000);
  let server: CodeServer;
  let context: BrowserContext;
  let page: Page;
  let workspace: string;
  let failed = false;

  before(async function () {
    // The seed lives in ../shared beside the repository, as CI has it; without it this suite skips, as the unit tests do.
    if (!fs.existsSync(SEED)) this.skip();
    this.timeout(180_000);
    assert.ok(fs.existsSync(VSIX), `${VSIX} is missing: run npm run package first`);
    workspace = makeWorkspace();
    fs.copyFileSync(SEED, path.join(workspace, 'belgorod-article.txt'));
    // The seed carries no date of its own: it was published on 1 April 2022.
    fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
    fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'newsline.referenceDate': '2022-04-01' }));
    server = await startCodeServer({ name: 'export', install: [VSIX] });
    watchWorkbench(server, 'export');
    ({ context, page } = await launchBrowser());
    await page.goto(workbenchUrl(server, workspace));
    await page.locator('.monaco-workbench').waitFor(WAIT);
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'belgorod-article.txt' }).waitFor(WAIT);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      failed = true;
      await page?.screenshot({ path: path.join(RESULTS, 'export-failure.png') }).catch(() => undefined);
      if (server) saveLog(server, 'export');
    }
  });

  after(async () => {
    await context?.close().catch(() => undefined);
    await server?.stop();
    if (server && !failed) server.removeState();
    if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
  });

  /** The save dialog of the web workbench is a quick input holding a path: type the target's and press Enter. */
  async function answerSaveDialog(target: string): Promise<void> {
    const input = page.locator('.quick-input-widget input');
    await input.waitFor(WAIT);
    await page.waitForFunction(() => (document.querySelector('.quick-input-widget input') as HTMLInputElement | null)?.value.startsWith('/'), undefined, WAIT);
    // The dialog fills in its default path as it loads and can overwrite what was typed before it settled (seen: the
    // default belgorod-article.json was saved instead of seed.csv), so type until the path stays as typed.
    for (let settled = 0; settled < 2; ) {
      if ((await input.inputValue()) === target) settled++;
      else {
        settled = 0;
        await input.fill(target);
      }
      await page.waitForTimeout(300);
    }
    // The dialog reads the typed folder as it changes and ignores an Enter pressed while it is still busy with it
    // (seen on a loaded machine: the dialog stayed open and no file was written), so Enter until it closes.
    const widget = page.locator('.quick-input-widget');
    const deadline = Date.now() + 30_000;
    for (;;) {
      await page.keyboard.press('Enter');
      const closed = await widget.waitFor({ state: 'hidden', timeout: 3_000 }).then(() => true, () => false);
      if (closed) return;
      if (Date.now() > deadline) throw new Error(`the save dialog did not take ${target}: its input reads ${JSON.stringify(await input.inputValue())}`);
      if ((await input.inputValue()) !== target) await input.fill(target);
    }
  }

  async function written(file: string): Promise<string> {
    const deadline = Date.now() + 30_000;
    while (!fs.existsSync(file)) {
      if (Date.now() > deadline) throw new Error(`${file} was never written`);
      await page.waitForTimeout(100);
    }
    await page.waitForTimeout(200);
    return fs.readFileSync(file, 'utf8');
  }

  it('the panel’s Export… button saves the seed as a calendar with its dates', async () => {
    await openFile(page, 'belgorod-article.txt');
    await runCommand(page, 'Newsline: Summarize Article and Build Timeline');
    const panel = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    const button = panel.locator('[data-key="export-timeline"]');
    await button.waitFor(WAIT);
    assert.strictEqual((await button.textContent())?.trim(), 'Export…');
    await button.click();
    const target = path.join(workspace, 'seed.ics');
    await answerSaveDialog(target);
    const events = new ICAL.Component(ICAL.parse(await written(target))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    assert.deepStrictEqual(events.map((e) => e.startDate.toString()), ['1986-01-01', '2022-02-24', '2022-03-31', '2022-04-01', '2022-04-01', '2022-04-01']);
  });

  it('the palette’s Newsline: Export Timeline... saves the TimelineJS spreadsheet', async () => {
    await openFile(page, 'belgorod-article.txt');
    await runCommand(page, 'Newsline: Export Timeline...');
    const target = path.join(workspace, 'seed.csv');
    await answerSaveDialog(target);
    const rows = parseCsv(await written(target)) as string[][];
    assert.deepStrictEqual(rows[0], [...TIMELINEJS_COLUMNS]);
    assert.deepStrictEqual(rows.slice(2).map((r) => r.slice(0, 3).join('-')), ['1986--', '2022-2-24', '2022-3-31', '2022-4-1', '2022-4-1', '2022-4-1']);
  });
});
