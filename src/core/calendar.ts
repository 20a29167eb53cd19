// Calendar arithmetic on `YYYY-MM-DD` strings and TimeML values → sortable starts, granularities and readable labels.
// Dates are handled as UTC so no time zone can move a day.
import { MONTH_CAPTURED, MONTH_SHORT, WEEKDAY_SHORT } from './lexicon';
import type { Granularity, TimelineDate } from './types';

const SEASONS: Record<string, { label: string; month: number }> = {
  SP: { label: 'Spring', month: 3 }, SU: { label: 'Summer', month: 6 }, FA: { label: 'Autumn', month: 9 }, WI: { label: 'Winter', month: 12 },
};
const PARTS_OF_DAY: Record<string, string> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Is `s` a real calendar date written `YYYY-MM-DD`? */
/** The UTC day y-m-d; years 0 to 99 are those years, not 1900-1999 as `Date.UTC` reads them ("0001-01-01"). */
export function utcDay(year: number, month: number, day: number): Date {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const date = utcDay(+m[1], +m[2], +m[3]);
  return date.getUTCFullYear() === +m[1] && date.getUTCMonth() === +m[2] - 1 && date.getUTCDate() === +m[3];
}

export function toIsoDate(year: number, month: number, day: number): string | undefined {
  const date = utcDay(year, month, day);
  if (year < 1 || year > 9999 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Today's date on this machine's clock, `YYYY-MM-DD` (local calendar day: what the user calls today). */
export function todayIso(now: Date = new Date()): string {
  return toIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate())!;
}

/** Monday of ISO week `week` of `year`. */
function isoWeekStart(year: number, week: number): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4);
  monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() + 6) % 7) + (week - 1) * 7);
  return monday;
}

interface Described {
  readonly granularity: Granularity;
  readonly label: string;
  /** Sortable start: `YYYY-MM-DDTHH:MM`. */
  readonly sortKey: string;
}

function key(year: number, month = 1, day = 1, time = '00:00'): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${time}`;
}

/**
 * What a TimeML value names on the calendar, or undefined when it names no fixed point or period (durations,
 * `PRESENT_REF`, values with `X` for unknown digits).
 */
export function describeValue(value: string): Described | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})|T(MO|AF|EV|NI|DT))?$/.exec(value))) {
    const [year, month, day] = [+m[1], +m[2], +m[3]];
    const iso = toIsoDate(year, month, day);
    if (!iso) return undefined;
    const weekday = WEEKDAY_SHORT[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
    const dayLabel = `${weekday} ${day} ${MONTH_SHORT[month - 1]} ${year}`;
    if (m[4]) return { granularity: 'time', label: `${dayLabel}, ${m[4]}:${m[5]}`, sortKey: key(year, month, day, `${m[4]}:${m[5]}`) };
    if (m[6]) return { granularity: 'time', label: `${dayLabel}, ${PARTS_OF_DAY[m[6]]}`, sortKey: key(year, month, day, { MO: '08:00', AF: '14:00', EV: '19:00', NI: '22:00', DT: '12:00' }[m[6]]) };
    return { granularity: 'day', label: dayLabel, sortKey: key(year, month, day) };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value)) && +m[2] >= 1 && +m[2] <= 12) {
    return { granularity: 'month', label: `${MONTH_SHORT[+m[2] - 1]} ${m[1]}`, sortKey: key(+m[1], +m[2]) };
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value)) && +m[2] >= 1 && +m[2] <= 53) {
    const start = isoWeekStart(+m[1], +m[2]);
    return {
      granularity: 'week',
      label: `Week ${+m[2]}, ${m[1]}`,
      sortKey: key(start.getUTCFullYear(), start.getUTCMonth() + 1, start.getUTCDate()),
    };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    return { granularity: 'quarter', label: `Q${m[2]} ${m[1]}`, sortKey: key(+m[1], (+m[2] - 1) * 3 + 1) };
  }
  if ((m = /^(\d{4})-H([12])$/.exec(value))) {
    return { granularity: 'half', label: `H${m[2]} ${m[1]}`, sortKey: key(+m[1], m[2] === '1' ? 1 : 7) };
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const season = SEASONS[m[2]];
    return { granularity: 'season', label: `${season.label} ${m[1]}`, sortKey: key(+m[1], season.month) };
  }
  if ((m = /^(\d{4})$/.exec(value))) return { granularity: 'year', label: m[1], sortKey: key(+m[1]) };
  if ((m = /^(\d{3})$/.exec(value))) return { granularity: 'decade', label: `${m[1]}0s`, sortKey: key(+m[1] * 10) };
  if ((m = /^(\d{2})$/.exec(value))) {
    const century = +m[1] + 1;
    return { granularity: 'century', label: `${century}${ordinalSuffix(century)} century`, sortKey: key(+m[1] * 100) };
  }
  return undefined;
}

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** The timeline's view of a TimeML value, or undefined when the value is not a calendar point or period. */
export function timelineDate(value: string): (TimelineDate & { readonly sortKey: string }) | undefined {
  const described = describeValue(value);
  return described && { value, granularity: described.granularity, label: described.label, sortKey: described.sortKey };
}

export function monthNumber(word: string): number | undefined {
  const prefix = word.slice(0, 3).toLowerCase();
  const index = MONTH_SHORT.findIndex((m) => m.toLowerCase() === prefix);
  return index >= 0 ? index + 1 : undefined;
}

const EXPLICIT_DATES: Array<{ re: RegExp; parts: (m: RegExpExecArray) => [number | undefined, number | undefined, number] }> = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})(?=$|[T\s,;.])/, parts: (m) => [+m[1], +m[2], +m[3]] },
  { re: /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/, parts: (m) => [+m[1], +m[2], +m[3]] },
  { re: new RegExp(`\\b${MONTH_CAPTURED}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, 'i'), parts: (m) => [m[3] ? +m[3] : undefined, monthNumber(m[1]), +m[2]] },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_CAPTURED}\\.?(?:,?\\s+(\\d{4}))?\\b`, 'i'), parts: (m) => [m[3] ? +m[3] : undefined, monthNumber(m[2]), +m[1]] },
];

export interface FoundDate {
  readonly value: string;
  /** Offsets of the date words within the searched string. */
  readonly start: number;
  readonly end: number;
  /** The year was written (not taken from `fallbackYear`). */
  readonly hasYear: boolean;
}

/**
 * The first explicit calendar date in `s` ("2022-04-01T10:00Z", "April 1, 2022", "1 Apr 2022", "Nov. 7"); a date
 * written without a year takes `fallbackYear`.
 */
export function findExplicitDate(s: string, fallbackYear?: number): FoundDate | undefined {
  let best: FoundDate | undefined;
  for (const { re, parts } of EXPLICIT_DATES) {
    const m = re.exec(s);
    if (!m) continue;
    const [year, month, day] = parts(m);
    const y = year ?? fallbackYear;
    if (y === undefined || month === undefined) continue;
    const value = toIsoDate(y, month, day);
    if (value && (!best || m.index < best.start)) best = { value, start: m.index, end: m.index + m[0].length, hasYear: year !== undefined };
  }
  return best;
}
