// Days by weekday or deixis ("Friday", "yesterday"), clock times and parts of the day ("10 p.m. Wednesday", "this morning").
import { addDays, formatDay, resolveWeekday, resolveYear, weekdayInWeek, type Tense, type Ymd } from '../dates';
import { DIGIT, WEEKDAY_ABBREVIATION, WEEKDAY_FULL, WEEKDAY_PART, PART_OF_DAY_PART, MONTH, WEEKDAY, PART_OF_DAY, amountValue, monthOf, weekdayOf, PART_OF_DAY_CODE } from '../../lexicon';
import { YEAR, ZONE, DAY, AROUND, pad, day, validDay, dayNumber, startsName } from './parts';
import { rule, type Rule } from './rule';

/** Weekdays written in lower case, as posts write them ("last monday"): a full name only, where no other word is meant. */
const WEEKDAY_LOWER = WEEKDAY_FULL.toLowerCase();
/** A weekday's name in capitals, as headlines and posts write it ("FRIDAY", "LAST THURSDAY"). */
const WEEKDAY_CAPS = WEEKDAY_FULL.toUpperCase();

/** A weekday's abbreviation without a stop ("this Sat", "next fri"): only after next/this/coming, and after "last" not
 *  "sat"/"sun" ("at last sat down"). The lookahead first: the lookbehinds read a white-space run back from each of its
 *  places, the square of its length. */
const WEEKDAY_SHORT = '(?=[MTWFSmtwfs])(?:(?<=(?:[Nn]ext|[Tt]his|[Cc]oming)\\s+)(?:[Mm]on|[Tt]ues?|[Ww]ed|[Tt]hu(?:rs?)?|[Ff]ri|[Ss]at|[Ss]un)|(?<=[Ll]ast\\s+)(?:[Mm]on|[Tt]ues?|[Ww]ed|[Tt]hu(?:rs?)?|[Ff]ri))(?![\\p{L}.])';

/**
 * The day a weekday with "next", "this" or "last" names ("this past" is "last"; "this coming" Saturday, the next one
 * after the reference date, is the caller's). "next Saturday" is the Saturday of next week (Monday to Sunday), not the coming one: on a Tuesday,
 * news style names a day within the week by its bare name ("Saturday", AP style) or "this Saturday", so a writer who
 * adds "next" means the week after; all four peer suites (Duckling, chrono-node, SUTime, ctparse) agree. "this
 * Saturday" is the Saturday of this week: in a past-tense clause the week's one even when it is still ahead (SUTime),
 * otherwise the one on or after the reference date (Duckling, chrono-node: "this Monday" said on a Tuesday is the next
 * one). "last Saturday" is the latest one before the reference date (Duckling, chrono-node and TimeBank; SUTime's
 * "the Saturday of last week" is the minority reading).
 */
export function modifiedWeekday(modifier: 'last' | 'next' | 'this', target: number, ref: Ymd, tense: Tense): Ymd {
  if (modifier === 'next') return weekdayInWeek(target, ref, 1);
  if (modifier === 'this') return tense === 'past' ? weekdayInWeek(target, ref, 0) : resolveWeekday(target, addDays(ref, -1), 'future');
  return resolveWeekday(target, addDays(ref, -1), 'past');
}

/** Posts' spellings of the deictic days. */
const SPELLED: Readonly<Record<string, string>> = { tmr: 'tomorrow', tmrw: 'tomorrow', tmw: 'tomorrow', trmw: 'tomorrow', tomolo: 'tomorrow', tomo: 'tomorrow', tdy: 'today', tonite: 'tonight' };

export const TIME_RULES: readonly Rule[] = [
  // "the day before yesterday", "the day after tomorrow": one expression (HeidelTime's date words).
  rule({
    name: 'day-beside-deictic',
    pattern: `the\\s+day\\s+(before\\s+yesterday|after\\s+tomorrow)`,
    triggers: ['day', 'yesterday|tomorrow'],
    examples: [
      ['She arrived [the day before yesterday] and left.', '2013-03-20'],
    ],
    build: (m, ctx) => day(addDays(ctx.ref, /before/i.test(m[1]) ? -2 : 2)),
  }),
  rule({
    name: 'weekday',
    pattern: `(?:([Ll]ast|[Nn]ext|[Tt]his past|[Tt]his coming|[Tt]he coming|[Cc]oming|[Tt]his|[Ll]ate|[Ee]arly|[Tt]he previous|[Tt]he following|[Tt]he next|[Tt]hat|LAST|NEXT|THIS)\\s+)?(${WEEKDAY}|${WEEKDAY_LOWER}|${WEEKDAY_CAPS}|${WEEKDAY_SHORT})(?:\\s+(${PART_OF_DAY}))?`,
    triggers: [WEEKDAY_PART],
    examples: [
      ['President Bush on [Tuesday] said the United States', '2013-03-19'],
      ['troops from Iranian territory on [Friday] and release Iranian', '2013-03-22'],
      ['see you all [last monday] lol', '2013-03-18'],
      ['The vote will be held [next Wednesday] in Leeds.', '2013-03-27'],
      ['The vote will be held [next Saturday] in Leeds.', '2013-03-30'],
      ['The vote was held [this Sunday] in Leeds.', '2013-03-24'],
      ['The vote was held [this Tuesday] in Leeds.', '2013-03-19'],
      ['See you [this sat] at the park.', '2013-03-23'],
      ['We met [last fri] at the park.', '2013-03-15'],
      ['WE MET [LAST THURSDAY] AT THE PARK', '2013-03-21'],
    ],
    negatives: ['in venerated newspaper, The Sunday Times and tabloid', 'They were at last sat down to dinner.'],
    flags: 'gu',
    build: (m, ctx) => {
      if (!m[3] && startsName(m[2], ctx)) return undefined;
      const target = weekdayOf(m[2]);
      const word = m[1]?.toLowerCase();
      // "this past Tuesday" is the last one, "this coming Sunday" the next.
      const modifier = word === 'this past' ? 'last' : word && /coming$/.test(word) ? 'next' : word;
      // "the previous Friday", "the following Monday": counted from the story's last date, not the reference date.
      if (modifier === 'the previous' || modifier === 'the following' || modifier === 'the next' || modifier === 'that') {
        const from = modifier === 'that' ? addDays(ctx.anchor, 1) : ctx.anchor;
        const x = modifier === 'the previous' || modifier === 'that' ? resolveWeekday(target, addDays(from, -1), 'past') : resolveWeekday(target, ctx.anchor, 'future');
        return m[3] ? { type: 'TIME', value: `${formatDay(x)}T${PART_OF_DAY_CODE[m[3].toLowerCase()]}`, day: x } : day(x);
      }
      // "Wednesday's ruling" names a day that has happened, whatever the clause's verb.
      const possessive = /^['’]s\b/.test(ctx.after);
      const x = word && /coming$/.test(word) ? resolveWeekday(target, ctx.ref, 'future') : modifier === 'next' || modifier === 'last' || modifier === 'this' ? modifiedWeekday(modifier, target, ctx.ref, ctx.tense) : resolveWeekday(target, ctx.ref, possessive ? 'past' : ctx.tense);
      // TimeBank types "Friday night" a DATE (19 of 25 in the training data), with the part of day in its value.
      if (m[3]) return { type: 'DATE', value: `${formatDay(x)}T${PART_OF_DAY_CODE[m[3].toLowerCase()]}`, day: x };
      return day(x);
    },
  }),
  // "this Sat, 7pm", "Sun 1:00pm", "Friday at 3 p.m.", "this Fri night, 2359": a weekday and then a clock time, one TIME
  // (clock-time reads the other order, "10 p.m. Wednesday"). The hour needs a.m./p.m. or minutes; 24-hour figures
  // ("2359") only after a comma.
  rule({
    name: 'weekday-clock',
    pattern: `(?:(last|next|this)\\s+)?((?:${WEEKDAY_FULL}|${WEEKDAY_ABBREVIATION})\\.?)(?:\\s+(${PART_OF_DAY}))?(?:,\\s*|\\s+at\\s+|\\s+)(?:(\\d{1,2})(?:[:.]?(\\d{2}))?\\s*(a\\.m\\.?|p\\.m\\.?|am|pm)|(\\d{1,2}):(\\d{2})|(?<=,\\s*)([01]\\d|2[0-3])([0-5]\\d))`,
    triggers: [WEEKDAY_PART, DIGIT],
    flags: 'giu',
    examples: [
      ['He will judge the finals [this Sat, 7pm] at the theatre.', '2013-03-23T19:00'],
      ['Doors opened [Sun 1:00pm] at the hall.', '2013-03-17T13:00'],
      ['Voting closes [this Fri night, 2359] so vote now.', '2013-03-22T23:59'],
      ['The vote was held [Tuesday at 3 p.m.] in Leeds.', '2013-03-19T15:00'],
    ],
    negatives: ['The cat sat 5 times on the mat.', 'In the sun 12:30 felt late.'],
    build: (m, ctx) => {
      // A lower-case "sat" or "sun" is a verb or the star unless a modifier makes it a day.
      if (!m[1] && /^(?:sat|sun)$/.test(m[2])) return undefined;
      const target = weekdayOf(m[2]);
      if (target < 0) return undefined;
      const modifier = m[1]?.toLowerCase() as 'last' | 'next' | 'this' | undefined;
      const x = modifier ? modifiedWeekday(modifier, target, ctx.ref, ctx.tense) : resolveWeekday(target, ctx.ref, ctx.tense);
      let hour: number;
      let minute: number;
      if (m[6]) {
        hour = (+m[4] % 12) + (/^p/i.test(m[6]) ? 12 : 0);
        minute = m[5] ? +m[5] : 0;
        if (+m[4] > 12 || +m[4] === 0) return undefined;
      } else if (m[7]) [hour, minute] = [+m[7], +m[8]];
      else [hour, minute] = [+m[9], +m[10]];
      if (hour > 23 || minute > 59) return undefined;
      return { type: 'TIME', value: `${formatDay(x)}T${pad(hour)}:${pad(minute)}`, day: x };
    },
  }),
  rule({
    name: 'clock-time',
    pattern: `(?:${AROUND})?(?:(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.m\\.?|p\\.m\\.?|am|pm)|(\\d{1,2}):(\\d{2})|(noon|midday|midnight))(?:\\s+(?:${ZONE}|local\\s+time)\\b)?(?:,?\\s+(?:on\\s+)?(?:((?:(?:last|next|this)\\s+)?${WEEKDAY}(?!,?\\s+${MONTH}\\s+\\d)|today|yesterday|tomorrow|tonight|tmrw?|tdy|last\\s+night|this\\s+(?:morning|afternoon|evening)|(?:yesterday|tomorrow)\\s+(?:morning|afternoon|evening|night))|(?:${WEEKDAY},?\\s+)?(${MONTH})\\s+(${DAY})(?:,?\\s+(?<year>${YEAR}))?))?`,
    triggers: [`${DIGIT}|noon|midday|midnight`],
    examples: [
      ['the town of Trujillo Alto at [10 p.m. Wednesday], police said.', '2013-03-20T22:00'],
      ['but negotiations broke off at [noon Thursday].', '2013-03-21T12:00'],
      ['The talks open at [9 a.m. next Monday] in Leeds.', '2013-03-25T09:00'],
      ['The talks opened at [9 a.m. this Tuesday] in Leeds.', '2013-03-19T09:00'],
      ['Doors open at [4pm tmr] at the hall.', '2013-03-23T16:00'],
    ],
    negatives: ['27:13).'],
    build: (m, ctx) => {
      let hour: number;
      let minute = 0;
      if (m[6]) {
        // TimeML writes midnight as the end of its day, T24:00: "midnight tonight", "midnight Friday" close the day named.
        hour = /midnight/i.test(m[6]) ? 24 : 12;
      } else if (m[4] !== undefined) {
        hour = +m[4];
        minute = +m[5];
        if (hour > 23 || minute > 59) return undefined;
      } else {
        hour = +m[1] % 12 + (/^p/i.test(m[3]) ? 12 : 0);
        minute = m[2] ? +m[2] : 0;
        if (+m[1] > 12 || minute > 59) return undefined;
      }
      let x = ctx.anchor;
      const dayWord = m[7]?.toLowerCase().replace(/\s+/g, ' ').replace(/^tmrw?$/, 'tomorrow').replace(/^tdy$/, 'today');
      // "7:30 tonight", "8:15 last night": an hour without a.m./p.m. is an evening one.
      if (m[4] !== undefined && hour < 12 && dayWord && /night|evening|afternoon/.test(dayWord)) hour += 12;
      if (dayWord?.startsWith('yesterday') || dayWord === 'last night') x = addDays(ctx.ref, -1);
      else if (dayWord?.startsWith('tomorrow')) x = addDays(ctx.ref, 1);
      else if (dayWord === 'today' || dayWord === 'tonight' || (dayWord && /^this (?:morning|afternoon|evening)$/.test(dayWord))) x = ctx.ref;
      else if (dayWord) {
        // "5 p.m. last Friday", "9 a.m. next Monday": the modifier sets the direction.
        const [modifier, name] = /\s/.test(dayWord) ? dayWord.split(' ') : [undefined, dayWord];
        x = modifier === 'last' || modifier === 'next' || modifier === 'this' ? modifiedWeekday(modifier, weekdayOf(name), ctx.ref, ctx.tense) : resolveWeekday(weekdayOf(name), ctx.ref, ctx.tense);
      } else if (m[8]) {
        const month = monthOf(m[8]);
        const d = dayNumber(m[9]);
        x = validDay(m.groups?.year ? +m.groups.year : resolveYear(month, d, ctx.ref, ctx.tense), month, d) ?? x;
      }
      return { type: 'TIME', value: `${formatDay(x)}T${pad(hour)}:${pad(minute)}`, day: x };
    },
  }),
  // "0900 GMT", "2130 UTC": the 24-hour clock of wire stories, only with its zone (a bare "0900" is a number). Not in
  // brackets: "10:35 a.m. (0735 GMT)" converts the time before it, which is the one tagged.
  rule({
    name: 'clock-24h',
    pattern: `([01]\\d|2[0-3])([0-5]\\d)\\s+(?:GMT|UTC)`,
    triggers: [DIGIT, 'gmt|utc'],
    examples: [
      ['The plane landed at [0930 GMT] in Lagos.', '2013-03-22T09:30'],
    ],
    negatives: [
      'at 10:35 a.m. (0735 GMT) Friday',
      'occurred at about 10:35 a.m. (0735 GMT) Friday, toppling',
    ],
    build: (m, ctx) => {
      if (/\(\s*(?:about\s+|around\s+)?$/i.test(ctx.before)) return undefined;
      return { type: 'TIME', value: `${formatDay(ctx.anchor)}T${m[1]}:${m[2]}`, day: ctx.anchor };
    },
  }),
  // "4 in the morning", "10 at night": an hour placed by its part of the day, on the story's day.
  rule({
    name: 'clock-in-the',
    pattern: `(\\d{1,2})(?::(\\d{2}))?(?:\\s+o['’]clock)?\\s+(in\\s+the\\s+(morning|afternoon|evening)|at\\s+night)`,
    triggers: [DIGIT],
    examples: [
      ["courageous father will leave at [4 in the morning] (4 a.m. EDT Thursday),''", '2013-03-22T04:00'],
    ],
    build: (m, ctx) => {
      const h = +m[1];
      const minute = m[2] ? +m[2] : 0;
      if (h < 1 || h > 12 || minute > 59) return undefined;
      const pm = /afternoon|evening|night/i.test(m[3]) && h < 12 && !(h <= 4 && /night/i.test(m[3]));
      const hour = pm ? h + 12 : h === 12 && /morning/i.test(m[3]) ? 0 : h;
      return { type: 'TIME', value: `${formatDay(ctx.anchor)}T${pad(hour)}:${pad(minute)}`, day: ctx.anchor };
    },
  }),
  // "at 2 o'clock", "by eleven o'clock": an hour on the story's day, a.m. or p.m. unsaid (as HeidelTime leaves it).
  rule({
    name: 'oclock',
    pattern: `(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+o['’]clock`,
    triggers: ['clock'],
    examples: [
      ["By [eleven o'clock] the hall was full.", '2013-03-22T11:00'],
    ],
    negatives: ["The match ended at 13 o'clock, a misprint."],
    build: (m, ctx) => {
      const h = /^\d/.test(m[1]) ? +m[1] : amountValue(m[1])!;
      if (h < 1 || h > 12) return undefined;
      return { type: 'TIME', value: `${formatDay(ctx.anchor)}T${pad(h)}:00`, day: ctx.anchor };
    },
  }),
  // "late yesterday" keeps its modifier; "earlier yesterday" does not, as TimeBank draws them.
  rule({
    name: 'deictic-day',
    pattern: `(?:(?:early|late)\\s+)?(yesterday|today|tomorrow|tonight|tmrw?|tmw|trmw|tomolo|tomo|tdy|tonite)(?:\\s+(${PART_OF_DAY}))?`,
    triggers: ['yesterday|today|tomorrow|tonight|tmr|tmw|trmw|tomo|tdy|tonite'],
    examples: [
      ['In Washington [today], the Federal Aviation', '2013-03-22'],
      ['[Tomorrow] the board of supervisors', '2013-03-23'],
      // Posts' spellings ("tmr", "tmrw", "tdy", "tonite"), which no other word is.
      ['Doors open 4pm [tmr] at the hall.', '2013-03-23'],
      ['Hit 21km [tdy] at the park.', '2013-03-22'],
      ['Flying out [tomo morning] from Changi.', '2013-03-23TMO'],
      ['Exams start [trmw] so no gym.', '2013-03-23'],
    ],
    negatives: [
      "fathers and not to mothers in today's world _ where paternity",
      'were choosing the people of tomorrow, I would have chosen',
    ],
    build: (m, ctx) => {
      const word = SPELLED[m[1].toLowerCase()] ?? m[1].toLowerCase();
      // "today's world", "the people of tomorrow": an era, not a day.
      if (/^['’]s\s+(?:world|youth|society|generation|children|young|kids|economy|standards|technology)\b/i.test(ctx.after) || (word === 'tomorrow' && /\bof\s*$/i.test(ctx.before))) return undefined;
      const x = word === 'yesterday' ? addDays(ctx.ref, -1) : word === 'tomorrow' ? addDays(ctx.ref, 1) : ctx.ref;
      if (word === 'tonight') return { type: 'TIME', value: `${formatDay(x)}TNI`, day: x };
      if (m[2]) return { type: 'TIME', value: `${formatDay(x)}T${PART_OF_DAY_CODE[m[2].toLowerCase()]}`, day: x };
      // "today" often means "nowadays" in TimeML ("today's markets"); its value is still the day.
      return day(x);
    },
  }),
  // "mid-afternoon", "mid-morning yesterday": a part of a day, on the day named or the story's day.
  rule({
    name: 'mid-part-of-day',
    pattern: `mid-?\\s?(morning|afternoon|evening)(?:\\s+(yesterday|today|tomorrow|${WEEKDAY}))?`,
    triggers: ['mid'],
    examples: [
      ['By [mid afternoon], official Serb sources', '2013-03-22TAF'],
      ["In London at [mid-afternoon yesterday], Ratners's shares", '2013-03-21TAF'],
    ],
    build: (m, ctx) => {
      const w = m[2]?.toLowerCase();
      const x = w === 'yesterday' ? addDays(ctx.ref, -1) : w === 'tomorrow' ? addDays(ctx.ref, 1) : w === 'today' ? ctx.ref : w ? resolveWeekday(weekdayOf(w), ctx.ref, ctx.tense) : ctx.anchor;
      return { type: 'TIME', value: `${formatDay(x)}T${PART_OF_DAY_CODE[m[1].toLowerCase()]}`, day: x };
    },
  }),
  // "on the 5th", "by the 21st", "on 24th": a day of the story's current month (an ordinal suffix and a closing
  // word or stop required, so "on 5th Avenue" is no date).
  rule({
    name: 'ordinal-day',
    pattern: `(?:the\\s+)?(${DAY})`,
    triggers: [DIGIT],
    examples: [
      ['3-iron to play his third shot to [the 18th] and final hole of', '2013-03-18'],
      ['The meeting was held on [24th].', '2013-03-24'],
    ],
    negatives: [
      "``Very few'' of the 2,500 Americans in occupied",
      'Eight of the 14 killings since 1993',
    ],
    build: (m, ctx) => {
      if (!/(?:st|nd|rd|th)$/i.test(m[1]) || !/^\s*(?:[,.;:)]|$|and\b|or\b|when\b)/i.test(ctx.after)) return undefined;
      if (!/\b(?:on|by|until|till|since|before|after|from|to|through)\s*$/i.test(ctx.before)) return undefined;
      const x = validDay(ctx.anchor.y, ctx.anchor.m, dayNumber(m[1]));
      return x && day(x);
    },
  }),
  // "in the morning", "during the night", "in the late evening": a part of the story's day (TimeBank tags "the
  // morning" alone). Not with "of" after ("the morning of May 3"), where the date is tagged.
  rule({
    name: 'in-the-part-of-day',
    pattern: `(?<=\\b(?:in|during|through)\\s)the\\s+(?:(?:early|late)\\s+)?(morning|afternoon|evening|night)(?!\\s+(?:of|hours)\\b)`,
    triggers: [PART_OF_DAY_PART],
    examples: [
      ['Dealers placed heavy buy orders in [the morning] to start the first', '2013-03-22TMO'],
      ['Through [the night], the wind and torrential', '2013-03-22TNI'],
    ],
    build: (m, ctx) => ({
      type: 'TIME', value: `${formatDay(ctx.anchor)}T${PART_OF_DAY_CODE[m[1].toLowerCase()]}`, day: ctx.anchor,
    }),
  }),
  // "at dawn", "before dawn on Sunday", "by dusk": the start or end of the story's day (or the day named), valued
  // as its morning or evening, TimeML's nearest parts of the day.
  rule({
    name: 'dawn-dusk',
    pattern: `(?<=\\b(?:at|before|after|by|until|till|since|from)\\s)(dawn|daybreak|sunrise|dusk|nightfall|sunset)(?:\\s+(?:on\\s+)?(yesterday|today|tomorrow|${WEEKDAY}))?`,
    triggers: ['dawn|daybreak|sunrise|dusk|nightfall|sunset'],
    examples: [
      ['that he will return to Paris at [dawn Wednesday] in an apparent effort', '2013-03-20TMO'],
      ['usually shoots his photos at [dusk].', '2013-03-22TEV'],
    ],
    build: (m, ctx) => {
      const w = m[2]?.toLowerCase();
      const x = w === 'yesterday' ? addDays(ctx.ref, -1) : w === 'tomorrow' ? addDays(ctx.ref, 1) : w === 'today' ? ctx.ref : w ? resolveWeekday(weekdayOf(w), ctx.ref, ctx.tense) : ctx.anchor;
      const part = /dawn|daybreak|sunrise/i.test(m[1]) ? 'MO' : 'EV';
      return { type: 'TIME', value: `${formatDay(x)}T${part}`, day: x };
    },
  }),
  rule({
    name: 'this-part-of-day',
    // "last nite": posts' spelling of the night.
    pattern: `(this|that|last|early this|late this|earlier this|later this|late last|early last)\\s+(${PART_OF_DAY}|nite)`,
    triggers: [`${PART_OF_DAY_PART}|nite`],
    examples: [
      ['At the end of the broadcast [this evening], one more trip around', '2013-03-22TEV'],
      ['deputy prime minister Tariq Aziz [later this afternoon].', '2013-03-22TAF'],
      ['Had the best sleep [last nite] at home.', '2013-03-21TNI'],
    ],
    build: (m, ctx) => {
      const part = /^nite$/i.test(m[2]) ? 'night' : m[2].toLowerCase();
      const x = /last/i.test(m[1]) && part !== 'night' ? addDays(ctx.ref, -1) : /that/i.test(m[1]) ? ctx.anchor : ctx.ref;
      const value = /last/i.test(m[1]) && part === 'night' ? `${formatDay(addDays(ctx.ref, -1))}TNI` : `${formatDay(x)}T${PART_OF_DAY_CODE[part]}`;
      return { type: 'TIME', value, day: x };
    },
  }),
];
