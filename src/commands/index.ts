// The palette commands. Each takes an optional resource URI (the editor title button and context menu pass
// one) and returns its outcome, so the integration tests can check what happened.
import * as vscode from 'vscode';
import { timelineAsMarkdown } from '../core/format';
import type { Analyzer } from '../host/analyzer';
import type { CorrectionStore } from '../host/corrections';
import { commandDocument, isArticle } from '../host/documents';
import { readSettings } from '../host/settings';
import type { PanelManager } from '../panel/panel';
import { exportTimeline, parseExportRequest, type ExportOutcome } from './exportTimeline';
import type { InsertOutcome, SummaryInserter } from '../host/insertSummary';
import { setReferenceDate } from './setReferenceDate';

export const COMMANDS = {
  showPanel: 'newsline.showPanel',
  insertSummary: 'newsline.insertSummary',
  setReferenceDate: 'newsline.setReferenceDate',
  copyTimeline: 'newsline.copyTimeline',
  exportTimeline: 'newsline.exportTimeline',
  resetDateCorrections: 'newsline.resetDateCorrections',
} as const;

export interface CommandServices {
  readonly analyzer: Analyzer;
  readonly inserter: SummaryInserter;
  readonly panels: PanelManager;
  readonly corrections: CorrectionStore;
}

const NO_ARTICLE = 'Newsline: open a plain text, Markdown or HTML article first.';

export function registerCommands(s: CommandServices): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(COMMANDS.showPanel, async (resource?: unknown) => {
      const document = await targetDocument(s, resource);
      if (!document) return void vscode.window.showInformationMessage(NO_ARTICLE);
      s.panels.show(document);
      return true;
    }),
    vscode.commands.registerCommand(COMMANDS.insertSummary, async (resource?: unknown): Promise<InsertOutcome | undefined> => {
      const document = await targetDocument(s, resource);
      if (!document) return void vscode.window.showInformationMessage(NO_ARTICLE);
      const panel = s.panels.panel?.documentUri === document.uri.toString() ? s.panels.panel : undefined;
      const sentences = panel?.summarySentences ?? readSettings(document.uri).summarySentences;
      const outcome = await s.inserter.insert(document, sentences, panel?.currentResult());
      if (!outcome.ok) void vscode.window.showWarningMessage(`Newsline: ${outcome.reason}`);
      else panel?.status('Summary inserted.');
      return outcome;
    }),
    vscode.commands.registerCommand(COMMANDS.setReferenceDate, (arg?: unknown) => setReferenceDate(arg)),
    vscode.commands.registerCommand(COMMANDS.copyTimeline, async (resource?: unknown): Promise<string | undefined> => {
      const document = await targetDocument(s, resource);
      if (!document) return void vscode.window.showInformationMessage(NO_ARTICLE);
      const panel = s.panels.panel?.documentUri === document.uri.toString() ? s.panels.panel : undefined;
      const sentences = panel?.summarySentences ?? readSettings(document.uri).summarySentences;
      const analysis = panel?.currentResult()?.analysis ?? (await s.analyzer.analyze(document, sentences)).analysis;
      const text = timelineAsMarkdown(analysis);
      await vscode.env.clipboard.writeText(text);
      void vscode.window.setStatusBarMessage(`Newsline: timeline copied (${analysis.timeline.length} events).`, 3000);
      panel?.status('Timeline copied as Markdown.');
      return text;
    }),
    vscode.commands.registerCommand(COMMANDS.exportTimeline, async (resource?: unknown, options?: unknown): Promise<ExportOutcome | undefined> => {
      const request = parseExportRequest(options);
      if (typeof request === 'string') return void vscode.window.showErrorMessage(`Newsline: ${request}`);
      const document = await targetDocument(s, resource);
      if (!document) return void vscode.window.showInformationMessage(NO_ARTICLE);
      const panel = s.panels.panel?.documentUri === document.uri.toString() ? s.panels.panel : undefined;
      const sentences = panel?.summarySentences ?? readSettings(document.uri).summarySentences;
      const outcome = await exportTimeline(document, s.analyzer, sentences, () => panel?.currentResult()?.analysis, request);
      if (!outcome) return undefined;
      if (!outcome.ok) void vscode.window.showWarningMessage(`Newsline: ${outcome.reason}`);
      else {
        void vscode.window.setStatusBarMessage(`Newsline: timeline exported (${outcome.events} events).`, 3000);
        panel?.status('Timeline exported.');
      }
      return outcome;
    }),
    vscode.commands.registerCommand(COMMANDS.resetDateCorrections, async (resource?: unknown): Promise<number | undefined> => {
      const document = await targetDocument(s, resource);
      if (!document) return void vscode.window.showInformationMessage(NO_ARTICLE);
      const n = await s.corrections.reset(document.uri.toString());
      const said = n === 0 ? 'no date corrections to reset.' : `${n === 1 ? '1 date correction' : `${n} date corrections`} reset.`;
      void vscode.window.setStatusBarMessage(`Newsline: ${said}`, 3000);
      return n;
    }),
  ];
}

/** The document a command is about: the URI it was given (menus), else the active or panel's article. */
async function targetDocument(s: CommandServices, resource: unknown): Promise<vscode.TextDocument | undefined> {
  if (resource instanceof vscode.Uri) {
    const document = await vscode.workspace.openTextDocument(resource);
    return isArticle(document) ? document : undefined;
  }
  return commandDocument(s.panels.panel?.documentUri);
}
