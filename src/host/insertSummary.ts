// Insert Summary into Document: one WorkspaceEdit (so one undo removes it), placed by `newsline.insertPosition`,
// written in the document's syntax and line endings, and never from an analysis of an older version of the text.
import * as vscode from 'vscode';
import { isAbort, type AnalysisResult, type Analyzer } from './analyzer';
import { findVisibleEditor } from './documents';
import { log } from './log';
import { readSettings, type InsertPosition } from './settings';
import { lineIndent, summaryBlockOf, surroundWithBlankLines, topInsertOffset } from './summaryBlock';

export type InsertOutcome =
  | { readonly ok: true; readonly offset: number; readonly text: string; readonly position: InsertPosition }
  | { readonly ok: false; readonly reason: string };

/** How many times to re-analyse when the document keeps changing under the analysis. */
const MAX_ATTEMPTS = 3;

export class SummaryInserter {
  /** Documents with an insert under way: a second click while the first is running must not write twice. */
  private readonly inFlight = new Set<string>();

  constructor(private readonly analyzer: Analyzer) {}

  async insert(document: vscode.TextDocument, sentences: number, known?: AnalysisResult): Promise<InsertOutcome> {
    const uri = document.uri.toString();
    if (this.inFlight.has(uri)) return { ok: false, reason: 'An insert into this document is already under way.' };
    this.inFlight.add(uri);
    try {
      return await this.insertOnce(document, sentences, known);
    } finally {
      this.inFlight.delete(uri);
    }
  }

  private async insertOnce(document: vscode.TextDocument, sentences: number, known?: AnalysisResult): Promise<InsertOutcome> {
    const refusal = checkWritable(document);
    if (refusal) return { ok: false, reason: refusal };

    let result = known;
    for (let attempt = 0; attempt < MAX_ATTEMPTS && result?.doc.version !== document.version; attempt++) {
      try {
        result = await this.analyzer.analyze(document, sentences);
      } catch (e) {
        // A newer analysis of the same document replaced this one (the reader typed): try again with it.
        if (isAbort(e)) continue;
        return { ok: false, reason: e instanceof Error ? e.message : String(e) };
      }
    }
    if (!result || result.doc.version !== document.version) {
      return { ok: false, reason: 'The document kept changing while it was analysed; try again.' };
    }
    if (document.isClosed) return { ok: false, reason: 'The document was closed.' };
    const { analysis } = result;
    if (analysis.summary.length === 0) {
      const why = analysis.notices[0]?.message ?? 'The analysis chose no sentences.';
      return { ok: false, reason: `There is no summary to insert. ${why}` };
    }

    const { insertPosition } = readSettings(document.uri);
    const text = document.getText();
    const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    const cursor = insertPosition === 'cursor' ? cursorOffset(document) : undefined;
    const offset = cursor ?? topInsertOffset(text, analysis.format);
    const indent = analysis.format === 'html' ? lineIndent(text, offset) : '';
    const block = summaryBlockOf(analysis.summary, analysis.format, eol, indent);
    const insertText = surroundWithBlankLines(text, offset, block, eol);

    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, document.positionAt(offset), insertText);
    const applied = await vscode.workspace.applyEdit(edit);
    if (!applied) return { ok: false, reason: 'VS Code refused the edit (is the document read-only?).' };
    log().info(`Inserted a ${analysis.summary.length}-sentence summary into ${document.uri.toString()} at offset ${offset}.`);
    return { ok: true, offset, text: insertText, position: cursor === undefined ? 'top' : 'cursor' };
  }
}

function checkWritable(document: vscode.TextDocument): string | undefined {
  if (document.isClosed) return 'The document was closed.';
  if (vscode.workspace.fs.isWritableFileSystem(document.uri.scheme) === false) {
    return 'The document is read-only, so the summary cannot be inserted.';
  }
  return undefined;
}

/** The cursor in the document's visible editor (found by URI: the panel may have focus), if it has one. */
function cursorOffset(document: vscode.TextDocument): number | undefined {
  const editor = findVisibleEditor(document.uri.toString());
  return editor ? document.offsetAt(editor.selection.active) : undefined;
}
