// Dates relative to the reference date or the story's last date ("last week", "two years ago", "the following day"), and
// vague references ("now", "recently", "the future").
import { addDays, formatDay, formatMonth } from '../dates';
import { UNIT_PART, PART_OF_DAY_PART, AMOUNT, UNIT, SEASON, SEASON_PART, amountValue, unitOf, SEASON_CODE, PART_OF_DAY_CODE, SEASON_MONTH } from '../../lexicon';
import { unitValue, shifted, yearValue } from '../values';
import { day, anchorFor, periodOf } from './parts';
import { rule, type Rule } from './rule';

/** The month and day each season begins (the northern solstices and equinoxes, to the day most years). */
const SEASON_START: Readonly<Record<string, readonly [number, number]>> = { SP: [3, 20], SU: [6, 21], FA: [9, 22], WI: [12, 21] };

export const REFERENCE_RULES: readonly Rule[] = [
  // "midweek", "mid-month": the middle of the current week or month, valued as that week or month.
  // "For the year, volume was flat", "the week's most active session": the story's current period, as financial
  // stories use them; only after "for"/"of" with a comma, full stop or possessive next, where it cannot be a stretch.
  rule({
    name: 'for-the-period',
    pattern: `(?<=\\b(?:for|of|and)\\s)the\\s+(year|week|month)(?=\\s*[,.;]|['’]s\\b)`,
    triggers: ['year|week|month'],
    examples: [
      ['For [the year], pet food volume was', '2013'],
      ['For [the week], the index dropped', '2013-W12'],
    ],
    build: (m, ctx) => periodOf(ctx.ref, unitOf(m[1])),
  }),
  // "earlier in the year", "later in the month": the period of the story's current date, as TimeBank values it ("later in
  // the day" is left alone: AQUAINT does not tag it and TimeBank tags only "the day").
  rule({
    name: 'in-the-period',
    pattern: `(?:earlier|later)\\s+in\\s+the\\s+(week|month|year)`,
    triggers: ['earlier|later'],
    examples: [
      ['areas of the U.S. was delayed [earlier in the year] by heavy rains, thus', '2013'],
      ['[Earlier in the week], witness Kwami Nicholas', '2013-W12'],
    ],
    build: (m, ctx) => periodOf(anchorFor(ctx, unitOf(m[1])), unitOf(m[1])),
  }),
  rule({
    name: 'mid-period',
    pattern: `mid-?(week|month)`,
    triggers: ['mid'],
    examples: [
      ['Trading slowed [midweek] as investors waited.', '2013-W12'],
    ],
    build: (m, ctx) => periodOf(ctx.ref, unitOf(m[1])),
  }),
  // "the eighth day of Desert Shield", "the second day of an offensive": the story's day.
  rule({
    name: 'nth-day-of',
    pattern: `the\\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th))\\s+day(?=\\s+of\\s)`,
    triggers: ['day'],
    examples: [
      ["In Saudi Arabia, today is [the eighth day] of ``Desert Shield,''", '2013-03-22'],
    ],
    build: (_m, ctx) => day(ctx.anchor),
  }),
  // "in the weeks before the shooting", "the days after the vote": a stretch around the story's event, dated by the
  // story's current month (AQUAINT leaves "the" out of these).
  rule({
    name: 'units-around-event',
    pattern: `(?<=\\bthe\\s)(days|weeks|months)(?=\\s+(?:before|after|leading\\s+up\\s+to|preceding|following)\\s+\\p{L})`,
    triggers: ['day|week|month'],
    examples: [
      ['was spotted in Amherst in the [weeks] before Slepian was', '2013-03'],
      ['died in Paktika Province in the [months] after Bergdahl vanished,', '2013'],
    ],
    build: (m, ctx) => ({
      type: 'DATE',
      value: /months/i.test(m[1]) ? yearValue(ctx.anchor.y) : formatMonth(ctx.anchor.y, ctx.anchor.m),
      derived: true,
    }),
  }),
  rule({
    name: 'this-period',
    pattern: `(?:(early|late|mid-?|sometime|earlier|later)\\s+)?(last|next|this past|this coming|this|the coming|coming|the current|current|the previous|the past|the last|past|the following|the next)\\s+(?:(fiscal)\\s+)?(week|month|year|quarter|weekend|decade|century|${SEASON})(?:\\s+or\\s+so)?`,
    triggers: [`week|month|year|quarter|decade|centur|${SEASON_PART}`],
    examples: [
      ['The Jordanian monarch met [this week] with Saddam, but he', '2013-W12'],
      ['question to a national referendum [next year] after convention delegates', '2014'],
      ['The works will be done [this coming summer] in Leeds.', '2013-SU'],
      ['The works will be done [this coming week] in Leeds.', '2013-W13'],
      ['The army rested; [the next spring] it marched north.', '2014-SP'],
    ],
    negatives: [
      'Baker, speaking on ABC News\' "This Week," said the Kuwaiti',
      'Best Architecture Photos From the Past Year .',
    ],
    build: (m, ctx) => {
      // "This Week" in title case is a programme's name ("ABC's This Week"), not a date.
      if (/^[A-Z]/.test(m[4])) return undefined;
      const modifier = m[2].toLowerCase().replace(/^the /, '');
      const unitWord = m[4].toLowerCase();
      // "last fiscal year", "the current fiscal quarter": HeidelTime's unit "fiscal year", valued as the calendar one.
      if (m[3] && unitWord !== 'year' && unitWord !== 'quarter') return undefined;
      const past = modifier === 'last' || modifier === 'previous' || modifier === 'past' || modifier === 'this past';
      // "the past year", "the last decade": TimeBank annotates the period before this one (a DATE), 4 times in 5.
      if (modifier === 'past' && unitWord in SEASON_CODE) return undefined;
      // "the next spring", like "the following spring", counts from the story's date ("the next week" is following-day's).
      const theNext = /^the\s+next$/i.test(m[2]);
      if (theNext && /^(?:week|month|year)$/.test(unitWord)) return undefined;
      const from = modifier === 'following' || modifier === 'previous' || theNext ? anchorFor(ctx, unitOf(unitWord)) : ctx.ref;
      const n = past ? -1 : modifier === 'next' || /coming$/.test(modifier) || modifier === 'following' ? 1 : 0;
      if (unitWord in SEASON_CODE) {
        const code = SEASON_CODE[unitWord];
        // "this past spring" is the latest one already begun.
        if (modifier === 'this past') return { type: 'DATE', value: `${SEASON_MONTH[code] < from.m ? from.y : from.y - 1}-${code}` };
        // "this coming winter", "the coming summer": the next one to begin (spring on 20 March, summer 21 June, autumn
        // 22 September, winter 21 December; a winter takes the year of its December), as SUTime values them.
        if (/coming$/.test(modifier)) {
          const [month, dayOfMonth] = SEASON_START[code];
          return { type: 'DATE', value: `${from.m * 100 + from.d < month * 100 + dayOfMonth ? from.y : from.y + 1}-${code}` };
        }
        return { type: 'DATE', value: `${from.y + n}-${code}` };
      }
      if (unitWord === 'century') { const c = Math.floor(from.y / 100) + n; return c >= 0 && c <= 99 ? { type: 'DATE', value: String(c).padStart(2, '0') } : undefined; }
      // "This quarter's loss" in an earnings story is the quarter it reports, when it has named one.
      if (unitWord === 'quarter' && modifier === 'this' && ctx.last && /^\d{4}-Q\d$/.test(ctx.last)) return { type: 'DATE', value: ctx.last };
      return shifted(from, unitOf(unitWord), n);
    },
  }),
  // "just"/"only" stay outside ("just a decade ago" is "a decade ago"; before any timex in train, 7 of 7 in both corpora): focus
  // words, not TimeML's bounding quantifiers.
  rule({
    name: 'ago',
    pattern: `(?:(?:nearly|almost|more than|less than|at least|some|about)\\s+)?(${AMOUNT})\\s+(${UNIT})\\s+(?:or\\s+so\\s+)?(ago|earlier|later|before|after|from now|hence)`,
    triggers: [UNIT_PART],
    examples: [
      ["' [A day earlier], scores of trucks,", '2013-03-21'],
      ['rising from about 35 percent [several years ago] to about 51 percent', 'PAST_REF'],
    ],
    negatives: [
      "It wasn't until twenty years after the first astronauts",
      'This move comes barely a month after Qantas suspended a',
    ],
    build: (m, ctx) => {
      const n = amountValue(m[1]);
      const unit = unitOf(m[2]);
      // "two years after a ship struck": the span is a duration before an event, tagged by the duration rule.
      if (/before|after/i.test(m[3]) && /^\s*[\p{L}\p{N}$“"']/u.test(ctx.after)) return undefined;
      const direction = /ago|earlier|before/i.test(m[3]) ? -1 : 1;
      const anchored = /earlier|later|before|after/i.test(m[3]);
      // "Before"/"after" bind to an event in the sentence; the story's last date is the best stand-in.
      const from = anchored ? anchorFor(ctx, unit) : ctx.ref;
      if (n === undefined || !Number.isInteger(n)) return { type: 'DATE', value: direction < 0 ? 'PAST_REF' : 'FUTURE_REF' };
      // "profit rose in the third quarter from $5 million a year earlier": the year before that quarter (or month).
      if (unit === 'Y' && n === 1 && ctx.last && /^\d{4}-Q\d$/.test(ctx.last)) return { type: 'DATE', value: `${Number(ctx.last.slice(0, 4)) + direction * n}${ctx.last.slice(4)}`, derived: true };
      if (unit === 'H' || unit === 'MIN' || unit === 'S') return { type: 'TIME', value: direction < 0 ? 'PAST_REF' : 'FUTURE_REF' };
      // "a decade ago" names the year ten years back, not a decade.
      if (unit === 'DE') return { type: 'DATE', value: yearValue(from.y + direction * 10 * n) };
      // "a century ago", "two centuries later": the year, as for decades (the century alone was left untagged).
      if (unit === 'CE') return from.y + direction * 100 * n > 0 ? { type: 'DATE', value: yearValue(from.y + direction * 100 * n) } : undefined;
      return shifted(from, unit, direction * n);
    },
  }),
  // "the year before last", "the week before last": two periods back (HeidelTime's UNDEF-this-unit-MINUS-2).
  rule({
    name: 'before-last',
    pattern: `the\\s+(week|month|year)\\s+before\\s+last`,
    triggers: ['week|month|year', 'before', 'last'],
    examples: [
      ['Sales fell in [the year before last] as well.', '2011'],
    ],
    build: (m, ctx) => shifted(ctx.ref, unitOf(m[1]), -2),
  }),
  rule({
    name: 'following-day',
    pattern: `(?:(the\\s+(?:following|next|previous|prior|same)\\s+(day|week|month|year|morning|evening|night)(?:\\s+or\\s+so)?)|(the\\s+(day|week|month|year|night|morning|evening)\\s+(before|after))|((?:(?:earlier|later)\\s+)?(?:that|the same)\\s+(day|week|month|year|morning|afternoon|evening|night)))`,
    triggers: [`day|week|month|year|${PART_OF_DAY_PART}`],
    examples: [
      ['made a brigadier general, and [the following year] he was appointed military', '2014'],
      ['billion in U.S. watch imports [that year], according to an aide', '2013'],
    ],
    negatives: [
      'trading days after Oct. 12, the day before the stock market plunge,',
      "showed up at Slepian's house the day after his death.",
    ],
    build: (m, ctx) => {
      const phrase = m[0].toLowerCase();
      // "the day before authorities issued a warrant": "before" opens a clause, not the date's own word.
      if (m[3] && /^\s+(?:the\s+)?[\p{L}]/u.test(ctx.after) && !/^\s+(?:yesterday|that|and|or|but)\b/i.test(ctx.after)) return undefined;
      const unitWord = (m[2] ?? m[4] ?? m[7]).toLowerCase();
      const n = /following|next|after/.test(phrase) ? 1 : /previous|prior|before/.test(phrase) ? -1 : 0;
      if (unitWord in PART_OF_DAY_CODE) {
        const x = addDays(ctx.anchor, n);
        return { type: 'TIME', value: `${formatDay(x)}T${PART_OF_DAY_CODE[unitWord]}`, day: x };
      }
      return shifted(anchorFor(ctx, unitOf(unitWord)), unitOf(unitWord), n);
    },
  }),
  rule({
    name: 'end-of-period',
    pattern: `(?:the\\s+)?(end|beginning|start|middle|rest|remainder|turn)\\s+of\\s+(?:the\\s+|this\\s+|next\\s+|last\\s+|(?:the\\s+)?previous\\s+)?(year|month|week|decade|century|quarter)`,
    triggers: ['year|month|week|decade|centur|quarter'],
    examples: [
      ['40,000 troops in the region by [the end of the month].', '2013-03'],
      ['materials to shareholders at [the end of this week].', '2013-W12'],
      ['The vote was held at [the end of previous week] in Leeds.', '2013-W11'],
    ],
    build: (m, ctx) => {
      const phrase = m[0].toLowerCase();
      const n = /\bnext\b/.test(phrase) ? 1 : /\b(?:last|previous)\b/.test(phrase) ? -1 : 0;
      return shifted(ctx.ref, unitOf(m[2]), n);
    },
  }),
  rule({
    name: 'present-ref',
    pattern: `(now|these days|currently|then[- ]current|current|nowadays|the present|presently|today's|so far this year|(?<=\\bat\\s)this\\s+(?:\\p{L}+\\s+)?moment|(?<=\\bat\\s)present)`,
    triggers: ['now|day|current|present|year|moment'],
    examples: [
      ['[Now] with new construction', 'PRESENT_REF'],
      ['additional shares at 50% of the [then current] market price or, at', 'PAST_REF'],
    ],
    negatives: [
      "fathers and not to mothers in today's world _ where paternity",
      'private group that runs the current system, United Network',
    ],
    build: (m, ctx) => {
      const w = m[1].toLowerCase();
      if (w === 'current' && /^\s+(?:account|affairs|events|rate|prices|dollars|law|legislation|system|policy|policies)\b/i.test(ctx.after)) return undefined;
      if (w === "today's") return undefined;
      // "Now, he says, ...": a sentence opened by "Now" and a comma turns the story to its next point, a discourse marker
      // TimeBank and AQUAINT leave untagged (3 of 3 in train); "Now the board must decide" and "for now," stay.
      if (m[1] === 'Now' && /^,/.test(ctx.after)) return undefined;
      // "the then current price": the present of a past moment, TimeML's PAST_REF.
      if (/^then/.test(w)) return { type: 'DATE', value: 'PAST_REF' };
      if (w === 'so far this year') return undefined;
      return { type: 'DATE', value: 'PRESENT_REF' };
    },
  }),
  // "At the time, he said ...", "as he said at the time.": a past moment the story has in view (TimeBank's PAST_REF).
  // Only before punctuation: "at the time of the crash", "at the time he was captured" name an event's time.
  rule({
    name: 'at-the-time',
    pattern: `(?<=\\bat\\s)the\\s+time(?=\\s*[,.;:)!?]|\\s*$)`,
    triggers: ['time'],
    examples: [
      ['"(It) felt good at [the time]," a rueful McIlroy', 'PAST_REF'],
    ],
    build: () => ({ type: 'DATE', value: 'PAST_REF' }),
  }),
  rule({
    name: 'past-ref',
    pattern: `(recently|lately|the past|previously|formerly|once|earlier|former|recent (?:years|months|weeks|days|quarters|decades)|(?<!\\bthe\\s)past (?:years|months|weeks|days|quarters|decades))`,
    triggers: ['recent|lately|past|previous|former|once|earlier'],
    examples: [
      ['from a rash of kidnappings in [recent years], the crime has not', 'PAST_REF'],
      ['Albanians in the troubled region in [recent days].', 'PXD'],
    ],
    negatives: [
      'that many experts thought was once invincible.',
      'But in the past three months, stocks',
    ],
    build: (m, ctx) => {
      const w = m[1].toLowerCase();
      // "in recent months": an open stretch up to now, a DURATION in TimeBank ("recent years" stays PAST_REF).
      const stretch = /^recent (months|weeks|days|quarters)$/.exec(w);
      if (stretch) return { type: 'DURATION', value: stretch[1] === 'quarters' ? 'PXM' : unitValue(unitOf(stretch[1]), undefined) };
      if (w === 'once' || w === 'former' || w === 'formerly' || w === 'previously' || w === 'earlier') return undefined;
      if (w === 'the past' && /^\s+(?:\d|few|several|couple|many|dozen|year|month|week|day|decade|centur|quarter|half|hour|minute|second|fortnight|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)/i.test(ctx.after)) return undefined;
      if (w === 'in the past') return { type: 'DATE', value: 'PAST_REF' };
      return { type: 'DATE', value: 'PAST_REF' };
    },
  }),
  rule({
    name: 'future-ref',
    pattern: `(the future|a later date|(?:the )?coming (?:days|weeks|months|years|quarters)|future (?:years|months|weeks|days|quarters|decades)|the near future|the (?:near|short) term|the (?:days|weeks|months|years) ahead)`,
    triggers: ['future|coming|term|ahead|later'],
    examples: [
      ["have a rational approach to [the future].'", 'FUTURE_REF'],
      ['expects the economy to slow in [coming months] as ripple effects', 'PXM'],
    ],
    build: (m, ctx) => {
      const w = m[1].toLowerCase();
      const ahead = /^the (days|weeks|months|years) ahead$/.exec(w);
      if (ahead) return { type: 'DURATION', value: unitValue(unitOf(ahead[1]), undefined) };
      if (w === 'soon' && (/\bas\s*$/i.test(ctx.before) || /^\s+(?:as|after|afterwards?)\b/i.test(ctx.after))) return undefined;
      if (/coming (days|weeks|months|years)$/.test(w)) return { type: 'DURATION', value: unitValue(unitOf(w.replace(/.*coming /, '')), undefined) };
      return { type: 'DATE', value: 'FUTURE_REF' };
    },
  }),
];
