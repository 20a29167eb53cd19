// A calendar day with a part of it ("December 6 afternoon", "20th December morning", "Dec. 6, 2018 late evening",
// "the morning of April 19", "early in the morning of 29 April 1975"): one TIME, the day's value with the part's code.
// With "of", the morning, afternoon and evening are one TIME as WikiWars, the Tweets and the peer suites tag them;
// "the night of Oct. 23" stays the day alone, as TimeBank (news) tags it both times it occurs: the night runs into
// the next date, and news writers name it by the evening's date, which the day rules give.
import { DIGIT, MONTH, MONTH_PART, MONTH_WORD, WEEKDAY, PART_OF_DAY, PART_OF_DAY_CODE, monthOf } from '../../lexicon';
import { YEAR, DAY, validDay, dayNumber } from './parts';
import { formatDay, resolveYear } from '../dates';
import { rule, type Rule } from './rule';

const partCode = (part: string): string => (part.toLowerCase() === 'forenoon' ? 'MO' : PART_OF_DAY_CODE[part.toLowerCase()]);

export const DAY_PART_RULES: readonly Rule[] = [
  rule({
    name: 'part-of-date',
    pattern: `(?:(?:very\\s+)?(?:early|late)\\s+in\\s+)?the\\s+(?:(?:very\\s+)?(?:early|late)\\s+)?(morning|afternoon|evening|forenoon)(?:\\s+hours)?\\s+of\\s+(?:${WEEKDAY},?\\s+)?(?:(${MONTH})\\s+(${DAY})|(?:the\\s+)?(${DAY})\\s+(?:of\\s+)?(${MONTH_WORD}))(?:,?\\s+(${YEAR}))?`,
    triggers: ['morning|afternoon|evening|forenoon', MONTH_PART],
    flags: 'giu',
    examples: [
      ['British troops entered Lexington on [the morning of April 19], they found', '2013-04-19TMO'],
      ['Schlesinger announced [early in the morning of 29 April 1975] the evacuation', '1975-04-29TMO'],
      ['The deal was signed on [the evening of 20 June 1791] in Paris.', '1791-06-20TEV'],
      ['The last Marines left in [the early morning hours of 30 April], by helicopter.', '2013-04-30TMO'],
    ],
    negatives: ['The night of the long knives was planned.', 'It was the morning of our lives.', 'He was shot on the night of Oct. 23 at home.'],
    build: (m, ctx) => {
      const monthWord = m[2] ?? m[5];
      if (/^may$/i.test(monthWord) && !/^May$/.test(monthWord)) return undefined;
      const month = monthOf(monthWord);
      const d = dayNumber(m[3] ?? m[4]);
      const x = validDay(m[6] ? +m[6] : resolveYear(month, d, ctx.ref, ctx.tense), month, d);
      return x && { type: 'TIME', value: `${formatDay(x)}T${partCode(m[1])}`, day: x };
    },
  }),
  rule({
    name: 'date-part-of-day',
    pattern: `(?:${WEEKDAY},?\\s+)?(?:(${MONTH})\\s+(${DAY})|(?:the\\s+)?(${DAY})\\s+(?:of\\s+)?(${MONTH_WORD}))(?:,?\\s+(${YEAR}))?,?\\s+(?:(?:very\\s+)?(?:early|late)\\s+)?(${PART_OF_DAY}|forenoon)`,
    triggers: [MONTH_PART, DIGIT, 'morning|afternoon|evening|night|forenoon'],
    flags: 'gu',
    examples: [
      ['The meeting will be held [December 6 afternoon] in Leeds.', '2012-12-06TAF'],
      ['The meeting was held [Wednesday, 20th December morning].', '2012-12-20TMO'],
      ['The meeting was held [Dec. 6, 2018 late evening] in Leeds.', '2018-12-06TEV'],
    ],
    negatives: ['The vote on May 6 night workers lost was close.'],
    build: (m, ctx) => {
      const monthWord = m[1] ?? m[4];
      if (/^may$/i.test(monthWord) && !/^May$/.test(monthWord)) return undefined;
      // "May 6 night workers": a part of the day used as an adjective before a noun.
      if (/^\s+[a-z]/.test(ctx.after) && !/^\s+(?:in|at|on|of|and|or|to|for|with|from|when|before|after|until|the|a)\b/.test(ctx.after)) return undefined;
      const month = monthOf(monthWord);
      const d = dayNumber(m[2] ?? m[3]);
      const x = validDay(m[5] ? +m[5] : resolveYear(month, d, ctx.ref, ctx.tense), month, d);
      return x && { type: 'TIME', value: `${formatDay(x)}T${partCode(m[6])}`, day: x };
    },
  }),
];
