// A timeline date as the parts and day spans export formats need, each only as precise as its granularity.
import { isoWeekStart, utcDay } from '../calendar';
import { SEASON_OF_CODE } from '../lexicon';
import type { TimelineDate, TimelineEntry } from '../types';

/** Calendar parts of a date's start; `month`, `day`, `hour`, `minute` only when the granularity has them. */
export interface DateParts {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly hour?: number;
  readonly minute?: number;
}

interface Period {
  /** First day, UTC midnight. */
  readonly first: Date;
  /** The day after the last day (exclusive end), UTC midnight. */
  readonly after: Date;
  /** Hour and minute, for a clock time ("2023-08-13T02:30"). */
  readonly clock?: { readonly hour: number; readonly minute: number };
}

function monthsLater(year: number, month: number, months: number): Date {
  return utcDay(year, month + months, 1);
}

/**
 * The days a TimeML value covers: a day, a week (Monday to Sunday), a month, a quarter, a half, a season (spring is
 * March to May; winter starts in December, as the engine's labels read it), a year, a decade, a century.
 */
export function periodOf(date: TimelineDate): Period | undefined {
  const v = date.value;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(v))) {
    const first = utcDay(+m[1], +m[2], +m[3]);
    return { first, after: utcDay(+m[1], +m[2], +m[3] + 1), ...(m[4] ? { clock: { hour: +m[4], minute: +m[5] } } : {}) };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(v))) return { first: utcDay(+m[1], +m[2], 1), after: monthsLater(+m[1], +m[2], 1) };
  if ((m = /^(\d{4})-W(\d{2})$/.exec(v))) {
    const first = isoWeekStart(+m[1], +m[2]);
    const after = new Date(first);
    after.setUTCDate(first.getUTCDate() + 7);
    return { first, after };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) return { first: utcDay(+m[1], (+m[2] - 1) * 3 + 1, 1), after: monthsLater(+m[1], (+m[2] - 1) * 3 + 1, 3) };
  if ((m = /^(\d{4})-H([12])$/.exec(v))) return { first: utcDay(+m[1], m[2] === '1' ? 1 : 7, 1), after: monthsLater(+m[1], m[2] === '1' ? 1 : 7, 6) };
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v))) {
    const month = SEASON_OF_CODE[m[2]].month;
    return { first: utcDay(+m[1], month, 1), after: monthsLater(+m[1], month, 3) };
  }
  if ((m = /^(\d{4})$/.exec(v))) return { first: utcDay(+m[1], 1, 1), after: utcDay(+m[1] + 1, 1, 1) };
  if ((m = /^(\d{3})$/.exec(v))) return { first: utcDay(+m[1] * 10, 1, 1), after: utcDay(+m[1] * 10 + 10, 1, 1) };
  if ((m = /^(\d{2})$/.exec(v))) return { first: utcDay(+m[1] * 100, 1, 1), after: utcDay(+m[1] * 100 + 100, 1, 1) };
  return undefined;
}

/** The parts of a date's start, as far as its granularity goes (a week and a part of day keep their day). */
export function datePartsOf(date: TimelineDate): DateParts | undefined {
  const period = periodOf(date);
  if (!period) return undefined;
  const year = period.first.getUTCFullYear();
  const month = period.first.getUTCMonth() + 1;
  const day = period.first.getUTCDate();
  switch (date.granularity) {
    case 'century':
    case 'decade':
    case 'year':
      return { year };
    case 'half':
    case 'quarter':
    case 'season':
    case 'month':
      return { year, month };
    case 'week':
    case 'day':
      return { year, month, day };
    case 'time':
      return period.clock ? { year, month, day, hour: period.clock.hour, minute: period.clock.minute } : { year, month, day };
  }
}

/** Granularities whose parts alone would misread: "1990" for the 1990s, "2024-07" for Q3 2024, a bare day for a morning. */
const SHOWN_BY_LABEL = new Set<TimelineDate['granularity']>(['century', 'decade', 'half', 'quarter', 'season', 'week']);

/**
 * Words that open an approximate date in the text, and how the exported date says so. Examples: "around Nov. 1",
 * "about 1990", "circa 1900", "early 2022", "mid-2021", "late March", "the end of 2023".
 */
const APPROXIMATE_OPENERS: ReadonlyArray<{ readonly opener: RegExp; readonly says: string }> = [
  { opener: /^(?:around|about|approximately|roughly|circa|c\.)\s/i, says: 'around' },
  { opener: /^(?:early|the (?:start|beginning) of)\b/i, says: 'early' },
  { opener: /^(?:mid-?|the middle of)\b/i, says: 'mid' },
  { opener: /^(?:late|the end of|end of)\b/i, says: 'late' },
];

/** "around", "early", "mid", "late" when the mention says the date is approximate. */
export function approximation(entry: TimelineEntry): string | undefined {
  return APPROXIMATE_OPENERS.find((a) => a.opener.test(entry.mention.text.trim()))?.says;
}

/** The label to show instead of the parts, when the parts alone would say something else; else undefined. */
export function displayDate(date: TimelineDate, entry?: TimelineEntry): string | undefined {
  const approx = entry && approximation(entry);
  const partOfDay = date.granularity === 'time' && !/T\d{2}:\d{2}/.test(date.value);
  if (approx) return approx === 'mid' ? `mid-${date.label}` : `${approx} ${date.label}`;
  return SHOWN_BY_LABEL.has(date.granularity) || partOfDay ? date.label : undefined;
}

/** `YYYYMMDD` of a UTC day (iCalendar's DATE). */
export function basicDate(d: Date): string {
  return `${String(d.getUTCFullYear()).padStart(4, '0')}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`;
}

export function two(n: number): string {
  return String(n).padStart(2, '0');
}
