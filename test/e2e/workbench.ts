// What a person does in the workbench, shared by the end-to-end suites: open a file with Quick Open, run a command
// from the palette. A helper that gives up says what it saw (the quick input, the focused element, hovers,
// notifications) and keeps a screenshot and the code-server log under test-results/.
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { RESULTS, saveLog, type CodeServer } from '../vscode/codeServer';

export const WAIT = { timeout: 30_000 };

/** The server whose log a helper that gives up keeps, and a name for its files; set by each suite's `before`. */
let watched: { server: CodeServer; name: string } | undefined;
let stuckCount = 0;

export function watchWorkbench(server: CodeServer, name: string): void {
  watched = { server, name };
}

/** What the workbench shows that bears on keyboard input, as one line per fact. */
export async function describeWorkbench(page: Page): Promise<string> {
  const facts = await page
    .evaluate(() => {
      const visible = (el: Element) => {
        const box = (el as HTMLElement).getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden' && getComputedStyle(el).display !== 'none';
      };
      const short = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().slice(0, 160);
      const describe = (el: Element | null) =>
        el ? `<${el.tagName.toLowerCase()} class="${short(el.getAttribute('class'))}" aria-label="${short(el.getAttribute('aria-label'))}">` : 'none';
      const quick = document.querySelector('.quick-input-widget');
      const input = document.querySelector<HTMLInputElement>('.quick-input-widget input');
      return [
        `document has focus: ${document.hasFocus()}`,
        `focused element: ${describe(document.activeElement)}`,
        `quick input: ${quick ? (visible(quick) ? `visible, value ${JSON.stringify(input?.value ?? '')}` : 'hidden') : 'absent'}`,
        `hovers: ${Array.from(document.querySelectorAll('.monaco-hover, .workbench-hover')).filter(visible).map((h) => JSON.stringify(short(h.textContent))).join(', ') || 'none'}`,
        `context views: ${Array.from(document.querySelectorAll('.context-view, .monaco-menu-container, .monaco-dialog-box')).filter(visible).map((h) => JSON.stringify(short(h.textContent))).join(', ') || 'none'}`,
        `notifications: ${Array.from(document.querySelectorAll('.notification-toast')).map((n) => JSON.stringify(short(n.textContent))).join(', ') || 'none'}`,
        `active tab: ${short(document.querySelector('.tabs-container .tab.active')?.getAttribute('aria-label'))}`,
      ];
    })
    .catch((e: unknown) => [`the page could not be read: ${String(e)}`]);
  return facts.join('\n  ');
}

/** Throws what `what` was waiting for and what the workbench showed instead, keeping a screenshot and the log. */
async function giveUp(page: Page, what: string, cause: unknown): Promise<never> {
  const seen = await describeWorkbench(page);
  const name = `${watched?.name ?? 'e2e'}-stuck-${++stuckCount}`;
  fs.mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: path.join(RESULTS, `${name}.png`) }).catch(() => undefined);
  if (watched) saveLog(watched.server, name);
  const reason = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
  throw new Error(`${what}\n  ${seen}\n  (${reason}; screenshot and log: test-results/${name}.*)`);
}

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
    await input.waitFor(WAIT).catch((e: unknown) => giveUp(page, `Control+P did not open Quick Open (to open ${name})`, e));
    try {
      await input.fill(name, { timeout: 5_000 });
      await first.waitFor({ timeout: 5_000 });
    } catch (e) {
      if (Date.now() > deadline) await giveUp(page, `Quick Open never listed "${name}" first (${timeoutMs / 1000} s)`, e);
      await closeQuickInput(page);
      continue;
    }
    await page.keyboard.press('Enter');
    await page
      .locator('.quick-input-widget')
      .waitFor({ state: 'hidden', ...WAIT })
      .catch((e: unknown) => giveUp(page, `Quick Open stayed open after Enter on ${name}`, e));
    // Done when a person could type again: the file's tab is active (by its resource: Newsline's panel tab
    // "Newsline: name" is active in its own group too) and its editor (or, for a binary file, its placeholder) holds
    // the keyboard focus. The tab turns active while the editor is still being shown, and a key pressed then (the
    // next helper's F1) reached no handler in the failing runs of the timing suite. A webview that takes its focus
    // back late (after a save dialog) can close Quick Open before the Enter lands: then nothing opened, and Quick
    // Open is tried again until the bound.
    const opened = await page
      .locator(`.tabs-container .tab.active[data-resource-name="${name}"]`)
      .first() // Quick Open opens the file in the active group, which may be the panel's: both groups then show it.
      .waitFor({ timeout: 5_000 })
      .then(() => editorFocus(page, name, 5_000))
      .then(() => true, (e: unknown) => e);
    if (opened === true) break;
    if (Date.now() > deadline) await giveUp(page, `Enter in Quick Open did not open ${name} with the keyboard focus in its editor (${timeoutMs / 1000} s)`, opened);
  }
  if (process.env.NEWSLINE_E2E_DEBUG) console.log(`      after opening "${name}":\n  ${await describeWorkbench(page)}`);
}

/**
 * Clicks the tab of `name` and waits until its editor holds the keyboard focus. The workbench focuses the editor a
 * moment after the click; a palette opened in between (F1 straight after the click) takes the focus first, then
 * loses it to the editor and closes itself within some 25 ms: the timing suite's "F1 did not open the command
 * palette" was that, after every warm run's click on the article's tab.
 */
export async function focusEditor(page: Page, name: string): Promise<void> {
  await page.locator(`.editor-group-container .tab[data-resource-name="${name}"]`).first().click();
  await editorFocus(page, name);
}

/**
 * Waits until the active group's editor (not its tabs) holds the focus, as it does once a person can type in it.
 * Within `bound` ms it only rejects (the caller tries again); without one it gives up with the workbench's account.
 */
async function editorFocus(page: Page, name: string, bound?: number): Promise<void> {
  const focused = page.locator('.editor-group-container.active .editor-container :focus');
  if (bound !== undefined) return void (await focused.waitFor({ timeout: bound }));
  await focused.waitFor(WAIT).catch((e: unknown) => giveUp(page, `The editor of ${name} never took the keyboard focus`, e));
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
    if (process.env.NEWSLINE_E2E_DEBUG) console.log(`      before F1 for "${title}":\n  ${await describeWorkbench(page)}`);
    await page.keyboard.press('F1');
    // A palette that a late focus closed within milliseconds is never seen open: press F1 again until the bound.
    const opened = await input.waitFor({ timeout: 5_000 }).then(() => true, (e: unknown) => e);
    if (opened !== true) {
      if (Date.now() > deadline) await giveUp(page, `F1 did not open the command palette (to run "${title}")`, opened);
      continue;
    }
    try {
      await input.fill(`>${title}`, { timeout: 5_000 });
      await row.waitFor({ timeout: 5_000 });
      await focusRow(page, title);
      return;
    } catch (e) {
      if (Date.now() > deadline) await giveUp(page, `The command palette never listed "${title}" (${timeoutMs / 1000} s)`, e);
      await closeQuickInput(page);
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
  await giveUp(page, `The palette's focus never reached "${title}"`, 'ten ArrowDown presses');
}

async function closeQuickInput(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page
    .locator('.quick-input-widget')
    .waitFor({ state: 'hidden', ...WAIT })
    .catch((e: unknown) => giveUp(page, 'Escape did not close the quick input', e));
}

/**
 * Runs `title` from the palette and waits for the palette to go. A command may open a quick input of its own at once
 * (Export's save dialog is one in code-server), so the widget need not hide: the palette is gone when the widget is
 * hidden or its input no longer holds the palette's ">" query.
 */
export async function runCommand(page: Page, title: string, timeoutMs = 60_000): Promise<void> {
  await findCommand(page, title, timeoutMs);
  await page.keyboard.press('Enter');
  await page
    .waitForFunction(() => {
      const widget = document.querySelector<HTMLElement>('.quick-input-widget');
      if (!widget || getComputedStyle(widget).display === 'none' || widget.offsetParent === null) return true;
      const input = widget.querySelector<HTMLInputElement>('input');
      return !input || !input.value.startsWith('>');
    }, undefined, WAIT)
    .catch((e: unknown) => giveUp(page, `Enter on "${title}" did not close the palette`, e));
}
