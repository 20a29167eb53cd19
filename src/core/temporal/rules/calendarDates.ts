// Calendar dates: days, months and years written as figures or with a month's name ("2013-03-15", "March 3, 2012",
// "the 6th of April", "June last year").
import { formatDay, formatMonth, isoWeek, resolveYear, weekday } from '../dates';
import { DIGIT, MONTH_PART, MONTH, MONTH_STANDALONE, MONTH_WORD, WEEKDAY, WEEKDAY_ABBREVIATION, NUMBER_WORD, ORDINAL_DAY_WORD, ordinalWordValue, amountValue, ordinalValue, monthOf, weekdayOf } from '../../lexicon';
import { YEAR, DAY, SPOKEN_YEAR, yearOf, AROUND, WEEKDAY_MOD, OPEN_END, PRE, PAIR_YEAR, DAY_AND_YEAR, pad, day, validDay, dayNumber, AFTER_MONTH, secondDay } from './parts';
import { rule, rawRule, B, E, type Rule } from './rule';

export const CALENDAR_DATE_RULES: readonly Rule[] = [
  rule({
    name: 'iso-date',
    pattern: `(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2}))?`,
    triggers: [DIGIT],
    examples: [
      ['The suit was filed on [2013-03-15] in Denver.', '2013-03-15'],
      ['The feed stamped it [2013-03-15T09:30] local time.', '2013-03-15T09:30'],
    ],
    negatives: ['Case 2013-13-45 was closed.'],
    build: (m) => {
      const x = validDay(+m[1], +m[2], +m[3]);
      if (!x) return undefined;
      return m[4] ? { type: 'TIME', value: `${formatDay(x)}T${m[4]}:${m[5]}`, day: x } : day(x);
    },
  }),
  rule({
    name: 'numeric-date',
    // A weekday before it is part of the date ("Sunday 12/7/2014"), not a second one.
    pattern: `(?:${WEEKDAY},?\\s+)?(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})`,
    triggers: [DIGIT],
    examples: [
      ['the Children of Marvin Gaye [3/18/15] .', '2015-03-18'],
      ['The meeting will be held [Sunday 12/7/2014] in Leeds.', '2014-12-07'],
    ],
    negatives: ['The vote split 13/13/2012 in the grid.'],
    build: (m) => {
      const y = m[3].length === 2 ? 2000 + +m[3] - (+m[3] > 50 ? 100 : 0) : +m[3];
      // Month first, as US news writes it; a first number above 12 can only be a day ("22/03/2013", British style).
      const x = +m[1] > 12 ? validDay(y, +m[2], +m[1]) : validDay(y, +m[1], +m[2]);
      return x && day(x);
    },
  }),
  // "15.03.2013": day first, as European and many wire datelines write it.
  rule({
    name: 'dotted-date',
    pattern: `(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})`,
    triggers: [DIGIT],
    examples: [
      ['The treaty was signed on [15.03.2013] in Bern.', '2013-03-15'],
    ],
    negatives: ['Build 31.02.2013 shipped late.'],
    build: (m) => {
      const x = validDay(+m[3], +m[2], +m[1]);
      return x && day(x);
    },
  }),
  rule({
    name: 'numeric-ymd',
    pattern: `(\\d{4})/(\\d{1,2})/(\\d{1,2})`,
    triggers: [DIGIT],
    examples: [
      ['The memo is dated [2013/03/15] in the file.', '2013-03-15'],
    ],
    build: (m) => {
      const x = validDay(+m[1], +m[2], +m[3]);
      return x && day(x);
    },
  }),
  // "on 3/15": a month and day in figures, only where a preposition makes it a date rather than a ratio or score.
  rule({
    name: 'numeric-md',
    pattern: `(\\d{1,2})/(\\d{1,2})(?!/)`,
    triggers: [DIGIT],
    examples: [
      ['The plant closed on [3/15] after the fire.', '2013-03-15'],
    ],
    negatives: [
      'U.N.-run refugee camps for 2 1/2 years.',
      '$6,542,000 face amount of its 6 1/4% convertible subordinated',
    ],
    build: (m, ctx) => {
      if (!/\b(?:on|since|until|by|from|through)\s*$/i.test(ctx.before)) return undefined;
      const x = validDay(resolveYear(+m[1], +m[2], ctx.ref, ctx.tense), +m[1], +m[2]);
      return x && day(x);
    },
  }),
  // "the week of March 6", "the week ended March 16" (weekly figures): the ISO week holding that day.
  rule({
    name: 'week-of',
    pattern: `the\\s+week\\s+(?:of|end(?:ed|ing))\\s+(${MONTH})\\s+(${DAY})(?:,?\\s+(${YEAR}))?`,
    triggers: ['week', MONTH_PART, DIGIT],
    examples: [
      ['resolved in a court hearing [the week of March 6], Manuel Gonzalez,', '2013-W10'],
    ],
    build: (m, ctx) => {
      const month = monthOf(m[1]);
      const d = dayNumber(m[2]);
      const x = validDay(m[3] ? +m[3] : resolveYear(month, d, ctx.ref, ctx.tense), month, d);
      return x && { type: 'DATE', value: isoWeek(x), day: x };
    },
  }),
  rule({
    name: 'month-day-year',
    pattern: `(?:${AROUND})?(?:${WEEKDAY_MOD}(${WEEKDAY}),?\\s+)?(${MONTH})\\s+(${DAY}),?\\s+(${YEAR})${OPEN_END}`,
    triggers: [MONTH_PART, DIGIT],
    examples: [
      ['or months of his capture on [March 26, 1996].', '1996-03-26'],
      ["Juvenal Habyarimana's plane on [April 6, 1994].", '1994-04-06'],
    ],
    build: (m) => {
      const x = validDay(+m[4], monthOf(m[2]), dayNumber(m[3]));
      return x && day(x);
    },
  }),
  rule({
    name: 'day-month-year',
    pattern: `(?:${AROUND})?(?:${WEEKDAY_MOD}(${WEEKDAY}),?\\s+)?(?:the\\s+)?(${DAY})\\s+(?:of\\s+)?(${MONTH}),?\\s+(${YEAR})${OPEN_END}`,
    triggers: [MONTH_PART, DIGIT],
    examples: [
      ['On [the 6th of April 1996], San Jose Clash and', '1996-04-06'],
    ],
    build: (m) => {
      const x = validDay(+m[4], monthOf(m[3]), dayNumber(m[2]));
      return x && day(x);
    },
  }),
  rule({
    name: 'month-year',
    pattern: `(${PRE})?(${MONTH})(?:,|\\s+of)?\\s+(${YEAR}|${SPOKEN_YEAR})${OPEN_END}`,
    triggers: [MONTH_PART, `${DIGIT}|nineteen`],
    examples: [
      ['in peace talks following the [August 1988] cease-fire of the', '1988-08'],
      ['Cambodian interpreter Houn Hourth in [March 1996].', '1996-03'],
    ],
    build: (m) => {
      const year = yearOf(m[3]);
      if (year === undefined) return undefined;
      if (/^may$/i.test(m[2]) && !/^[A-Z]/.test(m[2])) return undefined;
      return { type: 'DATE', value: `${year}-${pad(monthOf(m[2]))}` };
    },
  }),
  // "the first week of March", "the last days of June", "the second half of March": a part of a month. TimeML
  // gives weeks their ISO week and other parts the month.
  rule({
    name: 'part-of-month',
    pattern: `(?:the\\s+)?(first|second|third|fourth|last|final|latter|closing|opening)\\s+(week|half|days|weeks|fortnight|day|weekend)\\s+(?:of|in)\\s+(${MONTH_WORD})(?:,?\\s+(${YEAR}))?`,
    triggers: [MONTH_PART],
    examples: [
      ['In January and [the first weeks of February], I started strong', '2013-02'],
      // A day or a weekend of the month is that day, or that weekend's ISO week.
      ['The offer ends on [the last day of October 2015] at noon.', '2015-10-31'],
      ['The offer ended on [the third day of October] at noon.', '2012-10-03'],
      ['The fair was held [the last weekend of October 2017] in Leeds.', '2017-W43-WE'],
    ],
    build: (m, ctx) => {
      const month = monthOf(m[3]);
      const y = m[4] ? +m[4] : resolveYear(month, undefined, ctx.ref, ctx.tense);
      const unit = m[2].toLowerCase();
      const ordinal = ordinalValue(m[1]);
      const last = new Date(Date.UTC(y, month, 0)).getUTCDate();
      const lastish = /^(?:last|final|closing)$/i.test(m[1]);
      if (unit === 'day') {
        if (!lastish && (ordinal === undefined || /^(?:latter|opening)$/i.test(m[1]))) return /^opening$/i.test(m[1]) ? day({ y, m: month, d: 1 }) : undefined;
        return day({ y, m: month, d: lastish ? last : Math.min(last, ordinal ?? 1) });
      }
      if (unit === 'weekend') {
        // The weekend of the month's first (or last) Saturday.
        if (!lastish && ordinal === undefined) return undefined;
        const firstSat = 1 + ((6 - weekday({ y, m: month, d: 1 }) + 7) % 7);
        const sat = lastish ? firstSat + 7 * Math.floor((last - firstSat) / 7) : firstSat + 7 * ((ordinal ?? 1) - 1);
        if (sat > last) return undefined;
        return { type: 'DATE', value: `${isoWeek({ y, m: month, d: sat })}-WE` };
      }
      if (unit !== 'week') return { type: 'DATE', value: formatMonth(y, month) };
      const d = ordinal ? Math.min(last, 1 + 7 * (ordinal - 1) + 3) : last - 3;
      return { type: 'DATE', value: isoWeek({ y, m: month, d }) };
    },
  }),
  // "the September quarter": the quarter that ends in that month, as companies outside the US name them.
  rule({
    name: 'month-quarter',
    pattern: `(?:the\\s+)?(March|June|September|December|Sept\\.|Dec\\.)(?:-|\\s+)quarter`,
    triggers: ['quarter'],
    examples: [
      ['Profit for [the September quarter] rose.', '2012-Q3'],
    ],
    flags: 'gu',
    build: (m, ctx) => {
      const month = monthOf(m[1]);
      const y = resolveYear(month, undefined, ctx.ref, ctx.tense === 'future' ? 'future' : 'past');
      return { type: 'DATE', value: `${y}-Q${month / 3}` };
    },
  }),
  // "July last year", "March of next year"; with a day, "5 Jul. last year", "Oct. 3 last year": one date, or the day
  // ("5 Jul.") alone would be placed in the nearest year and "Jul. last year" would outvalue it as a month.
  rule({
    name: 'month-relative-year',
    pattern: `(?:(${DAY})\\s+(?:of\\s+)?)?(${PRE})?(${MONTH})(?:\\s+(${DAY}),?)?\\s+(?:of\\s+)?(this|last|next|that|the\\s+same|the\\s+following|the\\s+next|the\\s+previous)\\s+year`,
    triggers: [MONTH_PART, 'year'],
    examples: [
      ['In [January this year], British police officers', '2013-01'],
      ['But in [June last year], the remaining leadership', '2012-06'],
      // "that year", "the same year", "the following year": counted from the story's year, not the reference date's.
      ['In [August of that year], the army moved south.', '2013-08'],
      ['It was signed on [July 25 of the following year] in Leeds.', '2014-07-25'],
    ],
    build: (m, ctx) => {
      const which = m[5].toLowerCase();
      const shift = /last|previous/.test(which) ? -1 : /next|following/.test(which) ? 1 : 0;
      const y = (/^(?:this|last|next)$/.test(which) ? ctx.ref.y : ctx.anchorYear) + shift;
      const month = monthOf(m[3]);
      const d = m[1] ?? m[4];
      if (m[1] && m[4]) return undefined;
      if (d === undefined || m[2]) return { type: 'DATE', value: `${y}-${pad(month)}` };
      const x = validDay(y, month, dayNumber(d));
      return x && day(x);
    },
  }),
  rule({
    name: 'spoken-year',
    pattern: `(?:the\\s+year\\s+)?(?:nineteen\\s+(${NUMBER_WORD})|two\\s+thousand(?:\\s+(?:and\\s+)?(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))?)`,
    triggers: ['nineteen|thousand'],
    examples: [
      ['Atlanta [nineteen ninety-six].', '1996'],
      ['Atlanta abortion clinic bombing, a [nineteen ninety-seven] attack on a gay lounge', '1997'],
    ],
    negatives: ['working secrets for more than two thousand years.'],
    build: (m) => {
      // Broadcast transcripts write years out: "nineteen ninety-six", "the year two thousand".
      if (m[1]) {
        const n = amountValue(m[1]);
        return n !== undefined && n >= 10 && n < 100 ? { type: 'DATE', value: String(1900 + n) } : undefined;
      }
      if (!/^the\s+year/i.test(m[0]) && !m[2]) return undefined;
      return { type: 'DATE', value: String(2000 + (m[2] ? amountValue(m[2]) ?? 0 : 0)) };
    },
  }),
  rule({
    name: 'month-day',
    // A weekday abbreviated without its full stop only before a comma ("Fri, Jul 18"), where it is no other word.
    pattern: `(?:${AROUND})?(?:${WEEKDAY_MOD}(${WEEKDAY}|${WEEKDAY_ABBREVIATION}(?=,)),?\\s+)?(${MONTH})\\s+(${DAY})`,
    triggers: [MONTH_PART, DIGIT],
    examples: [
      ["Iraq's invasion of Kuwait on [Aug. 2] but also criticized", '2012-08-02'],
      ['The meeting will be held [Fri, Jul 19] in Leeds.', '2013-07-19'],
      ['The U.N. Security Council on [Aug. 6] ordered a global embargo', '2012-08-06'],
    ],
    flags: 'gu',
    build: (m, ctx) => {
      if (/^may$/i.test(m[2]) && !/^May$/.test(m[2])) return undefined;
      const month = monthOf(m[2]);
      const d = dayNumber(m[3]);
      const pairYear = PAIR_YEAR.exec(ctx.after);
      let year = pairYear ? +pairYear[1] : resolveYear(month, d, ctx.ref, ctx.tense);
      // "last Oct. 23", "next March 3": the latest one before the reference date, or the first after it, however near.
      const modifier = m[1] ? undefined : /\b(last|next)\s+$/i.exec(ctx.before)?.[1].toLowerCase();
      if (modifier && !pairYear) {
        const offset = Date.UTC(ctx.ref.y, month - 1, d) - Date.UTC(ctx.ref.y, ctx.ref.m - 1, ctx.ref.d);
        year = modifier === 'last' ? ctx.ref.y - (offset >= 0 ? 1 : 0) : ctx.ref.y + (offset <= 0 ? 1 : 0);
      }
      // With a weekday, take the year in which the date falls on it.
      if (m[1]) for (const y of [year, year - 1, year + 1]) if (validDay(y, month, d) && weekday({ y, m: month, d }) === weekdayOf(m[1])) { year = y; break; }
      const x = validDay(year, month, d);
      return x && day(x);
    },
  }),
  // "April 24 and 25", "March 3 or 4": the second day of a pair takes the first one's month (and the year after it).
  rule({
    name: 'second-day',
    pattern: `(?=\\d)(?<=(${MONTH})\\s+(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\\s*(?:and|or|to|through)\\s+)(${DAY_AND_YEAR})(?!\\s*(?:%|percent|per\\s+cent|${MONTH})|\\s+[a-z])`,
    triggers: [MONTH_PART, DIGIT],
    examples: [
      ['Washington summit on April 24 and [25].', '2013-04-25'],
    ],
    flags: 'gu',
    build: (m, ctx) => secondDay(m[1], m[2], ctx),
  }),
  // "March 3-5": a range of days, tagged as TimeML tags "April 24 and 25": "March 3" (month-day, which a hyphen
  // after would otherwise stop) and "5".
  rawRule({
    name: 'month-day-range',
    pattern: `${B}(${MONTH})\\s+(${DAY})(?=\\s?[-–]\\s?(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\\p{L}\\p{N}_]|[-–/]\\p{N}))`,
    triggers: [MONTH_PART, DIGIT],
    examples: [
      ["during Cleveland's Rock Week ([April 11]-18), including live", '2013-04-11'],
      ['Sweden next week before the [March 16]-22 finale.', '2013-03-16'],
    ],
    flags: 'gu',
    build: (m, ctx) => {
      if (/^may$/i.test(m[1]) && !/^May$/.test(m[1])) return undefined;
      const month = monthOf(m[1]);
      const d = dayNumber(m[2]);
      const pairYear = PAIR_YEAR.exec(ctx.after);
      const x = validDay(pairYear ? +pairYear[1] : resolveYear(month, d, ctx.ref, ctx.tense), month, d);
      return x && day(x);
    },
  }),
  rawRule({
    name: 'range-second-day',
    pattern: `(?=\\d)(?<=(${MONTH})\\s+((?:[12]\\d|3[01]|0?[1-9]))(?:st|nd|rd|th)?(?:\\s?[-–]\\s?|\\s+(?:thru|through)\\s+))(${DAY_AND_YEAR})${E}`,
    triggers: [MONTH_PART, DIGIT],
    examples: [
      ["Cleveland's Rock Week (April 11-[18]), including live music", '2013-04-18'],
      ['next week before the March 16-[22] finale.', '2013-03-22'],
      ['The fair ran July 13 thru [15] in Leeds.', '2012-07-15'],
    ],
    flags: 'gu',
    build: (m, ctx) => {
      if (dayNumber(m[3]) <= +m[2]) return undefined;
      return secondDay(m[1], m[3], ctx);
    },
  }),
  rule({
    name: 'day-month',
    pattern: `(?:${WEEKDAY_MOD}(${WEEKDAY}),?\\s+)?(?:the\\s+)?(${DAY})\\s+(?:of\\s+)?(${MONTH_WORD})`,
    triggers: [MONTH_PART, DIGIT],
    examples: [
      ['It read: "On [10 March] and 11 March, the', '2013-03-10'],
      ['Champions League fixture on [Tuesday 17 February].', '2013-02-17'],
    ],
    flags: 'gu',
    build: (m, ctx) => {
      if (/^may$/i.test(m[3]) && !/^May$/.test(m[3])) return undefined;
      const month = monthOf(m[3]);
      const d = dayNumber(m[2]);
      const x = validDay(resolveYear(month, d, ctx.ref, ctx.tense), month, d);
      return x && day(x);
    },
  }),
  // "May fifth", "March twenty-first", "the fifth of May", "the Fourth of July": days written out (HeidelTime's
  // reDayWordTh). Before the month only with "of" ("the fifth of May", "Twenty-fourth of May"), where "first"/"second" cannot be an adverb.
  rule({
    name: 'month-day-word',
    pattern: `(?:(?:${WEEKDAY_MOD}(${WEEKDAY}),?\\s+)?(${MONTH})\\s+(${ORDINAL_DAY_WORD})|(?:[Tt]he\\s+)?(${ORDINAL_DAY_WORD})\\s+of\\s+(${MONTH_WORD}))(?:,?\\s+(${YEAR}))?`,
    triggers: [MONTH_PART, 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|twentieth|thirtieth'],
    examples: [
      ["International Women's Day is [this coming Sunday, March eighth].", '2013-03-08'],
      ['The meeting was held [Twenty-fourth of May] in Leeds.', '2012-05-24'],
      ['The meeting was held [May eighth, 2010] in Leeds.', '2010-05-08'],
    ],
    flags: 'gu',
    build: (m, ctx) => {
      const monthWord = m[2] ?? m[5];
      if (/^may$/i.test(monthWord) && !/^May$/.test(monthWord)) return undefined;
      const month = monthOf(monthWord);
      const d = ordinalWordValue(m[3] ?? m[4]);
      if (d === undefined) return undefined;
      const x = validDay(m[6] ? +m[6] : resolveYear(month, d, ctx.ref, ctx.tense), month, d);
      return x && day(x);
    },
  }),
  rule({
    name: 'month',
    pattern: `(${PRE})?(?:([Ll]ast|[Nn]ext|[Tt]his\\s+coming|[Tt]he\\s+coming|[Cc]oming|[Tt]he\\s+previous|[Tt]he\\s+following|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id-?)\\s+)?(${MONTH_STANDALONE})`,
    triggers: [MONTH_PART],
    examples: [
      ['hundred thirty million dollars in [October], are worth only half', '2012-10'],
      ['Shuttle Columbia for a mission in [December].', '2012-12'],
      ['The plant opened [this coming March] after all.', '2014-03'],
      ['The plant opens [next July] in Leeds.', '2014-07'],
      ['It gave up the salient seized [the previous April] at last.', '2012-04'],
    ],
    negatives: [
      'space on board the Soyuz 36 on May 26, 1980.',
      "Women's Day is this coming Sunday, March eighth.",
    ],
    flags: 'gu',
    build: (m, ctx) => {
      const word = m[3];
      // "May" is a month only where a month can stand: after "in", "since", "by", "until", "last", "early", ...
      const afterMonth = AFTER_MONTH.test(ctx.before);
      if (word === 'May' && !m[1] && !m[2] && !afterMonth && !/\b(?:in|since|by|until|till|from|to|of|through|during|before|after|early|late|mid|last|next|this|that)\s*$/i.test(ctx.before)) return undefined;
      if (word === 'March' && !m[1] && !m[2] && !afterMonth && !/\b(?:in|since|by|until|till|from|to|of|through|during|before|after|on|early|late|mid|the)\s*$/i.test(ctx.before)) return undefined;
      const month = monthOf(word);
      const modifier = m[2]?.toLowerCase();
      // "last Oct. 23": the day is the date ("Oct. 23", with "last" choosing its year), not the month alone.
      if (modifier && /^(?:last|next|this)$/.test(modifier) && /^\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\p{L}\p{N}%])/u.test(ctx.after)) return undefined;
      let year = resolveYear(month, undefined, ctx.ref, ctx.tense);
      // "last February" said in March is a year back: the month just gone is "last month".
      if (modifier === 'last') year = month < ctx.ref.m - 1 ? ctx.ref.y : ctx.ref.y - 1;
      // "next July" is July of next year, as "next year" is (SUTime): a writer who means the coming one, months ahead in
      // the same year, writes "in July" or "this July". Near the turn of a year both readings agree ("next March" in
      // December).
      if (modifier === 'next') year = ctx.ref.y + 1;
      // "this coming March": the first one after the reference date, whatever the tense.
      if (modifier && /coming$/.test(modifier)) year = month > ctx.ref.m ? ctx.ref.y : ctx.ref.y + 1;
      // "the previous April", "the following March": counted from the story's date, as "the previous year" is.
      if (modifier && /previous$/.test(modifier)) year = month < ctx.anchor.m ? ctx.anchor.y : ctx.anchor.y - 1;
      if (modifier && /following$/.test(modifier)) year = month > ctx.anchor.m ? ctx.anchor.y : ctx.anchor.y + 1;
      if (modifier === 'this') year = ctx.ref.y;
      return { type: 'DATE', value: `${year}-${pad(month)}` };
    },
  }),
];
