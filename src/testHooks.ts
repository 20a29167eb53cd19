// What the integration tests see of the panel, kept out of the extension's API: a command that is registered only
// when the test runner sets NEWSLINE_TEST_HOOKS=1 (test/integration/runInCodeServer.ts, runInElectron.ts), is not in
// package.json (so never in the palette) and returns these read-only views and hooks.
import * as vscode from 'vscode';
import { liveDisposables } from './host/dispose';
import type { PanelManager } from './panel/panel';
import type { ViewModel } from './protocol';

export const TEST_HOOKS_COMMAND = 'newsline.testHooks';
export const TEST_HOOKS_ENV = 'NEWSLINE_TEST_HOOKS';

export interface NewslineTestHooks {
  /** What the panel shows, or undefined when there is no panel. */
  panelModel(): ViewModel | undefined;
  panelSentences(): number | undefined;
  /** Hands `message` to the panel exactly as if its page had sent it; false when there is no panel. */
  receiveFromPanel(message: unknown): boolean;
  /** Registered disposables not yet released (see host/dispose). */
  liveDisposables(): number;
}

export function testHooksWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[TEST_HOOKS_ENV] === '1';
}

export function registerTestHooks(panels: PanelManager): vscode.Disposable {
  const hooks: NewslineTestHooks = {
    panelModel: () => panels.panel?.currentModel,
    panelSentences: () => panels.panel?.summarySentences,
    receiveFromPanel: (message) => {
      // The panel's message handler is private: only its webview calls it. The tests reach it here, so that their
      // messages go through the same validation as one from the page.
      const panel = panels.panel as unknown as { onMessage(m: unknown): void } | undefined;
      panel?.onMessage(message);
      return panel !== undefined;
    },
    liveDisposables,
  };
  return vscode.commands.registerCommand(TEST_HOOKS_COMMAND, () => hooks);
}
