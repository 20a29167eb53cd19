// What a person does in the workbench, shared by the end-to-end suites: open a file with Quick Open, run a command
// from the palette.
import type { Page } from 'playwright-core';

export const WAIT = { timeout: 30_000 };

export async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor(WAIT);
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor(WAIT);
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab.active[aria-label*="${name}"]`).waitFor(WAIT);
}

/**
 * Types a command's title into the palette and waits until it is listed. The palette lists the commands known when
 * it opened, and an installed extension's contributions can arrive after the workbench shows (slowly on a loaded
 * machine), so a palette without the command is closed and opened again until the bound. So is a palette that closed
 * itself before it could be typed in (seen once on a loaded machine: F1's input showed, then hid, and the fill waited
 * 30 s for it).
 */
export async function findCommand(page: Page, title: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const input = page.locator('.quick-input-widget input');
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  for (;;) {
    await page.keyboard.press('F1');
    await input.waitFor(WAIT);
    try {
      await input.fill(`>${title}`, { timeout: 5_000 });
      await row.waitFor({ timeout: 5_000 });
      return;
    } catch (e) {
      if (Date.now() > deadline) throw new Error(`The command palette never listed "${title}" (${timeoutMs / 1000} s): ${String(e)}`);
      await page.keyboard.press('Escape');
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden', ...WAIT });
    }
  }
}

export async function runCommand(page: Page, title: string, timeoutMs = 60_000): Promise<void> {
  await findCommand(page, title, timeoutMs);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', ...WAIT });
}
