// More written forms of a calendar date, as forms, feeds and other libraries' test suites write them ("31-Oct-74",
// "10/August/2012", "August-10-2012", "10-31-74", "2015-3-3", "04/2016", "Sep-2012", "2024 August", "February the
// 15th"). Month names here match in any case ("09-JAN-2017"): joined to figures by a hyphen or slash, no other word
// is meant.
import { addDays, addMonths, resolveWeekday, resolveYear, weekday, type Tense, type Ymd } from '../dates';
import { DIGIT, MONTH, MONTH_CAPTURED, MONTH_STANDALONE, MONTH_PART, MONTH_NAMES, MONTH_WORD, WEEKDAY, WEEKDAY_ABBREVIATION, WEEKDAY_FULL, WEEKDAY_PART, WEEKDAY_STEM, monthOf, ordinalWordValue, weekdayOf } from '../../lexicon';
import { YEAR, DAY, pad, day, validDay, dayNumber, yearRangeEnd } from './parts';

/** The words between the two days of a range: "13 to 15", "13th - 15th", "13 thru the 15th". */
const RANGE_TO = '(?:\\s?[-–]\\s?|\\s+(?:to|thru|through|till|until)\\s+)(?:the\\s+)?';
import { rawRule, rule, B, E, type Rule } from './rule';

/** A day of the month in figures, without an ordinal suffix. */
const DAY_FIGURES = '(?:[12]\\d|3[01]|0?[1-9])';

/** A weekday's name or its abbreviation without a stop ("Sun", "Thurs"), in any case for rules that run case-blind. */
const WEEKDAY_ANY = WEEKDAY_STEM;

const IS_WEEKDAY = new RegExp(`^${WEEKDAY}`, 'u');

/** The day numbered `d` whose weekday is `target` nearest `ref` in the tense's direction (past: on or before, else
 *  after), within four years: "Thu 15th" is the next 15th that falls on a Thursday. */
function weekdayDayOfMonth(target: number, d: number, ref: Ymd, tense: Tense): Ymd | undefined {
  const step = tense === 'past' ? -1 : 1;
  let at = { y: ref.y, m: ref.m, d: 1 };
  if (tense !== 'past' && d < ref.d) at = addMonths(at, 1);
  if (tense === 'past' && d > ref.d) at = addMonths(at, -1);
  for (let i = 0; i < 48; i++, at = addMonths(at, step)) {
    const x = validDay(at.y, at.m, d);
    if (x && weekday(x) === target) return x;
  }
  return undefined;
}

/** A two-digit year as forms write it: "74" is 1974, "16" is 2016 (the cut-off the numeric-date rule uses). */
function fullYear(s: string): number {
  return s.length === 2 ? 2000 + +s - (+s > 50 ? 100 : 0) : +s;
}

export const DATE_FORM_RULES: readonly Rule[] = [
  // "31-Oct-74", "10/August/2012", "09-JAN-2017": day, month's name and year joined by one separator.
  rule({
    name: 'day-monthname-year-joined',
    pattern: `(${DAY_FIGURES})([-/])${MONTH_CAPTURED}\\2(\\d{4}|\\d{2})`,
    triggers: [MONTH_PART, DIGIT],
    examples: [
      ['The meeting was held [31-Oct-74] in Leeds.', '1974-10-31'],
      ['The meeting was held [09-JAN-2017] in Leeds.', '2017-01-09'],
      ['The form is dated [10/August/2012] by hand.', '2012-08-10'],
    ],
    negatives: ['The part number is 31-Oct-7 on the box.'],
    build: (m) => {
      const x = validDay(fullYear(m[4]), monthOf(m[3]), +m[1]);
      return x && day(x);
    },
  }),
  // "August-10-2012", "Aug/10/2012": month's name, day and year joined by one separator.
  rule({
    name: 'monthname-day-year-joined',
    pattern: `${MONTH_CAPTURED}([-/])(${DAY_FIGURES})\\2(\\d{4})`,
    triggers: [MONTH_PART, DIGIT],
    examples: [
      ['The meeting was held [August-10-2012] in Leeds.', '2012-08-10'],
    ],
    build: (m) => {
      const x = validDay(+m[4], monthOf(m[1]), +m[3]);
      return x && day(x);
    },
  }),
  // "10-31-74", "05-25-2015": figures joined by hyphens, month first as US forms write them; a first number above 12
  // can only be a day ("30-12-16").
  rule({
    name: 'numeric-date-hyphen',
    pattern: `(?:${WEEKDAY},?\\s+)?(\\d{1,2})-(\\d{1,2})-(\\d{4}|\\d{2})`,
    triggers: [DIGIT],
    examples: [
      ['The meeting was held [10-31-74] in Leeds.', '1974-10-31'],
      ['The meeting was held [Friday 12-30-16] in Leeds.', '2016-12-30'],
      ['The meeting was held [30-12-16] in Leeds.', '2016-12-30'],
    ],
    negatives: ['They lined up in a 4-3-3 formation.', 'The vote was 13-13-20 in the end.'],
    build: (m) => {
      const y = fullYear(m[3]);
      const x = +m[1] > 12 ? validDay(y, +m[2], +m[1]) : validDay(y, +m[1], +m[2]);
      return x && day(x);
    },
  }),
  // "2015-3-3": an ISO order with the month or day in one figure (iso-date takes the two-figure form).
  rule({
    name: 'iso-date-short',
    pattern: `(${YEAR})-(\\d{1,2})-(\\d{1,2})`,
    triggers: [DIGIT],
    examples: [
      ['The meeting will be held [2015-3-3] in Leeds.', '2015-03-03'],
    ],
    negatives: ['Case 2013-13-45 was closed.'],
    build: (m) => {
      const x = validDay(+m[1], +m[2], +m[3]);
      return x && day(x);
    },
  }),
  // "04/2016", "9/2012": a month and a year in figures.
  rule({
    name: 'numeric-month-year',
    pattern: `(0?[1-9]|1[0-2])/(${YEAR})`,
    triggers: [DIGIT],
    examples: [
      ['The event is going ahead ([04/2016]).', '2016-04'],
      ['The card expires [9/2012] at the latest.', '2012-09'],
    ],
    negatives: ['The ratio was 13/2012 of the total.'],
    build: (m) => ({ type: 'DATE', value: `${m[2]}-${pad(+m[1])}` }),
  }),
  // "2014-10", "2008/04": a year and a month in figures, ISO's order, where the two cannot be a range of years
  // ("2008-12" is 2008 to 2012, as TimeBank reads it).
  rule({
    name: 'iso-month',
    pattern: `(${YEAR})[-/](0[1-9]|1[0-2])`,
    triggers: [DIGIT],
    examples: [
      ['The meeting will be held [2014-10] in Leeds.', '2014-10'],
      ['ISO date without day is [2008-04].', '2008-04'],
    ],
    negatives: ['He served in Iraq in 2008-12 and left.'],
    build: (m) => (yearRangeEnd(+m[1], m[2]) === undefined ? { type: 'DATE', value: `${m[1]}-${m[2]}` } : undefined),
  }),
  // "Sep-2012": a month's name and a year joined by a hyphen.
  rule({
    name: 'monthname-year-hyphen',
    pattern: `${MONTH_CAPTURED}-(${YEAR})`,
    triggers: [MONTH_PART, DIGIT],
    examples: [
      ['The meeting was held [Sep-2012] in Leeds.', '2012-09'],
    ],
    build: (m) => ({ type: 'DATE', value: `${m[2]}-${pad(monthOf(m[1]))}` }),
  }),
  // "2024 August": the year before the month's full name, as some calendars and lists write it.
  rule({
    name: 'year-monthname',
    pattern: `(${YEAR})\\s+(${MONTH_NAMES.filter((m) => m !== 'May').join('|')})(?:\\s+(${DAY_FIGURES})(?![\\p{L}\\p{N}]))?`,
    triggers: [MONTH_PART, DIGIT],
    flags: 'gu',
    examples: [
      ['The meeting will be held in [2024 August] in Leeds.', '2024-08'],
      ['The deadline is [2018 March 18] at noon.', '2018-03-18'],
    ],
    negatives: ['The 2024 Olympics were held in Paris.'],
    build: (m) => {
      // "2018 March 18": with the day after, as lists write it.
      if (m[3] === undefined) return { type: 'DATE', value: `${m[1]}-${pad(monthOf(m[2]))}` };
      const x = validDay(+m[1], monthOf(m[2]), +m[3]);
      return x && day(x);
    },
  }),
  // "February the 15th", "March the 3rd, 2021": the day after the month with "the", as it is said.
  rule({
    name: 'month-the-day',
    pattern: `(${MONTH})\\s+the\\s+(${DAY})(?:,?\\s+(${YEAR}))?`,
    triggers: [MONTH_PART, DIGIT],
    flags: 'gu',
    examples: [
      ['The meeting was held on [February the 15th] in Leeds.', '2013-02-15'],
      ['The meeting was held on [March the 3rd, 2021] in Leeds.', '2021-03-03'],
    ],
    build: (m, ctx) => {
      const month = monthOf(m[1]);
      const d = dayNumber(m[2]);
      const x = validDay(m[3] ? +m[3] : resolveYear(month, d, ctx.ref, ctx.tense), month, d);
      return x && day(x);
    },
  }),
  // "the first Monday of March", "the last Friday in May 2024", "the second Tuesday of this month": an ordinal
  // weekday of a month, one date (it was cut into a weekday and a month).
  rule({
    name: 'nth-weekday-of-month',
    pattern: `(?:the\\s+)?(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\\s+(${WEEKDAY})\\s+(?:of|in)\\s+(?:(${MONTH_WORD})(?:,?\\s+(${YEAR}))?|(this|the|next|last)\\s+month)`,
    triggers: [WEEKDAY_PART, `${MONTH_PART}|month`],
    examples: [
      ['The vote is held on [the first Monday of March] each time.', '2013-03-04'],
      ['The meeting will be held [last Monday of March].', '2013-03-25'],
      ['The meeting was held [the first Monday of this month].', '2013-03-04'],
      ['Polls open on [the second Tuesday in May 2024].', '2024-05-14'],
    ],
    build: (m, ctx) => {
      const target = weekdayOf(m[2]);
      let y: number;
      let month: number;
      if (m[3]) {
        month = monthOf(m[3]);
        y = m[4] ? +m[4] : resolveYear(month, undefined, ctx.ref, ctx.tense);
      } else {
        const shift = /next/i.test(m[5]) ? 1 : /last/i.test(m[5]) ? -1 : 0;
        ({ y, m: month } = addMonths({ y: ctx.ref.y, m: ctx.ref.m, d: 1 }, shift));
      }
      const days = new Date(Date.UTC(y, month, 0)).getUTCDate();
      const ordinal = /^last$/i.test(m[1]) ? undefined : ordinalWordValue(m[1]) ?? parseInt(m[1], 10);
      if (ordinal === undefined) {
        for (let d = days; d > days - 7; d--) if (weekday({ y, m: month, d }) === target) return day({ y, m: month, d });
        return undefined;
      }
      const first = 1 + ((target - weekday({ y, m: month, d: 1 }) + 7) % 7);
      const x = validDay(y, month, first + 7 * (ordinal - 1));
      return x && day(x);
    },
  }),
  // "8/May", "May/8": a day and a month's name joined by a slash, without a year (the year rules take "8/May/2018").
  rule({
    name: 'day-slash-monthname',
    pattern: `(?:(${DAY_FIGURES})/${MONTH_CAPTURED}|${MONTH_CAPTURED}/(${DAY_FIGURES}))`,
    triggers: [MONTH_PART, DIGIT],
    examples: [
      ['The meeting was held [8/May] in Leeds.', '2013-05-08'],
      ['The meeting was held [May/8] in Leeds.', '2013-05-08'],
    ],
    negatives: ['The ratio was 45/Mar on the chart.'],
    build: (m, ctx) => {
      const month = monthOf(m[2] ?? m[3]);
      const d = +(m[1] ?? m[4]);
      const x = validDay(resolveYear(month, d, ctx.ref, ctx.tense), month, d);
      return x && day(x);
    },
  }),
  // "Sun 15Sep", "SUN 15SEP", "26nov 2015": a day run into a month's abbreviation, as tickets and timetables print it.
  rule({
    name: 'day-monthname-run',
    pattern: `(?:${WEEKDAY_ANY},?\\s+)?(${DAY_FIGURES})${MONTH_CAPTURED}(?:\\s+(${YEAR}))?`,
    triggers: [MONTH_PART],
    examples: [
      ['The meeting was held [Sun 15Sep] in Leeds.', '2012-09-15'],
      ['The meeting was held [SUN 15SEP] in Leeds.', '2012-09-15'],
      ['Exams start [26nov 2015] for us.', '2015-11-26'],
    ],
    negatives: ['The model 3Mar was sold out.'],
    build: (m, ctx) => {
      if (m[1].length === 1 && !/\s/.test(m[0])) return undefined;
      const month = monthOf(m[2]);
      const d = +m[1];
      const x = validDay(m[3] ? +m[3] : resolveYear(month, d, ctx.ref, ctx.tense), month, d);
      return x && day(x);
    },
  }),
  // "2018Q4", "2018 Q4": a year and a quarter, the order of statistical tables.
  rule({
    name: 'year-q',
    pattern: `(${YEAR})\\s?Q([1-4])`,
    triggers: [DIGIT],
    examples: [
      ['Revenue in [2018Q4] rose by a tenth.', '2018-Q4'],
    ],
    negatives: ['Item 2018Q5 was missing.'],
    build: (m) => ({ type: 'DATE', value: `${m[1]}-Q${m[2]}` }),
  }),
  // "Sunday, March, 6th 2016": a weekday, a month and a day with a year, a comma after the month.
  rule({
    name: 'weekday-month-comma-day-year',
    pattern: `(?:${WEEKDAY},?\\s+)?(${MONTH}),\\s+(${DAY}),?\\s+(${YEAR})`,
    triggers: [MONTH_PART, DIGIT],
    flags: 'gu',
    examples: [
      ['The meeting will be held [Sunday, March, 6th 2016] in Leeds.', '2016-03-06'],
    ],
    negatives: ['They met in May, 6 2016 delegates came.'],
    build: (m) => {
      // A bare number after "May," may start the next clause ("in May, 6 2016 delegates"): a suffix or a weekday
      // says it is the day.
      if (!/\d(?:st|nd|rd|th)$/.test(m[2]) && !IS_WEEKDAY.test(m[0])) return undefined;
      const x = validDay(+m[3], monthOf(m[1]), dayNumber(m[2]));
      return x && day(x);
    },
  }),
  // "Thu 15th", "Friday the 13th": a weekday and a day of the month, which together name one date: the next one (or
  // the last, in the past tense) on which that day falls on that weekday.
  rule({
    name: 'weekday-ordinal-day',
    pattern: `(${WEEKDAY}|${WEEKDAY_FULL.toUpperCase()}|${WEEKDAY_ABBREVIATION}(?=\\s))\\s+(?:the\\s+)?((?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th))(?!\\s+(?:of\\s+)?${MONTH})`,
    triggers: [WEEKDAY_PART, DIGIT],
    flags: 'gu',
    examples: [
      ['The meeting was held [Friday the 13th] in Leeds.', '2012-07-13'],
      ['The meeting was held [Thu 15th] in Leeds.', '2012-11-15'],
      ['THE PARTY WAS ON [FRIDAY the 13th] AT HOME', '2012-07-13'],
    ],
    negatives: ['The Sunday 5th edition was sold.'],
    build: (m, ctx) => {
      if (/^Sun/.test(m[1]) && /\s+edition/.test(ctx.after)) return undefined;
      const target = weekdayOf(m[1]);
      const x = weekdayDayOfMonth(target, dayNumber(m[2]), ctx.ref, ctx.tense);
      return x && day(x);
    },
  }),
  // "Friday after next", "March after next": the one after the next.
  rule({
    name: 'after-next',
    pattern: `(${WEEKDAY}|${MONTH_STANDALONE})\\s+after\\s+next`,
    triggers: [`${WEEKDAY_PART}|${MONTH_PART}`, 'next'],
    flags: 'gu',
    examples: [
      ['The meeting will be held [Friday after next] in Leeds.', '2013-04-05'],
      ['The meeting will be held [March after next] in Leeds.', '2015-03'],
    ],
    build: (m, ctx) => {
      if (IS_WEEKDAY.test(m[1])) {
        return day(addDays(resolveWeekday(weekdayOf(m[1]), ctx.ref, 'future'), 7));
      }
      const month = monthOf(m[1]);
      const y = (month > ctx.ref.m ? ctx.ref.y : ctx.ref.y + 1) + 1;
      return { type: 'DATE', value: `${y}-${pad(month)}` };
    },
  }),
  // "from 13 to 15 July", "23rd to 26th Oct", "10 - 22 August 2012": the first day of a range whose end holds the
  // month (and year); the end is tagged by day-month or range-end-day-month.
  rawRule({
    name: 'range-start-day',
    pattern: `${B}(?:the\\s+)?(${DAY})(?=${RANGE_TO}(${DAY})\\s+(?:of\\s+)?(${MONTH_WORD})(?:,?\\s+(${YEAR}))?${E})`,
    triggers: [MONTH_PART, DIGIT],
    flags: 'gu',
    examples: [
      ['The meeting was held from [13] to 15 July in Leeds.', '2012-07-13'],
      ['The meeting was held from [the 13th] to the 15th of July.', '2012-07-13'],
      ['The meeting was held [10] - 22 August 2012 in Leeds.', '2012-08-10'],
    ],
    negatives: ['The vote went 15 to 13 May voters said.', 'The score was 30 to 15 on May Day.'],
    build: (m, ctx) => {
      const first = dayNumber(m[1]);
      const last = dayNumber(m[2]);
      if (first >= last) return undefined;
      const month = monthOf(m[3]);
      const x = validDay(m[4] ? +m[4] : resolveYear(month, last, ctx.ref, ctx.tense), month, first);
      return x && day(x);
    },
  }),
  // "1-8 September", "5 - 16 Aug": the end of a range joined by a hyphen, which the day-month rule's boundary (no
  // hyphen before a day) leaves out.
  rawRule({
    name: 'range-end-day-month',
    pattern: `(?<=(?<![\\p{N}.,/-])((?:[12]\\d|3[01]|0?[1-9]))(?:st|nd|rd|th)?\\s?[-–]\\s?)(${DAY})\\s+(?:of\\s+)?(${MONTH_WORD})(?:,?\\s+(${YEAR}))?${E}`,
    triggers: [MONTH_PART, DIGIT],
    flags: 'gu',
    examples: [
      ['The meeting was held 1-[8 September] in Leeds.', '2012-09-08'],
      ['The fair ran 5 - [16 Aug 2018] in Leeds.', '2018-08-16'],
    ],
    negatives: ['The side won 4-2 May Day cup ties.'],
    build: (m, ctx) => {
      const last = dayNumber(m[2]);
      if (+m[1] >= last) return undefined;
      const month = monthOf(m[3]);
      const x = validDay(m[4] ? +m[4] : resolveYear(month, last, ctx.ref, ctx.tense), month, last);
      return x && day(x);
    },
  }),
];
