// Export Timeline... in the extension host of a real VS Code. The save dialog of code-server is a quick input, so
// the test gives the target file as the command's second argument (see src/commands/exportTimeline.ts) and reads
// what was written back through vscode.workspace.fs, with the formats' own parsers.
// (Named to sort after extension.test.ts, whose first test expects the extension not yet activated.)
import * as assert from 'assert';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import * as vscode from 'vscode';
import type { ExportOutcome } from '../../../src/commands/exportTimeline';
import { TIMELINEJS_COLUMNS, type TimelineJsDocument } from '../../../src/core/export';
import type { NewslineTestHooks } from '../../../src/testHooks';
import type { ViewModel } from '../../../src/protocol';
import { open, testHooks, waitFor, workspaceFile } from './workbench';

type Ready = Extract<ViewModel, { kind: 'ready' }>;

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

describe('Newsline: Export Timeline... in VS Code', function () {
  this.timeout(60_000);
  let api: NewslineTestHooks;
  let model: Ready;

  before(async () => {
    const editor = await open('ferry-service.md');
    await vscode.commands.executeCommand('newsline.showPanel');
    api = await testHooks();
    model = await waitFor('the panel’s analysis', () => {
      const m = api.panelModel();
      return m?.kind === 'ready' && m.doc.uri === editor.document.uri.toString() ? m : undefined;
    });
    assert.ok(model.analysis.timeline.length >= 3);
  });

  async function exportTo(name: string, options: Record<string, unknown> = {}): Promise<ExportOutcome | undefined> {
    return vscode.commands.executeCommand<ExportOutcome | undefined>('newsline.exportTimeline', undefined, { target: workspaceFile(name), ...options });
  }

  it('is in the command palette', async () => {
    assert.ok((await vscode.commands.getCommands(true)).includes('newsline.exportTimeline'));
  });

  it('writes a calendar whose events ical.js reads with the timeline’s dates', async () => {
    const outcome = await exportTo('ferry.ics');
    assert.ok(outcome?.ok, JSON.stringify(outcome));
    assert.strictEqual(outcome.format, 'ics');
    const events = new ICAL.Component(ICAL.parse(await readText(workspaceFile('ferry.ics')))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    assert.strictEqual(events.length, model.analysis.timeline.length);
    const days = model.analysis.timeline.filter((e) => e.date.granularity === 'day');
    assert.ok(days.length > 0);
    for (const d of days) assert.ok(events.some((e) => e.startDate.toString() === d.date.value && e.summary === d.event), d.date.value);
  });

  it('writes the TimelineJS JSON and the spreadsheet, the format picked by the file name', async () => {
    const json = await exportTo('ferry.json');
    assert.ok(json?.ok && json.format === 'timelinejs', JSON.stringify(json));
    const doc = JSON.parse(await readText(workspaceFile('ferry.json'))) as TimelineJsDocument;
    assert.strictEqual(doc.events.length, model.analysis.timeline.length);
    assert.match(doc.title.text.headline, /^Island Ferry Returns to Service/);
    const csv = await exportTo('ferry.csv');
    assert.ok(csv?.ok && csv.format === 'csv');
    const rows = parseCsv(await readText(workspaceFile('ferry.csv'))) as string[][];
    assert.deepStrictEqual(rows[0], [...TIMELINEJS_COLUMNS]);
    assert.strictEqual(rows.length, model.analysis.timeline.length + 2);
  });

  it('writes the HTML report, the Markdown table and the entries', async () => {
    for (const [name, format] of [['ferry.html', 'html'], ['ferry.md', 'markdown'], ['ferry.entries.json', 'json']] as const) {
      const outcome = await exportTo(name);
      assert.ok(outcome?.ok && outcome.format === format, `${name}: ${JSON.stringify(outcome)}`);
    }
    assert.match(await readText(workspaceFile('ferry.html')), /<h1>Island Ferry Returns to Service/);
    const entries = JSON.parse(await readText(workspaceFile('ferry.entries.json'))) as { timeline: unknown[] };
    assert.deepStrictEqual(entries.timeline, model.analysis.timeline);
  });

  it('refuses a file name that names no format, and writes nothing', async () => {
    const outcome = await exportTo('ferry.docx');
    assert.ok(outcome && !outcome.ok);
    assert.match(outcome.reason, /the file name’s ending picks the format|the file name's ending picks the format/);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(workspaceFile('ferry.docx'))));
    const forced = await exportTo('ferry.txt', { format: 'csv' });
    assert.ok(forced?.ok && forced.format === 'csv');
    assert.match(await readText(workspaceFile('ferry.txt')), /^Year,Month,Day,Time,/);
  });

  it('refuses options it cannot read with a message', async () => {
    const outcome = await vscode.commands.executeCommand('newsline.exportTimeline', undefined, { target: workspaceFile('x.ics'), format: 'xlsx' });
    assert.strictEqual(outcome, undefined);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(workspaceFile('x.ics'))));
  });
});
