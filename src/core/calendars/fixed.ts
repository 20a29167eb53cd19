// Day numbers shared by the calendars: a "fixed" day is a Rata Die (R.D.) number, day 1 being Monday 1 January of
// year 1 in the proleptic Gregorian calendar (Dershowitz & Reingold, "Calendrical Calculations"). Every calendar here
// turns its dates into fixed days, so comparing, adding and converting are integer arithmetic.

export interface CivilDate {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const MS_PER_DAY = 86_400_000;
/** The fixed day of 1 January 1970, where JavaScript's clock starts. */
const UNIX_EPOCH_FIXED = 719_163;
/** A Julian day number minus this is a fixed day (at midnight): JD 1721424.5 is R.D. 0 at 00:00. */
export const JD_FIXED_OFFSET = 1_721_424.5;

export function fixedFromGregorian(y: number, m: number, d: number): number {
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y);
  return Math.round(date.getTime() / MS_PER_DAY) + UNIX_EPOCH_FIXED;
}

export function gregorianFromFixed(fixed: number): CivilDate {
  const date = new Date((fixed - UNIX_EPOCH_FIXED) * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** 0 = Sunday ... 6 = Saturday. */
export function dayOfWeek(fixed: number): number {
  return (((fixed % 7) + 7) % 7);
}

/** The fixed day of a date in the Julian calendar (the Orthodox churches reckon Easter in it). */
export function fixedFromJulian(y: number, m: number, d: number): number {
  const year = y < 0 ? y + 1 : y;
  const leap = ((year % 4) + 4) % 4 === 0;
  return -2 + 365 * (year - 1) + Math.floor((year - 1) / 4) + Math.floor((367 * m - 362) / 12) + (m <= 2 ? 0 : leap ? -1 : -2) + d;
}

/** The `n`th `weekday` (0 = Sunday) of a Gregorian month; `n = -1` is the last one. */
export function nthWeekdayOfMonth(y: number, m: number, weekday: number, n: number): number {
  if (n < 0) {
    const last = fixedFromGregorian(y, m + 1, 1) - 1;
    return last - ((dayOfWeek(last) - weekday + 7) % 7) + 7 * (n + 1);
  }
  const first = fixedFromGregorian(y, m, 1);
  return first + ((weekday - dayOfWeek(first) + 7) % 7) + 7 * (n - 1);
}

export function isoFromFixed(fixed: number): string {
  const { y, m, d } = gregorianFromFixed(fixed);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
