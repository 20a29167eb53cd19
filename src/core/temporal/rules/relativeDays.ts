// Days named from a week or month counted from the reference date: "Friday of next week", "Tuesday, last week",
// "the 20th of next month". Each was cut in two (a weekday or day resolved alone, and the week or month).
import { addMonths, weekdayInWeek } from '../dates';
import { DIGIT, WEEKDAY, WEEKDAY_PART, weekdayOf } from '../../lexicon';
import { DAY, day, validDay, dayNumber } from './parts';
import { rule, type Rule } from './rule';

export const RELATIVE_DAY_RULES: readonly Rule[] = [
  // "Friday of next week", "Tuesday, last week", "Sunday from last week", "last week's Sunday": the weekday in the
  // Monday-to-Sunday week named (it was cut into a weekday resolved alone and a week).
  rule({
    name: 'weekday-of-week',
    pattern: `(?:(${WEEKDAY}),?\\s+(?:(?:of|from|in)\\s+)?(this|next|last|the\\s+following|the\\s+previous)\\s+week|(this|next|last)\\s+week['’]s\\s+(${WEEKDAY}))`,
    triggers: [WEEKDAY_PART, 'week'],
    examples: [
      ['The vote will be held on [Friday of next week] in Leeds.', '2013-03-29'],
      ['The vote was held [Tuesday, last week] in Leeds.', '2013-03-12'],
      ['The vote was held [last week\'s Sunday] in Leeds.', '2013-03-17'],
      ['The vote will be held [Monday of this week] in Leeds.', '2013-03-18'],
    ],
    negatives: ['The Sunday Times said last week that it would.'],
    build: (m, ctx) => {
      const name = m[1] ?? m[4];
      // "said Monday next week's summit would ...": the possessive belongs to the week, which is the summit's.
      if (m[1] && !/\b(?:of|from|in)\s/i.test(m[0]) && /^['’]s\b/.test(ctx.after)) return undefined;
      const which = (m[2] ?? m[3]).toLowerCase();
      const weeks = /next|following/.test(which) ? 1 : /last|previous/.test(which) ? -1 : 0;
      // "the following week", "the previous week" count from the story's last date.
      const from = /following|previous/.test(which) ? ctx.anchor : ctx.ref;
      return day(weekdayInWeek(weekdayOf(name), from, weeks));
    },
  }),
  // "the 20th of next month", "20 of this month", "the 20th day of the previous month": a day of the month named.
  rule({
    name: 'day-of-relative-month',
    pattern: `(?:the\\s+)?(${DAY})(?:\\s+day)?\\s+of\\s+(?:the\\s+)?(this|next|last|previous|current|following|coming)\\s+month`,
    triggers: [DIGIT, 'month'],
    examples: [
      ['The vote will be held on [the 20th of next month] in Leeds.', '2013-04-20'],
      ['The vote was held on [the 5th of this month] in Leeds.', '2013-03-05'],
      ['The vote was held on [the 31st day of the previous month].', '2013-02-28'],
    ],
    negatives: ['He scored 20 of the next month\'s goals.'],
    build: (m, ctx) => {
      // "20 of next month's games": a count of the month's things, not a day.
      if (/^['’]s\b/.test(ctx.after)) return undefined;
      const which = m[2].toLowerCase();
      const shift = /next|following|coming/.test(which) ? 1 : /last|previous/.test(which) ? -1 : 0;
      const month = addMonths({ y: ctx.ref.y, m: ctx.ref.m, d: 1 }, shift);
      // "the 31st of last month" in March: the month's last day, as "the end of last month" would be.
      const last = new Date(Date.UTC(month.y, month.m, 0)).getUTCDate();
      const x = validDay(month.y, month.m, Math.min(dayNumber(m[1]), last));
      return x && day(x);
    },
  }),
];
