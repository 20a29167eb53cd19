// Lunisolar feasts by the moon: Chinese New Year and Diwali, from the astronomical new moon (astronomy.ts) in the
// time zone their calendars are kept in. Published rules, not tables of years, so any year works.
import { decemberSolsticeJde, lunationOnOrAfter, newMoonJde, toUniversal } from './astronomy';
import { JD_FIXED_OFFSET, fixedFromGregorian } from './fixed';

/** The fixed day (civil date) of a Julian Day (UT) in a zone `hours` ahead of UTC. */
function localFixed(jd: number, hours: number): number {
  return Math.floor(jd + hours / 24 - JD_FIXED_OFFSET);
}

/** Every new moon's instant (JD, UT) from lunation `k` on. */
function newMoonUt(k: number): number {
  return toUniversal(newMoonJde(k));
}

/** China Standard Time, in which the Chinese calendar (GB/T 33661-2017) dates its new moons and solar terms. */
const BEIJING = 8;

/**
 * The first lunation after the day (Beijing time) of the December solstice before Gregorian year `g`, and how many new
 * moons fall from it to the day of the next December solstice.
 */
function moonsBetweenSolstices(g: number): { k: number; moons: number } {
  const solstice = localFixed(toUniversal(decemberSolsticeJde(g - 1)), BEIJING);
  let k = lunationOnOrAfter(toUniversal(decemberSolsticeJde(g - 1)) - 1);
  while (localFixed(newMoonUt(k), BEIJING) <= solstice) k++;
  const next = localFixed(toUniversal(decemberSolsticeJde(g)), BEIJING);
  let moons = 0;
  for (let j = k; localFixed(newMoonUt(j), BEIJING) <= next; j++) moons++;
  return { k, moons };
}

/**
 * The first day of the first month of the Chinese calendar in Gregorian year `g`: month 11 holds the December
 * solstice, and the new year is the second new moon after the solstice's day (Beijing time). In a year with a leap
 * month between months 11 and 1 (2033's leap 11th month, the only one between 1900 and 2100) it is the third.
 */
export function chineseNewYear(g: number): number {
  // k starts month 12 unless a leap month comes first. Between the two solstices' months there are 12 major solar
  // terms (30° steps of the sun); 13 new moons there make one month leap: the first one that holds no major term.
  const { k, moons } = moonsBetweenSolstices(g);
  const leapFirst = moons === 13 && (majorTermMissing(k, BEIJING) || majorTermMissing(k + 1, BEIJING));
  return localFixed(newMoonUt(k + (leapFirst ? 2 : 1)), BEIJING);
}

/**
 * Day `day` of month `month` of the Chinese year that begins in Gregorian year `g`: months counted from the new year,
 * passing over the leap month (in a year of 13 new moons between the solstices, the first month with no major solar
 * term). Singapore and Malaysia keep Vesak on the 15th of the fourth month.
 */
export function chineseMonthDay(g: number, month: number, day: number): number {
  const { k, moons } = moonsBetweenSolstices(g);
  let leapLeft = moons === 13;
  let num = 11;
  let newYearSeen = false;
  for (let j = k; j < k + 16; j++) {
    if (leapLeft && majorTermMissing(j, BEIJING)) {
      leapLeft = false;
      continue;
    }
    num = (num % 12) + 1;
    if (num === 1) newYearSeen = true;
    if (newYearSeen && num === month) return localFixed(newMoonUt(j), BEIJING) + day - 1;
  }
  return NaN;
}

/** The sun's mean-ecliptic longitude (degrees) at JDE `jde` (Meeus ch. 25, low accuracy: 0.01°). */
export function solarLongitude(jde: number): number {
  const t = (jde - 2451545) / 36525;
  const l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const m = 357.52911 + 35999.05029 * t - 0.0001537 * t * t;
  const r = Math.PI / 180;
  const c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m * r) + (0.019993 - 0.000101 * t) * Math.sin(2 * m * r) + 0.000289 * Math.sin(3 * m * r);
  const omega = 125.04 - 1934.136 * t;
  const apparent = l0 + c - 0.00569 - 0.00478 * Math.sin(omega * r);
  return ((apparent % 360) + 360) % 360;
}

/**
 * Whether the lunar month starting at new moon `k` holds no major solar term: the sun is in the same 30° sign at the
 * start of the month's first day and at the start of the next month's first day (the calendar counts whole days in
 * the zone `hours` ahead of UTC).
 */
function majorTermMissing(k: number, hours: number): boolean {
  const dayStart = (j: number): number => localFixed(newMoonUt(j), hours) + JD_FIXED_OFFSET - hours / 24;
  return Math.floor(solarLongitude(dayStart(k)) / 30) === Math.floor(solarLongitude(dayStart(k + 1)) / 30);
}

/** India Standard Time. */
const INDIA = 5.5;
/** About sunset in India (18:00 IST): Lakshmi Puja is held on the evening when the amavasya (new-moon) tithi holds. */
const EVENING_HOURS = 18;

/** The Lahiri ayanamsa (degrees): how far the sidereal zodiac of Indian almanacs lags the tropical one (23.853° in 2000). */
export function lahiriAyanamsa(jde: number): number {
  return 23.853 + (0.013969 * (jde - 2451545)) / 365.25;
}

/**
 * Diwali (Lakshmi Puja) in Gregorian year `g`: the amavasya ending the lunar month Ashvin (amanta), which is the first
 * new moon after the sun enters sidereal Libra (Tula sankranti, about 17 October, Lahiri ayanamsa), held on the
 * evening the new-moon tithi covers: the new moon's own day when it falls after sunset in India, else the evening
 * before. This agrees with the published dates of 2009-2026 in the tests; almanacs that reckon the tithi at the local
 * sunset of another city may differ by a day in a year whose new moon falls near 18:00 IST (2024: 31 October or
 * 1 November).
 */
export function diwali(g: number): number {
  let k = lunationOnOrAfter(fixedFromGregorian(g, 9, 20) + JD_FIXED_OFFSET);
  const sidereal = (j: number): number => (solarLongitude(newMoonJde(j)) - lahiriAyanamsa(newMoonJde(j)) + 360) % 360;
  while (sidereal(k) < 180) k++;
  const jd = newMoonUt(k);
  const day = localFixed(jd, INDIA);
  const hour = (jd + INDIA / 24 - JD_FIXED_OFFSET - day) * 24;
  return hour >= EVENING_HOURS ? day : day - 1;
}
