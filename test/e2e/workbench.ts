// What a person does in the workbench, shared by the end-to-end suites: open a file with Quick Open, run a command
// from the palette.
import type { Page } from 'playwright-core';

export const WAIT = { timeout: 30_000 };

/**
 * Opens a file with Quick Open. Like the palette (see findCommand), Quick Open sometimes closes itself while it is
 * typed in on a loaded machine (seen after a large article's analysis was cancelled), so it is opened again until
 * the bound.
 */
export async function openFile(page: Page, name: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const input = page.locator('.quick-input-widget input');
  // Enter opens the first row, so wait until that is the file: the rows of the list before the filter (recently
  // opened files) may already name it further down, and Enter then opened another file.
  const first = page.locator('.quick-input-list .monaco-list-row').first().filter({ hasText: name });
  for (;;) {
    await page.keyboard.press('Control+P');
    await input.waitFor(WAIT);
    try {
      await input.fill(name, { timeout: 5_000 });
      await first.waitFor({ timeout: 5_000 });
      break;
    } catch (e) {
      if (Date.now() > deadline) throw new Error(`Quick Open never listed "${name}" first (${timeoutMs / 1000} s): ${String(e)}`);
      await page.keyboard.press('Escape');
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden', ...WAIT });
    }
  }
  await page.keyboard.press('Enter');
  // By its resource: Newsline's panel tab ("Newsline: name") is active in its own group too.
  await page.locator(`.tabs-container .tab.active[data-resource-name="${name}"]`).waitFor(WAIT);
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
      await focusRow(page, title);
      return;
    } catch (e) {
      if (Date.now() > deadline) throw new Error(`The command palette never listed "${title}" (${timeoutMs / 1000} s): ${String(e)}`);
      await page.keyboard.press('Escape');
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden', ...WAIT });
    }
  }
}

/**
 * Enter runs the focused row of the palette, which is not always the command asked for: the palette may rank another
 * first ("Markdown: Open Preview" above "Markdown: Open Preview to the Side", or a recently used one), and Enter ran
 * that. Moves the focus down to the row labelled `title`.
 */
async function focusRow(page: Page, title: string): Promise<void> {
  const focused = page.locator('.quick-input-list .monaco-list-row.focused .label-name').first();
  for (let step = 0; step < 10; step++) {
    const label = await focused.textContent({ timeout: 5_000 }).catch(() => null);
    if (label?.trim() === title) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`The palette's focus never reached "${title}"`);
}

export async function runCommand(page: Page, title: string, timeoutMs = 60_000): Promise<void> {
  await findCommand(page, title, timeoutMs);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', ...WAIT });
}
