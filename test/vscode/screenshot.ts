// Takes the README's screenshot: an article open in VS Code with the Newsline panel beside it.
//   node out/test/vscode/screenshot.js <article> [YYYY-MM-DD reference date] [out.png]
import * as path from 'path';
import { launchBrowser, remoteUri, ROOT, startCodeServer, workbenchUrl } from './codeServer';

async function main(): Promise<void> {
  const [article, date, out = path.join(ROOT, 'media', 'screenshot.png')] = process.argv.slice(2);
  if (!article) throw new Error('usage: screenshot.js <article> [YYYY-MM-DD] [out.png]');
  const file = path.resolve(article);
  const server = await startCodeServer({
    name: 'screenshot',
    settings: { ...(date ? { 'newsline.referenceDate': date } : {}), 'workbench.colorTheme': 'Default Light Modern', 'editor.wordWrap': 'on' },
  });
  const { context, page } = await launchBrowser();
  try {
    await page.setViewportSize({ width: 1400, height: 860 });
    await page.goto(workbenchUrl(server, path.dirname(file), [
      ['extensionDevelopmentPath', remoteUri(server, ROOT)],
      ['openFile', remoteUri(server, file)],
      ['skipWelcome', 'true'],
    ]));
    const button = page.locator('.editor-actions [aria-label="Newsline: Summarize Article and Build Timeline"], .editor-actions [aria-label="Summarize Article and Build Timeline"]').first();
    await button.click({ timeout: 60_000 });
    const panel = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
    await panel.locator('.timeline .day').first().waitFor({ timeout: 60_000 });
    await page.locator('.explorer-folders-view').waitFor({ timeout: 30_000 });
    await page.mouse.move(1100, 215);
    // A resize makes headless Chromium repaint the webview's nested frames, some of which can show stale colours.
    await page.setViewportSize({ width: 1400, height: 861 });
    await page.setViewportSize({ width: 1400, height: 860 });
    await panel.locator('.timeline .day').first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: out });
    console.log(`Saved ${out}`);
  } finally {
    await context.close();
    await server.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
