// Dates with a two-digit year ("3 Aug 96", "Aug 9, 96", "18 Sep '05", "Aug 96", "the summer of '69"'s month forms): the
// century is the nearer one, as forms write them ("96" is 1996, "05" is 2005; the cut-off the numeric-date rule uses).
// A bare two-digit number after a date is a year only where nothing follows it in the clause ("on 3 Aug 12 people
// died" counts people): before punctuation or the sentence's end. With an apostrophe ("'05") it is always a year.
import { DIGIT, MONTH, MONTH_PART, monthOf } from '../../lexicon';
import { DAY, pad, day, validDay, dayNumber } from './parts';
import { rule, type Rule } from './rule';

/** A two-digit year: with an apostrophe anywhere, bare only before the clause's end. */
const SHORT_YEAR = `(?:['’](\\d{2})|(\\d{2})(?=\\s*(?:[.,;:!?)]|$)))`;

function century(two: string): number {
  return 2000 + +two - (+two > 50 ? 100 : 0);
}

export const SHORT_YEAR_RULES: readonly Rule[] = [
  rule({
    name: 'date-short-year',
    pattern: `(?:(?:the\\s+)?(${DAY})\\s+(?:of\\s+)?(${MONTH})|(${MONTH})\\s+(${DAY}),?)\\s+${SHORT_YEAR}`,
    triggers: [MONTH_PART, DIGIT],
    flags: 'gu',
    examples: [
      ['The meeting was held [3 Aug 96].', '1996-08-03'],
      ['The meeting was held [3rd Feb 82], in Leeds.', '1982-02-03'],
      ['The meeting was held [Aug 9, 96].', '1996-08-09'],
      ["The meeting is on [18 Sep '05] in Leeds.", '2005-09-18'],
    ],
    negatives: ['The crash on 3 Aug 12 people died in.', 'It was held May 5 25 times over.'],
    build: (m) => {
      const month = monthOf(m[2] ?? m[3]);
      const x = validDay(century(m[5] ?? m[6]), month, dayNumber(m[1] ?? m[4]));
      return x && day(x);
    },
  }),
  rule({
    name: 'month-short-year',
    pattern: `(${MONTH})\\s+${SHORT_YEAR}`,
    triggers: [MONTH_PART, DIGIT],
    flags: 'gu',
    examples: [
      ['The meeting will be held [Aug 96].', '1996-08'],
      ["The album came out in [June '05] in Britain.", '2005-06'],
    ],
    negatives: ['The meeting was held May 12.'],
    build: (m) => {
      // "May 12." is a day: a bare number is a year only where it cannot be one.
      if (m[3] !== undefined && +m[3] <= 31) return undefined;
      return { type: 'DATE', value: `${century(m[2] ?? m[3])}-${pad(monthOf(m[1]))}` };
    },
  }),
];
