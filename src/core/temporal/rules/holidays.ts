// Holidays by name ("Thanksgiving", "Easter Monday"), their days from the holiday table (calendars/holidays.ts).
import { gregorianFromFixed } from '../../calendars/fixed';
import { HOLIDAYS, HOLIDAY_NAMES_SOURCE, holidayDay } from '../../calendars/holidays';
import { addDays, isoWeek, type Tense, type Ymd } from '../dates';
import { NUMBER_WORD, amountValue } from '../../lexicon';
import { SPOKEN_YEAR, YEAR, day, yearOf } from './parts';
import { rule, type Rule, type RuleContext } from './rule';

/**
 * The prefilter's words for the holiday table: of each name, its longest run of letters outside any group (a letter
 * before `?` dropped): "hanukk?ah" gives "hanuk", "eid(?: al)?[- ]fitr" "fitr", "(?:maundy|holy) thursday" "thursday".
 */
const HOLIDAY_TRIGGERS = [...new Set(HOLIDAYS.flatMap((h) => h.names.split(/\|(?![^(]*\))/).map((name) => {
  const runs = name.replace(/\([^()]*\)\??/g, ' ').replace(/[a-z]\?/g, ' ').match(/[a-z]+/g) ?? [];
  return runs.reduce((a, b) => (b.length > a.length ? b : a), '');
})))].filter((w) => w.length > 0).join('|');

/** Words after a holiday's name that make it a place's or an event's name: "Easter Island", "the Ramadan Offensive",
 *  "the Vesak shootings". */
const NAMES_NO_DAY = /^\s+(?:Islands?|Offensive|Rising|Uprising|Caller|Bay|Texas|shootings?|massacres?|bombings?|attacks?|riots?)\b/;

export const HOLIDAY_RULES: readonly Rule[] = [
  rule({
    name: 'holiday',
    // Every name of the holiday table (Hebrew, Islamic, Chinese and Hindu days too), in any case but with a capital
    // first letter ("Chinese New year"), and an optional year ("Yom Kippur 2018", "Easter 2010": one date).
    pattern: `(?:(last|next|this\\s+coming|this)\\s+)?(${HOLIDAY_NAMES_SOURCE})(?:,?\\s+(?:in\\s+)?(${YEAR}|${SPOKEN_YEAR}))?(?:\\s+(week(?:end)?))?(?:\\s+of\\s+(this|last|next)\\s+year)?(?!\\s+(?:week|weekend|holidays?|season|break|recess|vacation|trading))`,
    triggers: [HOLIDAY_TRIGGERS],
    examples: [
      ['Elian was found [Thanksgiving Day] clinging to an inner', '2012-11-22'],
      ['protesters prayed for divine help as [Easter week] began, waving palm', '2012-W14'],
      ['The meeting was held on [Yom Kippur 2018] in Leeds.', '2018-09-19'],
      ['The meeting was held on [Easter 2010] in Leeds.', '2010-04-04'],
      ['The sale was held on [Black Friday of last year] in Leeds.', '2012-11-23'],
      ['The parade was held [this Thanksgiving] in Leeds.', '2013-11-28'],
      ['The parade was held [this coming Easter] in Leeds.', '2013-03-31'],
      ['The meeting was held on [Chinese New year] in Leeds.', '2013-02-10'],
      ['The shops closed for [Diwali] last year.', '2012-11-13'],
      ['The lamps were lit for [Deepavali in 2019] in Leeds.', '2019-10-27'],
      ['The meeting was held [Easter Sunday two thousand ten] in Leeds.', '2010-04-04'],
      ['Crowds gathered on [the day of Ashura 2017] in Karbala.', '2017-09-30'],
      ['Colours filled the streets on [Holi 2019] in Delhi.', '2019-03-21'],
      ['The shops closed for [xmas] last year.', '2012-12-25'],
      ['The fast ended with [Eid al-Adha 2018] in Mecca.', '2018-08-21'],
    ],
    negatives: ['A visit from Father Christmas delighted them.', 'They stayed at the Holiday Inn.', 'The day of ashura was not named here.', 'The easter egg was hidden in the game.', 'A spring festival of music was held.', 'They sailed to Easter Island.', 'It was termed the Ramadan Offensive.', 'It followed the Hue Vesak shootings.'],
    flags: 'giu',
    build: (m, ctx) => {
      // "Father Christmas" is a man, not a day.
      if (/^Christmas$/i.test(m[2]) && !m[1] && /\bFather\s+$/i.test(ctx.before)) return undefined;
      // Matched in any case, but a name starts with a capital after "the day of" ("the day of Ashura"): "an easter
      // egg", "a spring festival" name no day. "xmas" is no other word, so posts' lower case stands.
      if (!/^xmas$/i.test(m[2]) && !/^\p{Lu}/u.test(m[2].replace(/^(?:the\s+)?(?:(?:day|night)\s+of\s+(?:the\s+)?)?/i, '')) || NAMES_NO_DAY.test(ctx.after) || /\bOperation\s+$/.test(ctx.before)) return undefined;
      // "Black Friday of this year", "MLK Day of last year": the holiday of the year named.
      const written = (m[3] && String(yearOf(m[3]) ?? '')) || (m[5] && !m[1] ? String(ctx.ref.y + (/last/i.test(m[5]) ? -1 : /next/i.test(m[5]) ? 1 : 0)) : undefined);
      const x = holidayIn(m[2], m[1], written, ctx);
      if (!x) return undefined;
      // "Easter week", "the Thanksgiving weekend": the ISO week (or its weekend) the holiday falls in.
      if (m[4]) return { type: 'DATE', value: `${isoWeek(x)}${/end$/i.test(m[4]) ? '-WE' : ''}` };
      return day(x);
    },
  }),
  // "three days after Easter", "two weeks before Christmas 2019": a count of days or weeks from a holiday, one date.
  rule({
    name: 'units-from-holiday',
    pattern: `(\\d{1,3}|${NUMBER_WORD}|an?)\\s+(days?|weeks?)\\s+(after|before)\\s+(?:(last|next|this)\\s+)?(${HOLIDAY_NAMES_SOURCE})(?:,?\\s+(${YEAR}))?`,
    triggers: ['day|week', 'after|before', HOLIDAY_TRIGGERS],
    examples: [
      ['The meeting was held [three days after Easter] in Leeds.', '2012-04-11'],
      ['The shops opened [two weeks before Christmas 2019].', '2019-12-11'],
    ],
    negatives: ['It took three days after the easter egg hunt.'],
    flags: 'giu',
    build: (m, ctx) => {
      if (!/^\p{Lu}/u.test(m[5])) return undefined;
      const n = /^\d/.test(m[1]) ? +m[1] : amountValue(m[1].toLowerCase());
      const x = n === undefined ? undefined : holidayIn(m[5], m[4], m[6], ctx);
      if (!x || n === undefined) return undefined;
      const days = n * (/^week/i.test(m[2]) ? 7 : 1) * (/^after$/i.test(m[3]) ? 1 : -1);
      return day(addDays(x, days));
    },
  }),
];

/** The day of the holiday a matched name stands for: in the written year, else this year's for "this", else the one
 *  before or after the reference date by "last"/"next" ("this coming") or the tense. */
function holidayIn(name: string, modifier: string | undefined, written: string | undefined, ctx: RuleContext): Ymd | undefined {
  if (written) {
    const w = holidayDate(name, +written);
    return w && { y: +written, m: w.m, d: w.d };
  }
  const date = holidayDate(name, ctx.ref.y);
  if (!date) return undefined;
  const mod = modifier?.toLowerCase().replace(/\s+/g, ' ');
  // "this Easter" is this year's, whatever the tense; "this coming Easter" the next one.
  if (mod === 'this') return { y: ctx.ref.y, m: date.m, d: date.d };
  const tense: Tense = mod === 'last' ? 'past' : mod === 'next' || mod === 'this coming' ? 'future' : ctx.tense;
  let y = ctx.ref.y;
  const distance = (Date.UTC(y, date.m - 1, date.d) - Date.UTC(ctx.ref.y, ctx.ref.m - 1, ctx.ref.d)) / 86400000;
  if (tense === 'past' && distance > 0) y--;
  else if (tense === 'future' && distance < 0) y++;
  const x = holidayDate(name, y);
  return x && { y, m: x.m, d: x.d };
}

/** Month and day of the holiday a matched name stands for, in year `y`, from the holiday table. */
function holidayDate(words: string, y: number): { m: number; d: number } | undefined {
  const fixedDay = holidayDay(words, y);
  if (fixedDay === undefined) return undefined;
  const { m, d } = gregorianFromFixed(fixedDay);
  return { m, d };
}
