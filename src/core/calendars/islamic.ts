// The arithmetic (tabular) Islamic calendar: 30-year cycles with 11 leap years (2, 5, 7, 10, 13, 16, 18, 21, 24, 26,
// 29), months of 30 and 29 days alternately, epoch 16 July 622 (Julian); Dershowitz & Reingold, ch. 7. The feasts
// as observed follow the sighting of the new crescent, which the tabular calendar matches to within a day or two;
// a reader correcting such a date in the panel is expected.
import { lunationOnOrAfter, newMoonJde, toUniversal } from './astronomy';
import { JD_FIXED_OFFSET, dayOfWeek, fixedFromGregorian, fixedFromJulian, gregorianFromFixed } from './fixed';

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

/** Mecca: latitude (degrees north) and the hours its mean solar time runs ahead of UTC (39.83° east). */
const MECCA_LATITUDE = 21.42;
const MECCA_SOLAR_HOURS = 39.83 / 15;

/** About the instant of sunset at Mecca on fixed day `fixed`, as a Julian Day (UT): the sun's declination by the
 *  day of the year, and the half-day arc with the standard 0.83° for refraction and the sun's radius; good to a few
 *  minutes, which is all the rule below needs. */
function meccaSunsetJd(fixed: number): number {
  const dayOfYear = fixed - fixedFromGregorian(gregorianFromFixed(fixed).y, 1, 1) + 1;
  const r = Math.PI / 180;
  const declination = 23.44 * Math.sin(((360 / 365) * (dayOfYear - 81)) * r);
  const cosH = (Math.sin(-0.83 * r) - Math.sin(MECCA_LATITUDE * r) * Math.sin(declination * r)) / (Math.cos(MECCA_LATITUDE * r) * Math.cos(declination * r));
  const halfArcHours = Math.acos(cosH) / r / 15;
  return fixed + JD_FIXED_OFFSET + (12 + halfArcHours - MECCA_SOLAR_HOURS) / 24;
}

/**
 * The first day of Islamic month `m` of year `y` as observed (Saudi Arabia's Umm al-Qura rule, which most news of the
 * feasts follows): the month begins the day after the conjunction when the conjunction falls before sunset at Mecca,
 * else a day later. The tabular calendar, its reckoning a day or so ahead of the sighted month in many years, gives the
 * new moon it falls near. (The full Umm al-Qura rule also asks that the moon set after the sun that evening; it moves
 * a few months a day and is left out.)
 */
export function fixedFromObservedIslamic(y: number, m: number, d: number): number {
  const tabular = fixedFromIslamic(y, m, 1);
  const k = lunationOnOrAfter(tabular - 4 + JD_FIXED_OFFSET);
  const conjunction = toUniversal(newMoonJde(k));
  // Mecca's civil day (UTC+3) of the conjunction.
  const day = Math.floor(conjunction + 3 / 24 - JD_FIXED_OFFSET);
  const first = conjunction < meccaSunsetJd(day) ? day + 1 : day + 2;
  return first + d - 1;
}

/** The first day in Gregorian year `g` that is observed day `d` of Islamic month `m` (see islamicInGregorianYear). */
export function observedIslamicInGregorianYear(g: number, m: number, d: number): number | undefined {
  const start = fixedFromGregorian(g, 1, 1);
  const end = fixedFromGregorian(g + 1, 1, 1);
  const approx = Math.floor(((g - 622) * 33) / 32);
  for (let y = approx - 1; y <= approx + 2; y++) {
    const fixed = fixedFromObservedIslamic(y, m, d);
    if (fixed >= start && fixed < end) return fixed;
  }
  return undefined;
}

/** The first day of Ramadan (1 Ramadan, month 9) in Gregorian year `g`. */
export function ramadanStart(g: number): number | undefined {
  return observedIslamicInGregorianYear(g, 9, 1);
}

/** Eid al-Fitr, 1 Shawwal (month 10). */
export function eidAlFitr(g: number): number | undefined {
  return observedIslamicInGregorianYear(g, 10, 1);
}

/** Eid al-Adha, 10 Dhu al-Hijjah (month 12). */
export function eidAlAdha(g: number): number | undefined {
  return observedIslamicInGregorianYear(g, 12, 10);
}

/** The Islamic New Year, 1 Muharram. */
export function islamicNewYear(g: number): number | undefined {
  return observedIslamicInGregorianYear(g, 1, 1);
}

/** Ashura, 10 Muharram. */
export function ashura(g: number): number | undefined {
  return observedIslamicInGregorianYear(g, 1, 10);
}

/** The Prophet's birthday (Mawlid), 12 Rabi' al-Awwal (month 3). */
export function mawlid(g: number): number | undefined {
  return observedIslamicInGregorianYear(g, 3, 12);
}

/** Isra and Mi'raj, 27 Rajab (month 7). */
export function israMiraj(g: number): number | undefined {
  return observedIslamicInGregorianYear(g, 7, 27);
}

/** Laylat al-Qadr, kept on the night of 27 Ramadan (the date given is that day). */
export function laylatAlQadr(g: number): number | undefined {
  return observedIslamicInGregorianYear(g, 9, 27);
}

/** Jumu'atul-Wida, the last Friday of Ramadan: the Friday before 1 Shawwal. */
export function jumuatulWida(g: number): number | undefined {
  const eid = eidAlFitr(g);
  if (eid === undefined) return undefined;
  const back = (dayOfWeek(eid - 1) - 5 + 7) % 7;
  return eid - 1 - back;
}

/** The Islamic year of a fixed day (for labels and tests). */
export function islamicYearOf(fixed: number): number {
  return Math.floor((30 * (fixed - ISLAMIC_EPOCH) + 10646) / 10631);
}
