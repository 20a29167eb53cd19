// The Newsline panel: one webview beside the editor that shows the analysis of the article being read. It follows
// the active text editor, re-analyses on edits (first render at once, later ones debounced), drops results for an
// older version of the document, and checks every message from the page before acting on it.
import { randomBytes } from 'crypto';
import * as vscode from 'vscode';
import { summaryAsMarkdown, timelineAsMarkdown } from '../core/format';
import type { SummaryInserter } from '../host/insertSummary';
import { isAbort, type AnalysisResult, type Analyzer } from '../host/analyzer';
import type { CorrectionStore } from '../host/corrections';
import { Disposable } from '../host/dispose';
import { documentRef, findOpenDocument, isArticle, revealOffsets } from '../host/documents';
import { log } from '../host/log';
import { copyRefusal, RequestLimiter } from '../host/pageLimits';
import { readSettings } from '../host/settings';
import {
  PANEL_VIEW_TYPE,
  parsePageMessage,
  parsePageState,
  type Controls,
  type CopyMessage,
  type HostMessage,
  type PageMessage,
  type PageState,
  type RevealMessage,
  type ViewModel,
} from '../protocol';
import { handleCorrection } from './corrections';
import { renderShell } from './html';

/** Wait this long after the last keystroke before analysing again. */
export const REFRESH_DELAY_MS = 300;

/** Requests the page may make only a few times a second (see host/pageLimits); the latest of a kind is kept. */
const LIMITED = new Set<PageMessage['type']>(['copy', 'setSentences', 'setWords', 'setWholePage', 'changeReferenceDate']);

export interface PanelServices {
  readonly extensionUri: vscode.Uri;
  readonly analyzer: Analyzer;
  readonly inserter: SummaryInserter;
  readonly corrections: CorrectionStore;
}

export function panelOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media'), vscode.Uri.joinPath(extensionUri, 'dist')],
  };
}

export class NewslinePanel extends Disposable {
  private readonly disposeEmitter = this._register(new vscode.EventEmitter<void>());
  readonly onDidDispose = this.disposeEmitter.event;

  private docUri: string | undefined;
  private model: ViewModel = { kind: 'idle' };
  private sentences: number;
  private words: number;
  /** A web page analysed whole rather than its article only (the page's "Analyse the whole page" control). */
  private wholePage = false;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  /** Numbers each analysis request; only the latest one's result is shown. */
  private requestSeq = 0;
  private readonly limiter = new RequestLimiter<PageMessage['type']>();

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly services: PanelServices,
    state: PageState,
  ) {
    super();
    this.sentences = state.sentences ?? readSettings().summarySentences;
    this.words = state.words ?? readSettings().summaryWords;
    this._register(panel);
    this._register(panel.onDidDispose(() => this.dispose()));
    this._register(panel.webview.onDidReceiveMessage((m: unknown) => this.onMessage(m)));
    this._register(vscode.window.onDidChangeActiveTextEditor((e) => e && isArticle(e.document) && this.setDocument(e.document)));
    this._register(vscode.workspace.onDidChangeTextDocument((e) => this.onDocumentChanged(e)));
    this._register(vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('newsline') && this.refreshNow()));
    this._register(services.corrections.onDidChange((uri) => uri === this.docUri && this.refreshNow()));
    this._register({ dispose: () => clearTimeout(this.refreshTimer) });
    this._register({ dispose: () => this.limiter.dispose() });

    panel.webview.options = panelOptions(services.extensionUri);
    panel.iconPath = vscode.Uri.joinPath(services.extensionUri, 'media', 'icon.png');
    panel.webview.html = this.shell();
  }

  override dispose(): void {
    if (this.isDisposed) return;
    this.disposeEmitter.fire();
    super.dispose();
  }

  get documentUri(): string | undefined {
    return this.docUri;
  }

  get summarySentences(): number {
    return this.sentences;
  }

  get currentModel(): ViewModel {
    return this.model;
  }

  /** The shown analysis, when it is of the document as it is now. */
  currentResult(): AnalysisResult | undefined {
    const doc = this.docUri ? findOpenDocument(this.docUri) : undefined;
    if (this.model.kind !== 'ready' || !doc || this.model.doc.version !== doc.version) return undefined;
    return { doc: this.model.doc, analysis: this.model.analysis };
  }

  /** Shows `document`'s analysis: at once for a newly shown document, then on every change. */
  setDocument(document: vscode.TextDocument): void {
    const uri = document.uri.toString();
    if (uri === this.docUri && this.model.kind !== 'idle' && 'doc' in this.model && this.model.doc.version === document.version) return;
    this.docUri = uri;
    this.panel.title = `Newsline: ${documentRef(document).name}`;
    this.refreshNow();
  }

  status(text: string): void {
    this.post({ type: 'status', text });
  }

  private onDocumentChanged(e: vscode.TextDocumentChangeEvent): void {
    if (e.document.uri.toString() !== this.docUri || e.contentChanges.length === 0) return;
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => this.refreshNow(), REFRESH_DELAY_MS);
  }

  private refreshNow(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
    void this.refresh();
  }

  private async refresh(): Promise<void> {
    const document = this.docUri ? findOpenDocument(this.docUri) : undefined;
    if (!document || this.isDisposed) return;
    const seq = ++this.requestSeq;
    const doc = documentRef(document);
    // Keep showing the last result while the next one is computed, unless it belongs to another document.
    if (!('doc' in this.model) || this.model.doc.uri !== doc.uri || this.model.kind === 'error') this.setModel({ kind: 'loading', doc });
    try {
      const result = await this.services.analyzer.analyze(document, this.sentences, this.words, this.wholePage);
      if (seq !== this.requestSeq || this.isDisposed || result.doc.uri !== this.docUri) return;
      if ('doc' in this.model && this.model.doc.uri === result.doc.uri && this.model.doc.version > result.doc.version) return;
      this.setModel({ kind: 'ready', doc: result.doc, analysis: result.analysis });
    } catch (e) {
      if (isAbort(e) || seq !== this.requestSeq || this.isDisposed) return;
      const message = e instanceof Error ? e.message : String(e);
      log().error(`Analysis of ${doc.uri} failed: ${message}`);
      this.setModel({ kind: 'error', doc, message });
    }
  }

  private setModel(model: ViewModel): void {
    this.model = model;
    this.post({ type: 'update', model, controls: this.controls() });
  }

  private controls(): Controls {
    return { sentences: this.sentences, words: this.words, ...(this.wholePage ? { wholePage: true } : {}) };
  }

  private post(message: HostMessage): void {
    if (!this.isDisposed) void this.panel.webview.postMessage(message);
  }

  private shell(): string {
    const webview = this.panel.webview;
    const asUri = (...path: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(this.services.extensionUri, ...path)).toString();
    return renderShell({
      cspSource: webview.cspSource,
      nonce: randomBytes(16).toString('base64'),
      scriptUri: asUri('dist', 'panel.js'),
      styleUri: asUri('media', 'panel.css'),
      initial: { model: this.model, controls: this.controls() },
    });
  }

  // ---- messages from the page: each one is checked before anything happens ----

  private onMessage(raw: unknown): void {
    const message = parsePageMessage(raw);
    if (!message) {
      log().warn(`Ignored a malformed message from the panel: ${safeJson(raw)}`);
      return;
    }
    const run = () => void this.handle(message).catch((e: unknown) => log().error(`Handling "${message.type}" failed: ${e instanceof Error ? e.message : String(e)}`));
    if (!LIMITED.has(message.type)) return run();
    if (this.limiter.request(message.type, run) === 'held') log().warn(`Held "${message.type}": the panel asked for it more than a few times a second; the latest runs.`);
  }

  private async handle(message: PageMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.post({ type: 'update', model: this.model, controls: this.controls() });
        return;
      case 'reveal':
        return this.reveal(message);
      case 'insertSummary':
        return this.insertSummary(message.uri);
      case 'copy':
        return this.copy(message);
      case 'exportTimeline': {
        const document = this.isCurrent(message.uri, message.type);
        if (document) await vscode.commands.executeCommand('newsline.exportTimeline', document.uri);
        return;
      }
      case 'setSentences':
        if (!this.isCurrent(message.uri, message.type)) return;
        this.sentences = message.sentences;
        this.refreshNow();
        return;
      case 'setWords':
        if (!this.isCurrent(message.uri, message.type)) return;
        this.words = message.words;
        this.refreshNow();
        return;
      case 'setWholePage':
        if (!this.isCurrent(message.uri, message.type)) return;
        this.wholePage = message.wholePage;
        this.refreshNow();
        return;
      case 'changeReferenceDate':
        if (!this.isCurrent(message.uri, message.type)) return;
        await vscode.commands.executeCommand('newsline.setReferenceDate');
        return;
      case 'correctDate':
      case 'uncorrectDate':
      case 'resetCorrections': {
        const document = this.isCurrent(message.uri, message.type);
        const said = document && (await handleCorrection(message, document, this.currentResult(), this.services.corrections));
        if (said) this.status(said);
        return;
      }
    }
  }

  private isCurrent(uri: string, what: string): vscode.TextDocument | undefined {
    const document = uri === this.docUri ? findOpenDocument(uri) : undefined;
    if (!document) log().warn(`Ignored "${what}" for ${uri}: the panel shows ${this.docUri ?? 'no document'}.`);
    return document;
  }

  private async reveal(m: RevealMessage): Promise<void> {
    const document = this.isCurrent(m.uri, m.type);
    if (!document) return;
    if (m.version !== document.version) {
      log().warn(`Ignored "reveal" for version ${m.version} of ${m.uri}: the document is at version ${document.version}.`);
      return;
    }
    if (m.end > document.getText().length) {
      log().warn(`Ignored "reveal" of ${m.start}-${m.end}: outside the document.`);
      return;
    }
    await revealOffsets(document, m.start, m.end);
  }

  private async insertSummary(uri: string): Promise<void> {
    const document = this.isCurrent(uri, 'insertSummary');
    try {
      if (!document) return;
      const outcome = await this.services.inserter.insert(document, this.sentences, this.currentResult());
      if (outcome.ok) this.status(outcome.position === 'top' ? 'Summary inserted at the top of the article.' : 'Summary inserted at the cursor.');
      else {
        this.status(outcome.reason);
        void vscode.window.showWarningMessage(`Newsline: ${outcome.reason}`);
      }
    } finally {
      this.post({ type: 'insertDone', uri });
    }
  }

  private async copy(m: CopyMessage): Promise<void> {
    const document = this.isCurrent(m.uri, m.type);
    if (!document) return;
    const shown = this.model.kind === 'ready' && this.model.doc.uri === m.uri ? this.model.doc.version : undefined;
    const refusal = copyRefusal(m.version, shown, document.version);
    if (refusal) {
      log().warn(`Ignored "copy" for version ${m.version} of ${m.uri}: the panel holds version ${shown ?? 'none'}, the document is at ${document.version}.`);
      this.status(refusal);
      return;
    }
    const analysis = this.currentResult()?.analysis ?? (await this.services.analyzer.analyze(document, this.sentences, this.words)).analysis;
    const text = m.what === 'summary' ? summaryAsMarkdown(analysis) : timelineAsMarkdown(analysis);
    await vscode.env.clipboard.writeText(text);
    this.status(m.what === 'summary' ? 'Summary copied as Markdown.' : 'Timeline copied as Markdown.');
  }
}

async function openDocument(uri: string): Promise<vscode.TextDocument | undefined> {
  const open = findOpenDocument(uri);
  if (open) return open;
  try {
    // The editors may not be restored yet after a reload: open the document model itself.
    return await vscode.workspace.openTextDocument(vscode.Uri.parse(uri, true));
  } catch {
    return undefined;
  }
}

function activeArticle(): vscode.TextDocument | undefined {
  const active = vscode.window.activeTextEditor?.document;
  return active && isArticle(active) ? active : undefined;
}

function safeJson(x: unknown): string {
  try {
    return JSON.stringify(x)?.slice(0, 200) ?? String(x);
  } catch {
    return String(x);
  }
}

/** The single Newsline panel: created beside the editor on demand, revealed when it exists, revived after a reload. */
export class PanelManager extends Disposable implements vscode.WebviewPanelSerializer<unknown> {
  private current: NewslinePanel | undefined;

  constructor(private readonly services: PanelServices) {
    super();
    this._register(vscode.window.registerWebviewPanelSerializer(PANEL_VIEW_TYPE, this));
    this._register({ dispose: () => this.current?.dispose() });
  }

  get panel(): NewslinePanel | undefined {
    return this.current;
  }

  show(document: vscode.TextDocument): NewslinePanel {
    if (this.current) {
      this.current.panel.reveal(this.current.panel.viewColumn ?? vscode.ViewColumn.Beside, true);
    } else {
      const panel = vscode.window.createWebviewPanel(
        PANEL_VIEW_TYPE,
        'Newsline',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        panelOptions(this.services.extensionUri),
      );
      this.adopt(new NewslinePanel(panel, this.services, {}));
    }
    const current = this.current as NewslinePanel;
    current.setDocument(document);
    return current;
  }

  /** After a window reload: the panel comes back with its page state and the document it showed. */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    this.current?.dispose();
    const saved = parsePageState(state);
    const restored = this.adopt(new NewslinePanel(panel, this.services, saved));
    const document = (saved.uri ? await openDocument(saved.uri) : undefined) ?? activeArticle();
    if (document && !restored.isDisposed) restored.setDocument(document);
  }

  private adopt(panel: NewslinePanel): NewslinePanel {
    this.current = panel;
    panel.onDidDispose(() => {
      if (this.current === panel) this.current = undefined;
    });
    return panel;
  }
}
