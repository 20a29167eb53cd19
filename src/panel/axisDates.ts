// The time axis's calendar arithmetic: TimeML values as spans of UTC day numbers (days since 1970-01-01, fractions
// for times of day), and how a date reads (approximate, implied, a stretch's length). Pure, like axisLayout.ts.
import type { Granularity, TimelineDate } from '../core/types';

/** A half-open stretch of days, `[start, end)`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

const DAY_MS = 86_400_000;

/** UTC day number of y-m-d; years below 100 are those years (Date.UTC would read them as 19xx). */
export function dayNumber(year: number, month: number, day: number): number {
  const d = new Date(Date.UTC(2000, 0, 1));
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / DAY_MS);
}

export function ymd(dayNo: number): { year: number; month: number; day: number } {
  const d = new Date(dayNo * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const PART_OF_DAY_HOURS: Record<string, number> = { MO: 8, AF: 14, EV: 19, NI: 22, DT: 12 };
const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
const ONE_MINUTE = 1 / 1440;

/** The days a TimeML value covers, or undefined when it names no calendar period (durations, `X` digits). */
export function valueSpan(value: string): Span | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})|T(MO|AF|EV|NI|DT))?$/.exec(value))) {
    const day = dayNumber(+m[1], +m[2], +m[3]);
    const back = ymd(day);
    if (back.month !== +m[2] || back.day !== +m[3]) return undefined;
    const hours = m[4] !== undefined ? +m[4] + +m[5] / 60 : m[6] !== undefined ? PART_OF_DAY_HOURS[m[6]] : undefined;
    if (hours === undefined) return { start: day, end: day + 1 };
    const at = day + hours / 24;
    return { start: at, end: at + ONE_MINUTE };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value)) && +m[2] >= 1 && +m[2] <= 12) return months(+m[1], +m[2], 1);
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value)) && +m[2] >= 1 && +m[2] <= 53) {
    const jan4 = dayNumber(+m[1], 1, 4);
    const weekday = (new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7;
    const monday = jan4 - weekday + (+m[2] - 1) * 7;
    return { start: monday, end: monday + 7 };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return months(+m[1], (+m[2] - 1) * 3 + 1, 3);
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return months(+m[1], m[2] === '1' ? 1 : 7, 6);
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return months(+m[1], SEASON_START[m[2]], 3);
  if ((m = /^(\d{4})$/.exec(value))) return years(+m[1], 1);
  if ((m = /^(\d{3})$/.exec(value))) return years(+m[1] * 10, 10);
  if ((m = /^(\d{2})$/.exec(value))) return years(+m[1] * 100, 100);
  return undefined;
}

function months(year: number, month: number, count: number): Span {
  return { start: dayNumber(year, month, 1), end: dayNumber(year, month + count, 1) };
}

function years(year: number, count: number): Span {
  return { start: dayNumber(year, 1, 1), end: dayNumber(year + count, 1, 1) };
}

const EXACT: ReadonlySet<Granularity> = new Set<Granularity>(['day', 'time']);

/** Whether the date names a period coarser than a day. */
export function isApproximate(date: TimelineDate): boolean {
  return !EXACT.has(date.granularity);
}

/**
 * Whether the mention leaves the date's year unwritten, so the year (or the whole date) was read against the
 * reference date: "Friday", "October", "next year", "Feb. 24". Decades and centuries are written in words
 * ("the nineties") as often as in digits, so they are never called implied.
 */
export function isImplied(date: TimelineDate, mentionText: string): boolean {
  const year = /^(\d{4})/.exec(date.value)?.[1];
  if (!year || date.granularity === 'decade' || date.granularity === 'century') return false;
  if (mentionText.includes(year)) return false;
  return !new RegExp(`['’‘]${year.slice(2)}\\b`).test(mentionText);
}

/** A length of time as a reader says it: "25 years", "8 months", "3 weeks", "5 days". */
export function durationLabel(days: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (days >= 700) return plural(Math.round(days / 365.25), 'year');
  if (days >= 56) return plural(Math.round(days / 30.44), 'month');
  if (days >= 14) return plural(Math.round(days / 7), 'week');
  return plural(Math.max(1, Math.round(days)), 'day');
}
