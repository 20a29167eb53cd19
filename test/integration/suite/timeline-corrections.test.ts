// Correcting a timeline date in the extension host of a real VS Code: the correction arrives as the page's message,
// survives a re-analysis after an edit before it (its offset moves), is in Copy and Export, and Undo and the reset
// command give Newsline's date back. (Named to sort after extension.test.ts, which expects activation to wait.)
import * as assert from 'assert';
import * as vscode from 'vscode';
import { dateAlternatives } from '../../../src/core/corrections';
import type { TimelineEntry } from '../../../src/core/types';
import type { NewslineTestHooks } from '../../../src/testHooks';
import type { ViewModel } from '../../../src/protocol';
import { open, testHooks, waitFor, workspaceFile } from './workbench';

type Ready = Extract<ViewModel, { kind: 'ready' }>;

describe('Newsline: correcting a timeline date in VS Code', function () {
  this.timeout(60_000);
  let api: NewslineTestHooks;
  let editor: vscode.TextEditor;

  function ready(check: (m: Ready) => boolean, what: string): Promise<Ready> {
    return waitFor(what, () => {
      const m = api.panelModel();
      return m?.kind === 'ready' && m.doc.uri === editor.document.uri.toString() && m.doc.version === editor.document.version && check(m) ? m : undefined;
    });
  }

  const at = (m: Ready, start: number): TimelineEntry | undefined => m.analysis.timeline.find((e) => e.mention.start === start);

  before(async () => {
    editor = await open('ferry-service.md');
    await vscode.commands.executeCommand('newsline.showPanel');
    api = await testHooks();
  });

  after(async () => {
    await vscode.commands.executeCommand('newsline.resetDateCorrections', editor.document.uri);
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    // The next suite reads the panel's model: leave it showing the article as it is on disk.
    await ready((m) => m.analysis.timeline.every((e) => e.setBy === undefined), 'the analysis of the reverted article');
  });

  it('moves the entry, keeps it through an edit before it, and puts it in Copy and Export', async () => {
    const first = await ready(() => true, 'the panel’s analysis');
    const entry = first.analysis.timeline.find((e) => dateAlternatives(e, first.analysis.referenceDate.value).length > 0);
    assert.ok(entry, 'an entry with other readings');
    const alternative = dateAlternatives(entry, first.analysis.referenceDate.value)[0].date;
    const { start, end } = entry.mention;
    assert.ok(api.receiveFromPanel({ type: 'correctDate', uri: first.doc.uri, version: first.doc.version, start, end, value: alternative.value }));
    const corrected = await ready((m) => at(m, start)?.setBy === 'user', 'the corrected entry');
    assert.strictEqual(at(corrected, start)?.date.value, alternative.value);
    assert.strictEqual(at(corrected, start)?.original, entry.date.value);
    assert.strictEqual(corrected.analysis.timeline.length, first.analysis.timeline.length);

    // An edit before the mention: the document is analysed again and the correction follows its mention.
    const inserted = '\n\n';
    assert.ok(await editor.edit((b) => b.insert(editor.document.positionAt(0), inserted)));
    const moved = await ready((m) => at(m, start + inserted.length) !== undefined, 'the analysis after the edit');
    assert.strictEqual(at(moved, start + inserted.length)?.date.value, alternative.value);
    assert.strictEqual(at(moved, start + inserted.length)?.setBy, 'user');

    const markdown = await vscode.commands.executeCommand<string>('newsline.copyTimeline');
    assert.ok(markdown.includes(alternative.label), markdown);
    const target = workspaceFile('ferry-corrected.entries.json');
    const outcome = await vscode.commands.executeCommand<{ ok: boolean }>('newsline.exportTimeline', undefined, { target });
    assert.ok(outcome.ok);
    const exported = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target))) as { timeline: TimelineEntry[] };
    assert.ok(exported.timeline.some((e) => e.mention.text === entry.mention.text && e.date.value === alternative.value && e.setBy === 'user'));

    // Undo from the panel: Newsline's date again.
    assert.ok(api.receiveFromPanel({ type: 'uncorrectDate', uri: first.doc.uri, start: start + inserted.length }));
    const undone = await ready((m) => at(m, start + inserted.length)?.setBy === undefined, 'the undone correction');
    assert.strictEqual(at(undone, start + inserted.length)?.date.value, entry.date.value);
  });

  it('refuses a correction of an older version or to no date, and the reset command drops them all', async () => {
    const m = await ready(() => true, 'the panel’s analysis');
    const entry = m.analysis.timeline[0];
    const { start, end } = entry.mention;
    // A year the entry is not in (a correction to Newsline's own date is an undo, not a correction).
    const year = String(+entry.date.value.slice(0, 4) - 10);
    api.receiveFromPanel({ type: 'correctDate', uri: m.doc.uri, version: m.doc.version - 1, start, end, value: '1999' });
    api.receiveFromPanel({ type: 'correctDate', uri: m.doc.uri, version: m.doc.version, start, end, value: '2022-02-30' });
    api.receiveFromPanel({ type: 'correctDate', uri: m.doc.uri, version: m.doc.version, start, end, value: year });
    const corrected = await ready((r) => r.analysis.timeline.some((e) => e.setBy === 'user'), 'the corrected entry');
    assert.deepStrictEqual(corrected.analysis.timeline.filter((e) => e.setBy === 'user').map((e) => e.date.value), [year]);
    const reset = await vscode.commands.executeCommand<number>('newsline.resetDateCorrections', editor.document.uri);
    assert.strictEqual(reset, 1);
    const back = await ready((r) => r.analysis.timeline.every((e) => e.setBy === undefined), 'the timeline without corrections');
    assert.deepStrictEqual(back.analysis.timeline, m.analysis.timeline);
  });
});
