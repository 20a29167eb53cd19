// Analyses documents for the panel and the commands through the engine's runner (inline for small documents, in a
// worker for large ones). Results carry the document's URI and version; a newer request for the same document
// cancels the older one, and an identical request shares the one already made.
import * as vscode from 'vscode';
import type { Analysis, AnalyzeOptions } from '../core/types';
import type { DocumentRef } from '../protocol';
import type { AnalysisRunner } from '../runner';
import { applyCorrections } from '../core/corrections';
import type { CorrectionSource } from './corrections';
import { Disposable } from './dispose';
import { documentRef } from './documents';
import { readSettings } from './settings';

export interface AnalysisResult {
  readonly doc: DocumentRef;
  readonly analysis: Analysis;
}

interface Entry {
  readonly key: string;
  /** The engine's result, before the user's corrections (they may change while it is cached). */
  readonly result: Promise<AnalysisResult>;
  /** The text analysed: the corrections find their mentions in it. */
  readonly text: string;
  readonly abort: AbortController;
  /** Cancel pressed by the reader: the request fails with a CancelledError. */
  readonly cancel: () => void;
}

/** An analysis still running after this long gets a progress notification with a Cancel button. */
const PROGRESS_DELAY_MS = 500;

/** The reader pressed Cancel on the progress notification (an `AbortError` means a newer request replaced it). */
export class CancelledError extends Error {
  constructor(name: string) {
    super(`The analysis of ${name} was cancelled. Run "Newsline: Summarize Article and Build Timeline" or edit the document to analyse it again.`);
    this.name = 'CancelledError';
  }
}

export class Analyzer extends Disposable {
  /** Loaded on the first analysis: the engine and its model are most of the bundle, and activation stays cheap. */
  private runner: Promise<AnalysisRunner> | undefined;
  /** The latest request per document URI. */
  private readonly latest = new Map<string, Entry>();
  /** Documents whose progress notification is showing: one per document, following its latest request. */
  private readonly notifying = new Set<string>();

  constructor(
    private readonly workerPath: string,
    private readonly corrections?: CorrectionSource,
  ) {
    super();
    this._register({ dispose: () => void this.runner?.then((r) => r.dispose()) });
    this._register(vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri.toString())));
  }

  private loadRunner(): Promise<AnalysisRunner> {
    this.runner ??= import('../runner').then((m) => m.createAnalysisRunner({ workerPath: this.workerPath }));
    return this.runner;
  }

  /** The analysis of the document as it is now, with `sentences` summary sentences or, above 0, up to `words` words. */
  analyze(document: vscode.TextDocument, sentences: number, words?: number, wholePage = false): Promise<AnalysisResult> {
    const options = analyzeOptions(document, sentences, words, wholePage);
    const doc = documentRef(document);
    const key = JSON.stringify([doc.version, options]);
    const previous = this.latest.get(doc.uri);
    if (previous?.key === key) return this.corrected(previous);
    previous?.abort.abort();

    const abort = new AbortController();
    const text = document.getText();
    let cancelledByReader = false;
    const result = this.loadRunner()
      .then((runner) => runner.run(text, options, abort.signal))
      .then(
        (analysis) => ({ doc, analysis }),
        (e: unknown) => {
          throw cancelledByReader ? new CancelledError(doc.name) : e;
        },
      );
    const entry: Entry = {
      key,
      result,
      text,
      abort,
      cancel: () => {
        cancelledByReader = true;
        abort.abort();
      },
    };
    this.latest.set(doc.uri, entry);
    this.showProgressIfSlow(doc, result);
    // A failed request must not be served from the cache to the next caller.
    result.catch(() => {
      if (this.latest.get(doc.uri) === entry) this.latest.delete(doc.uri);
    });
    return this.corrected(entry);
  }

  /** The entry's result with the document's date corrections as they are now. */
  private corrected(entry: Entry): Promise<AnalysisResult> {
    return entry.result.then((r) => {
      const corrections = this.corrections?.get(r.doc.uri) ?? [];
      if (corrections.length === 0) return r;
      return { doc: r.doc, analysis: { ...r.analysis, timeline: applyCorrections(r.analysis.timeline, corrections, entry.text) } };
    });
  }

  private forget(uri: string): void {
    this.latest.get(uri)?.abort.abort();
    this.latest.delete(uri);
  }

  /**
   * A notification for an analysis that is still running after a moment (a large document, analysed in the worker
   * while the editor stays responsive), with Cancel. A quick analysis never shows one. While it shows, it follows the
   * document's newer requests (each edit replaces the running analysis) instead of closing and opening again at
   * every keystroke, and Cancel cancels whichever is running.
   */
  private showProgressIfSlow(doc: DocumentRef, result: Promise<unknown>): void {
    const timer = setTimeout(() => {
      if (this.notifying.has(doc.uri)) return;
      this.notifying.add(doc.uri);
      void vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Newsline: analysing ${doc.name}…`, cancellable: true },
        (_progress, token) => {
          token.onCancellationRequested(() => this.latest.get(doc.uri)?.cancel());
          return this.settled(doc.uri).finally(() => this.notifying.delete(doc.uri));
        },
      );
    }, PROGRESS_DELAY_MS);
    const done = () => clearTimeout(timer);
    result.then(done, done);
  }

  /** Resolves once the document's latest request has settled and no newer one has replaced it. */
  private async settled(uri: string): Promise<void> {
    for (let entry = this.latest.get(uri); entry !== undefined; ) {
      await entry.result.catch(() => undefined);
      const next = this.latest.get(uri);
      if (next === entry) return;
      entry = next;
    }
  }
}

/** The engine's options for `document`: `words` (else the `summaryWords` setting) above 0 wins over `sentences`. */
export function analyzeOptions(document: vscode.TextDocument, sentences: number, words?: number, wholePage = false): AnalyzeOptions {
  const { referenceDate, maxDocumentLength, summaryWords } = readSettings(document.uri);
  const budget = words ?? summaryWords;
  return {
    languageId: document.languageId,
    fileName: document.fileName,
    sentences,
    ...(budget > 0 ? { words: budget } : {}),
    maxLength: maxDocumentLength,
    ...(referenceDate ? { referenceDate } : {}),
    ...(wholePage ? { wholePage } : {}),
  };
}

export function isAbort(e: unknown): boolean {
  return e instanceof Error && e.name === 'AbortError';
}
