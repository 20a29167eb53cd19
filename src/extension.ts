// Activation: register the commands and the panel serializer, nothing else. The engine's model loads on the first
// analysis, not here.
import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { Analyzer } from './host/analyzer';
import { SummaryInserter } from './host/insertSummary';
import { disposeLog } from './host/log';
import { PanelManager } from './panel/panel';
import { registerTestHooks, testHooksWanted } from './testHooks';

export function activate(context: vscode.ExtensionContext): void {
  const analyzer = new Analyzer(vscode.Uri.joinPath(context.extensionUri, 'dist', 'worker.js').fsPath);
  const inserter = new SummaryInserter(analyzer);
  const panels = new PanelManager({ extensionUri: context.extensionUri, analyzer, inserter });
  context.subscriptions.push(analyzer, panels, ...registerCommands({ analyzer, inserter, panels }), { dispose: disposeLog });
  if (testHooksWanted()) context.subscriptions.push(registerTestHooks(panels));
}

export function deactivate(): void {
  // Everything is in context.subscriptions.
}
