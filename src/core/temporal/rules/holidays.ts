// Holidays by name ("Thanksgiving", "Easter Monday"), their days from the holiday table (calendars/holidays.ts).
import { gregorianFromFixed } from '../../calendars/fixed';
import { holidayDay } from '../../calendars/holidays';
import { isoWeek, type Tense } from '../dates';
import { day } from './parts';
import { rule, type Rule } from './rule';

export const HOLIDAY_RULES: readonly Rule[] = [
  rule({
    name: 'holiday',
    pattern: `(?:(last|next|this)\\s+)?(Thanksgiving(?:\\s+Day)?|Christmas(?:\\s+Day|\\s+Eve)?|New\\s+Year['’]s(?:\\s+Day|\\s+Eve)?|Election\\s+Day|Independence\\s+Day|Valentine['’]s\\s+Day|Halloween|Labor\\s+Day|Memorial\\s+Day|Easter(?:\\s+Sunday|\\s+Monday)?|Good\\s+Friday|Palm\\s+Sunday|Mother['’]s\\s+Day|Father['’]s\\s+Day|(?:St\\.|Saint)\\s+Patrick['’]s\\s+Day|Veterans\\s+Day|Boxing\\s+Day|May\\s+Day|Black\\s+Friday|Cyber\\s+Monday|Ash\\s+Wednesday|(?:Maundy|Holy)\\s+Thursday|Holy\\s+Saturday|Pentecost|Whit\\s+Sunday|Ascension\\s+Day|Martin\\s+Luther\\s+King(?:,?\\s+Jr\\.)?\\s+Day|(?:Presidents['’]?|President['’]s)\\s+Day|Columbus\\s+Day|Remembrance\\s+Day|Armistice\\s+Day|Groundhog\\s+Day|All\\s+Saints['’]?\\s+Day|Epiphany|Fourth\\s+of\\s+July)(?:\\s+(week(?:end)?))?(?!\\s+(?:week|weekend|holidays?|season|break|recess|vacation|trading))`,
    triggers: ['thanksgiving|christmas|year|election|independence|valentine|halloween|labor|memorial|easter|friday|palm|mother|father|patrick|veterans|boxing|may|cyber|wednesday|thursday|saturday|pentecost|whit|ascension|king|president|columbus|remembrance|armistice|groundhog|saints|epiphany|july'],
    examples: [
      ['Elian was found [Thanksgiving Day] clinging to an inner', '2012-11-22'],
      ['protesters prayed for divine help as [Easter week] began, waving palm', '2012-W14'],
    ],
    negatives: ['A visit from Father Christmas delighted them.'],
    flags: 'gu',
    build: (m, ctx) => {
      // "Father Christmas" is a man, not a day.
      if (/^Christmas$/i.test(m[2]) && !m[1] && /\bFather\s+$/i.test(ctx.before)) return undefined;
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
      if (m[3]) return { type: 'DATE', value: `${isoWeek({ y, m: x.m, d: x.d })}${/end$/i.test(m[3]) ? '-WE' : ''}` };
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
