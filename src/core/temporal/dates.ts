// Calendar steps the resolver needs: days, weeks, months and years before and after a date, and the choice of year
// or week that a partial date ("Friday", "Feb. 24", "March") takes from the reference date and the tense.

export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

export type Tense = 'past' | 'present' | 'future';

export function parseYmd(iso: string): Ymd {
  return { y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) };
}

function toDate(x: Ymd): Date {
  const date = new Date(Date.UTC(2000, x.m - 1, x.d));
  date.setUTCFullYear(x.y);
  return date;
}

function fromDate(date: Date): Ymd {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatDay(x: Ymd): string {
  return `${pad(x.y, 4)}-${pad(x.m)}-${pad(x.d)}`;
}

export function formatMonth(y: number, m: number): string {
  const date = fromDate(new Date(Date.UTC(y, m - 1, 1)));
  return `${pad(date.y, 4)}-${pad(date.m)}`;
}

export function addDays(x: Ymd, days: number): Ymd {
  const date = toDate(x);
  date.setUTCDate(date.getUTCDate() + days);
  return fromDate(date);
}

export function addMonths(x: Ymd, months: number): Ymd {
  const total = x.y * 12 + (x.m - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { y, m, d: Math.min(x.d, last) };
}

export function weekday(x: Ymd): number {
  return toDate(x).getUTCDay();
}

/** ISO week value, `YYYY-Www`. */
export function isoWeek(x: Ymd): string {
  const date = toDate(x);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7) + 3); // the week's Thursday decides its year
  const jan4 = new Date(Date.UTC(date.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round(((date.getTime() - jan4.getTime()) / 86400000 - 3 + ((jan4.getUTCDay() + 6) % 7)) / 7);
  return `${pad(date.getUTCFullYear(), 4)}-W${pad(week)}`;
}

export function quarterOf(x: Ymd): number {
  return Math.floor((x.m - 1) / 3) + 1;
}

/**
 * The day a bare weekday names: in the past tense the most recent one on or before the reference date ("the
 * Kremlin said Friday"), in the future the next one after it ("will open on Monday").
 */
export function resolveWeekday(target: number, ref: Ymd, tense: Tense): Ymd {
  const today = weekday(ref);
  if (tense === 'future') {
    const ahead = (target - today + 7) % 7 || 7;
    return addDays(ref, ahead);
  }
  const back = (today - target + 7) % 7;
  // In the present tense ("Arafat and Netanyahu meet separately Monday") the nearest one, either side.
  if (tense === 'present' && 7 - back < back) return addDays(ref, 7 - back);
  return addDays(ref, -back);
}

/** Dates this close to the reference date keep the nearest year whatever the tense ("had been set to expire Nov. 6"). */
const NEAR_DAYS = 60;
const NEAR_MONTHS = 1;

/**
 * The year for a month (and day) written without one: the nearest one to the reference date when it is near; else
 * the nearest in the tense's direction (past: on or before, future: on or after); with no tense, the nearest.
 */
export function resolveYear(month: number, day: number | undefined, ref: Ymd, tense: Tense): number {
  const years = [ref.y - 1, ref.y, ref.y + 1];
  const offset = (y: number): number =>
    day === undefined ? y * 12 + month - (ref.y * 12 + ref.m) : (Date.UTC(y, month - 1, day) - Date.UTC(ref.y, ref.m - 1, ref.d)) / 86400000;
  const nearest = years.reduce((best, y) => (Math.abs(offset(y)) < Math.abs(offset(best)) ? y : best), ref.y);
  if (Math.abs(offset(nearest)) <= (day === undefined ? NEAR_MONTHS : NEAR_DAYS) || tense === 'present') return nearest;
  if (tense === 'past') return [...years].reverse().find((y) => offset(y) <= 0) ?? nearest;
  return years.find((y) => offset(y) >= 0) ?? nearest;
}

/**
 * The day of weekday `target` in the Monday-to-Sunday week `weeks` weeks from the one holding `ref` ("Friday of next
 * week" is weeks = 1). ISO weeks start on Monday, as TimeML's week values do.
 */
export function weekdayInWeek(target: number, ref: Ymd, weeks: number): Ymd {
  const monday = addDays(ref, -((weekday(ref) + 6) % 7));
  return addDays(monday, 7 * weeks + ((target + 6) % 7));
}
