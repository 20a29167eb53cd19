// Activation: register the commands and the panel serializer, nothing else. The engine's model loads on the first
// analysis, not here.
import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { Analyzer } from './host/analyzer';
import { CorrectionStore } from './host/corrections';
import { SummaryInserter } from './host/insertSummary';
import { disposeLog } from './host/log';
import { PanelManager } from './panel/panel';
import { registerTestHooks, testHooksWanted } from './testHooks';

export function activate(context: vscode.ExtensionContext): void {
  const corrections = new CorrectionStore(context.workspaceState);
  const analyzer = new Analyzer(vscode.Uri.joinPath(context.extensionUri, 'dist', 'worker.js').fsPath, corrections);
  const inserter = new SummaryInserter(analyzer);
  const panels = new PanelManager({ extensionUri: context.extensionUri, analyzer, inserter, corrections });
  context.subscriptions.push(corrections, analyzer, panels, ...registerCommands({ analyzer, inserter, panels, corrections }), { dispose: disposeLog });
  if (testHooksWanted()) context.subscriptions.push(registerTestHooks(panels));
}

export function deactivate(): void {
  // Everything is in context.subscriptions.
}
