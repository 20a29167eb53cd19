// Ranges joined by a hyphen after a month's name ("14 August-24 August", "27 May-28 May 1905", "August-September
// 1950"): the word boundaries of the other date rules forbid a hyphen before a date (so "3-5" is not read as a day and
// a number), which cut these in the wrong places ("August" alone, "May 1905"). The range refiner then joins the two.
import { DIGIT, MONTH_PART, MONTH_WORD, monthOf } from '../../lexicon';
import { resolveYear } from '../dates';
import { YEAR, DAY, pad, day, validDay, dayNumber } from './parts';
import { rawRule, B, E, type Rule } from './rule';

/** The end that may follow the hyphen: "24 August", "September", "28 May 1905". */
const END = `(?:(${DAY})\\s+(?:of\\s+)?(${MONTH_WORD})|(${MONTH_WORD}))(?:,?\\s+(${YEAR}))?`;

export const HYPHEN_RANGE_RULES: readonly Rule[] = [
  // "[14 August]-24 August", "[27 May]-28 May 1905": the start, in the end's year when it gives one.
  rawRule({
    name: 'range-start-day-month',
    pattern: `${B}(${DAY})\\s+(?:of\\s+)?(${MONTH_WORD})(?=\\s?[-–]\\s?${END}${E})`,
    triggers: [MONTH_PART, DIGIT],
    flags: 'gu',
    examples: [
      ['The Battle of the Frontiers ([14 August]-24 August) was lost.', '2012-08-14'],
      ['The fleet met on [27 May]-28 May 1905 in the straits.', '1905-05-27'],
    ],
    negatives: ['The score was 14 August-24 points in the end.'],
    build: (m, ctx) => {
      if (/^may$/i.test(m[2]) && !/^May$/.test(m[2])) return undefined;
      const month = monthOf(m[2]);
      const d = dayNumber(m[1]);
      const x = validDay(m[6] ? +m[6] : resolveYear(month, d, ctx.ref, ctx.tense), month, d);
      return x && day(x);
    },
  }),
  // "14 August-[24 August]", "August-[September 1950]": the end after a month's name and a hyphen.
  rawRule({
    name: 'range-end-after-month',
    pattern: `(?<=${MONTH_WORD}\\s?[-–]\\s?)${END}${E}`,
    triggers: [MONTH_PART],
    flags: 'gu',
    examples: [
      ['The Battle of the Frontiers (14 August-[24 August]) was lost.', '2012-08-24'],
      ['The Battle of Pusan Perimeter (August-[September 1950]) was won.', '1950-09'],
    ],
    negatives: ['The Mid-August sale ran late.'],
    build: (m, ctx) => {
      const word = m[2] ?? m[3];
      if (/^may$/i.test(word) && !/^May$/.test(word)) return undefined;
      const month = monthOf(word);
      const d = m[1] === undefined ? undefined : dayNumber(m[1]);
      const y = m[4] ? +m[4] : resolveYear(month, d, ctx.ref, ctx.tense);
      if (d === undefined) return { type: 'DATE', value: `${y}-${pad(month)}` };
      const x = validDay(y, month, d);
      return x && day(x);
    },
  }),
];
