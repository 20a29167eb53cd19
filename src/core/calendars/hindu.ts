// Hindu feasts by the published rules of the almanacs (panchang): a feast is a tithi (a lunar day: each 12° the moon
// gains on the sun) of a lunar month, kept on the civil day (India Standard Time) when that tithi holds at the hour
// its rite is held (sunrise for most; noon, evening or midnight for some); or a solar day, when the sun enters a
// sidereal sign (sankranti). Months are amanta (new moon to new moon), named by the sidereal sign the sun is in at
// the new moon that starts them (Lahiri ayanamsa); a month without a sankranti is a leap (adhika) month, and its feasts
// are kept in the regular month after it. Positions: the Moon by the main terms of Meeus ch. 47 (within about 0.01°,
// a minute or two of a tithi's end), the Sun as in lunisolar.ts. Almanacs reckoned at another city's sunrise may
// differ by a day when a tithi ends within minutes of it.
import { deltaT, lunationOnOrAfter, newMoonJde, toUniversal } from './astronomy';
import { JD_FIXED_OFFSET, fixedFromGregorian, fixedFromJulian, gregorianFromFixed } from './fixed';
import { diwali, lahiriAyanamsa, solarLongitude } from './lunisolar';

const RAD = Math.PI / 180;
const sin = (deg: number): number => Math.sin(deg * RAD);
const norm = (deg: number): number => ((deg % 360) + 360) % 360;

/** Meeus table 47.A, the terms of the Moon's longitude above 0.002°: multiples of D, M, M', F and the amplitude
 *  (millionths of a degree); terms with M carry the eccentricity factor E once per unit of M. */
const MOON_TERMS: ReadonlyArray<readonly [number, number, number, number, number]> = [
  [0, 0, 1, 0, 6288774], [2, 0, -1, 0, 1274027], [2, 0, 0, 0, 658314], [0, 0, 2, 0, 213618], [0, 1, 0, 0, -185116],
  [0, 0, 0, 2, -114332], [2, 0, -2, 0, 58793], [2, -1, -1, 0, 57066], [2, 0, 1, 0, 53322], [2, -1, 0, 0, 45758],
  [0, 1, -1, 0, -40923], [1, 0, 0, 0, -34720], [0, 1, 1, 0, -30383], [2, 0, 0, -2, 15327], [0, 0, 1, 2, -12528],
  [0, 0, 1, -2, 10980], [4, 0, -1, 0, 10675], [0, 0, 3, 0, 10034], [4, 0, -2, 0, 8548], [2, 1, -1, 0, -7888],
  [2, 1, 0, 0, -6766], [1, 0, -1, 0, -5163], [1, 1, 0, 0, 4987], [2, -1, 1, 0, 4036], [2, 0, 2, 0, 3994],
  [4, 0, 0, 0, 3861], [2, 0, -3, 0, 3665], [0, 1, -2, 0, -2689], [2, 0, -1, 2, -2602], [2, -1, -2, 0, 2390],
  [1, 0, 1, 0, -2348], [2, -2, 0, 0, 2236], [0, 1, 2, 0, -2120], [0, 2, 0, 0, -2069], [2, -2, -1, 0, 2048],
];

/** The Moon's apparent geocentric longitude (degrees) at JDE `jde`. */
export function moonLongitude(jde: number): number {
  const t = (jde - 2451545) / 36525;
  const lp = 218.3164477 + 481267.88123421 * t - 0.0015786 * t * t;
  const d = 297.8501921 + 445267.1114034 * t - 0.0018819 * t * t;
  const m = 357.5291092 + 35999.0502909 * t - 0.0001536 * t * t;
  const mp = 134.9633964 + 477198.8675055 * t + 0.0087414 * t * t;
  const f = 93.272095 + 483202.0175233 * t - 0.0036539 * t * t;
  const e = 1 - 0.002516 * t - 0.0000074 * t * t;
  let sum = 0;
  for (const [cd, cm, cmp, cf, a] of MOON_TERMS) sum += a * e ** Math.abs(cm) * sin(cd * d + cm * m + cmp * mp + cf * f);
  const a1 = 119.75 + 131.849 * t;
  const a2 = 53.09 + 479264.29 * t;
  sum += 3958 * sin(a1) + 1962 * sin(lp - f) + 318 * sin(a2);
  // Nutation in longitude, to first order, as the Sun's apparent longitude has it.
  const omega = 125.04452 - 1934.136261 * t;
  return norm(lp + sum / 1e6 - 0.00478 * sin(omega));
}

/** A Julian Day in Universal Time as a JDE. */
const jdeOf = (jd: number): number => jd + deltaT(2000 + (jd - 2451545) / 365.25) / 86400;

/** How far (degrees, 0-360) the Moon is ahead of the Sun at Julian Day `jd` (UT). */
function elongation(jd: number): number {
  const jde = jdeOf(jd);
  return norm(moonLongitude(jde) - solarLongitude(jde));
}

/** The instant (JD, UT) after new moon `newMoon` (JD, UT) when the elongation reaches `deg` (0-360). */
function elongationReached(newMoon: number, deg: number): number {
  let jd = newMoon + deg / 12.19;
  for (let i = 0; i < 6; i++) {
    const gained = norm(elongation(jd) - deg + 180) - 180;
    jd -= gained / 12.19;
  }
  return jd;
}

/** The sidereal longitude of the Sun (degrees) at Julian Day `jd` (UT). */
function siderealSun(jd: number): number {
  const jde = jdeOf(jd);
  return norm(solarLongitude(jde) - lahiriAyanamsa(jde));
}

/** The sidereal longitude of the Moon (degrees) at Julian Day `jd` (UT). */
function siderealMoon(jd: number): number {
  const jde = jdeOf(jd);
  return norm(moonLongitude(jde) - lahiriAyanamsa(jde));
}

/** India Standard Time, hours ahead of UTC. */
const IST = 5.5;
/** New Delhi, whose sunrise most published almanacs reckon by. */
const DELHI = { latitude: 28.61, longitude: 77.21 };

/** Sunrise or sunset at New Delhi on civil day `fixed` (JD, UT), to a few minutes (declination by the day of year). */
function delhiSun(fixed: number, which: 'rise' | 'set'): number {
  const dayOfYear = fixed - fixedFromGregorian(gregorianFromFixed(fixed).y, 1, 1) + 1;
  const declination = 23.44 * sin((360 / 365) * (dayOfYear - 81));
  const cosH = (sin(-0.83) - sin(DELHI.latitude) * sin(declination)) / (Math.cos(DELHI.latitude * RAD) * Math.cos(declination * RAD));
  const halfArc = Math.acos(cosH) / RAD / 15;
  const noonUt = 12 - DELHI.longitude / 15;
  return fixed + JD_FIXED_OFFSET + (noonUt + (which === 'rise' ? -halfArc : halfArc)) / 24;
}

/** When a feast's rite is held, which decides the day its tithi is kept on. */
export type Observance = 'sunrise' | 'noon' | 'afternoon' | 'evening' | 'moonrise' | 'midnight';

/** The instant (JD, UT) of an observance on civil day `fixed` at New Delhi. */
function observedAt(fixed: number, at: Observance): number {
  const rise = delhiSun(fixed, 'rise');
  const set = delhiSun(fixed, 'set');
  switch (at) {
    case 'sunrise': return rise;
    case 'noon': return (rise + set) / 2;
    case 'afternoon': return rise + (3 / 5) * (set - rise);
    case 'evening': return set + 1 / 24;
    case 'moonrise': return set + 2.5 / 24;
    case 'midnight': return fixed + JD_FIXED_OFFSET + 1 - IST / 24;
  }
}

/** The civil day (IST) of a Julian Day (UT). */
const istDay = (jd: number): number => Math.floor(jd + IST / 24 - JD_FIXED_OFFSET);

/** The lunar month (1 Chaitra ... 12 Phalguna) the new moon `k` starts, and whether it is a leap month. */
function lunarMonth(k: number): { month: number; leap: boolean } {
  const sign = Math.floor(siderealSun(toUniversal(newMoonJde(k))) / 30);
  const next = Math.floor(siderealSun(toUniversal(newMoonJde(k + 1))) / 30);
  return { month: ((sign + 1) % 12) + 1, leap: sign === next };
}

/** The civil day tithi `tithi` (1-15 the bright half, 16-30 the dark, 30 the new moon) of the month starting at new
 *  moon `k` is kept on: the first day it holds at the observance; a tithi held at none (it begins and ends between two)
 *  is kept on the day it begins. */
function tithiDay(k: number, tithi: number, at: Observance): number {
  const newMoon = toUniversal(newMoonJde(k));
  const start = elongationReached(newMoon, (tithi - 1) * 12);
  const end = tithi === 30 ? toUniversal(newMoonJde(k + 1)) : elongationReached(newMoon, tithi * 12);
  const first = istDay(start) - 1;
  for (let day = first; day <= first + 2; day++) {
    const instant = observedAt(day, at);
    if (instant >= start && instant < end) return day;
  }
  return istDay(start);
}

/** The day in Gregorian year `g` of tithi `tithi` of lunar month `month` (the regular month, not a leap one). */
export function lunarFeast(g: number, month: number, tithi: number, at: Observance): number | undefined {
  const from = fixedFromGregorian(g, 1, 1);
  const to = fixedFromGregorian(g + 1, 1, 1);
  let k = lunationOnOrAfter(from - 60 + JD_FIXED_OFFSET);
  for (let i = 0; i < 16; i++, k++) {
    const lm = lunarMonth(k);
    if (lm.month !== month || lm.leap) continue;
    const day = tithiDay(k, tithi, at);
    if (day >= from && day < to) return day;
  }
  return undefined;
}

/** The instant (JD, UT) in Gregorian year `g` when the Sun enters sidereal longitude `deg` (a multiple of 30). */
function sankranti(g: number, deg: number): number {
  // The sidereal Sun is at 0° (Mesha) about 14 April; it moves about 0.9856° a day.
  let jd = fixedFromGregorian(g, 4, 14) + JD_FIXED_OFFSET + norm(deg) / 0.9856;
  if (jd >= fixedFromGregorian(g + 1, 1, 1) + JD_FIXED_OFFSET) jd -= 365.2422;
  for (let i = 0; i < 5; i++) jd -= (norm(siderealSun(jd) - deg + 180) - 180) / 0.9856;
  return jd;
}

/** The day a solar feast is kept: the day of the sankranti when it falls before sunset in India, else the next (the
 *  rite is held in the daylight after it: Makar Sankranti); or, `'civil'`, its day whatever the hour (the Punjabi and
 *  Odia solar months begin on the day of the sankranti: Vaisakhi). */
export function solarFeast(g: number, deg: number, rule: 'daylight' | 'civil' = 'daylight'): number {
  const jd = sankranti(g, deg);
  const day = istDay(jd);
  return rule === 'civil' || jd < delhiSun(day, 'set') ? day : day + 1;
}

/** The Bengali solar calendar (West Bengal): a month begins the day after its sankranti when that falls before
 *  midnight, else a day later. Day `d` of the month that begins at the Sun's entry into sidereal `deg`. */
export function bengaliSolarDay(g: number, deg: number, d: number): number {
  const jd = sankranti(g, deg);
  return istDay(jd) + 1 + d - 1;
}

/** Onam (Thiruvonam): the day of the solar month Chingam (the Sun in sidereal Leo) whose morning the Moon is in the
 *  nakshatra Shravana (Thiruvonam, 280° to 293°20′ sidereal); the Kerala almanacs ask that it hold for six ghatikas
 *  (2 h 24 min) after sunrise. */
export function onam(g: number): number | undefined {
  const first = solarFeast(g, 120);
  for (let day = first; day < first + 32; day++) {
    const moon = siderealMoon(delhiSun(day, 'rise') + 2.4 / 24);
    if (moon >= 280 && moon < 280 + 40 / 3) return day;
  }
  return undefined;
}

/** Lunar months, amanta, by number. */
export const CHAITRA = 1, VAISHAKHA = 2, ASHADHA = 4, SHRAVANA = 5, BHADRAPADA = 6, ASHVIN = 7, KARTIKA = 8, PAUSHA = 10, MAGHA = 11, PHALGUNA = 12;
/** Tithis: 1-15 the bright half (15 the full moon, purnima), 16-30 the dark half (30 the new moon, amavasya). */
export const PURNIMA = 15;
export const dark = (n: number): number => 15 + n;

/** A lunar feast as a rule: tithi `tithi` of month `month`, kept by observance `at`. */
export const lunar = (month: number, tithi: number, at: Observance) => (g: number): number | undefined => lunarFeast(g, month, tithi, at);

/** The Shahenshahi (Parsi) calendar: a vague year of 365 days with no leap day, dated from Yazdegerd III's accession
 *  (16 June 632, Julian) and one 30-day month behind it, as the Parsis of India did not intercalate again. */
const SHAHENSHAHI_EPOCH = fixedFromJulian(632, 6, 16) + 30;

/** Navroz (the Parsi new year), 1 Farvardin of the Shahenshahi year that begins in Gregorian year `g`. */
export function parsiNewYear(g: number): number {
  const from = fixedFromGregorian(g, 1, 1);
  return SHAHENSHAHI_EPOCH + Math.ceil((from - SHAHENSHAHI_EPOCH) / 365) * 365;
}

export { diwali };
