// What both integration suites do in the real VS Code: wait for a state, find a fixture file, open it in the first
// editor group, find the Newsline panel's tab.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { TEST_HOOKS_COMMAND, type NewslineTestHooks } from '../../../src/testHooks';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until it gives a value, or fails after `timeoutMs` naming `what` it waited for. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(25);
  }
}

/** The panel's test hooks: a command the extension registers only under the test runner (NEWSLINE_TEST_HOOKS=1). */
export async function testHooks(): Promise<NewslineTestHooks> {
  const hooks = await vscode.commands.executeCommand<NewslineTestHooks | undefined>(TEST_HOOKS_COMMAND);
  assert.ok(hooks && typeof hooks.panelModel === 'function', `${TEST_HOOKS_COMMAND} gave the hooks (is NEWSLINE_TEST_HOOKS=1 set by the runner?)`);
  return hooks;
}

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run with the fixture workspace open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function show(document: vscode.TextDocument): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preview: false });
}

export async function open(name: string): Promise<vscode.TextEditor> {
  return show(await vscode.workspace.openTextDocument(workspaceFile(name)));
}

export function newslineTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('newsline.panel'));
}
