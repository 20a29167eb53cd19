// Easter Sunday by the two reckonings news meets: the Western (Gregorian) one and the Orthodox one (Julian computus,
// given here as a Gregorian date). The movable feasts count days from it.
import { fixedFromGregorian, fixedFromJulian } from './fixed';

/** Month and day of Western Easter Sunday in a Gregorian year (the anonymous Gregorian computus, Meeus ch. 8). */
export function westernEasterMonthDay(y: number): { m: number; d: number } {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** Western Easter Sunday of a Gregorian year, as a fixed day. */
export function westernEaster(y: number): number {
  const { m, d } = westernEasterMonthDay(y);
  return fixedFromGregorian(y, m, d);
}

/** Orthodox Easter Sunday of a Gregorian year, as a fixed day (the Julian computus, Meeus ch. 8). */
export function orthodoxEaster(y: number): number {
  const a = y % 4;
  const b = y % 7;
  const c = y % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  return fixedFromJulian(y, month, day);
}
