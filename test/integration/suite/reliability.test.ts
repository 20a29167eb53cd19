// Reliability in the real extension host: the panel's messages are not trusted, an insert never writes stale text,
// twice, into a closed or read-only document, or anything one undo cannot take back byte for byte; results never
// show for the wrong document while the reader switches and types; closing the panel mid-analysis leaks nothing.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { NewslineTestHooks } from '../../../src/testHooks';
import type { InsertOutcome } from '../../../src/host/insertSummary';
import type { ViewModel } from '../../../src/protocol';
import { newslineTab, open, show, sleep, testHooks, waitFor, workspaceFile } from './workbench';

type Ready = Extract<ViewModel, { kind: 'ready' }>;

async function closePanel(api: NewslineTestHooks): Promise<void> {
  const tab = newslineTab();
  if (tab) await vscode.window.tabGroups.close(tab);
  await waitFor('the panel to be gone', () => api.panelModel() === undefined && !newslineTab());
}

/** A read-only file system holding one article, as a document from a read-only source (a Git view, a remote). */
class ReadOnlyFs implements vscode.FileSystemProvider {
  private readonly emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.emitter.event;
  constructor(private readonly content: Uint8Array) {}
  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }
  stat(): vscode.FileStat {
    return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: this.content.length, permissions: vscode.FilePermission.Readonly };
  }
  readDirectory(): [string, vscode.FileType][] {
    return [];
  }
  readFile(): Uint8Array {
    return this.content;
  }
  createDirectory(): void {
    throw vscode.FileSystemError.NoPermissions('read-only');
  }
  writeFile(): void {
    throw vscode.FileSystemError.NoPermissions('read-only');
  }
  delete(): void {
    throw vscode.FileSystemError.NoPermissions('read-only');
  }
  rename(): void {
    throw vscode.FileSystemError.NoPermissions('read-only');
  }
}

describe('Reliability: untrusted panel, safe inserts, races, leaks', function () {
  this.timeout(90_000);
  let api: NewslineTestHooks;

  async function ready(document: vscode.TextDocument, check: (m: Ready) => boolean = () => true, what = 'the analysis'): Promise<Ready> {
    return waitFor(`${what} of ${document.uri.path}`, () => {
      const m = api.panelModel();
      return m?.kind === 'ready' && m.doc.uri === document.uri.toString() && m.doc.version === document.version && check(m) ? m : undefined;
    });
  }

  async function summarize(editor: vscode.TextEditor): Promise<Ready> {
    await vscode.commands.executeCommand('newsline.showPanel');
    return ready(editor.document);
  }

  before(async () => {
    const ext = vscode.extensions.getExtension('newsline.newsline');
    assert.ok(ext);
    await ext.activate();
    api = await testHooks();
  });

  it('ignores page messages that fail validation and acts on a valid one', async () => {
    const editor = await open('ferry-service.md');
    const m = await summarize(editor);
    const document = editor.document;
    const text = document.getText();
    const uri = document.uri.toString();
    const { version } = document;
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const sentences = api.panelSentences();
    await vscode.env.clipboard.writeText('clipboard before');
    const bad: unknown[] = [
      null, undefined, 'insertSummary', 42, [], { type: 'eval', code: 'process.exit(1)' }, { type: 'update', model: { kind: 'idle' } },
      // offsets out of range, reversed, negative, fractional
      { type: 'reveal', uri, version, start: 0, end: text.length + 1 },
      { type: 'reveal', uri, version, start: text.length + 5, end: text.length + 9 },
      { type: 'reveal', uri, version, start: 9, end: 3 },
      { type: 'reveal', uri, version, start: -4, end: 3 },
      { type: 'reveal', uri, version, start: 1.5, end: 3 },
      // stale or future version
      { type: 'reveal', uri, version: version + 7, start: 0, end: 5 },
      ...(version > 1 ? [{ type: 'reveal', uri, version: version - 1, start: 0, end: 5 }] : []),
      // a document the panel does not show, or that does not exist
      { type: 'reveal', uri: workspaceFile('bakery-award.txt').toString(), version: 1, start: 0, end: 5 },
      { type: 'insertSummary', uri: 'file:///nowhere/article.md', version: 1 },
      { type: 'insertSummary', uri: workspaceFile('bakery-award.txt').toString(), version: 1 },
      { type: 'insertSummary', uri: '', version },
      { type: 'insertSummary', uri, version: 'latest' },
      { type: 'copy', what: 'everything', uri, version },
      { type: 'copy', what: 'summary', uri: 'file:///nowhere/article.md', version: 1 },
      { type: 'setSentences', uri, sentences: 0 },
      { type: 'setSentences', uri, sentences: 999 },
      { type: 'setSentences', uri, sentences: 2.5 },
      { type: 'setSentences', uri: 'file:///nowhere/article.md', sentences: 5 },
      { type: 'changeReferenceDate', uri: 'file:///nowhere/article.md' },
    ];
    for (const message of bad) assert.ok(api.receiveFromPanel(message), 'the panel is there to receive it');
    await sleep(1000);
    assert.strictEqual(document.getText(), text, 'the document is unchanged');
    assert.strictEqual(document.isDirty, false);
    assert.ok(editor.selection.isEmpty && editor.selection.active.line === 0, 'the selection did not move');
    assert.strictEqual(api.panelSentences(), sentences, 'the sentence count did not change');
    assert.strictEqual(await vscode.env.clipboard.readText(), 'clipboard before', 'nothing was copied');
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), uri, 'no other document was opened');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.path === '/nowhere/article.md'));
    const panelNow = api.panelModel();
    assert.ok(panelNow?.kind === 'ready' && panelNow.doc.uri === uri, 'the panel still shows the article');

    // The same path with a valid message does act: the check above is not passing because nothing ever happens.
    const event = m.analysis.timeline[0];
    assert.ok(event);
    api.receiveFromPanel({ type: 'reveal', uri, version: document.version, start: event.mention.start, end: event.mention.end });
    const selected = await waitFor('the event to be selected', () => {
      const e = vscode.window.visibleTextEditors.find((x) => x.document.uri.toString() === uri);
      return e && !e.selection.isEmpty ? e.selection : undefined;
    });
    assert.strictEqual(document.getText(selected), event.mention.text);
  });

  it('re-analyses before inserting when the document changed after the analysis, and one undo takes the insert back', async () => {
    const editor = await open('bakery-award.txt');
    const m = await summarize(editor);
    const document = editor.document;
    const original = document.getText();
    const first = m.analysis.summary[0];
    assert.ok(first);
    // Rewrite the first summary sentence's opening words after the panel's analysis, then ask from the panel with
    // the version it knows: the insert must carry the new words, never the analysed ones.
    const oldWords = document.getText(new vscode.Range(document.positionAt(first.start), document.positionAt(first.start + 12)));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(document.positionAt(first.start), document.positionAt(first.start + 12)), 'Late Edition');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const edited = document.getText();
    api.receiveFromPanel({ type: 'insertSummary', uri: document.uri.toString(), version: m.doc.version });
    await waitFor('the summary to be inserted', () => document.getText() !== edited);
    const after = document.getText();
    let p = 0;
    while (p < edited.length && after[p] === edited[p]) p++;
    const block = after.slice(p, p + after.length - edited.length);
    assert.ok(block.includes('Late Edition'), `the insert is from the edited text: ${block}`);
    assert.ok(!block.includes(oldWords), 'the analysed (stale) words are not inserted');
    await show(document);
    await vscode.commands.executeCommand('undo');
    await waitFor('one undo to remove the insert', () => document.getText() === edited);
    await vscode.commands.executeCommand('undo');
    await waitFor('the second undo to restore the original', () => document.getText() === original);
  });

  it('refuses to insert into a read-only document, with a message', async () => {
    const content = await vscode.workspace.fs.readFile(workspaceFile('ferry-service.md'));
    const registration = vscode.workspace.registerFileSystemProvider('newsline-ro', new ReadOnlyFs(content), { isReadonly: true });
    try {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse('newsline-ro:/archive/ferry-service.md'));
      await vscode.languages.setTextDocumentLanguage(document, 'markdown');
      const editor = await show(vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'newsline-ro') ?? document);
      const before = editor.document.getText();
      const outcome = await vscode.commands.executeCommand<InsertOutcome>('newsline.insertSummary', editor.document.uri);
      assert.ok(outcome && !outcome.ok, `refused: ${JSON.stringify(outcome)}`);
      assert.match(outcome.reason, /read-only/i);
      assert.strictEqual(editor.document.getText(), before);
      assert.strictEqual(editor.document.isDirty, false);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      registration.dispose();
    }
  });

  it('writes nothing for a document closed after its analysis', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'plaintext',
      content: 'Harbour Fees Rise\n\nThe port raised its mooring fees on Monday.\nFishing crews said on Tuesday that the rise would cost them dearly.\nThe port board will meet again in June.\n',
    });
    const editor = await show(document);
    const m = await summarize(editor);
    const uri = document.uri.toString();
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor('the document to close', () => document.isClosed);
    // The panel still offers its Insert button for the closed document; pressing it must write nowhere.
    api.receiveFromPanel({ type: 'insertSummary', uri, version: m.doc.version });
    await sleep(1000);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri), 'the closed document was not reopened');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.getText().includes('Summary: The port')), 'the summary was written nowhere');
  });

  it('writes once on a double click and one undo restores a CRLF file byte for byte', async () => {
    const uri = workspaceFile('crlf-reliability.txt');
    const lf = (await vscode.workspace.fs.readFile(workspaceFile('bakery-award.txt'))).toString();
    const onDisk = lf.replace(/\r?\n/g, '\r\n');
    await vscode.workspace.fs.writeFile(uri, Buffer.from(onDisk));
    const editor = await open('crlf-reliability.txt');
    const document = editor.document;
    assert.strictEqual(document.eol, vscode.EndOfLine.CRLF);
    await summarize(editor);
    const before = document.getText();
    assert.strictEqual(before, onDisk);
    const message = { type: 'insertSummary', uri: uri.toString(), version: document.version };
    api.receiveFromPanel(message);
    api.receiveFromPanel(message);
    await waitFor('the insert', () => document.getText() !== before);
    await sleep(1000);
    const after = document.getText();
    assert.strictEqual(after.split('Summary: ').length - 1, 1, 'written once');
    assert.ok(!/[^\r]\n/.test(after), 'no bare LF');
    assert.strictEqual(document.eol, vscode.EndOfLine.CRLF);
    await show(document);
    await vscode.commands.executeCommand('undo');
    await waitFor('one undo', () => document.getText() === before);
    assert.strictEqual(Buffer.from(document.getText()).equals(Buffer.from(onDisk)), true, 'byte for byte');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('never shows one document’s results for another while the reader switches and types', async () => {
    const names = ['ferry-service.md', 'bakery-award.txt', 'river-cleanup.html'];
    const docs: vscode.TextDocument[] = [];
    const titles = new Map<string, string | undefined>();
    for (const name of names) {
      const editor = await open(name);
      const m = await summarize(editor);
      docs.push(editor.document);
      titles.set(editor.document.uri.toString(), m.analysis.title);
    }
    const originals = docs.map((d) => d.getText());
    const seen: Array<{ uri: string; version: number; title: string | undefined; shown: string | undefined }> = [];
    const timer = setInterval(() => {
      const m = api.panelModel();
      if (m?.kind === 'ready') seen.push({ uri: m.doc.uri, version: m.doc.version, title: m.analysis.title, shown: vscode.window.activeTextEditor?.document.uri.toString() });
    }, 5);
    try {
      for (let i = 0; i < 12; i++) {
        const document = docs[i % docs.length];
        void show(document);
        const edit = new vscode.WorkspaceEdit();
        edit.insert(document.uri, document.positionAt(document.getText().length), `\nThe council met on Monday for round ${i}.`);
        await vscode.workspace.applyEdit(edit);
        await sleep(i % 3 === 0 ? 0 : 40);
      }
      const last = docs[11 % docs.length];
      await show(last);
      const final = await ready(last, () => true, 'the settled analysis');
      // By version, not by the appended "Monday": the last document is a web page, and text written after its
      // </html> is outside the article that is analysed.
      assert.strictEqual(final.doc.version, last.version, 'the last edits are analysed');
    } finally {
      clearInterval(timer);
    }
    assert.ok(seen.length > 10, `${seen.length} samples`);
    for (const s of seen) assert.strictEqual(s.title, titles.get(s.uri), `the result shown for ${s.uri} is that document's`);
    // For each document, the versions shown never go back: an older result never replaces a newer one.
    for (const d of docs) {
      const versions = seen.filter((s) => s.uri === d.uri.toString()).map((s) => s.version);
      const contiguous = versions.filter((v, i) => i === 0 || v !== versions[i - 1]);
      for (let i = 1; i < contiguous.length; i++) {
        // A document shown again after another one may show its newer version; it never shows an older one.
        assert.ok(contiguous[i] > contiguous[i - 1], `versions of ${d.uri.path}: ${contiguous.join(', ')}`);
      }
    }
    for (const [i, d] of docs.entries()) {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(d.uri, new vscode.Range(d.positionAt(0), d.positionAt(d.getText().length)), originals[i]);
      await vscode.workspace.applyEdit(edit);
      await d.save();
    }
  });

  it('holds a burst of page requests to a few a second, the latest winning, and refuses a stale copy', async () => {
    const editor = await open('ferry-service.md');
    const m = await summarize(editor);
    const uri = editor.document.uri.toString();
    const { version } = m.doc;
    await vscode.env.clipboard.writeText('clipboard before');
    api.receiveFromPanel({ type: 'copy', what: 'summary', uri, version: version + 1 });
    if (version > 0) api.receiveFromPanel({ type: 'copy', what: 'summary', uri, version: version - 1 });
    await sleep(1500);
    assert.strictEqual(await vscode.env.clipboard.readText(), 'clipboard before', 'a copy of a version the panel does not hold copies nothing');
    api.receiveFromPanel({ type: 'copy', what: 'summary', uri, version });
    await waitFor('the summary to be copied', async () => (await vscode.env.clipboard.readText()) !== 'clipboard before');

    const before = api.panelSentences() ?? 3;
    const last = before === 2 ? 4 : 2;
    for (let i = 0; i < 500; i++) api.receiveFromPanel({ type: 'setSentences', uri, sentences: (i % 5) + 1 });
    api.receiveFromPanel({ type: 'setSentences', uri, sentences: last });
    await waitFor(`the latest sentence count (${last})`, () => api.panelSentences() === last);
    await sleep(1500);
    assert.strictEqual(api.panelSentences(), last, 'no earlier request of the burst runs after the latest');
    api.receiveFromPanel({ type: 'setSentences', uri, sentences: before });
    await waitFor('the sentence count back', () => api.panelSentences() === before);
  });

  it('releases everything when the panel is closed mid-analysis', async () => {
    await closePanel(api);
    const baseline = api.liveDisposables();
    const paragraph = (await vscode.workspace.fs.readFile(workspaceFile('ferry-service.md'))).toString().split('\n').slice(6).join('\n');
    const big = await vscode.workspace.openTextDocument({ language: 'markdown', content: `# Big Story\n\n${paragraph.repeat(Math.ceil(600_000 / paragraph.length))}` });
    const editor = await show(big);
    let caughtLoading = 0;
    for (let round = 0; round < 3; round++) {
      await vscode.commands.executeCommand('newsline.showPanel');
      await waitFor('the panel', newslineTab);
      assert.ok(api.liveDisposables() > baseline, 'the open panel holds its listeners');
      if (api.panelModel()?.kind === 'loading') caughtLoading++;
      await closePanel(api);
      await waitFor(`the disposables to return to ${baseline}`, () => api.liveDisposables() === baseline);
    }
    assert.ok(caughtLoading >= 1, 'the panel was closed while its analysis ran');
    // The analyses that were running finish into nothing: no panel comes back, the count stays put.
    await sleep(3000);
    assert.strictEqual(api.panelModel(), undefined);
    assert.ok(!newslineTab());
    assert.strictEqual(api.liveDisposables(), baseline);
    await show(editor.document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
