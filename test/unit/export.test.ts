// The exports read back by their real consumers: ical.js for iCalendar, csv-parse for the CSV, linkedom (an HTML
// parser) for the HTML report; the TimelineJS JSON itself is loaded into TimelineJS in test/e2e/export.test.ts.
import * as assert from 'assert';
import * as fs from 'fs';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { parseHTML } from 'linkedom';
import MarkdownIt from 'markdown-it';
import { analyze } from '../../src/core/analyze';
import { timelineDate } from '../../src/core/calendar';
import { EXPORT_FORMATS, formatForFileName, renderExport, TIMELINEJS_COLUMNS, timelineRows, toTimelineJs, type ExportInput } from '../../src/core/export';
import { csvField, neutraliseFormula } from '../../src/core/export/csv';
import { escapeIcsText, foldLine } from '../../src/core/export/ics';
import type { Analysis, TimelineDate, TimelineEntry } from '../../src/core/types';
import { SEED_PATH } from './support/fixtures';

const NOW = new Date(Date.UTC(2026, 11, 3, 10, 30, 0));

/** The seed article's analysis; the test skips, as the seed acceptance tests do, when ../shared is not beside the repository. */
function seedInput(test: Mocha.Context): ExportInput {
  if (!fs.existsSync(SEED_PATH)) test.skip();
  const text = fs.readFileSync(SEED_PATH, 'utf8');
  return { analysis: analyze(text, { referenceDate: '2022-04-01', fileName: SEED_PATH }), text };
}

function tdate(value: string): TimelineDate {
  const d = timelineDate(value);
  assert.ok(d, value);
  return { value: d.value, granularity: d.granularity, label: d.label };
}

/** An analysis of a made-up document with one sentence per entry, one entry per date form the engine has. */
function syntheticInput(dates: ReadonlyArray<{ value: string; end?: string; mention: string; sentence: string }>): ExportInput {
  let text = '';
  const timeline: TimelineEntry[] = dates.map((d, index) => {
    const start = text.length;
    text += d.sentence + '\n';
    const at = start + d.sentence.indexOf(d.mention);
    return {
      date: tdate(d.value),
      ...(d.end ? { endDate: tdate(d.end) } : {}),
      event: d.sentence,
      sentence: { index, start, end: start + d.sentence.length },
      mention: { text: d.mention, start: at, end: at + d.mention.length },
    };
  });
  const analysis: Analysis = {
    title: 'Dates of every kind',
    format: 'plaintext',
    referenceDate: { value: '2024-06-01', source: 'option' },
    summary: [],
    timeline,
    timexes: [],
    sentenceCount: timeline.length,
    notices: [],
  };
  return { analysis, text };
}

const EVERY_KIND = [
  { value: '2022-04-01', mention: 'Friday', sentence: 'Helicopters struck a depot on Friday.' },
  { value: '2023-08-13T02:30', mention: 'at 2:30 a.m. on Aug. 13', sentence: 'The dam broke at 2:30 a.m. on Aug. 13, 2023.' },
  { value: '2023-08-13TMO', mention: 'Sunday morning', sentence: 'Crews arrived on Sunday morning.' },
  { value: '2025-W22', mention: 'that week', sentence: 'Talks stalled that week.' },
  { value: '2022-03', mention: 'March', sentence: 'Prices rose in March.' },
  { value: '2024-Q3', mention: 'the third quarter', sentence: 'Sales fell in the third quarter.' },
  { value: '2024-H1', mention: 'the first half', sentence: 'Hiring froze in the first half.' },
  { value: '2024-SU', mention: 'summer', sentence: 'The pool closed last summer.' },
  { value: '2024-WI', mention: 'winter', sentence: 'Snow fell all winter.' },
  { value: '1986', mention: 'in 1986', sentence: 'The reactor exploded in 1986.' },
  { value: '199', mention: 'the 1990s', sentence: 'The town grew in the 1990s.' },
  { value: '19', mention: 'the 20th century', sentence: 'The mill ran through the 20th century.' },
  { value: '2014', end: '2017', mention: 'between 2014 and 2017', sentence: 'He served between 2014 and 2017.' },
  { value: '2022-11-01', mention: 'around Nov. 1', sentence: 'Ballots go out around Nov. 1.' },
];

/** The all-day span each value of EVERY_KIND covers, DTEND exclusive; `undefined` for a clock time. */
const EXPECTED_DAYS: Record<string, [string, string] | undefined> = {
  '2022-04-01': ['2022-04-01', '2022-04-02'],
  '2023-08-13T02:30': undefined,
  '2023-08-13TMO': ['2023-08-13', '2023-08-14'],
  '2025-W22': ['2025-05-26', '2025-06-02'],
  '2022-03': ['2022-03-01', '2022-04-01'],
  '2024-Q3': ['2024-07-01', '2024-10-01'],
  '2024-H1': ['2024-01-01', '2024-07-01'],
  '2024-SU': ['2024-06-01', '2024-09-01'],
  '2024-WI': ['2024-12-01', '2025-03-01'],
  '1986': ['1986-01-01', '1987-01-01'],
  '199': ['1990-01-01', '2000-01-01'],
  '19': ['1900-01-01', '2000-01-01'],
  '2014': ['2014-01-01', '2018-01-01'],
  '2022-11-01': ['2022-11-01', '2022-11-02'],
};

const HOSTILE_SENTENCES = [
  '=HYPERLINK("http://evil.example","click") was typed into the form on March 3, 2022.',
  '+1+1 appeared in the totals on March 4, 2022; then, "quoted, text" followed.',
  '-2+3 was found in a cell on March 5, 2022, with a back\\slash.',
  '@SUM(A1:A9) ran on March 6, 2022 <script>__newslinePwned=1</script>.',
  'The page showed <img src=x onerror="__newslinePwned=1"> | pipes | on March 7, 2022 — ünïcödé 日本語 😀 text.',
];

const HOSTILE_TITLE = "Hostile <b>Title</b> =cmd|' /C calc'!A0";

function hostileInput(): ExportInput {
  const text = `${HOSTILE_TITLE}\n\n${HOSTILE_SENTENCES.join('\n\n')}\n`;
  // The engine finds no title in this text; the one given stands for a hostile headline.
  return { analysis: { ...analyze(text, { referenceDate: '2022-04-01', fileName: 'hostile.txt' }), title: HOSTILE_TITLE }, text };
}

function icalEvents(ics: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('export: iCalendar read back by ical.js', () => {
  it('gives the seed’s timeline dates as all-day events with exclusive ends', function () {
    const input = seedInput(this);
    const events = icalEvents(renderExport('ics', input, { now: NOW }));
    assert.strictEqual(events.length, input.analysis.timeline.length);
    assert.deepStrictEqual(
      events.map((e) => e.startDate.toString()),
      input.analysis.timeline.map((t) => (t.date.granularity === 'year' ? `${t.date.value}-01-01` : t.date.value)),
    );
    assert.ok(events.every((e) => e.startDate.isDate && e.endDate.isDate));
    assert.deepStrictEqual(events.map((e) => e.summary), input.analysis.timeline.map((t) => t.event));
    assert.ok(events.some((e) => e.startDate.toString() === '2022-02-24' && e.endDate.toString() === '2022-02-25'));
    assert.strictEqual(new Set(events.map((e) => e.uid)).size, events.length, 'UIDs are unique');
  });

  it('spans each coarser date over the days it covers and keeps its label in the description', () => {
    const input = syntheticInput(EVERY_KIND);
    const events = icalEvents(renderExport('ics', input, { now: NOW }));
    assert.strictEqual(events.length, EVERY_KIND.length, 'no entry left out');
    events.forEach((e, i) => {
      const expected = EXPECTED_DAYS[EVERY_KIND[i].value];
      if (expected) {
        assert.ok(e.startDate.isDate, EVERY_KIND[i].value);
        assert.deepStrictEqual([e.startDate.toString(), e.endDate.toString()], expected, EVERY_KIND[i].value);
      } else {
        assert.strictEqual(e.startDate.isDate, false);
        assert.strictEqual(e.startDate.toString(), '2023-08-13T02:30:00');
      }
    });
    assert.match(events[5].description, /^Q3 2024: /);
    assert.match(events[12].description, /^2014 – 2017: /);
  });

  it('has DTSTAMP, CRLF line ends and lines of at most 75 octets', () => {
    const ics = renderExport('ics', hostileInput(), { now: NOW });
    assert.ok(ics.endsWith('\r\n'));
    assert.ok(!/[^\r]\n/.test(ics), 'every line break is CRLF');
    for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line, 'utf8') <= 75, line);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    for (const v of calendar.getAllSubcomponents('vevent')) assert.strictEqual(v.getFirstPropertyValue('dtstamp')?.toString(), '2026-12-03T10:30:00Z');
  });

  it('keeps hostile text as the same text (escaping, folding inside multi-byte characters)', () => {
    const input = hostileInput();
    const events = icalEvents(renderExport('ics', input, { now: NOW }));
    assert.strictEqual(events.length, input.analysis.timeline.length);
    assert.ok(events.length >= 4);
    assert.deepStrictEqual(events.map((e) => e.summary), input.analysis.timeline.map((t) => t.event.replace(/\s+/g, ' ').trim()));
    assert.ok(events.some((e) => e.description.includes('ünïcödé 日本語 😀')));
    assert.ok(events.some((e) => e.description.includes('"quoted, text"')));
  });

  it('folds without splitting a character and escapes TEXT', () => {
    const long = `SUMMARY:${'日'.repeat(40)}`;
    const folded = foldLine(long);
    assert.strictEqual(folded.replace(/\r\n /g, ''), long);
    for (const l of folded.split('\r\n')) assert.ok(Buffer.byteLength(l) <= 75);
    assert.strictEqual(escapeIcsText('a;b,c\\d\ne'), 'a\\;b\\,c\\\\d\\ne');
  });
});

describe('export: TimelineJS spreadsheet CSV read back by csv-parse', () => {
  it('has the 18 template columns in order and parses back into the same rows', function () {
    const input = seedInput(this);
    const csv = renderExport('csv', input);
    const rows = parseCsv(csv, { relax_column_count: false }) as string[][];
    assert.deepStrictEqual(rows[0], [...TIMELINEJS_COLUMNS]);
    assert.strictEqual(TIMELINEJS_COLUMNS.length, 18);
    assert.deepStrictEqual(rows.slice(1), timelineRows(input));
    assert.strictEqual(rows[1][15], 'title');
    assert.strictEqual(rows.length, input.analysis.timeline.length + 2);
    assert.deepStrictEqual(rows[3].slice(0, 3), ['2022', '2', '24']);
    assert.ok(csv.split('\r\n').length > rows.length - 1, 'CRLF rows');
  });

  it('writes the parts a granularity has and a display date for the others', () => {
    const rows = parseCsv(renderExport('csv', syntheticInput(EVERY_KIND))) as string[][];
    const byValue = new Map(EVERY_KIND.map((k, i) => [k.value, rows[i + 2]]));
    assert.deepStrictEqual(byValue.get('1986')!.slice(0, 9), ['1986', '', '', '', '', '', '', '', '']);
    assert.deepStrictEqual(byValue.get('2023-08-13T02:30')!.slice(0, 4), ['2023', '8', '13', '02:30']);
    assert.deepStrictEqual(byValue.get('2024-Q3')!.slice(0, 3), ['2024', '7', '']);
    assert.strictEqual(byValue.get('2024-Q3')![8], 'Q3 2024');
    assert.deepStrictEqual(byValue.get('2014')!.slice(0, 9), ['2014', '', '', '', '2017', '', '', '', '']);
    assert.strictEqual(byValue.get('2022-11-01')![8], 'around Tue 1 Nov 2022');
  });

  it('cannot start a formula and keeps quotes, commas and line breaks in their cells', () => {
    const input = hostileInput();
    const rows = parseCsv(renderExport('csv', input)) as string[][];
    for (const row of rows) {
      assert.strictEqual(row.length, 18);
      for (const cell of row) assert.ok(!/^[=+\-@\t\r]/.test(cell), `a cell starts a formula: ${cell}`);
    }
    const headlines = rows.slice(2).map((r) => r[9]);
    assert.ok(headlines.some((h) => h.startsWith("'=HYPERLINK(")), headlines.join('\n'));
    assert.ok(headlines.some((h) => h.startsWith("'+1+1")));
    assert.ok(rows[1][9].startsWith('Hostile'));
    assert.ok(headlines.some((h) => h.startsWith("'@SUM(")));
    assert.ok(rows.some((r) => r[10].includes('&#34;quoted, text&#34;')));
    assert.deepStrictEqual(rows.slice(1), timelineRows(input).map((r) => r.map(neutraliseFormula)));
    assert.strictEqual(csvField('a "b"\r\nc'), '"a ""b""\r\nc"');
    assert.strictEqual(csvField('-1'), "'-1");
  });
});

describe('export: TimelineJS JSON', () => {
  it('splits dates only as far as the granularity goes, with display dates', () => {
    const doc = toTimelineJs(syntheticInput(EVERY_KIND));
    const at = (value: string) => doc.events[EVERY_KIND.findIndex((k) => k.value === value)];
    assert.deepStrictEqual(at('1986').start_date, { year: 1986 });
    assert.deepStrictEqual(at('2022-03').start_date, { year: 2022, month: 3 });
    assert.deepStrictEqual(at('2022-04-01').start_date, { year: 2022, month: 4, day: 1 });
    assert.deepStrictEqual(at('2023-08-13T02:30').start_date, { year: 2023, month: 8, day: 13, hour: 2, minute: 30 });
    assert.deepStrictEqual(at('2025-W22').start_date, { year: 2025, month: 5, day: 26, display_date: 'Week 22, 2025' });
    assert.deepStrictEqual(at('2024-SU').start_date, { year: 2024, month: 6, display_date: 'Summer 2024' });
    assert.deepStrictEqual(at('199').start_date, { year: 1990, display_date: '1990s' });
    assert.strictEqual(at('2023-08-13TMO').display_date, 'Sun 13 Aug 2023, morning');
    assert.deepStrictEqual(at('2014').end_date, { year: 2017 });
    assert.strictEqual(at('2022-11-01').display_date, 'around Tue 1 Nov 2022');
    assert.strictEqual(at('2022-04-01').display_date, undefined);
    assert.strictEqual(new Set(doc.events.map((e) => e.unique_id)).size, doc.events.length);
    assert.strictEqual(doc.title.text.headline, 'Dates of every kind');
  });

  it('escapes article text, which TimelineJS reads as HTML', () => {
    const doc = toTimelineJs(hostileInput());
    const all = JSON.stringify(doc);
    assert.ok(!/<(script|img|b)\b/i.test(all.replace(/<\/?p>/g, '')), all);
    assert.ok(all.includes('&#60;script&#62;'));
    assert.match(doc.title.text.headline, /^Hostile &#60;b&#62;Title&#60;\/b&#62;/);
  });

  it('has the seed’s title, summary and dates', function () {
    const input = seedInput(this);
    const doc = toTimelineJs(input);
    assert.match(doc.title.text.headline, /^Kremlin Accuses Ukraine/);
    assert.strictEqual((doc.title.text.text.match(/<p>/g) ?? []).length, input.analysis.summary.length);
    assert.deepStrictEqual(doc.events.map((e) => [e.start_date.year, e.start_date.month, e.start_date.day]), [
      [1986, undefined, undefined], [2022, 2, 24], [2022, 3, 31], [2022, 4, 1], [2022, 4, 1], [2022, 4, 1],
    ]);
    assert.match(doc.events[1].text.text, /staging ground/, 'the text is the whole sentence');
  });
});

describe('export: HTML report, Markdown table, JSON', () => {
  it('the HTML report holds hostile text as text: no script, no element from the article', () => {
    const input = hostileInput();
    const html = renderExport('html', input);
    const { document } = parseHTML(html);
    assert.strictEqual(document.querySelectorAll('script, img, b, iframe').length, 0);
    assert.match(document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!, /default-src 'none'/);
    const shown = document.querySelector('ol.timeline')!.textContent!;
    assert.ok(shown.includes('<script>__newslinePwned=1</script>'));
    assert.ok(shown.includes('<img src=x onerror="__newslinePwned=1">'));
    assert.strictEqual(document.querySelector('h1')!.textContent, "Hostile <b>Title</b> =cmd|' /C calc'!A0");
    assert.strictEqual(document.querySelectorAll('ol.timeline > li').length, input.analysis.timeline.length);
    assert.match(html, /@media print/);
  });

  it('the HTML report of the seed has its title, reference date, summary and timeline', function () {
    const input = seedInput(this);
    const { document } = parseHTML(renderExport('html', input));
    assert.match(document.querySelector('h1')!.textContent!, /^Kremlin Accuses/);
    assert.strictEqual(document.querySelector('time')!.getAttribute('datetime'), '2022-04-01');
    assert.strictEqual(document.querySelectorAll('ol.summary > li').length, input.analysis.summary.length);
    assert.deepStrictEqual(Array.from(document.querySelectorAll('ol.timeline .date'), (d) => d.textContent), input.analysis.timeline.map((t) => t.date.label));
  });

  it('the Markdown table, rendered by markdown-it (VS Code\'s preview), has one row per entry and keeps hostile text as text', () => {
    const input = hostileInput();
    const md = renderExport('markdown', input);
    const { document } = parseHTML(`<!doctype html><html><body>${new MarkdownIt().render(md)}</body></html>`);
    const rows = Array.from(document.querySelectorAll('tbody tr'));
    assert.strictEqual(rows.length, input.analysis.timeline.length);
    rows.forEach((row, i) => {
      const cells = Array.from(row.querySelectorAll('td'), (td) => td.textContent);
      assert.deepStrictEqual(cells, [cells[0], input.analysis.timeline[i].event.replace(/\s+/g, ' ').trim()], 'a pipe or markup in the event cannot end or leave its cell');
    });
    assert.strictEqual(document.querySelectorAll('script, img, a, iframe').length, 0, 'no element made from article text');
  });

  it('the JSON holds the engine’s entries', function () {
    const input = seedInput(this);
    const parsed = JSON.parse(renderExport('json', input)) as { timeline: TimelineEntry[]; referenceDate: { value: string } };
    assert.deepStrictEqual(parsed.timeline, input.analysis.timeline);
    assert.strictEqual(parsed.referenceDate.value, '2022-04-01');
  });

  it('picks a format by file name', () => {
    assert.strictEqual(formatForFileName('a/b.ics')?.id, 'ics');
    assert.strictEqual(formatForFileName('story.json')?.id, 'timelinejs');
    assert.strictEqual(formatForFileName('story.entries.json')?.id, 'json');
    assert.strictEqual(formatForFileName('story.HTML')?.id, 'html');
    assert.strictEqual(formatForFileName('story.txt'), undefined);
    assert.strictEqual(EXPORT_FORMATS.length, 6);
  });

  it('an empty timeline exports without error in every format', () => {
    const text = 'Nothing dated here at all. Just words.';
    const input: ExportInput = { analysis: analyze(text, { referenceDate: '2022-04-01' }), text };
    for (const f of EXPORT_FORMATS) assert.ok(f.render(input, { now: NOW }).length > 0, f.id);
    assert.strictEqual(icalEvents(renderExport('ics', input, { now: NOW })).length, 0);
  });
});
