// The temporal tagger on sentences written for each form, with a fixed reference date: spans as TimeML draws them,
// TimeML types and values, resolution by tense and by the story, negatives, offsets into the original text.
import * as assert from 'assert';
import { readArticle } from '../../src/core/article';
import { parseDateText, tagTimexes, type ResolvedTimex } from '../../src/core/temporal';
import type { DocumentFormat } from '../../src/core/types';

const REF = '2022-04-01'; // a Friday

function tag(text: string, referenceDate = REF, format: DocumentFormat = 'plaintext'): ResolvedTimex[] {
  return tagTimexes(readArticle(text, format), referenceDate);
}

function found(text: string, referenceDate = REF): Array<[string, string, string]> {
  return tag(text, referenceDate).map((t) => [t.text, t.type, t.value]);
}

/** The one timex whose words are `words`; fails when it is absent. */
function one(text: string, words: string, referenceDate = REF): ResolvedTimex {
  const hit = tag(text, referenceDate).find((t) => t.text === words);
  assert.ok(hit, `no timex "${words}" in: ${text} (found ${JSON.stringify(found(text, referenceDate))})`);
  return hit;
}

/** One test per [sentence, words, type, value]: the timex `words` in `sentence` has that TimeML type and value. */
function itTagsEach(cases: ReadonlyArray<readonly [string, string, string, string]>): void {
  for (const [sentence, words, type, value] of cases) {
    it(`${words} → ${type} ${value} in "${sentence}"`, () => {
      const t = one(sentence, words);
      assert.deepStrictEqual([t.type, t.value], [type, value]);
    });
  }
}

describe('temporal tagger: date forms of the first version', () => {
  const cases: Array<[string, string, string, string]> = [
    // sentence, date words, type, value
    ['The treaty was signed on April 1, 2022.', 'April 1, 2022', 'DATE', '2022-04-01'],
    ['The treaty was signed on 1 April 2022.', '1 April 2022', 'DATE', '2022-04-01'],
    ['The troops invaded on Feb. 24.', 'Feb. 24', 'DATE', '2022-02-24'],
    ['The troops invaded on 24 February.', '24 February', 'DATE', '2022-02-24'],
    ['The leak occurred in 1986.', '1986', 'DATE', '1986'],
    ['Prices fell in the 1990s.', 'the 1990s', 'DATE', '199'],
    ['The Kremlin said Friday that the talks failed.', 'Friday', 'DATE', '2022-04-01'],
    ['He spoke Thursday in Canberra.', 'Thursday', 'DATE', '2022-03-31'],
    ['The museum will open on Monday.', 'Monday', 'DATE', '2022-04-04'],
    ['She arrived yesterday.', 'yesterday', 'DATE', '2022-03-31'],
    ['The vote is today.', 'today', 'DATE', '2022-04-01'],
    ['The result comes tomorrow.', 'tomorrow', 'DATE', '2022-04-02'],
    ['Sales fell last week.', 'last week', 'DATE', '2022-W12'],
    ['Sales will rise next month.', 'next month', 'DATE', '2022-05'],
    ['Sales rose this year.', 'this year', 'DATE', '2022'],
    ['The plant closed last year.', 'last year', 'DATE', '2021'],
    ['The fire started three days ago.', 'three days ago', 'DATE', '2022-03-29'],
    ['The rules apply until the end of 2027.', 'the end of 2027', 'DATE', '2027'],
    ['The blast came at 2:30 a.m. Sunday.', '2:30 a.m. Sunday', 'TIME', '2022-03-27T02:30'],
    ['Crowds gathered Saturday evening.', 'Saturday evening', 'DATE', '2022-03-26TEV'], // typed as TimeBank types it
    ['Talks resume later this week.', 'later this week', 'DATE', '2022-W13'],
  ];
  itTagsEach(cases);
});

describe('temporal tagger: the TimeML value set', () => {
  const cases: Array<[string, string, string, string]> = [
    ['Profits rose in the third quarter of 2021.', 'the third quarter of 2021', 'DATE', '2021-Q3'],
    // In the past tense a quarter not yet reached this year is last year's.
    ['Third-quarter profit rose 5%.', 'Third-quarter', 'DATE', '2021-Q3'],
    ['Sales slowed in the first half of 2021.', 'the first half of 2021', 'DATE', '2021-H1'],
    ['The work began in the summer of 2023.', 'the summer of 2023', 'DATE', '2023-SU'],
    ['The lake flooded last fall.', 'last fall', 'DATE', '2021-FA'],
    ['The lake flooded last March.', 'last March', 'DATE', '2021-03'], // the month just gone would be "last month"
    ['The lake flooded last February.', 'last February', 'DATE', '2022-02'],
    ['The law passed in March 2021.', 'March 2021', 'DATE', '2021-03'],
    ['Costs soared in mid-March.', 'mid-March', 'DATE', '2022-03'],
    ['The mill was built in the 19th century.', 'the 19th century', 'DATE', '18'],
    ['Talks stalled in January this year.', 'January this year', 'DATE', '2022-01'],
    ['The pact ends in fiscal 2024.', 'fiscal 2024', 'DATE', '2024'],
    ['The city now has two ferries.', 'now', 'DATE', 'PRESENT_REF'],
    ['The town was quiet in the past.', 'the past', 'DATE', 'PAST_REF'],
    ['Rates may climb in the future.', 'the future', 'DATE', 'FUTURE_REF'],
    ['The strike lasted six weeks.', 'six weeks', 'DURATION', 'P6W'],
    ['Prices rose over the past five years.', 'the past five years', 'DURATION', 'P5Y'],
    ['The trial took 2 1/2 years.', '2 1/2 years', 'DURATION', 'P2Y6M'],
    ['The flight took 90 minutes.', '90 minutes', 'DURATION', 'PT90M'],
    ['She signed a two-year contract.', 'two-year', 'DURATION', 'P2Y'],
    ['The siege went on for several months.', 'several months', 'DURATION', 'PXM'],
    ['The dam held for nearly two decades.', 'nearly two decades', 'DURATION', 'P20Y'],
    ['Shipments resume within two to three weeks.', 'two to three weeks', 'DURATION', 'P2W'],
    ['Rates rose twice a year.', 'twice a year', 'SET', 'P1Y'],
    ['The market opens every Monday.', 'every Monday', 'SET', 'XXXX-WXX-1'],
    ['The ferry sails daily.', 'daily', 'SET', 'P1D'],
    ['The board meets each week.', 'each week', 'SET', 'P1W'],
    ['The parade is held on Thanksgiving Day.', 'Thanksgiving Day', 'DATE', '2021-11-25'],
  ];
  itTagsEach(cases);

  it('gives calendar values a granularity and leaves durations without one', () => {
    const timexes = tag('The port reopened in March 2021, in the third quarter of 2023 and on Feb. 2, 2020, after six weeks.');
    const byText = new Map(timexes.map((t) => [t.text, t]));
    assert.strictEqual(byText.get('March 2021')?.granularity, 'month');
    assert.strictEqual(byText.get('the third quarter of 2023')?.granularity, 'quarter');
    assert.strictEqual(byText.get('Feb. 2, 2020')?.granularity, 'day');
    assert.strictEqual(byText.get('six weeks')?.granularity, undefined);
  });
});

describe('temporal tagger: resolution by tense and by the story', () => {
  it('reads a bare weekday backwards in the past tense and forwards in the future', () => {
    assert.strictEqual(one('The minister resigned Wednesday.', 'Wednesday').value, '2022-03-30');
    assert.strictEqual(one('The minister will resign Wednesday.', 'Wednesday').value, '2022-04-06');
    assert.strictEqual(one('The plant is scheduled to close Tuesday.', 'Tuesday').value, '2022-04-05');
    assert.strictEqual(one('Police declined to comment Tuesday.', 'Tuesday').value, '2022-03-29');
  });

  it('gives a month-day without a year the year nearest the reference date, in the direction of the tense', () => {
    assert.strictEqual(one('The offer expires April 20.', 'April 20').value, '2022-04-20');
    assert.strictEqual(one('The offer had been set to expire April 3.', 'April 3').value, '2022-04-03');
    assert.strictEqual(one('The firm was founded on Nov. 7.', 'Nov. 7').value, '2021-11-07');
    assert.strictEqual(one('The firm will list its shares on Nov. 7.', 'Nov. 7').value, '2022-11-07');
  });

  it('anchors "the following day" and "three days later" on the last date of the story', () => {
    const text = 'The storm hit on June 3, 2019. The following day the river rose. Three days later the dam broke.';
    assert.strictEqual(one(text, 'The following day').value, '2019-06-04');
    assert.strictEqual(one(text, 'Three days later').value, '2019-06-07');
  });

  it('counts "the previous Friday" from the story, not from the reference date', () => {
    assert.strictEqual(one('Shares closed on Oct. 20, 2021, down from the previous Friday.', 'the previous Friday').value, '2021-10-15');
  });

  it('puts "a year earlier" at the granularity of the quarter the story is about', () => {
    const text = 'Net income rose in the third quarter of 2021 to $5 million from $4 million a year earlier.';
    assert.strictEqual(one(text, 'a year earlier').value, '2020-Q3');
  });

  it('makes a range one timex with an end value', () => {
    const [range] = tag('Output doubled between 2014 and 2017.');
    assert.strictEqual(range.value, '2014');
    assert.strictEqual(range.endValue, '2017');
  });

  it('puts the start of a range in the year its end gives', () => {
    const ranges: [string, string, string][] = [
      ['The road was shut from Jan. 5 to Feb. 9, 2019.', '2019-01-05', '2019-02-09'],
      ['The road was shut from March to May last year.', '2021-03', '2021-05'],
      ['The road was shut between March 3 and May 5, 2019.', '2019-03-03', '2019-05-05'],
      ['The road was shut from Dec. 20 to Jan. 5, 2019.', '2018-12-20', '2019-01-05'],
      ['The fair will run from June to August next year.', '2023-06', '2023-08'],
    ];
    for (const [text, start, end] of ranges) {
      const [range, ...rest] = tag(text);
      assert.deepStrictEqual([range.value, range.endValue, rest.length], [start, end, 1], text);
    }
  });

  it('puts a month or day without a year in the year its sentence opens with, and only an opening one', () => {
    assert.strictEqual(one('Last year, a smaller fire burned 40 homes in late August.', 'late August').value, '2021-08');
    assert.strictEqual(one('In 2019, the firm moved its offices on March 3.', 'March 3').value, '2019-03-03');
    assert.strictEqual(one('The firm, founded in 1998, said in March that it would move.', 'March').value, '2022-03');
    const [, day, next] = tag('Last year, a fire started on Aug. 3 near the town. The next day, it reached the river.');
    assert.deepStrictEqual([day.value, next.value], ['2021-08-03', '2021-08-04'], 'the story goes on from the corrected day');
  });

  it('puts the first of a pair in the year written after the second', () => {
    assert.strictEqual(one('The firm moved in April and June 2019, its filing said.', 'April').value, '2019-04');
    assert.strictEqual(one('The talks ran on 6-7 January 2019 in Geneva.', '6').value, '2019-01-06');
    assert.strictEqual(one('The DAX dropped 19.69 points Friday to 1462.93.', 'Friday').value, '2022-04-01');
  });

  it('reads a range end from its start, not alone', () => {
    // 2022-04-01 is a Friday: read alone, the past-tense "Friday" is that day and "Monday" the Monday before it.
    const ranges: [string, string, string, string][] = [
      ['The fair ran Tuesday - Friday in Leeds.', '2022-04-01', '2022-03-29', '2022-04-01'],
      ['The office was shut from Friday to Monday.', '2022-04-04', '2022-04-01', '2022-04-04'],
      ['The fair will run from December to May.', '2022-04-01', '2022-12', '2023-05'],
      ['The fair will run 10 August 2023 - 12 September.', '2022-04-01', '2023-08-10', '2023-09-12'],
    ];
    for (const [text, ref, start, end] of ranges) {
      const [range, ...rest] = tag(text, ref);
      assert.deepStrictEqual([range.value, range.endValue, rest.length], [start, end, 1], text);
    }
  });

  it('leaves a range start alone when its end gives no year', () => {
    const [range] = tag('The road was shut from Dec. 20 to Jan. 5.');
    assert.deepStrictEqual([range.value, range.endValue], ['2021-12-20', '2022-01-05']);
  });
});

describe('temporal tagger: what must not become a date', () => {
  const negatives = [
    'Its chief executive, Cho, 58, resigned.',
    'Officials may decide to act, the minister said.',
    'The company paid $240 million for the site.',
    'The court ruled in a 7-2 vote.',
    'Section 2021 of the code applies here.',
    'The plane carried 1500 passengers.',
    'The 58-year-old mayor resigned.',
    'The mayor is 58 years old.',
    'The actor plays Father Christmas in the film.',
  ];
  for (const sentence of negatives) {
    it(sentence, () => assert.deepStrictEqual(found(sentence), []));
  }

  it('leaves the preposition out and keeps the determiner', () => {
    assert.deepStrictEqual(found('Crime fell in recent years.').map((t) => t[0]), ['recent years']);
    assert.deepStrictEqual(found('It will happen in the near future.').map((t) => t[0]), ['the near future']);
    assert.deepStrictEqual(found('The talks lasted about three days.').map((t) => t[0]), ['three days']);
  });
});

describe('temporal tagger: offsets', () => {
  it('points every timex at its own words in the original text, Markdown and CRLF included', () => {
    const texts: Array<[string, DocumentFormat]> = [
      ['# Ferry news\r\n\r\nThe ferry stopped on **March 3, 2023**.\r\nIt restarted two weeks later, on a Monday.\r\n', 'markdown'],
      ['<p>The <b>vote</b> was held on Feb. 24, 2022 &amp; again last week.</p>', 'html'],
      ['KYIV, Nov. 7 (Wire) — Talks resumed Friday after six weeks.\n\nThey end next month.', 'plaintext'],
    ];
    for (const [text, format] of texts) {
      const doc = readArticle(text, format);
      const timexes = tagTimexes(doc, REF);
      assert.ok(timexes.length >= 2, `too few timexes in ${JSON.stringify(text)}`);
      let previous = -1;
      for (const t of timexes) {
        assert.strictEqual(text.slice(t.start, t.end), t.text);
        assert.ok(t.start >= previous, 'timexes come in text order');
        previous = t.start;
        const sentence = doc.sentences[t.sentenceIndex];
        assert.ok(sentence.start <= t.start && t.end <= sentence.end, `"${t.text}" lies in its sentence`);
      }
    }
  });

  it('stays in range on generated text full of numbers and date words', () => {
    const words = ['the', 'year', 'Friday', '1998', 'March', '3,', 'two', 'weeks', 'ago', 'said', 'will', 'last', 'quarter', 'a', 'day', '$240', 'May', '7-2', 'now', 'between', 'and'];
    let seed = 7;
    const next = (): number => (seed = (seed * 48271) % 2147483647);
    for (let doc = 0; doc < 50; doc++) {
      const parts: string[] = [];
      for (let i = 0; i < 60; i++) parts.push(words[next() % words.length] + (next() % 9 === 0 ? '.' : ''));
      const text = parts.join(next() % 2 ? ' ' : '\n');
      for (const t of tagTimexes(readArticle(text, 'plaintext'), REF)) {
        assert.strictEqual(text.slice(t.start, t.end), t.text);
        assert.ok(t.value.length > 0);
      }
    }
  });
});

describe('parseDateText', () => {
  it('reads the date forms of front matter, "Published" lines and datelines', () => {
    assert.strictEqual(parseDateText('2022-04-01T10:00Z'), '2022-04-01');
    assert.strictEqual(parseDateText('April 1, 2022'), '2022-04-01');
    assert.strictEqual(parseDateText('1 Apr 2022'), '2022-04-01');
    assert.strictEqual(parseDateText('Nov. 7', '2021-12-01'), '2021-11-07');
    assert.strictEqual(parseDateText('no date here'), undefined);
  });
});

describe('temporal tagger: "this past", bare units before ago/later, parts of days, ordinal days', () => {
  const cases: Array<[string, string, string, string]> = [
    ['Sales fell this past week.', 'this past week', 'DATE', '2022-W12'],
    ['Crowds gathered this past weekend.', 'this past weekend', 'DATE', '2022-W12-WE'],
    ['He spoke this past Tuesday.', 'this past Tuesday', 'DATE', '2022-03-29'],
    ['The plant closed this past winter.', 'this past winter', 'DATE', '2022-WI'],
    ['Years ago, the mill employed hundreds.', 'Years ago', 'DATE', 'PAST_REF'],
    ['Months later, the mill closed.', 'Months later', 'DATE', 'FUTURE_REF'],
    ['The mayor resigned on March 3. Later that day, the council met.', 'Later that day', 'DATE', '2022-03-03'],
    ['By mid-afternoon yesterday, the river had risen.', 'mid-afternoon yesterday', 'TIME', '2022-03-31TAF'],
    ['The works began on the 5th.', 'the 5th', 'DATE', '2022-04-05'],
    ['The storm hit a week or so ago.', 'a week or so ago', 'DATE', '2022-W12'],
    ['A hearing is set for the week of March 6.', 'the week of March 6', 'DATE', '2022-W09'],
    ['The archive was opened on 2022/03/15.', '2022/03/15', 'DATE', '2022-03-15'],
    ['The store closed on 3/15.', '3/15', 'DATE', '2022-03-15'],
    ['The board meets this Tuesday.', 'this Tuesday', 'DATE', '2022-04-05'],
    ['The pope will celebrate Easter in Rome.', 'Easter', 'DATE', '2022-04-17'],
    ['Pilgrims will gather on Good Friday.', 'Good Friday', 'DATE', '2022-04-15'],
    ['The parade is held on St. Patrick\'s Day.', "St. Patrick's Day", 'DATE', '2022-03-17'],
    ['Florists expect a rush before Mother\'s Day.', "Mother's Day", 'DATE', '2022-05-08'],
  ];
  itTagsEach(cases);

  it('leaves "days before the vote", "the 10th anniversary" and "the 3rd floor" untagged', () => {
    assert.deepStrictEqual(found('Days before the vote, the party split.'), []);
    assert.deepStrictEqual(found('They marked the 10th anniversary of the flood.'), []);
    assert.deepStrictEqual(found('He lives on the 3rd floor.'), []);
    assert.deepStrictEqual(found('The motion passed 3/15 in the chamber.'), []);
  });
});

describe('temporal tagger: clock times with their day, dotted dates, mid-year, halves, stretches around an event', () => {
  const cases: Array<[string, string, string, string]> = [
    ['The vote closes at 7:30 tonight.', '7:30 tonight', 'TIME', '2022-04-01T19:30'],
    ['The fire broke out at 11:15 last night.', '11:15 last night', 'TIME', '2022-03-31T23:15'],
    ['The minister spoke at 5 p.m. last Friday.', '5 p.m. last Friday', 'TIME', '2022-03-25T17:00'],
    ['The ferry leaves at 9 a.m. next Monday.', '9 a.m. next Monday', 'TIME', '2022-04-04T09:00'],
    ['The convoy will leave at 4 in the morning.', '4 in the morning', 'TIME', '2022-04-01T04:00'],
    ['The blast was heard at 10:30 p.m. EST.', '10:30 p.m. EST', 'TIME', '2022-04-01T22:30'],
    ['The deadline was 15.03.2022.', '15.03.2022', 'DATE', '2022-03-15'],
    ['The board will report by mid-year.', 'mid-year', 'DATE', '2022'],
    // One expression, as "the first half of 2021" is.
    ['Growth should return in the latter half of the year.', 'the latter half of the year', 'DATE', '2022-H2'],
    ['He would not be travelling at this crucial moment.', 'this crucial moment', 'DATE', 'PRESENT_REF'],
    ['The mayor resigned on March 3. His car was seen in the weeks before the vote.', 'weeks', 'DATE', '2022-03'],
    ['Prices fell in the first week of March.', 'the first week of March', 'DATE', '2022-W09'],
    ['Prices fell in the last week of March.', 'the last week of March', 'DATE', '2022-W13'],
    ['Prices fell in the second half of March.', 'the second half of March', 'DATE', '2022-03'],
    ['Profit rose in the September quarter.', 'the September quarter', 'DATE', '2021-Q3'],
    ['Prices dipped at mid-month.', 'mid-month', 'DATE', '2022-04'],
    ['Today is the eighth day of the strike.', 'the eighth day', 'DATE', '2022-04-01'],
    ['It was the worst flood in half a century.', 'half a century', 'DURATION', 'P50Y'],
    ['The mill was founded a quarter century ago.', 'a quarter century ago', 'DATE', '1997'],
    ['The rebels ruled the valley for a quarter-century.', 'a quarter-century', 'DURATION', 'P25Y'],
    ['Planting was delayed earlier in the year by rain.', 'earlier in the year', 'DATE', '2022'],
    ['The strike came one day after the vote.', 'one day', 'DURATION', 'P1D'],
    ['For the year, volume was flat.', 'the year', 'DATE', '2022'],
    ['The march was held this coming Sunday.', 'this coming Sunday', 'DATE', '2022-04-03'],
    ['The summit meets on April 24 and 25.', '25', 'DATE', '2022-04-25'],
    ['The March accession was approved.', 'March', 'DATE', '2022-03'],
    ['The mosque dominated the skyline for centuries.', 'centuries', 'DURATION', 'PXCE'],
    ["Volume eased from Thursday and the week's busiest session.", 'the week', 'DATE', '2022-W13'],
  ];
  itTagsEach(cases);

  it('finds a date line under a headline that ends in a weekday (a rejected longer match hides nothing)', () => {
    const text = 'Pope to visit Brazil, Vatican says Friday\n\nMarch 22, 2022\n\nThe trip was announced on Thursday.\n';
    assert.ok(found(text).some(([words, , value]) => words === 'March 22, 2022' && value === '2022-03-22'), JSON.stringify(found(text)));
  });

  it('reads a bare weekday in the present tense as the nearest one, either side', () => {
    // REF 2022-04-01 is a Friday: Monday is 3 days ahead and 4 back, Wednesday 2 back and 5 ahead.
    assert.strictEqual(one('The two leaders meet separately Monday in Rome.', 'Monday').value, '2022-04-04');
    assert.strictEqual(one('The two leaders meet Wednesday in Rome.', 'Wednesday').value, '2022-03-30');
    assert.strictEqual(one('The two leaders met Monday in Rome.', 'Monday').value, '2022-03-28');
  });

  it('reads a clock time followed by a full date', () => {
    const t = one('The offer expires at 5 p.m. EST, Nov. 6, 2023.', '5 p.m. EST, Nov. 6, 2023');
    assert.deepStrictEqual([t.type, t.value], ['TIME', '2023-11-06T17:00']);
  });

  it('reads "March" and "May" after another month as months', () => {
    assert.deepStrictEqual(found('Prices rose between January and March.').map((t) => t[2]), ['2022-01', '2022-03']);
    assert.deepStrictEqual(found('Prices rose in April or May.').map((t) => t[2]), ['2022-04', '2022-05']);
    assert.deepStrictEqual(found('Crowds march and May sings.'), []);
  });

  it('leaves a number after "Month D and" alone when a noun or a percentage follows', () => {
    assert.deepStrictEqual(found('He visited on April 3 and 4 people came.').map((t) => t[0]), ['April 3']);
    assert.deepStrictEqual(found('The poll closed on March 3 and 45 percent agreed.').map((t) => t[0]), ['March 3']);
  });

  it('does not read a word ending in "t" as a time zone', () => {
    assert.deepStrictEqual(found('The talks ended at 7:30 last night.').map((t) => t[0]), ['7:30 last night']);
    assert.deepStrictEqual(found('Trading halted at 3 p.m. first thing.').map((t) => t[0]), ['3 p.m.']);
  });
});

describe('temporal tagger: general shapes a broad tagger covers (HeidelTime English rules as the checklist)', () => {
  const cases: Array<[string, string, string, string]> = [
    ['The board meets every two weeks.', 'every two weeks', 'SET', 'P2W'],
    ['The river floods every few years.', 'every few years', 'SET', 'PXY'],
    ['A bus leaves every 10 minutes.', 'every 10 minutes', 'SET', 'PT10M'],
    ['The fair is held each September.', 'each September', 'SET', 'XXXX-09'],
    ['Tourists crowd the beach every summer.', 'every summer', 'SET', 'XXXX-SU'],
    ['The award is presented annually.', 'annually', 'SET', 'P1Y'],
    ['Dividends are paid semiannually.', 'semiannually', 'SET', 'P6M'],
    ['The club meets on Monday nights.', 'Monday nights', 'SET', 'XXXX-WXX-1TNI'],
    ['Ferries sail on Friday and Saturday evenings.', 'Friday', 'SET', 'XXXX-WXX-5TEV'],
    ['The storm began the day before yesterday.', 'the day before yesterday', 'DATE', '2022-03-30'],
    ['The verdict is due the day after tomorrow.', 'the day after tomorrow', 'DATE', '2022-04-03'],
    ['The treaty was signed on the fifth of May.', 'the fifth of May', 'DATE', '2022-05-05'],
    ['The parade will be held on the Fourth of July.', 'the Fourth of July', 'DATE', '2022-07-04'],
    ['The vote will be on March twenty-first.', 'March twenty-first', 'DATE', '2022-03-21'],
    ['The abbey was built in the sixteenth century.', 'the sixteenth century', 'DATE', '15'],
    ['Cities will grow in the twenty-first century.', 'the twenty-first century', 'DATE', '20'],
    ['The ship sank on 5 July.', '5 July', 'DATE', '2021-07-05'], // "sank" is past: last July
    ["Rents doubled during the 1980's.", "the 1980's", 'DATE', '198'],
    ['The family farmed there for almost a hundred years.', 'almost a hundred years', 'DURATION', 'P100Y'],
    ['The channel runs a half-hour bulletin.', 'half-hour', 'DURATION', 'PT30M'],
    ["The bells rang at 11 o'clock.", "11 o'clock", 'TIME', '2022-04-01T11:00'],
    ['Revenue fell in the current fiscal year.', 'the current fiscal year', 'DATE', '2022'],
    ['The company lost money last fiscal year.', 'last fiscal year', 'DATE', '2021'],
    ['The glacier has shrunk in recent decades.', 'recent decades', 'DATE', 'PAST_REF'],
    // "past years", "future quarters", "coming quarters": a vague stretch behind or ahead of now, as "recent years" is.
    ['Harvests were smaller in past years, growers said.', 'past years', 'DATE', 'PAST_REF'],
    ['The credits will lower its tax bill in future quarters.', 'future quarters', 'DATE', 'FUTURE_REF'],
    ['Analysts expect weaker orders for coming quarters.', 'coming quarters', 'DATE', 'FUTURE_REF'],
    ['Earnings will fall for the fiscal year.', 'the fiscal year', 'DATE', '2022'],
    ['Sales rose 4% in the latest fiscal year.', 'the latest fiscal year', 'DATE', '2021'],
    ['The plan was unveiled in the spring of last year.', 'the spring of last year', 'DATE', '2021-SP'],
    ['Sales peaked in March of last year.', 'March of last year', 'DATE', '2021-03'],
    ['The night before, he had slept badly.', 'The night before', 'TIME', '2022-03-31TNI'],
    ['The flight landed at 6.45 p.m.', '6.45 p.m.', 'TIME', '2022-04-01T18:45'],
    ['The first strike came at 0900 GMT.', '0900 GMT', 'TIME', '2022-04-01T09:00'],
    ['Unions marched on May Day.', 'May Day', 'DATE', '2021-05-01'],
    ["Figures for 2021's first half were weak.", "2021's first half", 'DATE', '2021-H1'],
    ['He has been abroad for the last year and a half.', 'the last year and a half', 'DURATION', 'P1Y6M'],
    ['The mine closed the year before last.', 'the year before last', 'DATE', '2020'],
    ['The empire lasted two hundred years.', 'two hundred years', 'DURATION', 'P200Y'],
    ['The city has stood for two thousand years.', 'two thousand years', 'DURATION', 'P2L'],
    ['The rebels could regroup within weeks or months.', 'weeks or months', 'DURATION', 'PXW'],
    ['The pipe burst late last night.', 'late last night', 'TIME', '2022-03-31TNI'],
    ['The fair runs March 3-5.', 'March 3', 'DATE', '2022-03-03'],
    ['The fair runs March 3-5.', '5', 'DATE', '2022-03-05'],
    ['The talks ran Jan. 12–14, 2019, in Geneva.', 'Jan. 12', 'DATE', '2019-01-12'],
    ['The talks ran Jan. 12–14, 2019, in Geneva.', '14, 2019', 'DATE', '2019-01-14'],
    ['The summit met on April 24 and 25, 1999.', '25, 1999', 'DATE', '1999-04-25'],
    ['The summit met on Sept. 14 and 18, 2019.', 'Sept. 14', 'DATE', '2019-09-14'],
    ['The mill closed just a decade ago.', 'a decade ago', 'DATE', '2012'],
  ];
  itTagsEach(cases);

  it('reads "fall" and "spring" as seasons only in a time phrase ("the fall of Rome", "a spring in his step" are nouns)', () => {
    assert.deepStrictEqual(found('The fall of the Berlin Wall changed Europe.'), []);
    assert.deepStrictEqual(found('The fall in oil prices hurt exporters.'), []);
    assert.deepStrictEqual(found('The spring in the mattress broke.'), []);
    assert.deepStrictEqual(found('He has a spring in his step.'), []);
    assert.deepStrictEqual(found('The group began to fall apart.'), []);
    assert.deepStrictEqual(found('The winter of discontent began.'), []);
    assert.deepStrictEqual(found('Prices may fall in the fall.').map((t) => t[0]), ['the fall']);
    assert.deepStrictEqual(found('The spring of 1998 was wet.').map((t) => t[0]), ['The spring of 1998']);
    assert.deepStrictEqual(found('The bill passed last spring.').map((t) => t[0]), ['last spring']);
  });

  it('leaves the day or season in a newspaper\'s or event\'s name untagged', () => {
    assert.deepStrictEqual(found('The Sunday Times reported the sale.'), []);
    assert.deepStrictEqual(found('The Daily Telegraph reported the sale.'), []);
    assert.deepStrictEqual(found('Athletes trained for the Summer Olympics.'), []);
    assert.deepStrictEqual(found('The minister said Sunday that the Games would go ahead.').map((t) => t[0]), ['Sunday']);
  });

  it('leaves a bracketed conversion of a clock time to the time before it', () => {
    assert.deepStrictEqual(found('The blast came at 10:35 a.m. (0735 GMT).').map((t) => t[0]), ['10:35 a.m.']);
  });

  it('leaves "each may", "quarterly dividend" and a rate\'s "annually" untagged', () => {
    assert.deepStrictEqual(found('Each may vote once.'), []);
    assert.deepStrictEqual(found('The firm raised its quarterly dividend.'), []);
    assert.deepStrictEqual(found('Sales should grow 8% annually.'), []);
  });
});

describe('temporal tagger: value resolution (issue 4)', () => {
  const cases: Array<[string, string, string, string]> = [
    // A bare year anchors the year steps after it, as TimeML annotators read them.
    ['The firm was founded in 2010. Two years later it went public.', 'Two years later', 'DATE', '2012'],
    ['Exports reached a record in 1988, a rise on imports that year.', 'that year', 'DATE', '1988'],
    ['The mine closed in 1994, and the following year the town emptied.', 'the following year', 'DATE', '1995'],
    // A day still anchors what is counted in days.
    ['The mine closed on March 3, 2015. Three days later the town protested.', 'Three days later', 'DATE', '2015-03-06'],
    // Midnight ends the day it is said of (TimeML's T24:00), not the start of it.
    ['The offer expires at midnight tonight.', 'midnight tonight', 'TIME', '2022-04-01T24:00'],
    ['The offer had been set to expire at midnight Thursday.', 'midnight Thursday', 'TIME', '2022-03-31T24:00'],
    // A half of a century or decade is valued as that century or decade, not as a half of this year.
    ['Cities grew fast in the second half of the 20th century.', 'the second half of the 20th century', 'DATE', '19'],
    ['Sales were flat through the last half of the 1980s.', 'the last half of the 1980s', 'DATE', '198'],
    // A day with "last year" is one date of that year, not the day in the nearest year beside a month of last year.
    ['The factory opened on 5 Jul. last year.', '5 Jul. last year', 'DATE', '2021-07-05'],
    ['The factory opened on Oct. 3 last year.', 'Oct. 3 last year', 'DATE', '2021-10-03'],
    ['The factory opened in July last year.', 'July last year', 'DATE', '2021-07'],
    // A purpose infinitive after a noun takes the main verb's tense; a progressive plan points ahead.
    ['The government staged celebrations to mark the anniversary on Wednesday.', 'Wednesday', 'DATE', '2022-03-30'],
    ['Protesters were planning to march through the capital on Tuesday.', 'Tuesday', 'DATE', '2022-04-05'],
    ['The offer had been due to expire on Tuesday.', 'Tuesday', 'DATE', '2022-03-29'],
    // The present perfect places its dates in the past; "has to" does not.
    ['Investigators have gathered evidence about the October murder.', 'October', 'DATE', '2021-10'],
    ['Police have been searching for him since the Sept. 20 attack.', 'Sept. 20', 'DATE', '2021-09-20'],
    ['The minister has to leave on Tuesday.', 'Tuesday', 'DATE', '2022-04-05'],
    // A year named in passing does not make later clock times fall on its January 1.
    ['He was held over last year\'s attacks and will appear before a judge at midday.', 'midday', 'TIME', '2022-04-01T12:00'],
    // "then current" is the present of a past moment.
    ['Holders could buy shares at half the then current price.', 'then current', 'DATE', 'PAST_REF'],
    ['Holders could buy shares at half the then-current price.', 'then-current', 'DATE', 'PAST_REF'],
    // "last"/"next" before a month and day choose the day's year; the month alone is not the date.
    ['The doctor was shot last Oct. 23 at his home.', 'Oct. 23', 'DATE', '2021-10-23'],
    ['The vote is set for next March 3.', 'March 3', 'DATE', '2023-03-03'],
    ['The plant closed last March.', 'last March', 'DATE', '2021-03'],
    // "until" after a deferral is a date still ahead; after a state that ended, a past one.
    ['The agency extended the offer until Tuesday.', 'Tuesday', 'DATE', '2022-04-05'],
    ['Officials postponed until Tuesday any ruling on the case.', 'Tuesday', 'DATE', '2022-04-05'],
    ['The shop remained closed until Tuesday.', 'Tuesday', 'DATE', '2022-03-29'],
  ];
  itTagsEach(cases);
});

describe('temporal tagger: general shapes from the TimeML guidelines and HeidelTime resources', () => {
  const cases: Array<[string, string, string, string]> = [
    // A century counted back gives the year, as a decade does; "the turn of the century" is this century.
    ['The abbey was founded a century ago.', 'a century ago', 'DATE', '1922'],
    ['The bridge dates from the turn of the century.', 'the turn of the century', 'DATE', '20'],
    // "-long" adjectives for decades, and closed up ("weeklong").
    ['He waged a decade-long fight against the dam.', 'decade-long', 'DURATION', 'P10Y'],
    ['Workers staged a weeklong strike.', 'weeklong', 'DURATION', 'P1W'],
    ['A yearlong inquiry followed.', 'yearlong', 'DURATION', 'P1Y'],
    // "a four-year term", "a 12-month period": the article and the noun belong to the stretch.
    ['She won a four-year term.', 'a four-year term', 'DURATION', 'P4Y'],
    ['Output rose over a 12-month period.', 'a 12-month period', 'DURATION', 'P12M'],
    ['The court waived the extra seven-day period.', 'seven-day', 'DURATION', 'P7D'],
    // A span of years is two dates, the second completed from the first.
    ['He coached the club in 2015-2019.', '2015', 'DATE', '2015'],
    ['He coached the club in 2015-2019.', '2019', 'DATE', '2019'],
    ['The 2020-21 season was cut short.', '21', 'DATE', '2021'],
    ['Ratings peaked in the 1999-2000 season.', '2000', 'DATE', '2000'],
    ['Parliament approved the 2021/22 budget.', '2021', 'DATE', '2021'],
    ['Parliament approved the 2021/22 budget.', '22', 'DATE', '2022'],
    ['At the time, the mayor said the plan was sound.', 'the time', 'DATE', 'PAST_REF'],
    ['The road was icy, officials said at the time.', 'the time', 'DATE', 'PAST_REF'],
    ['Traders sold heavily in the afternoon.', 'the afternoon', 'TIME', '2022-04-01TAF'],
    ['The vote came in the late afternoon.', 'the late afternoon', 'TIME', '2022-04-01TAF'],
    ['Shelling went on during the night.', 'the night', 'TIME', '2022-04-01TNI'],
    // Holidays, fixed and movable.
    ['Shops opened early on Black Friday.', 'Black Friday', 'DATE', '2021-11-26'],
    ['Schools closed for Martin Luther King Jr. Day.', 'Martin Luther King Jr. Day', 'DATE', '2022-01-17'],
    ['The church held services on Ash Wednesday.', 'Ash Wednesday', 'DATE', '2022-03-02'],
    ['Pilgrims gathered at Pentecost.', 'Pentecost', 'DATE', '2021-05-23'],
    ['They met on New Year’s Day.', 'New Year’s Day', 'DATE', '2022-01-01'],
    ['Veterans marched on Remembrance Day.', 'Remembrance Day', 'DATE', '2021-11-11'],
    ["Banks closed on President's Day.", "President's Day", 'DATE', '2022-02-21'],
    ['Pilgrims filled the town during Easter week.', 'Easter week', 'DATE', '2021-W13'],
    ['Roads were jammed over the Thanksgiving weekend.', 'Thanksgiving weekend', 'DATE', '2021-W47-WE'],
    // An irregular simple past places a quarter not yet reached this year in last year.
    ['The economy shrank in the third quarter.', 'the third quarter', 'DATE', '2021-Q3'],
    // Weekly figures name their week by its last day.
    ['Jobless claims fell in the week ended March 19.', 'the week ended March 19', 'DATE', '2022-W11'],
    ['The bank earned $2 billion in the quarter ended Dec. 31.', 'the quarter', 'DATE', '2021-Q4'],
    ['Output will be reviewed in the second half of the year.', 'the second half of the year', 'DATE', '2022-H2'],
    ['Margins narrowed in the fourth quarter of the year.', 'the fourth quarter of the year', 'DATE', '2021-Q4'],
    ['The alarm sounded a minute and a half later.', 'a minute and a half', 'DURATION', 'PT1M30S'],
    ['The balance will be settled at a later date.', 'a later date', 'DATE', 'FUTURE_REF'],
    // "pre-"/"post-" stay with the period, as "mid-" does.
    ['Rents fell back to pre-2008 levels.', 'pre-2008', 'DATE', '2008'],
    ['The post-1989 reforms reshaped the city.', 'post-1989', 'DATE', '1989'],
    // Decades without an apostrophe after "the"; a round hundred before 2000 is the century.
    ['The band was famous in the 80s.', 'the 80s', 'DATE', '198'],
    ['Crime peaked in the late 90s.', 'the late 90s', 'DATE', '199'],
    ['The mill was built in the 1800s.', 'the 1800s', 'DATE', '18'],
    ['Phones changed in the 2000s.', 'the 2000s', 'DATE', '200'],
    ['Seconds later, the roof fell in.', 'Seconds later', 'TIME', 'FUTURE_REF'],
    ['The target is to be met by the year 2030.', 'the year 2030', 'DATE', '2030'],
    ['Prices jumped in the past hour.', 'the past hour', 'DURATION', 'PT1H'],
    ['The merger should close by the end of the third quarter.', 'the end of the third quarter', 'DATE', '2022-Q3'],
    // Curly apostrophes as well as straight ones.
    ['Sales rose in last year’s third quarter.', 'last year’s third quarter', 'DATE', '2021-Q3'],
    ['The deal should close by year’s end.', 'year’s end', 'DATE', '2022'],
    ['The alarm went off at 4 o’clock in the morning.', '4 o’clock in the morning', 'TIME', '2022-04-01T04:00'],
    // A first number above 12 is the day (British order); otherwise the month comes first.
    ['The permit expired on 22/03/2021.', '22/03/2021', 'DATE', '2021-03-22'],
    ['The permit expired on 03/04/2021.', '03/04/2021', 'DATE', '2021-03-04'],
    // Counts with thousands separators, hyphenated halves, "full"/"whole" units.
    ['The walls have stood for 2,000 years.', '2,000 years', 'DURATION', 'P2L'],
    ['The abbey has stood for 1,200 years.', '1,200 years', 'DURATION', 'P1200Y'],
    ['She served three-and-a-half years in office.', 'three-and-a-half years', 'DURATION', 'P3Y6M'],
    ['He waited two full years for a reply.', 'two full years', 'DURATION', 'P2Y'],
    ['They spent a whole day at the border.', 'a whole day', 'DURATION', 'P1D'],
    ['Over the years, the harbour silted up.', 'the years', 'DURATION', 'PXY'],
    ['The troops moved in at dawn on Sunday.', 'dawn on Sunday', 'TIME', '2022-03-27TMO'],
    ['The convoy left before dawn.', 'dawn', 'TIME', '2022-04-01TMO'],
  ];
  itTagsEach(cases);

  it('leaves the event time of "at the time of" alone, reads "the morning of May 3" as one time, and labels with years alone', () => {
    assert.deepStrictEqual(found('At the time of the crash the road was icy.'), []);
    assert.deepStrictEqual(found('The deal was signed on the morning of May 3.').map(([text]) => text), ['the morning of May 3']);
    assert.deepStrictEqual(found('Flight 2015-16 left late.'), []);
    assert.deepStrictEqual(found('The count fell from 2019-2015.').map(([text]) => text), []);
    assert.deepStrictEqual(found('The town is 2,000 years old.'), []);
    assert.deepStrictEqual(found('She is in her 80s.'), []);
    assert.deepStrictEqual(found('Highs will be in the 50s.'), []);
    assert.deepStrictEqual(found('He wrote over the years of exile.').map(([text]) => text), []);
    assert.deepStrictEqual(found('Output grew over the years 2010 to 2012.').map(([text]) => text), ['2010', '2012']);
  });

  it('keeps word boundaries around every alternative of a rule ("The quarterly report" holds no quarter)', () => {
    assert.deepStrictEqual(found('The quarterly report is due in April.').map(([text]) => text), ['April']);
    assert.ok(!found('They faced a decade-longer wait.').some(([text]) => text === 'decade-long'));
  });
});

describe('temporal tagger: span conventions of TimeBank and AQUAINT', () => {
  const cases: Array<[string, string, string, string]> = [
    // "around" before a clock time or a day is TimeML's approximate point and stays in the extent.
    ['The ferry docked around 6:40 p.m. on the pier.', 'around 6:40 p.m.', 'TIME', '2022-04-01T18:40'],
    ['Around noon the crowd thinned out.', 'Around noon', 'TIME', '2022-04-01T12:00'],
    ['The sale will be completed around June 15.', 'around June 15', 'DATE', '2022-06-15'],
    ['The merger is expected to close around year end.', 'around year end', 'DATE', '2022'],
    // With a year or a weekday and date after it, the whole date stays one expression.
    ['The plant will reopen around March 3, 2023.', 'around March 3, 2023', 'DATE', '2023-03-03'],
    ['The plant reopened around 3 March 2021.', 'around 3 March 2021', 'DATE', '2021-03-03'],
    ['He landed around 3 p.m. on Tuesday, March 7, 2023.', 'around 3 p.m. on Tuesday, March 7, 2023', 'TIME', '2023-03-07T15:00'],
    ['He landed at 3 p.m. on Tuesday, March 7, 2023.', '3 p.m. on Tuesday, March 7, 2023', 'TIME', '2023-03-07T15:00'],
    // An open end ("or later", "and beyond") is part of the year it bounds.
    ['The mill will not turn a profit until 2031 or later.', '2031 or later', 'DATE', '2031'],
    ['The board set targets for 2027 and beyond.', '2027 and beyond', 'DATE', '2027'],
    ['The line will not open before March 2026 or later.', 'March 2026 or later', 'DATE', '2026-03'],
    ['The line will not open before June 30, 2026 or later.', 'June 30, 2026 or later', 'DATE', '2026-06-30'],
    // A "year-earlier"/"year-ago" stretch keeps its modifier and article, as "the year-ago quarter" does.
    ['Revenue for the year-ago six months was lower.', 'the year-ago six months', 'DURATION', 'P6M'],
    ['Costs in the year-earlier nine months included a write-off.', 'the year-earlier nine months', 'DURATION', 'P9M'],
    // A weekday's modifier stays with the date the weekday opens, as with the weekday alone.
    ['The fair opens this coming Sunday, April 10.', 'this coming Sunday, April 10', 'DATE', '2022-04-10'],
    ['The fair opened last Sunday, March 27.', 'last Sunday, March 27', 'DATE', '2022-03-27'],
    ['The vote is next Tuesday, April fifth.', 'next Tuesday, April fifth', 'DATE', '2022-04-05'],
    // "last year's quarter" is one date, as "last year's third quarter" is: the story's quarter a year back.
    ["Sales in the first quarter rose to $9 million from $7 million in last year's quarter.", "last year's quarter", 'DATE', '2021-Q1'],
    ['Sales in the first quarter rose to $9 million from $7 million in last year’s quarter.', 'last year’s quarter', 'DATE', '2021-Q1'],
  ];
  itTagsEach(cases);

  it('leaves a sentence-opening "Now," untagged, a discourse marker, but keeps "Now" without the comma and "for now,"', () => {
    assert.deepStrictEqual(found('The plant closed in 2019. Now, the council says, it will become a park.').map(([text]) => text), ['2019']);
    assert.deepStrictEqual(found('Now the council must decide.'), [['Now', 'DATE', 'PRESENT_REF']]);
    assert.deepStrictEqual(found('For now, the road stays shut.'), [['now', 'DATE', 'PRESENT_REF']]);
  });

  it('leaves "around" out where it is a preposition of place before a day', () => {
    assert.deepStrictEqual(found('Lawyers looked for a way around Tuesday’s ruling.').map(([text]) => text), ['Tuesday']);
  });
});
