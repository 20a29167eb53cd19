// Stretches of time ("three years", "a two-week strike", "for a while", "over the years").
import { DIGIT, UNIT_PART, NUMBER_WORD, AMOUNT, UNIT, amountValue, unitOf } from '../../lexicon';
import { unitValue, yearValue } from '../values';
import { anchorFor } from './parts';
import { rule, type Rule } from './rule';

export const DURATION_RULES: readonly Rule[] = [
  // "a quarter century ago", "a quarter-century of rule": 25 years.
  rule({
    name: 'quarter-century',
    pattern: `(?:a|one)\\s+quarter[- ]century(\\s+ago|\\s+later|\\s+earlier)?`,
    triggers: ['centur'],
    examples: [
      ["Freddie's been gone for nearly [a quarter-century].", 'P25Y'],
    ],
    build: (m, ctx) => {
      if (!m[1]) return { type: 'DURATION', value: 'P25Y' };
      const from = /ago/i.test(m[1]) ? ctx.ref : anchorFor(ctx, 'Y');
      return { type: 'DATE', value: yearValue(from.y + (/later/i.test(m[1]) ? 25 : -25)) };
    },
  }),
  // "the last year and a half", "the past hour and a half": a stretch of one and a half units up to now.
  // "the past hour", "within the next hour": an hour-long stretch up to or from now (hours have no calendar value).
  rule({
    name: 'the-hour',
    pattern: `the\\s+(?:past|last|next|coming|previous|following)\\s+(hour|minute)`,
    triggers: ['hour|minute'],
    examples: [
      ['right up to the last game, in [the last minute]," perhaps a nod to', 'PT1M'],
    ],
    build: (m) => ({ type: 'DURATION', value: unitValue(unitOf(m[1]), 1) }),
  }),
  rule({
    name: 'unit-and-a-half',
    pattern: `(?:the|its|their)\\s+(?:past|last|next|first|previous|coming)\\s+(year|month|week|day|hour|minute)\\s+and\\s+a\\s+half`,
    triggers: ['year|month|week|day|hour|minute', 'half'],
    examples: [
      ['Prices rose over [the past year and a half] in the city.', 'P1Y6M'],
    ],
    build: (m) => ({ type: 'DURATION', value: unitValue(unitOf(m[1]), 1.5) }),
  }),
  // "for the year ended March 31", "in the fiscal year ending June 30": a year-long stretch.
  rule({
    name: 'year-ended',
    pattern: `(?:the\\s+)?(?:fiscal\\s+)?year(?=\\s+end(?:ed|ing)\\b)`,
    triggers: ['year'],
    examples: [
      ['said it expects net income in [the year] ending June 30, 1990,', 'P1Y'],
    ],
    build: (m) => (/^the\b/i.test(m[0]) ? { type: 'DURATION', value: 'P1Y' } : undefined),
  }),
  // A count with a unit abbreviated or run into it, as notices and posts write them ("5hrs", "30 mins", "2weeks",
  // "16days", "6 YRS"): the same stretch as the unit written out. Hours and minutes only with a count, so "hr" or
  // "min" alone stays a word.
  rule({
    name: 'unit-abbreviation',
    pattern: `(?:(?:nearly|almost|more than|less than|at least)\\s+)?(\\d{1,3})(?:\\s*(hrs?|mins?|secs?|yrs?|wks?)|(seconds?|minutes?|hours?|days?|weeks?|months?|years?))`,
    triggers: [DIGIT],
    examples: [
      ['The queue took [5hrs] to clear.', 'PT5H'],
      ['The bus comes every [30 mins] or so.', 'PT30M'],
      ['I waited [2weeks] for the parcel.', 'P2W'],
      ['They stayed [6 YRS] in Perth.', 'P6Y'],
      ['It lasted [16days] in all.', 'P16D'],
    ],
    negatives: ['He read 3 Mins magazine.', 'Route 5hrsx closed.', 'The troops were deployed by 05:30hrs.'],
    build: (m, ctx) => {
      const unitWord = m[2] ?? m[3];
      // "30 Mins magazine": a capitalised word after it names something; "05:30hrs" is a clock time.
      if ((m[2] && /^[A-Z][a-z]/.test(m[2])) || /[:.,]$/.test(ctx.before)) return undefined;
      const word = unitWord.toLowerCase().replace(/s$/, '');
      const unit = word === 'hr' ? 'H' : word === 'min' ? 'MIN' : word === 'sec' ? 'S' : word === 'yr' ? 'Y' : word === 'wk' ? 'W' : unitOf(word);
      return { type: 'DURATION', value: unitValue(unit, +m[1]) };
    },
  }),
  // Bounding quantifiers ("nearly", "more than", "at least") are part of the expression in TimeML (its `mod`);
  // loose ones ("about", "over", "some") are not. Hyphenated forms ("a two-year term") are the number-unit-adj rule's.
  // "the year-earlier nine months" is one stretch, as "the year-ago quarter" is one date (13 of 14 such periods in
  // train keep the modifier and its article).
  rule({
    name: 'duration',
    pattern: `(?:(?:nearly|almost|more than|less than|at least|no more than|fewer than|up to)\\s+)?(?:(?:the|its|their|his|her)\\s+(?:year-(?:earlier|ago)\\s+)?)?(?:(past|last|next|first|previous|coming|following|final|initial|latest|remaining|ensuing)\\s+)?(?:(?<low>\\d+|${NUMBER_WORD})\\s+(?:to|or)\\s+)?(${AMOUNT})\\s+(?:(?:more|additional|straight|consecutive|trading|business|working|full|whole)\\s+)?(${UNIT})(?<half>\\s+and\\s+a\\s+half)?(?:\\s+or\\s+so)?`,
    triggers: [UNIT_PART],
    examples: [
      ['In [the last twenty four hours], the value of the', 'PT24H'],
      ['In Singapore, stocks hit a [five year] low.', 'P5Y'],
    ],
    negatives: [
      "' A day earlier, scores of",
      'rising from about 35 percent several years ago to about 51 percent',
    ],
    build: (m, ctx) => {
      // "two to three weeks", "the next year or so": one expression; a range takes its first number.
      const low = m.groups?.low !== undefined ? amountValue(m.groups.low) : undefined;
      // "a minute and a half later": the ago rule takes no halves, so the stretch is tagged (as TimeBank does).
      if (/^\s*(ago|earlier|later|from now)\b/i.test(ctx.after) && !m.groups?.half) return undefined;
      // "two years after the crash" is a stretch of time; "two years after," is a date (the 'ago' rule's).
      if (/^\s*(before|after)\b/i.test(ctx.after) && !/^\s*(before|after)\s+[\p{L}\p{N}$“"']/u.test(ctx.after)) return undefined;
      // Ages ("58 years old") are not temporal expressions in TimeML.
      if (/^(?:\s+|-)old\b/i.test(ctx.after)) return undefined;
      // "a second group", "a quarter of the market", "he one day hopes": an ordinal, a fraction, an adverb.
      const unitWord = m[4].toLowerCase();
      if (/^an?$/i.test(m[3]) && unitWord === 'second' && /^\s+\p{L}/u.test(ctx.after)) return undefined;
      if (unitWord === 'quarter' && /^(?:\s+of\b|[- ]centur)/i.test(ctx.after)) return undefined;
      if (/^one$/i.test(m[3]) && unitWord === 'day' && !/\b(?:for|in|within|after|than|about|only|just|by)\s*$/i.test(ctx.before) && !/^\s+(?:after|before|later|earlier)\b/i.test(ctx.after)) return undefined;
      const amount = m[3].toLowerCase();
      const whole = amountValue(amount);
      // "a minute and a half" → PT1M30S.
      const n = whole !== undefined && m.groups?.half ? whole + 0.5 : whole;
      if (n === undefined && !/several|few|many|some|couple|dozens|hundreds|number/.test(amount)) return undefined;
      const unit = unitOf(m[4]);
      // "a day", "a year" after a rate ("$5 a day", "twice a year") is a set, not a stretch of time.
      if ((amount === 'a' || amount === 'an') && /(?:\d|times|twice|once|per|percent|%|million|billion)\s*$/i.test(ctx.before)) {
        return { type: 'SET', value: unitValue(unit, 1) };
      }
      if (low !== undefined && n !== undefined && low < n) return { type: 'DURATION', value: unitValue(unit, low) };
      if (unit === 'Q') return { type: 'DURATION', value: unitValue('Q', n) };
      return { type: 'DURATION', value: unitValue(unit, n) };
    },
  }),
  // "a decades-long battle", "a day-long meeting", "for a while".
  // Closed up as well ("a weeklong strike", "a yearlong inquiry"), and for decades, centuries and minutes ("a
  // decade-long war", where "a decade" alone was tagged).
  rule({
    name: 'long-adjective',
    pattern: `(?:(decades|years|months|weeks|days|hours|minutes|centuries|day|year|week|month|hour|minute|decade|century)-long|(day|week|month|year|hour)long)`,
    triggers: ['long'],
    examples: [
      ["symbolizing the government's [decades-long] ideological battle", 'PXDE'],
      ['family emerged from their third [day-long] meeting with federal', 'P1D'],
    ],
    build: (m) => {
      const unitWord = m[1] ?? m[2];
      return { type: 'DURATION', value: /s$/.test(unitWord) ? unitValue(unitOf(unitWord), undefined) : unitValue(unitOf(unitWord), 1) };
    },
  }),
  // "over the years", "over the decades": an open stretch up to the story's time (TimeBank: "the years", PXY).
  rule({
    name: 'over-the-units',
    pattern: `(?<=\\bover\\s)the\\s+(years|decades|centuries)(?!\\s+(?:of|since|before|after|to|that|when|ahead|in)\\b|\\s+\\d)`,
    triggers: ['over', 'year|decade|centur'],
    examples: [
      ['increase, um and, in fact, um over [the years] many more patients', 'PXY'],
    ],
    build: (m) => ({ type: 'DURATION', value: unitValue(unitOf(m[1]), undefined) }),
  }),
  rule({
    name: 'a-while',
    pattern: `(?<=\\bfor\\s)a\\s+(?:long\\s+|short\\s+)?while`,
    triggers: ['while'],
    examples: [
      ['have to live without it for [a while].', 'PXX'],
    ],
    build: () => ({ type: 'DURATION', value: 'PXX' }),
  }),
  // "years ago", "months later", "weeks earlier": a vague point before or after, with no count to place it.
  rule({
    name: 'bare-ago',
    pattern: `(decades|years|months|weeks|days|hours|minutes|seconds)\\s+(ago|earlier|later|before|after)`,
    triggers: [UNIT_PART],
    examples: [
      ['Control Data Corp., which just [months ago] was hemorrhaging financially,', 'PAST_REF'],
      ["It wasn't until [days later], as archaeologist", 'FUTURE_REF'],
    ],
    negatives: [
      "It wasn't until twenty years after the first astronauts",
      'work in Iraq Friday, nearly two months after his team was effectively',
    ],
    build: (m, ctx) => {
      if (/before|after/i.test(m[2]) && /^\s*[\p{L}\p{N}$“"']/u.test(ctx.after)) return undefined;
      const value = /ago|earlier|before/i.test(m[2]) ? 'PAST_REF' : 'FUTURE_REF';
      return { type: /hours|minutes|seconds/i.test(m[1]) ? 'TIME' : 'DATE', value };
    },
  }),
  // "weeks or months", "days or weeks": one vague stretch, valued by its first unit.
  rule({
    name: 'bare-units',
    pattern: `(years|months|weeks|days|hours|decades|minutes|centuries)(?:\\s+or\\s+(?:years|months|weeks|days|hours|decades|minutes))?`,
    triggers: [UNIT_PART],
    examples: [
      ['committed to Desert Shield within [weeks], including Marines,', 'PXW'],
      ['Ukraine was ruled from Moscow for [centuries].', 'PXCE'],
    ],
    negatives: [
      'In the last twenty four hours, the value of the',
      'But in the past three months, stocks have plunged,',
    ],
    build: (m, ctx) => {
      // "for years", "in years", "for hours": a vague stretch; elsewhere ("years of war") not tagged.
      if (!/\b(?:for|in|over|within|after|took|take|takes|lasted|last|spent)\s*$/i.test(ctx.before)) return undefined;
      return { type: 'DURATION', value: unitValue(unitOf(m[1]), undefined) };
    },
  }),
  rule({
    name: 'number-unit-adj',
    pattern: `(\\d+|${NUMBER_WORD}|several|half)-(year|month|week|day|hour|minute|decade)(?:-long)?`,
    triggers: [UNIT_PART],
    examples: [
      ['August 1988 cease-fire of the [eight-year] war with Iran.', 'P8Y'],
      ['Bush, commenting on the [two-week] gulf crisis from his', 'P2W'],
    ],
    negatives: [
      "extremists opposed to the IRA's 8-month-old truce to undermine",
      'U.S. Trust, a 136-year-old institution that',
    ],
    build: (m, ctx) => {
      if (/^-old\b/i.test(ctx.after) || /^\s+old\b/i.test(ctx.after)) return undefined;
      if (/^several$/i.test(m[1])) return { type: 'DURATION', value: unitValue(unitOf(m[2]), undefined) };
      // "a half-hour show", "a half-day strike".
      if (/^half$/i.test(m[1])) return { type: 'DURATION', value: unitValue(unitOf(m[2]), 0.5) };
      const n = amountValue(m[1]);
      return n === undefined ? undefined : { type: 'DURATION', value: unitValue(unitOf(m[2]), n) };
    },
  }),
  // "a three-year period", "a five-year term", "a 90-day window": the whole noun phrase is the stretch of time when
  // the article stands right before the number (HeidelTime's duration_r3, and how TimeBank draws it); "the extra
  // seven-day period" keeps only "seven-day" (the number-unit-adj rule's).
  rule({
    name: 'unit-period',
    pattern: `an?\\s+(\\d+|${NUMBER_WORD})[- ](year|month|week|day|hour|minute|decade)\\s+(?:period|term|stretch|span|window)`,
    triggers: [UNIT_PART, 'period|term|stretch|span|window'],
    examples: [
      ['Crazy Eddie, Edison, N.J., over [a three-year period].', 'P3Y'],
      ['inches of rain on the capital in [a 36-hour period] and has wind gusts', 'PT36H'],
    ],
    build: (m) => {
      const n = amountValue(m[1]);
      return n === undefined ? undefined : { type: 'DURATION', value: unitValue(unitOf(m[2]), n) };
    },
  }),
];
