// Calendar arithmetic on `YYYY-MM-DD` strings and TimeML values → sortable starts, granularities and readable labels.
// Dates are handled as UTC so no time zone can move a day.
import { MONTH_CAPTURED, MONTH_SHORT, SEASON_OF_CODE, WEEKDAY_SHORT } from './lexicon';
import type { Granularity, TimelineDate } from './types';

const PARTS_OF_DAY: Record<string, string> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The UTC day y-m-d; years 0 to 99 are those years, not 1900-1999 as `Date.UTC` reads them ("0001-01-01"). */
export function utcDay(year: number, month: number, day: number): Date {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/** Is `s` a real calendar date written `YYYY-MM-DD`? */
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

/** Monday of ISO week `week` of `year`, as a UTC day (years 0 to 99 as themselves, see `utcDay`). */
export function isoWeekStart(year: number, week: number): Date {
  const jan4 = utcDay(year, 1, 4);
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

/** describeValue's answers: an article names the same few values again and again (each timex's, its anchor's, the
 *  reference date), and each answer is a regex, a Date and a label. Emptied when large. */
const describedValues = new Map<string, Described | undefined>();

/**
 * What a TimeML value names on the calendar, or undefined when it names no fixed point or period (durations,
 * `PRESENT_REF`, values with `X` for unknown digits).
 */
export function describeValue(value: string): Described | undefined {
  let described = describedValues.get(value);
  if (described === undefined && !describedValues.has(value)) {
    described = describeUncached(value);
    if (describedValues.size >= 10_000) describedValues.clear();
    describedValues.set(value, described);
  }
  return described;
}

function describeUncached(value: string): Described | undefined {
  let m: RegExpExecArray | null;
  switch (granularityOf(value)) {
    case 'time':
    case 'day': {
      if (!(m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})|T(MO|AF|EV|NI|DT))?$/.exec(value))) return undefined;
      const [year, month, day] = [+m[1], +m[2], +m[3]];
      const iso = toIsoDate(year, month, day);
      if (!iso) return undefined;
      const weekday = WEEKDAY_SHORT[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
      const dayLabel = `${weekday} ${day} ${MONTH_SHORT[month - 1]} ${year}`;
      if (m[4]) return { granularity: 'time', label: `${dayLabel}, ${m[4]}:${m[5]}`, sortKey: key(year, month, day, `${m[4]}:${m[5]}`) };
      if (m[6]) return { granularity: 'time', label: `${dayLabel}, ${PARTS_OF_DAY[m[6]]}`, sortKey: key(year, month, day, { MO: '08:00', AF: '14:00', EV: '19:00', NI: '22:00', DT: '12:00' }[m[6]]) };
      return { granularity: 'day', label: dayLabel, sortKey: key(year, month, day) };
    }
    case 'month': {
      const [year, month] = [value.slice(0, 4), +value.slice(5)];
      return month >= 1 && month <= 12 ? { granularity: 'month', label: `${MONTH_SHORT[month - 1]} ${year}`, sortKey: key(+year, month) } : undefined;
    }
    case 'week': {
      const week = +value.slice(6);
      if (week < 1 || week > 53) return undefined;
      const start = isoWeekStart(+value.slice(0, 4), week);
      return { granularity: 'week', label: `Week ${week}, ${value.slice(0, 4)}`, sortKey: key(start.getUTCFullYear(), start.getUTCMonth() + 1, start.getUTCDate()) };
    }
    case 'quarter': {
      const quarter = +value.slice(6);
      return quarter >= 1 && quarter <= 4 ? { granularity: 'quarter', label: `Q${quarter} ${value.slice(0, 4)}`, sortKey: key(+value.slice(0, 4), (quarter - 1) * 3 + 1) } : undefined;
    }
    case 'half': {
      const half = value.slice(6);
      return half === '1' || half === '2' ? { granularity: 'half', label: `H${half} ${value.slice(0, 4)}`, sortKey: key(+value.slice(0, 4), half === '1' ? 1 : 7) } : undefined;
    }
    case 'season': {
      const season = SEASON_OF_CODE[value.slice(5)];
      return { granularity: 'season', label: `${season.label} ${value.slice(0, 4)}`, sortKey: key(+value.slice(0, 4), season.month) };
    }
    case 'year':
      return { granularity: 'year', label: value, sortKey: key(+value) };
    case 'decade':
      return { granularity: 'decade', label: `${value}0s`, sortKey: key(+value * 10) };
    case 'century': {
      const century = +value + 1;
      return { granularity: 'century', label: `${century}${ordinalSuffix(century)} century`, sortKey: key(+value * 100) };
    }
    default:
      return undefined;
  }
}

/**
 * The granularity a DATE or TIME value's shape names ("2013-03" a month, "199" a decade), whether or not its numbers
 * are a real date: the tagger gives it to every timex, and describeValue reads the value by it.
 */
export function granularityOf(value: string): Granularity | undefined {
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return 'time';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/^\d{4}-W\d{2}$/.test(value)) return 'week';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}-Q\d$/.test(value)) return 'quarter';
  if (/^\d{4}-H\d$/.test(value)) return 'half';
  if (/^\d{4}-(SP|SU|FA|WI)$/.test(value)) return 'season';
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{3}$/.test(value)) return 'decade';
  if (/^\d{2}$/.test(value)) return 'century';
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
