// Integration tests inside the extension host of a real VS Code: each command as a person runs it, checked through
// the editor tabs, the document text and what the panel shows.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { NewslineTestHooks } from '../../../src/testHooks';
import type { InsertOutcome } from '../../../src/host/insertSummary';
import type { ViewModel } from '../../../src/protocol';
import { newslineTab, open, testHooks, waitFor, workspaceFile } from './workbench';

type Ready = Extract<ViewModel, { kind: 'ready' }>;

let api: NewslineTestHooks;

async function readyModel(uri: vscode.Uri, check: (m: Ready) => boolean = () => true, what = 'the panel to show the analysis'): Promise<Ready> {
  return waitFor(what, () => {
    const m = api.panelModel();
    return m?.kind === 'ready' && m.doc.uri === uri.toString() && check(m) ? m : undefined;
  });
}

async function setConfig(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('newsline').update(key, value, vscode.ConfigurationTarget.Workspace);
}

suite();

function suite(): void {
  describe('Newsline in VS Code', function () {
    this.timeout(60_000);

    before(async () => {
      const ext = vscode.extensions.getExtension('newsline.newsline');
      assert.ok(ext, 'the extension is installed');
      assert.strictEqual(ext.isActive, false, 'activation waits for a command');
      await open('ferry-service.md');
      await vscode.commands.executeCommand('newsline.showPanel');
      assert.strictEqual(await ext.activate(), undefined, 'the extension exports no API: the test hooks are not part of it');
      assert.ok(ext.isActive);
      api = await testHooks();
    });

    afterEach(async () => {
      await setConfig('insertPosition', undefined);
      await setConfig('referenceDate', undefined);
    });

    it('opens the panel beside the editor and keeps focus in the editor', async () => {
      const editor = await open('ferry-service.md');
      await vscode.commands.executeCommand('newsline.showPanel');
      const tab = await waitFor('the Newsline tab', newslineTab);
      assert.notStrictEqual(tab.group.viewColumn, editor.viewColumn, 'the panel is in another column');
      assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString(), 'focus stays in the editor');
      const m = await readyModel(editor.document.uri);
      assert.strictEqual(m.analysis.title, 'Island Ferry Returns to Service After Engine Refit');
      assert.deepStrictEqual(m.analysis.referenceDate.source, 'document');
      assert.strictEqual(m.analysis.referenceDate.value, '2024-03-15');
      assert.strictEqual(m.analysis.summary.length, 3);
      assert.ok(m.analysis.timeline.length >= 3, 'the article has several dated events');
      const text = editor.document.getText();
      for (const e of m.analysis.timeline) assert.strictEqual(text.slice(e.mention.start, e.mention.end), e.mention.text);
      // Running the command again reveals the same panel rather than opening a second one.
      await vscode.commands.executeCommand('newsline.showPanel');
      const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview);
      assert.strictEqual(tabs.length, 1);
    });

    it('inserts the summary as one undoable edit after the front matter and title', async () => {
      const editor = await open('ferry-service.md');
      await vscode.commands.executeCommand('newsline.showPanel');
      const m = await readyModel(editor.document.uri);
      const before = editor.document.getText();
      const outcome = await vscode.commands.executeCommand<InsertOutcome>('newsline.insertSummary');
      assert.ok(outcome?.ok, `inserted: ${JSON.stringify(outcome)}`);
      const after = editor.document.getText();
      const titleEnd = before.indexOf('# Island Ferry');
      const blockAt = after.indexOf('> **Summary**');
      assert.ok(titleEnd > 0 && blockAt > titleEnd, 'the block follows the title line');
      assert.ok(after.startsWith(before.slice(0, before.indexOf('\n', titleEnd) + 1)), 'front matter and title are untouched');
      for (const s of m.analysis.summary.slice(0, 1)) assert.ok(after.includes(s.text.slice(0, 40)), 'the summary sentences are inserted');
      await vscode.window.showTextDocument(editor.document, editor.viewColumn);
      await vscode.commands.executeCommand('undo');
      await waitFor('undo to restore the text', () => editor.document.getText() === before);
    });

    it('follows the active editor and re-analyses after an edit, dropping nothing newer', async () => {
      const editor = await open('bakery-award.txt');
      const m1 = await readyModel(editor.document.uri, () => true, 'the panel to follow the plain-text article');
      assert.strictEqual(m1.analysis.format, 'plaintext');
      const ok = await editor.edit((b) => b.insert(editor.document.positionAt(editor.document.getText().length), '\nThe bakery will close for a week on Monday.\n'));
      assert.ok(ok);
      const m2 = await readyModel(editor.document.uri, (m) => m.doc.version === editor.document.version, 'a fresh analysis of the edited text');
      assert.ok(m2.analysis.timeline.some((e) => e.mention.text === 'Monday'), 'the new sentence is on the timeline');
      await vscode.commands.executeCommand('undo');
      await readyModel(editor.document.uri, (m) => m.doc.version === editor.document.version);
    });

    it('inserts plain-text and HTML summaries in their own syntax, and never from a stale analysis', async () => {
      const txt = await open('bakery-award.txt');
      await readyModel(txt.document.uri);
      // Edit a summary sentence and insert at once: the insert must analyse the new text first.
      const original = txt.document.getText();
      const word = 'sourdough prize';
      const at = original.indexOf(word);
      assert.ok(at > 0);
      await txt.edit((b) => b.replace(new vscode.Range(txt.document.positionAt(at), txt.document.positionAt(at + word.length)), 'rye bread prize'));
      const outcome = await vscode.commands.executeCommand<InsertOutcome>('newsline.insertSummary');
      assert.ok(outcome?.ok);
      assert.match(outcome.text, /^\nSummary: .*rye bread prize/s, 'a "Summary:" paragraph from the edited text');
      assert.ok(!outcome.text.includes('sourdough prize'));
      await vscode.commands.executeCommand('undo');
      await vscode.commands.executeCommand('undo');
      await waitFor('the text to return', () => txt.document.getText() === original);

      const html = await open('river-cleanup.html');
      await readyModel(html.document.uri);
      const before = html.document.getText();
      const result = await vscode.commands.executeCommand<InsertOutcome>('newsline.insertSummary');
      assert.ok(result?.ok);
      const after = html.document.getText();
      const aside = after.indexOf('<aside class="newsline-summary">');
      assert.ok(aside > after.indexOf('</h1>'), 'the aside follows the headline');
      assert.ok(after.includes('<h2>Summary</h2>'));
      assert.ok(!/<p>[^<]*&(?!#?\w+;)/.test(after.slice(aside)), 'text is HTML-escaped');
      await vscode.commands.executeCommand('undo');
      await waitFor('undo', () => html.document.getText() === before);
    });

    it('inserts at the cursor when newsline.insertPosition is "cursor", and only once on a double click', async () => {
      await setConfig('insertPosition', 'cursor');
      const editor = await open('ferry-service.md');
      const before = editor.document.getText();
      const cursorAt = before.indexOf('The Kestrel was built');
      editor.selection = new vscode.Selection(editor.document.positionAt(cursorAt), editor.document.positionAt(cursorAt));
      const [a, b] = await Promise.all([
        vscode.commands.executeCommand<InsertOutcome>('newsline.insertSummary'),
        vscode.commands.executeCommand<InsertOutcome>('newsline.insertSummary'),
      ]);
      assert.strictEqual([a, b].filter((o) => o?.ok).length, 1, 'exactly one of two quick inserts writes');
      const after = editor.document.getText();
      assert.strictEqual(after.split('> **Summary**').length - 1, 1);
      assert.strictEqual(after.indexOf('> **Summary**'), cursorAt, 'the block starts at the cursor');
      await vscode.commands.executeCommand('undo');
      await waitFor('undo', () => editor.document.getText() === before);
    });

    it('keeps CRLF files CRLF', async () => {
      const uri = workspaceFile('crlf-article.txt');
      const lf = (await vscode.workspace.fs.readFile(workspaceFile('bakery-award.txt'))).toString();
      await vscode.workspace.fs.writeFile(uri, Buffer.from(lf.replace(/\n/g, '\r\n')));
      const editor = await open('crlf-article.txt');
      assert.strictEqual(editor.document.eol, vscode.EndOfLine.CRLF);
      const outcome = await vscode.commands.executeCommand<InsertOutcome>('newsline.insertSummary');
      assert.ok(outcome?.ok);
      const text = editor.document.getText();
      assert.ok(text.includes('\r\n\r\nSummary: '), 'blank line before the block in CRLF');
      assert.ok(!/[^\r]\n/.test(text), 'no bare LF');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });

    it('changes the reference date through the setting and back to detection with "auto"', async () => {
      const editor = await open('ferry-service.md');
      await vscode.commands.executeCommand('newsline.showPanel');
      await readyModel(editor.document.uri, (m) => m.analysis.referenceDate.source === 'document');
      await vscode.commands.executeCommand('newsline.setReferenceDate', '2021-06-10');
      assert.strictEqual(vscode.workspace.getConfiguration('newsline').get('referenceDate'), '2021-06-10');
      const m = await readyModel(editor.document.uri, (x) => x.analysis.referenceDate.source === 'option', 'the panel to use the set date');
      assert.strictEqual(m.analysis.referenceDate.value, '2021-06-10');
      assert.ok(m.analysis.timeline.some((e) => e.date.value.startsWith('2021-06')), '"Thursday" resolves against the new date');
      await vscode.commands.executeCommand('newsline.setReferenceDate', 'not a date');
      assert.strictEqual(vscode.workspace.getConfiguration('newsline').get('referenceDate'), '2021-06-10', 'a bad date changes nothing');
      await vscode.commands.executeCommand('newsline.setReferenceDate', 'auto');
      await readyModel(editor.document.uri, (x) => x.analysis.referenceDate.source === 'document' && x.analysis.referenceDate.value === '2024-03-15', 'detection again');
    });

    it('copies the timeline as Markdown', async () => {
      const editor = await open('river-cleanup.html');
      const text = await vscode.commands.executeCommand<string>('newsline.copyTimeline');
      assert.ok(text && text.startsWith('- **2017**'), text);
      assert.strictEqual(await vscode.env.clipboard.readText(), text);
      assert.ok(text.includes('Sat 20 Sep 2025'));
      assert.strictEqual(editor.document.isDirty, false);
    });

    it('shows friendly states for an empty document and one without dates', async () => {
      const empty = await open('empty.md');
      const m = await readyModel(empty.document.uri);
      assert.ok(m.analysis.notices.some((n) => n.code === 'empty'));
      const refused = await vscode.commands.executeCommand<InsertOutcome>('newsline.insertSummary');
      assert.ok(refused && !refused.ok, 'nothing to insert into an empty document');
      assert.strictEqual(empty.document.getText(), '');
      const plain = await open('no-dates.txt');
      const n = await readyModel(plain.document.uri);
      assert.strictEqual(n.analysis.timeline.length, 0);
      assert.ok(n.analysis.notices.some((x) => x.code === 'no-dates'));
    });

    it('refuses a document over newsline.maxDocumentLength with a notice, and analyses it once the limit is raised', async () => {
      const editor = await open('ferry-service.md');
      await vscode.commands.executeCommand('newsline.showPanel');
      await setConfig('maxDocumentLength', 1000);
      try {
        const m = await readyModel(editor.document.uri, (x) => x.analysis.notices.some((n) => n.code === 'too-large'), 'the size notice');
        assert.strictEqual(m.analysis.summary.length, 0);
        assert.match(m.analysis.notices[0].message, /newsline\.maxDocumentLength/);
      } finally {
        await setConfig('maxDocumentLength', undefined);
      }
      const again = await readyModel(editor.document.uri, (x) => x.analysis.summary.length > 0, 'the analysis under the default limit');
      assert.ok(!again.analysis.notices.some((n) => n.code === 'too-large'));
    });

    it('releases the panel when it is closed', async () => {
      await open('ferry-service.md');
      await vscode.commands.executeCommand('newsline.showPanel');
      const tab = await waitFor('the Newsline tab', newslineTab);
      await vscode.window.tabGroups.close(tab);
      await waitFor('the panel to be gone', () => api.panelModel() === undefined && !newslineTab());
    });
  });
}
