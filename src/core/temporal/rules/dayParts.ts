// A calendar day with a part of it after ("December 6 afternoon", "20th December morning", "Dec. 6, 2018 late
// evening"): one TIME, the day's value with the part's code. TimeBank never writes the form; "the night of Oct. 23" it
// tags as the day alone, so the "of" form is left to the day rules.
import { DIGIT, MONTH, MONTH_PART, MONTH_WORD, WEEKDAY, PART_OF_DAY, PART_OF_DAY_CODE, monthOf } from '../../lexicon';
import { YEAR, DAY, validDay, dayNumber } from './parts';
import { formatDay, resolveYear } from '../dates';
import { rule, type Rule } from './rule';

export const DAY_PART_RULES: readonly Rule[] = [
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
      const part = m[6].toLowerCase();
      const code = part === 'forenoon' ? 'MO' : PART_OF_DAY_CODE[part];
      return x && { type: 'TIME', value: `${formatDay(x)}T${code}`, day: x };
    },
  }),
];
