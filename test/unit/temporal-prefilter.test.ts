// The temporal tagger's prefilter (each rule scans only sentences holding its trigger words) must find exactly the
// matches a scan of the whole text finds: generated documents mix date-bearing and plain sentences, split in every way
// a sentence boundary can fall (full stops, line breaks, blank lines, none), and both scans are compared.
import * as assert from 'assert';
import { readArticle } from '../../src/core/article';
import { parseYmd } from '../../src/core/temporal/dates';
import { rawMatches } from '../../src/core/temporal';
import { RULES } from '../../src/core/temporal/rules/index';
import type { DocumentFormat } from '../../src/core/types';
import { pick, seededRandom } from './support/random';

const DATED = [
  'The council met on Friday, March 3, 2023, and voted the next day',
  'Two years ago the plant closed; it reopened in the spring of 2019',
  'Talks resumed at 9:30 a.m. EST on Tuesday after a three-week pause',
  'The quarry will shut at the end of the year, officials said last week',
  'Sales rose in the fourth quarter of fiscal 2021 compared with the year-earlier period',
  'He has lived there since the 1990s and now runs the shop twice a week',
  'In mid-June the ministry said the law would take effect on 1 July',
  'The strike lasted 12 days in December and ended the following Monday',
  'Christmas Day fell on a Sunday that year; by the following weekend the roads were clear',
  'Recently the mayor said the budget for the coming months was final',
  'The 19th century mill, closed in the early 1980s, reopened at midnight on New Year\'s Eve',
  'She had been chair for a while, and formerly ran the six-month inquiry',
  'Over the years the 2012-13 budget, a four-year term and a weeklong strike at dawn on Black Friday came up at the time',
  // Characters above U+00FF make the text two-byte; regions far from them are scanned in a one-byte copy.
  'The mayor’s office said on Tuesday — two days after the storm — that repairs would take until 2025',
  // Letters outside ASCII that the rules' `iu` flags fold to ASCII (the Kelvin sign to k, long s to s), and accented
  // words: the prefilter's ASCII shortcut must not pass over them.
  'The hearing was put off for three wee\u212As, until the ſecond Monday of Décembre',
];
const PLAIN = [
  'The council said it would consider the matter',
  'Residents gathered outside the hall',
  'Nobody was hurt, the fire service said',
  'The minister declined to comment',
  'A spokesman for the company gave no further details',
  'Shares in the firm rose sharply',
  'The',
  'More than',
  'Last',
  'At least the',
];
const JOINS = ['. ', '.\n', '.\n\n', '\n', '\n\n', ' ', '? ', ': ', ' — ', '.\u2028'];

function document(random: () => number, sentences: number): string {
  let text = '';
  for (let i = 0; i < sentences; i++) {
    text += pick(random, random() < 0.3 ? DATED : PLAIN) + pick(random, JOINS);
  }
  return text;
}

function matchesOf(text: string, format: DocumentFormat, prefilter: boolean): string[] {
  const doc = readArticle(text, format);
  return rawMatches(doc, parseYmd('2023-03-10'), prefilter).map((m) => `${m.rule.name}@${m.start}-${m.end}`);
}

describe('temporal tagger: the trigger-word prefilter', function () {
  this.timeout(120_000);

  it('finds the same matches as scanning the whole text, on 300 generated documents', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 300; i++) {
      const text = document(random, 1 + Math.floor(random() * 60));
      const format: DocumentFormat = i % 3 === 0 ? 'markdown' : 'plaintext';
      assert.deepStrictEqual(matchesOf(text, format, true), matchesOf(text, format, false), `document ${i}: ${JSON.stringify(text.slice(0, 200))}`);
    }
  });

  it('finds matches in every dated sentence of a long document (the prefilter is not a no-op)', () => {
    const text = DATED.join('. ') + '.';
    const found = matchesOf(text, 'plaintext', true);
    assert.ok(found.length >= DATED.length * 2, `only ${found.length} matches`);
  });

  it('gives every rule trigger words (a rule without any would be scanned nowhere)', () => {
    assert.deepStrictEqual(RULES.filter((r) => r.triggers.length === 0).map((r) => r.name), []);
  });
});
