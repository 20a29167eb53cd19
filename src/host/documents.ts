// Which documents Newsline reads, and how to find a document's editor without `activeTextEditor` (which is
// undefined while the panel has focus, microsoft/vscode#101682).
import * as vscode from 'vscode';
import type { DocumentRef } from '../protocol';

export const ARTICLE_LANGUAGES: ReadonlySet<string> = new Set(['plaintext', 'markdown', 'html']);
/** Schemes of editors that show tool output rather than a document a person wrote. */
const SKIPPED_SCHEMES: ReadonlySet<string> = new Set(['output', 'debug', 'vscode-settings', 'git', 'walkThrough']);

export function isArticle(document: vscode.TextDocument): boolean {
  return ARTICLE_LANGUAGES.has(document.languageId) && !SKIPPED_SCHEMES.has(document.uri.scheme);
}

export function documentRef(document: vscode.TextDocument): DocumentRef {
  const path = document.uri.path;
  return { uri: document.uri.toString(), version: document.version, name: path.slice(path.lastIndexOf('/') + 1) || path };
}

export function findOpenDocument(uri: string): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri && !d.isClosed);
}

export function findVisibleEditor(uri: string): vscode.TextEditor | undefined {
  return vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
}

/** The editor showing `document`: a visible one, else the document is shown (in the first column, keeping focus). */
export async function editorFor(document: vscode.TextDocument): Promise<vscode.TextEditor> {
  const visible = findVisibleEditor(document.uri.toString());
  if (visible) return visible;
  return vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preserveFocus: true, preview: false });
}

/** Selects `[start, end)` in the document's editor and scrolls it into view. Offsets must be within the document. */
export async function revealOffsets(document: vscode.TextDocument, start: number, end: number): Promise<void> {
  const editor = await editorFor(document);
  const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/**
 * The article a command works on: the active editor's, else `preferred` (the panel's document: while the panel has
 * focus there is no active editor), else the only visible article.
 */
export function commandDocument(preferred?: string): vscode.TextDocument | undefined {
  const active = vscode.window.activeTextEditor?.document;
  if (active && isArticle(active)) return active;
  if (preferred) {
    const d = findOpenDocument(preferred);
    if (d) return d;
  }
  const visible = vscode.window.visibleTextEditors.map((e) => e.document).filter(isArticle);
  return visible.length === 1 ? visible[0] : undefined;
}
