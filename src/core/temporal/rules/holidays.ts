// Holidays by name ("Thanksgiving", "Easter Monday"), their days from the holiday table (calendars/holidays.ts).
import { gregorianFromFixed } from '../../calendars/fixed';
import { HOLIDAYS, HOLIDAY_NAMES_SOURCE, holidayDay } from '../../calendars/holidays';
import { isoWeek, type Tense } from '../dates';
import { YEAR, day } from './parts';
import { rule, type Rule } from './rule';

/**
 * The prefilter's words for the holiday table: of each name, its longest run of letters outside any group (a letter
 * before `?` dropped): "hanukk?ah" gives "hanuk", "eid(?: al)?[- ]fitr" "fitr", "(?:maundy|holy) thursday" "thursday".
 */
const HOLIDAY_TRIGGERS = [...new Set(HOLIDAYS.flatMap((h) => h.names.split(/\|(?![^(]*\))/).map((name) => {
  const runs = name.replace(/\([^()]*\)\??/g, ' ').replace(/[a-z]\?/g, ' ').match(/[a-z]+/g) ?? [];
  return runs.reduce((a, b) => (b.length > a.length ? b : a), '');
})))].filter((w) => w.length > 0).join('|');

/** Words after a holiday's name that make it a place's or an event's name: "Easter Island", "the Ramadan Offensive". */
const NAMES_NO_DAY = /^\s+(?:Islands?|Offensive|Rising|Uprising|Caller|Bay|Texas)\b/;

export const HOLIDAY_RULES: readonly Rule[] = [
  rule({
    name: 'holiday',
    // Every name of the holiday table (Hebrew, Islamic, Chinese and Hindu days too), in any case but with a capital
    // first letter ("Chinese New year"), and an optional year ("Yom Kippur 2018", "Easter 2010": one date).
    pattern: `(?:(last|next|this)\\s+)?(${HOLIDAY_NAMES_SOURCE})(?:,?\\s+(${YEAR}))?(?:\\s+(week(?:end)?))?(?!\\s+(?:week|weekend|holidays?|season|break|recess|vacation|trading))`,
    triggers: [HOLIDAY_TRIGGERS],
    examples: [
      ['Elian was found [Thanksgiving Day] clinging to an inner', '2012-11-22'],
      ['protesters prayed for divine help as [Easter week] began, waving palm', '2012-W14'],
      ['The meeting was held on [Yom Kippur 2018] in Leeds.', '2018-09-19'],
      ['The meeting was held on [Easter 2010] in Leeds.', '2010-04-04'],
      ['The meeting was held on [Chinese New year] in Leeds.', '2013-02-10'],
      ['The shops closed for [Diwali] last year.', '2012-11-13'],
    ],
    negatives: ['A visit from Father Christmas delighted them.', 'The easter egg was hidden in the game.', 'A spring festival of music was held.', 'They sailed to Easter Island.', 'It was termed the Ramadan Offensive.'],
    flags: 'giu',
    build: (m, ctx) => {
      // "Father Christmas" is a man, not a day.
      if (/^Christmas$/i.test(m[2]) && !m[1] && /\bFather\s+$/i.test(ctx.before)) return undefined;
      // Matched in any case, but a name starts with a capital: "an easter egg", "a spring festival" name no day.
      if (!/^\p{Lu}/u.test(m[2]) || NAMES_NO_DAY.test(ctx.after) || /\bOperation\s+$/.test(ctx.before)) return undefined;
      if (m[3]) {
        const written = holidayDate(m[2], +m[3]);
        if (!written) return undefined;
        const w = { y: +m[3], m: written.m, d: written.d };
        if (m[4]) return { type: 'DATE', value: `${isoWeek(w)}${/end$/i.test(m[4]) ? '-WE' : ''}` };
        return day(w);
      }
      const date = holidayDate(m[2], ctx.ref.y);
      if (!date) return undefined;
      const modifier = m[1]?.toLowerCase();
      const tense: Tense = modifier === 'last' ? 'past' : modifier === 'next' ? 'future' : ctx.tense;
      let y = ctx.ref.y;
      const distance = (Date.UTC(y, date.m - 1, date.d) - Date.UTC(ctx.ref.y, ctx.ref.m - 1, ctx.ref.d)) / 86400000;
      if (tense === 'past' && distance > 0) y--;
      else if (tense === 'future' && distance < 0) y++;
      const x = holidayDate(m[2], y)!;
      // "Easter week", "the Thanksgiving weekend": the ISO week (or its weekend) the holiday falls in.
      if (m[4]) return { type: 'DATE', value: `${isoWeek({ y, m: x.m, d: x.d })}${/end$/i.test(m[4]) ? '-WE' : ''}` };
      return day({ y, m: x.m, d: x.d });
    },
  }),
];

/** Month and day of the holiday a matched name stands for, in year `y`, from the holiday table. */
function holidayDate(words: string, y: number): { m: number; d: number } | undefined {
  const fixedDay = holidayDay(words, y);
  if (fixedDay === undefined) return undefined;
  const { m, d } = gregorianFromFixed(fixedDay);
  return { m, d };
}
