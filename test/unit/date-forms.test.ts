// Each date form of the first version, on sentences written for it, with a fixed reference date.
import * as assert from 'assert';
import { analyze } from '../../src/core/analyze';

const REF = '2022-04-01'; // a Friday

function tag(text: string, referenceDate = REF) {
  return analyze(text, { referenceDate }).timexes.map((t) => [t.text, t.type, t.value]);
}

function value(text: string, words: string, referenceDate = REF): string | undefined {
  return analyze(text, { referenceDate }).timexes.find((t) => t.text === words)?.value;
}

describe('date forms', () => {
  const cases: Array<[string, string, string]> = [
    ['The treaty was signed on April 1, 2022.', 'April 1, 2022', '2022-04-01'],
    ['The troops invaded on Feb. 24.', 'Feb. 24', '2022-02-24'],
    ['The troops invaded on 24 February.', '24 February', '2022-02-24'],
    ['The leak occurred in 1986.', '1986', '1986'],
    ['Prices fell in the 1990s.', 'the 1990s', '199'],
    ['The Kremlin said Friday that the talks failed.', 'Friday', '2022-04-01'],
    ['He spoke Thursday in Canberra.', 'Thursday', '2022-03-31'],
    ['The museum will open on Monday.', 'Monday', '2022-04-04'],
    ['She arrived yesterday.', 'yesterday', '2022-03-31'],
    ['The vote is today.', 'today', '2022-04-01'],
    ['The result comes tomorrow.', 'tomorrow', '2022-04-02'],
    ['Sales fell last week.', 'last week', '2022-W12'],
    ['Sales will rise next month.', 'next month', '2022-05'],
    ['Sales rose this year.', 'this year', '2022'],
    ['The plant closed last year.', 'last year', '2021'],
    ['The fire started three days ago.', 'three days ago', '2022-03-29'],
    ['The party split two weeks ago.', 'two weeks ago', '2022-W11'],
    ['The rules apply until the end of 2027.', 'the end of 2027', '2027'],
    ['The blast came at 2:30 a.m. Sunday.', '2:30 a.m. Sunday', '2022-03-27T02:30'],
    ['Crowds gathered Saturday evening.', 'Saturday evening', '2022-03-26TEV'],
    ['Profits rose in the third quarter of 2021.', 'the third quarter of 2021', '2021-Q3'],
    ['The work began in the summer of 2023.', 'the summer of 2023', '2023-SU'],
    ['The law passed in March 2021.', 'March 2021', '2021-03'],
  ];
  for (const [sentence, words, expected] of cases) {
    it(`${words} → ${expected}`, () => assert.strictEqual(value(sentence, words), expected, JSON.stringify(tag(sentence))));
  }

  it('later this week resolves to this week', () => {
    assert.ok(tag('The report comes later this week.').some(([, , v]) => v === '2022-W13'));
  });

  it('anchors relative expressions on the story, not on the reference date', () => {
    const text = 'The court met on Jan. 10, 2020. The following day, the judge resigned. Three days later a new judge was named.';
    assert.strictEqual(value(text, 'The following day'), '2020-01-11');
    assert.strictEqual(value(text, 'Three days later'), '2020-01-14');
  });

  it('types durations and sets, and keeps them off the timeline', () => {
    const a = analyze('The strike lasted six weeks. The market opens every Monday.', { referenceDate: REF });
    assert.deepStrictEqual(a.timexes.map((t) => [t.text, t.type, t.value]), [['six weeks', 'DURATION', 'P6W'], ['every Monday', 'SET', 'XXXX-WXX-1']]);
    assert.strictEqual(a.timeline.length, 0);
  });

  it('makes a range of days one timeline entry, its closing year no entry of its own', () => {
    const a = analyze('The road was shut March 3-5, 2019, the city said on Friday.', { referenceDate: REF });
    assert.deepStrictEqual(
      a.timeline.map((e) => [e.date.value, e.endDate?.value]),
      [['2019-03-03', '2019-03-05'], ['2022-04-01', undefined]],
    );
  });

  it('makes ranges one timeline entry with a start and an end', () => {
    const a = analyze('The mine was closed between 2014 and 2017, the company said.', { referenceDate: REF });
    assert.strictEqual(a.timeline.length, 1);
    assert.strictEqual(a.timeline[0].date.value, '2014');
    assert.strictEqual(a.timeline[0].endDate?.value, '2017');
  });
});
