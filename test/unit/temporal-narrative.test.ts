// The narrative year: in a history that writes its years and never speaks from the reference date, a month or day
// written without a year takes the year the narrative last gave; in news it keeps the reference date's.
import * as assert from 'assert';
import { readArticle } from '../../src/core/article';
import { tagTimexes } from '../../src/core/temporal';
import { isNarrative } from '../../src/core/temporal/narrative';

const REF = '2009-12-19';

function values(text: string, referenceDate = REF): Record<string, string> {
  return Object.fromEntries(tagTimexes(readArticle(text, 'plaintext'), referenceDate).map((t) => [t.text, t.value]));
}

const HISTORY = [
  'On September 1, 1939, Germany attacked Poland. On September 17, the Soviets invaded from the east.',
  'By early October, Poland was divided. Finland was invaded in November 1939 and the conflict ended in March 1940.',
  'In April, Germany invaded Denmark and Norway. On June 10, Italy declared war; twelve days later France surrendered.',
  'During the summer, the air war began. The next year, in 1941, the Axis moved east. In July, the UK and the Soviet Union formed a military alliance.',
].join('\n\n');

describe('temporal tagger: the narrative year', () => {
  it('puts year-less months, days and seasons of a history in the year it last gave', () => {
    const v = values(HISTORY);
    assert.strictEqual(v['September 17'], '1939-09-17');
    assert.strictEqual(v['early October'], '1939-10');
    assert.strictEqual(v['April'], '1940-04');
    assert.strictEqual(v['June 10'], '1940-06-10');
    assert.strictEqual(v['twelve days later'], '1940-06-22');
    assert.strictEqual(v['the summer'], '1940-SU');
    assert.strictEqual(v['July'], '1941-07');
  });

  it('leaves news, which speaks from its date, with the reference date', () => {
    const news = 'The company, founded in 1998, bought a rival in 2001 and another in 2004, and sold both in 2006. It said Tuesday that it would close in March.';
    assert.strictEqual(values(news, '2009-01-20')['March'], '2009-03');
  });

  it('reads a story as a narrative only when it writes years often, few of them near the reference date', () => {
    assert.strictEqual(isNarrative(['1939', 'April', 'March 1940', '1941', 'July 1942'], 2009), true);
    assert.strictEqual(isNarrative(['1939', 'April', '1940'], 2009), false, 'too few years');
    assert.strictEqual(isNarrative(['1939', '1940', '1941', '1942', 'yesterday'], 2009), false, 'speaks from the present');
    assert.strictEqual(isNarrative(['2008', '2009', '2003', '2004', '2009'], 2009), false, 'mostly near the reference date');
    assert.strictEqual(isNarrative(['1914', '1915', '1916', '1917', 'the last week of August', 'the next year'], 2009), true, 'counts from its own dates');
  });

  it('does not let a quotation\'s "today" make a history news', () => {
    const years = ['1935', 'October 5', '1936', 'early 1936', 'May 2', '1938'];
    assert.strictEqual(isNarrative([...years, 'today', 'tomorrow'], 2009), false, 'speaks from the present');
    assert.strictEqual(isNarrative([...years, 'today', 'tomorrow'], 2009, [...years.map(() => false), true, true]), true, 'quoted');
    const v = values('Italy invaded in October 1935. By 1936 it held Adigrat, and in 1936 Addis Ababa fell. The League met in 1938.\n\nHe warned: "It is us today. It will be you tomorrow." On May 2, he boarded a train.');
    assert.strictEqual(v['May 2'], '1938-05-02');
  });

  it('dates the months and seasons of a history before Christ in its year', () => {
    const v = values('Darius died in 486 BC. In 481 BC, Xerxes gathered his army. In 480 BC the fleet sailed. In September, the Greeks won at Salamis. The next battle came in 479 BC, and in the summer the Persians left.');
    assert.strictEqual(v['480 BC'], 'BC0480');
    assert.strictEqual(v['September'], 'BC0480-09');
    assert.strictEqual(v['the summer'], 'BC0479-SU');
  });

  it('puts "the end of the year" of a history in its year', () => {
    const v = values(HISTORY + ' By the end of the year, the war had spread.');
    assert.strictEqual(v['the end of the year'], '1941');
  });
});
