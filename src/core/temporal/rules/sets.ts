// Recurring times, TimeML SETs ("every Monday", "twice a year", "daily", "on Sundays").
import { WEEKDAY_NAMES, WEEKDAY_PART, UNIT_PART, MONTH, WEEKDAY, NUMBER_WORD, SEASON, amountValue, monthOf, weekdayOf, unitOf, SEASON_CODE, PART_OF_DAY_CODE } from '../../lexicon';
import { unitValue } from '../values';
import { pad, startsName } from './parts';
import { rule, type Rule } from './rule';

export const SET_RULES: readonly Rule[] = [
  // "Tuesday nights", and "Monday" in "Monday and Tuesday nights": a weekly part of a day (HeidelTime's set_r6).
  rule({
    name: 'set-weekday-part',
    pattern: `(${WEEKDAY})s?(?:\\s+(mornings|afternoons|evenings|nights)|(?=\\s+(?:and|or)\\s+${WEEKDAY}s?\\s+(mornings|afternoons|evenings|nights)\\b))`,
    triggers: [WEEKDAY_PART, 'morning|afternoon|evening|night'],
    examples: [
      ['flights would leave Bombay on [Monday] and Tuesday nights', 'XXXX-WXX-1TNI'],
    ],
    flags: 'gu',
    build: (m) => {
      const wd = weekdayOf(m[1]);
      const part = PART_OF_DAY_CODE[(m[2] ?? m[3]).toLowerCase().replace(/s$/, '')];
      return { type: 'SET', value: `XXXX-WXX-${wd === 0 ? 7 : wd}T${part}` };
    },
  }),
  // "every Monday", "each July", "every summer", "every two weeks", "every few years": a SET (HeidelTime's set_r1, set_r3).
  rule({
    name: 'set-every',
    pattern: `(?:every|each)\\s+(?:(other)\\s+)?(?:(\\d+|${NUMBER_WORD}|few|couple\\s+of)\\s+)?(${WEEKDAY}|${MONTH}|${SEASON}|(?:day|week|month|year|quarter|hour|minute|decade)s?|morning|evening|night|weekend)`,
    triggers: ['every|each'],
    examples: [
      ['30, with the third departing [each Thursday] from August 6.', 'XXXX-WXX-4'],
      ['Belfast, where Orangemen march [each July] from their rural church', 'XXXX-07'],
    ],
    build: (m) => {
      const word = m[3];
      const w = word.toLowerCase();
      const count = m[2]?.toLowerCase();
      if (/^(?:day|week|month|year|quarter|hour|minute|decade)s?$/.test(w)) {
        // "every week" but "every two weeks": a count takes the plural, a bare unit the singular.
        if ((count !== undefined) !== w.endsWith('s')) return undefined;
        const n = count === undefined ? (m[1] ? 2 : 1) : /few/.test(count) ? undefined : amountValue(count);
        return { type: 'SET', value: unitValue(unitOf(w), n) };
      }
      if (count !== undefined) return undefined;
      if (w in PART_OF_DAY_CODE) return { type: 'SET', value: `XXXX-XX-XXT${PART_OF_DAY_CODE[w]}` };
      if (w === 'weekend') return { type: 'SET', value: unitValue('WE', m[1] ? 2 : 1) };
      if (w in SEASON_CODE) return { type: 'SET', value: `XXXX-${SEASON_CODE[w]}` };
      // Weekdays and months only with their capital ("each May", not "each may"), as elsewhere.
      if (!/^[A-Z]/.test(word)) return undefined;
      const wd = weekdayOf(w);
      if (new RegExp(`^${WEEKDAY}$`).test(word)) return { type: 'SET', value: `XXXX-WXX-${wd === 0 ? 7 : wd}` };
      return { type: 'SET', value: `XXXX-${pad(monthOf(w))}` };
    },
  }),
  // "twice a year", "three times a week", "once a month": one SET expression (TimeML `freq`), "per year" too.
  rule({
    name: 'set-frequency',
    pattern: `(?:(?:once|twice|(?:\\d+|${NUMBER_WORD})\\s+times)\\s+(?:a|an|per|each|every)|per)\\s+(day|week|month|year|quarter|hour|minute)`,
    triggers: [UNIT_PART],
    examples: [
      ['smartphone users check their phone [150 times a day], starting just minutes', 'P1D'],
      ['winds" of 155 mph (250 kilometers [per hour]) in Shefa and Tafea', 'PT1H'],
    ],
    build: (m) => ({ type: 'SET', value: unitValue(unitOf(m[1]), 1) }),
  }),
  // HeidelTime's set words: "annually", "semiannually", "biweekly" as well as "daily" and the like. Not "quarterly":
  // mostly an adjective in news ("its quarterly dividend"), which TimeML leaves untagged.
  rule({
    name: 'set-adverb',
    pattern: `(daily|weekly|monthly|yearly|hourly|nightly|annually|semi-?annually|bi-?weekly)`,
    triggers: ['daily|weekly|monthly|yearly|hourly|nightly|annually'],
    examples: [
      ['Qantas plans [daily] flights between Sydney', 'P1D'],
      ['Average [hourly] earnings of production', 'PT1H'],
    ],
    negatives: [
      "company's revenue to increase by 20% annually, while Dow Jones based",
      'producer, who, according to the Daily Telegraph, had to',
    ],
    build: (m, ctx) => {
      if (startsName(m[1], ctx)) return undefined;
      const w = m[1].toLowerCase().replace('-', '');
      // "rise 8.5% annually", "10,000 units annually": a rate's unit, which TimeBank leaves untagged (as "$5 a year").
      if (/annually$/.test(w) && /[\d%]|percent/i.test(ctx.before.slice(-25))) return undefined;
      const value: Record<string, string> = {
        daily: 'P1D', weekly: 'P1W', monthly: 'P1M', quarterly: 'P3M', annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H', nightly: 'P1D',
        semiannually: 'P6M', biweekly: 'P2W',
      };
      return { type: 'SET', value: value[w] };
    },
  }),
  rule({
    name: 'set-plural-weekday',
    pattern: `(?:on\\s+)?(${WEEKDAY_NAMES.map((d) => `${d}s`).join('|')})`,
    triggers: [WEEKDAY_PART],
    examples: [
      ['series, which currently airs [on Sundays].', 'XXXX-WXX-7'],
    ],
    flags: 'gu',
    build: (m) => {
      const wd = weekdayOf(m[1]);
      return { type: 'SET', value: `XXXX-WXX-${wd === 0 ? 7 : wd}` };
    },
  }),
];
