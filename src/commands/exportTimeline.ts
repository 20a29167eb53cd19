// Export Timeline...: a save dialog whose filters are the export formats; the file's name picks the format (a save
// dialog does not say which filter was chosen). The file is written with vscode.workspace.fs, so it works on any
// file system the workbench has (a remote, a virtual one).
//
// Tests and keybindings may pass `{ target, format }` as the command's second argument instead of using the dialog:
// `executeCommand('newsline.exportTimeline', articleUri, { target: fileUri })` (test/integration does this, as the
// dialog in code-server is a quick input a test cannot fill in reliably).
import * as vscode from 'vscode';
import { EXPORT_FORMATS, exportFormat, formatForFileName, type ExportFormatId } from '../core/export';
import type { Analysis } from '../core/types';
import type { Analyzer } from '../host/analyzer';

export interface ExportRequest {
  /** Where to write, instead of asking with the save dialog. */
  readonly target?: vscode.Uri;
  /** The format, instead of reading it from the target's name. */
  readonly format?: ExportFormatId;
}

export type ExportOutcome =
  | { readonly ok: true; readonly target: string; readonly format: ExportFormatId; readonly events: number }
  | { readonly ok: false; readonly reason: string };

/** The current analysis of a document, if the panel has one for its present version. */
export type FreshAnalysis = (document: vscode.TextDocument) => Analysis | undefined;

/** Reads the command's optional second argument defensively: a keybinding's `args` can hold anything. */
export function parseExportRequest(arg: unknown): ExportRequest | string {
  if (arg === undefined || arg === null) return {};
  if (typeof arg !== 'object') return 'the export options must be an object: { "target": file URI, "format": one of the formats }.';
  const { target, format } = arg as Record<string, unknown>;
  const request: { target?: vscode.Uri; format?: ExportFormatId } = {};
  if (target !== undefined) {
    if (target instanceof vscode.Uri) request.target = target;
    else if (typeof target === 'string' && target.length > 0) request.target = /^[a-z][a-z0-9+.-]+:/i.test(target) && !/^[a-z]:[\\/]/i.test(target) ? vscode.Uri.parse(target) : vscode.Uri.file(target);
    else return '"target" must be a file URI or path.';
  }
  if (format !== undefined) {
    const known = typeof format === 'string' ? exportFormat(format) : undefined;
    if (!known) return `"format" must be one of ${EXPORT_FORMATS.map((f) => f.id).join(', ')}.`;
    request.format = known.id;
  }
  return request;
}

function defaultTarget(document: vscode.TextDocument): vscode.Uri | undefined {
  if (document.isUntitled) return vscode.workspace.workspaceFolders?.[0] && vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'timeline.json');
  const path = document.uri.path;
  const base = path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '') || 'timeline';
  return vscode.Uri.joinPath(document.uri, '..', `${base}.json`);
}

export async function exportTimeline(document: vscode.TextDocument, analyzer: Analyzer, sentences: number, fresh: FreshAnalysis, request: ExportRequest): Promise<ExportOutcome | undefined> {
  const target =
    request.target ??
    (await vscode.window.showSaveDialog({
      title: 'Newsline: Export Timeline',
      saveLabel: 'Export',
      defaultUri: defaultTarget(document),
      filters: Object.fromEntries(EXPORT_FORMATS.map((f) => [f.label, f.extensions.map((e) => e.slice(e.lastIndexOf('.') + 1))])),
    }));
  if (!target) return undefined;
  const format = request.format ?? formatForFileName(target.path)?.id;
  if (!format) {
    const endings = EXPORT_FORMATS.map((f) => `.${f.extensions[0]}`).join(', ');
    return { ok: false, reason: `${target.path.slice(target.path.lastIndexOf('/') + 1)}: the file name's ending picks the format; use one of ${endings}.` };
  }
  // The offsets in the analysis point into the text it was made of: take both of the same version.
  const text = document.getText();
  const version = document.version;
  let analysis = fresh(document);
  if (!analysis) {
    const result = await analyzer.analyze(document, sentences);
    if (result.doc.version !== version) return { ok: false, reason: 'the document changed during the export; export it again.' };
    analysis = result.analysis;
  }
  const rendered = exportFormat(format)!.render({ analysis, text });
  try {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(rendered));
  } catch (e) {
    return { ok: false, reason: `could not write ${target.fsPath || target.toString()}: ${e instanceof Error ? e.message : String(e)}` };
  }
  return { ok: true, target: target.toString(), format, events: analysis.timeline.length };
}
