// `newsline analyze --format timelinejs|csv|ics|html`: the compiled CLI, its output read by the formats' consumers.
import * as assert from 'assert';
import * as fs from 'fs';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { parseHTML } from 'linkedom';
import { analyze } from '../../src/core/analyze';
import { TIMELINEJS_COLUMNS, timelineRows, toTimelineJs } from '../../src/core/export';
import { SEED_PATH } from './support/fixtures';
import { runCli as run } from './support/cli';

describe('newsline CLI: export formats', function () {
  this.timeout(30000);
  // The seed lives in ../shared beside the repository; without it the seed's tests skip, as the acceptance tests do.
  let input: { analysis: ReturnType<typeof analyze>; text: string } | undefined;
  before(() => {
    if (!fs.existsSync(SEED_PATH)) return;
    const text = fs.readFileSync(SEED_PATH, 'utf8');
    input = { analysis: analyze(text, { referenceDate: '2022-04-01', fileName: SEED_PATH }), text };
  });
  const seed = (format: string) => run(['analyze', SEED_PATH, '--date', '2022-04-01', '--format', format]);

  it('--format timelinejs prints the TimelineJS document of the seed', function () {
    if (!input) return this.skip();
    const r = seed('timelinejs');
    assert.strictEqual(r.code, 0, r.err);
    assert.deepStrictEqual(JSON.parse(r.out), toTimelineJs(input));
    assert.strictEqual((JSON.parse(r.out) as { events: unknown[] }).events.length, 6);
  });

  it('--format csv prints the 18-column template that parses back into the same rows', function () {
    if (!input) return this.skip();
    const r = seed('csv');
    assert.strictEqual(r.code, 0, r.err);
    const rows = parseCsv(r.out) as string[][];
    assert.deepStrictEqual(rows[0], [...TIMELINEJS_COLUMNS]);
    assert.deepStrictEqual(rows.slice(1), timelineRows(input));
  });

  it('--format ics prints a calendar ical.js reads into the seed’s dates', function () {
    if (!input) return this.skip();
    const r = seed('ics');
    assert.strictEqual(r.code, 0, r.err);
    const events = new ICAL.Component(ICAL.parse(r.out)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    assert.deepStrictEqual(events.map((e) => e.startDate.toString()), ['1986-01-01', '2022-02-24', '2022-03-31', '2022-04-01', '2022-04-01', '2022-04-01']);
    assert.strictEqual(events[0].endDate.toString(), '1987-01-01');
  });

  it('--format html prints the report', function () {
    if (!input) return this.skip();
    const r = seed('html');
    assert.strictEqual(r.code, 0, r.err);
    const { document } = parseHTML(r.out);
    assert.match(document.querySelector('h1')!.textContent!, /^Kremlin Accuses Ukraine/);
    assert.strictEqual(document.querySelectorAll('ol.timeline > li').length, 6);
  });

  it('refuses a format it does not know, naming the ones it does', () => {
    const r = seed('xlsx');
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /--format "xlsx" must be one of text, json, markdown, timelinejs, csv, ics, html/);
    assert.strictEqual(r.out, '');
  });

  it('--jsonl still writes JSON only', () => {
    const r = run(['analyze', '--jsonl', '-', '--format', 'ics']);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /--jsonl writes JSON only/);
  });
});
