// The arithmetic (tabular) Islamic calendar: 30-year cycles with 11 leap years (2, 5, 7, 10, 13, 16, 18, 21, 24, 26,
// 29), months of 30 and 29 days alternately, epoch 16 July 622 (Julian); Dershowitz & Reingold, ch. 7. The feasts
// as observed follow the sighting of the new crescent, which the tabular calendar matches to within a day or two;
// a reader correcting such a date in the panel is expected.
import { fixedFromGregorian, fixedFromJulian } from './fixed';

const ISLAMIC_EPOCH = fixedFromJulian(622, 7, 16);

export function fixedFromIslamic(y: number, m: number, d: number): number {
  return d + 29 * (m - 1) + Math.floor((6 * m - 1) / 11) + (y - 1) * 354 + Math.floor((3 + 11 * y) / 30) + ISLAMIC_EPOCH - 1;
}

/**
 * The first fixed day in Gregorian year `g` that is day `d` of Islamic month `m` (an Islamic year is 11 days shorter,
 * so a month falls twice in some Gregorian years, as Ramadan did in 1997; the first is taken).
 */
export function islamicInGregorianYear(g: number, m: number, d: number): number | undefined {
  const start = fixedFromGregorian(g, 1, 1);
  const end = fixedFromGregorian(g + 1, 1, 1);
  const approx = Math.floor(((g - 622) * 33) / 32);
  for (let y = approx - 1; y <= approx + 2; y++) {
    const fixed = fixedFromIslamic(y, m, d);
    if (fixed >= start && fixed < end) return fixed;
  }
  return undefined;
}

/** The first day of Ramadan (1 Ramadan, month 9) in Gregorian year `g`. */
export function ramadanStart(g: number): number | undefined {
  return islamicInGregorianYear(g, 9, 1);
}

/** Eid al-Fitr, 1 Shawwal (month 10). */
export function eidAlFitr(g: number): number | undefined {
  return islamicInGregorianYear(g, 10, 1);
}

/** Eid al-Adha, 10 Dhu al-Hijjah (month 12). */
export function eidAlAdha(g: number): number | undefined {
  return islamicInGregorianYear(g, 12, 10);
}

/** The Islamic New Year, 1 Muharram. */
export function islamicNewYear(g: number): number | undefined {
  return islamicInGregorianYear(g, 1, 1);
}

/** The Islamic year of a fixed day (for labels and tests). */
export function islamicYearOf(fixed: number): number {
  return Math.floor((30 * (fixed - ISLAMIC_EPOCH) + 10646) / 10631);
}
