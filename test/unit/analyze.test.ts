import * as assert from 'assert';
import * as fs from 'fs';
import { analyze } from '../../src/core/analyze';
import { describeValue } from '../../src/core/calendar';
import type { Analysis } from '../../src/core/types';
import { readFixture, SEED_PATH } from './support/fixtures';

function datesOf(a: Analysis): string[] {
  return a.timeline.map((e) => e.date.value);
}

describe('analyze: the seed article (acceptance)', function () {
  before(function () {
    if (!fs.existsSync(SEED_PATH)) this.skip();
  });

  it('gives its four dated events, in order, with the exact date words', () => {
    const text = fs.readFileSync(SEED_PATH, 'utf8');
    const a = analyze(text, { referenceDate: '2022-04-01' });
    assert.deepStrictEqual([...new Set(datesOf(a))], ['1986', '2022-02-24', '2022-03-31', '2022-04-01']);
    const on = (value: string) => a.timeline.filter((e) => e.date.value === value);
    assert.match(on('1986')[0].event, /radiation leak/);
    assert.match(on('2022-02-24')[0].event, /invaded/);
    assert.strictEqual(on('2022-02-24')[0].mention.text, 'Feb. 24');
    assert.match(on('2022-03-31')[0].event, /speech Thursday/);
    assert.strictEqual(on('2022-03-31')[0].date.label, 'Thu 31 Mar 2022');
    const friday = on('2022-04-01').map((e) => e.event).join(' | ');
    assert.match(friday, /missile/);
    assert.match(friday, /mission/);
    for (const e of a.timeline) {
      assert.strictEqual(text.slice(e.mention.start, e.mention.end), e.mention.text);
      assert.ok(e.sentence.start <= e.mention.start && e.mention.end <= e.sentence.end);
    }
  });

  it('summarises its three threads in three sentences and none of its junk', () => {
    const text = fs.readFileSync(SEED_PATH, 'utf8');
    const a = analyze(text, { referenceDate: '2022-04-01' });
    assert.strictEqual(a.summary.length, 3);
    const joined = a.summary.map((s) => s.text).join(' ');
    assert.match(joined, /missile|depot|airstrike/i, 'the strike on the depot');
    assert.match(joined, /refus|demoraliz/i, 'troops refusing orders');
    assert.match(joined, /Chernobyl/, 'the withdrawal from Chernobyl');
    assert.doesNotMatch(joined, /Getty|Related Stories|Kremlin Accuses/);
    const indices = a.summary.map((s) => s.index);
    assert.deepStrictEqual(indices, [...indices].sort((x, y) => x - y), 'document order');
  });
});

describe('analyze: own articles', () => {
  it('Markdown: reference date from front matter, list items and next-week plans resolved forward', () => {
    const a = analyze(readFixture('harbor-bridge.md'), { fileName: 'harbor-bridge.md' });
    assert.deepStrictEqual(a.referenceDate.source, 'document');
    assert.strictEqual(a.title, 'Harbor Bridge Reopens After Two-Year Repair');
    const dates = datesOf(a);
    for (const value of ['2023-03-03', '2023-SU', '2024-01-09', '2025-06-13', '2025-06-16', '2025-07']) assert.ok(dates.includes(value), `${value} in ${dates}`);
    const starts = dates.map((v) => describeValue(v)!.sortKey);
    assert.deepStrictEqual(starts, [...starts].sort(), 'chronological');
    assert.ok(!a.timexes.some((t) => t.text === '7-2'), 'a vote count is not a date');
    assert.ok(a.summary.every((s) => !/[*#]|Photo|Related/.test(s.text)));
  });

  it('plain text with a dateline: the dateline is the story date, not an event', () => {
    const a = analyze(readFixture('quarry-dispute.txt'), { today: '2026-11-24' });
    assert.deepStrictEqual(a.referenceDate.value, '2023-10-14');
    assert.ok(!a.timeline.some((e) => e.mention.text === 'Oct. 14'));
    const byText = new Map(a.timexes.map((t) => [t.text, t.value]));
    assert.strictEqual(byText.get('Tuesday'), '2023-10-10');
    assert.strictEqual(byText.get('Monday'), '2023-10-09');
    assert.strictEqual(byText.get('next month'), '2023-11');
    assert.strictEqual(byText.get('the 1990s'), '199');
    assert.strictEqual(byText.get('last year'), '2022');
    assert.ok(!a.timexes.some((t) => /58|240/.test(t.text)), '"Cho, 58" and "$240 million" are not dates');
  });

  it('HTML: meta date, entities decoded in the summary', () => {
    const a = analyze(readFixture('council-vote.html'), { fileName: 'council-vote.html' });
    assert.strictEqual(a.referenceDate.value, '2024-09-18');
    const byText = new Map(a.timexes.map((t) => [t.text, t.value]));
    assert.strictEqual(byText.get('Tuesday'), '2024-09-17');
    assert.strictEqual(byText.get('April 2022'), '2022-04');
    assert.ok(a.summary.some((s) => s.text.includes('“flood wall”')));
  });

  it('CRLF input gives the same analysis with offsets into the CRLF text', () => {
    const lf = readFixture('quarry-dispute.txt');
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = analyze(lf, { today: '2026-11-24' });
    const b = analyze(crlf, { today: '2026-11-24' });
    assert.deepStrictEqual(b.summary.map((s) => s.text), a.summary.map((s) => s.text));
    assert.deepStrictEqual(b.timeline.map((e) => [e.date.value, e.event]), a.timeline.map((e) => [e.date.value, e.event]));
    for (const t of b.timexes) assert.strictEqual(crlf.slice(t.start, t.end), t.text);
    for (const s of b.summary) assert.ok(crlf.slice(s.start, s.end).replace(/\s+/g, ' ').includes(s.text.slice(0, 20)));
  });

  it("a long sentence's event is the clause around its date, with the noun a relative clause hangs on", () => {
    const text = 'The committee spent the spring reviewing bids for a new bridge over the Tamsin River, which was closed on March 3 by the city engineer.';
    const entry = analyze(text, { referenceDate: '2024-05-01' }).timeline.find((e) => e.mention.text === 'March 3');
    assert.ok(entry);
    assert.strictEqual(entry.date.value, '2024-03-03');
    assert.strictEqual(entry.event, 'The Tamsin River, which was closed on March 3 by the city engineer.');
    const short = analyze('The bridge was closed on March 3 by the city engineer.', { referenceDate: '2024-05-01' }).timeline[0];
    assert.strictEqual(short.event, 'The bridge was closed on March 3 by the city engineer.', 'a short sentence is its own event');
  });

  it("a long sentence's closing attribution is left out of its events, except the event of the saying", () => {
    const text = 'A dispute over the harbour wall that has divided the fishing village since 2019 will go to court next month, lawyers for both sides said Tuesday.';
    const events = new Map(analyze(text, { referenceDate: '2023-10-12' }).timeline.map((e) => [e.mention.text, e.event]));
    assert.strictEqual(events.get('next month'), 'A dispute over the harbour wall that has divided the fishing village since 2019 will go to court next month');
    assert.strictEqual(events.get('Tuesday'), text, 'the saying happened on Tuesday: its event is the whole sentence');
    const short = 'The ferry sailed again on Friday, the council said.';
    assert.strictEqual(analyze(short, { referenceDate: '2023-10-13' }).timeline[0].event, short, 'a short sentence keeps who said it');
  });

  it("a long sentence's event is the part of it around its date, cut at the commas that open a new part", () => {
    const eventsOf = (text: string, referenceDate = '2023-03-08') => new Map(analyze(text, { referenceDate }).timeline.map((e) => [e.mention.text, e.event]));
    const river = eventsOf('The river burst its banks on Monday night, flooding more than 200 homes in the lower town, the county council said on Wednesday, a week after engineers had warned that the barrier was failing.');
    assert.strictEqual(river.get('Monday night'), 'The river burst its banks on Monday night, flooding more than 200 homes in the lower town');
    assert.strictEqual(river.get('Wednesday'), 'The river burst its banks on Monday night, flooding more than 200 homes in the lower town, the county council said on Wednesday', 'the saying keeps what was said');
    const barrier = eventsOf('The barrier, which was built in 1978 and last repaired in 2009, was due to be replaced next year under a £30 million plan approved by ministers in October, but work had not yet started.');
    assert.strictEqual(barrier.get('1978'), 'The barrier, which was built in 1978 and last repaired in 2009');
    assert.strictEqual(barrier.get('October'), 'The barrier was due to be replaced next year under a £30 million plan approved by ministers in October', 'the predicate takes its subject');
    const leader = eventsOf('Speaking at the scene on Wednesday, the council leader, Mary Okafor, said the town had been let down and called for an inquiry, adding that she had written to the environment secretary in January to ask for emergency funding.');
    assert.strictEqual(leader.get('January'), 'She had written to the environment secretary in January to ask for emergency funding.');
    assert.strictEqual(leader.get('Wednesday'), 'Speaking at the scene on Wednesday, the council leader, Mary Okafor, said the town had been let down and called for an inquiry');
    const bridge = eventsOf('The Old Harbour Bridge will reopen to traffic on June 3, city officials said on Tuesday, ending a closure that began in March 2022 when inspectors found cracks in two of its steel supports.', '2024-05-14');
    assert.strictEqual(bridge.get('June 3'), 'The Old Harbour Bridge will reopen to traffic on June 3');
    assert.strictEqual(bridge.get('March 2022'), 'A closure that began in March 2022 when inspectors found cracks in two of its steel supports.');
    const strike = eventsOf('The dispute began in the summer of 2022, and workers have walked out on 18 days since then, most recently on Oct. 2.', '2023-11-17');
    assert.strictEqual(strike.get('Oct. 2'), 'Workers have walked out on 18 days since then, most recently on Oct. 2.', 'without the "and" that joined it');
    // Commas in a list or inside the date cut nothing.
    const label = 'The label signed artists including Run-DMC, The Beastie Boys, Public Enemy and LL Cool J in 1986 after its founders met in Queens at a party thrown by a friend.';
    assert.strictEqual(eventsOf(label).get('1986'), label);
    const bombs = eventsOf('The bombs went off almost simultaneously on Aug. 7, 1998, at the embassies in Nairobi, Kenya, and Dar es Salaam, Tanzania, killing 224 people.');
    assert.strictEqual(bombs.get('Aug. 7, 1998'), 'The bombs went off almost simultaneously on Aug. 7, 1998, at the embassies in Nairobi, Kenya, and Dar es Salaam, Tanzania');
  });

  it('honours the number of sentences and a share of the article', () => {
    const text = readFixture('quarry-dispute.txt');
    assert.strictEqual(analyze(text, { sentences: 1 }).summary.length, 1);
    assert.strictEqual(analyze(text, { sentences: 5 }).summary.length, 5);
    const all = analyze(text, { ratio: 1 });
    assert.strictEqual(all.summary.length, all.sentenceCount);
  });
});

describe('analyze: a summary Newsline inserted earlier', () => {
  it('is not analysed again, in Markdown and in plain text', () => {
    const md = '# Ferry Returns\n\n> **Summary**\n>\n> The ferry sailed on Friday.\n> It was late.\n\nThe ferry sailed on Friday after repairs that took months. Crowds cheered at the quay.\n';
    const txt = 'Ferry Returns\n\nSummary: The ferry sailed on Friday. It was late.\n\nThe ferry sailed on Friday after repairs that took months. Crowds cheered at the quay.\n';
    for (const [text, languageId] of [[md, 'markdown'], [txt, 'plaintext']] as const) {
      const a = analyze(text, { languageId, referenceDate: '2024-03-15' });
      assert.deepStrictEqual(a.summary.map((s) => s.text), ['The ferry sailed on Friday after repairs that took months.', 'Crowds cheered at the quay.'], languageId);
      assert.strictEqual(a.timeline.length, 1, languageId);
    }
  });
});

describe('analyze: documents it cannot summarise', () => {
  it('says why: empty, binary, too large, no dates, not English', () => {
    assert.strictEqual(analyze('  \n\t ').notices[0].code, 'empty');
    assert.strictEqual(analyze('\u0000\u0001\u0002\u0003 binary \u0004\u0005\u0006').notices[0].code, 'binary');
    assert.strictEqual(analyze('A sentence here. '.repeat(10), { maxLength: 50 }).notices[0].code, 'too-large');
    const noDates = analyze('The council voted to build a wall. Residents welcomed the plan.');
    assert.ok(noDates.notices.some((n) => n.code === 'no-dates' && /No dated events/.test(n.message)));
    assert.strictEqual(noDates.timeline.length, 0);
    const german = analyze('Der Rat hat am Dienstag beschlossen, eine Mauer zu bauen. Die Bewohner begrüßten den Plan sehr. Die Arbeiten beginnen bald, sagte die Stadt.');
    assert.ok(german.notices.some((n) => n.code === 'not-english'));
    assert.ok(german.summary.length > 0, 'the summary still works by position');
  });

  it('refuses a reference date that is not a date', () => {
    assert.throws(() => analyze('Text.', { referenceDate: '2022-13-01' }), /YYYY-MM-DD/);
  });
});
