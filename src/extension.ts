// Activation: register the commands and the panel serializer, nothing else. The engine's model loads on the first
// analysis, not here.
import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { SummaryInserter } from './host/insertSummary';
import { Analyzer } from './host/analyzer';
import { liveDisposables } from './host/dispose';
import { disposeLog } from './host/log';
import { PanelManager } from './panel/panel';
import type { ViewModel } from './protocol';

/** What the extension returns from `activate`: read-only views for the integration tests. */
export interface NewslineApi {
  /** What the panel shows, or undefined when there is no panel. */
  panelModel(): ViewModel | undefined;
  panelSentences(): number | undefined;
  /** Test hook: hands `message` to the panel exactly as if its page had sent it; false when there is no panel. */
  receiveFromPanel(message: unknown): boolean;
  /** Test hook: registered disposables not yet released (see host/dispose). */
  liveDisposables(): number;
}

export function activate(context: vscode.ExtensionContext): NewslineApi {
  const analyzer = new Analyzer(vscode.Uri.joinPath(context.extensionUri, 'dist', 'worker.js').fsPath);
  const inserter = new SummaryInserter(analyzer);
  const panels = new PanelManager({ extensionUri: context.extensionUri, analyzer, inserter });
  context.subscriptions.push(analyzer, panels, ...registerCommands({ analyzer, inserter, panels }), { dispose: disposeLog });
  return {
    panelModel: () => panels.panel?.currentModel,
    panelSentences: () => panels.panel?.summarySentences,
    receiveFromPanel: (message) => {
      // The panel's message handler is private: only its webview calls it. The tests reach it here, so that they
      // go through the same validation as a message from the page.
      const panel = panels.panel as unknown as { onMessage(m: unknown): void } | undefined;
      panel?.onMessage(message);
      return panel !== undefined;
    },
    liveDisposables,
  };
}

export function deactivate(): void {
  // Everything is in context.subscriptions.
}
