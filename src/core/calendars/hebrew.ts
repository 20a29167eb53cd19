// The Hebrew calendar's new year and the feasts counted from it, by the arithmetic rules of the fixed calendar (the
// molad of Tishrei and the postponements), as Dershowitz & Reingold give them ("Calendrical Calculations", ch. 8).
// A feast's date is its first full day; it begins at sundown the evening before.
import { dayOfWeek, fixedFromJulian } from './fixed';

/** The fixed day before 1 Tishrei AM 1 (7 October 3761 BCE, Julian). */
const HEBREW_EPOCH = fixedFromJulian(-3761, 10, 7);

/** Days from the epoch to the molad of Tishrei of year `y`, with the first postponement (no Sunday, Wednesday, Friday). */
function elapsedDays(y: number): number {
  const months = Math.floor((235 * y - 234) / 19);
  const parts = 12084 + 13753 * months;
  const day = 29 * months + Math.floor(parts / 25920);
  return (3 * (day + 1)) % 7 < 3 ? day + 1 : day;
}

/** The second and third postponements, which keep every year 353-355 or 383-385 days long. */
function yearLengthCorrection(y: number): number {
  const ny0 = elapsedDays(y - 1);
  const ny1 = elapsedDays(y);
  const ny2 = elapsedDays(y + 1);
  if (ny2 - ny1 === 356) return 2;
  if (ny1 - ny0 === 382) return 1;
  return 0;
}

/** 1 Tishrei (Rosh Hashanah) of Hebrew year `y`, as a fixed day. */
export function hebrewNewYear(y: number): number {
  return HEBREW_EPOCH + elapsedDays(y) + yearLengthCorrection(y);
}

/** Rosh Hashanah (1 Tishrei) falling in Gregorian year `g` (September or October). */
export function roshHashanah(g: number): number {
  return hebrewNewYear(g + 3761);
}

/** Yom Kippur, 10 Tishrei. */
export function yomKippur(g: number): number {
  return roshHashanah(g) + 9;
}

/** Sukkot, 15 Tishrei. */
export function sukkot(g: number): number {
  return roshHashanah(g) + 14;
}

/** Hanukkah's first day, 25 Kislev (Cheshvan has 30 days in a "complete" year of 355 or 385 days, else 29). */
export function hanukkah(g: number): number {
  const newYear = roshHashanah(g);
  const length = hebrewNewYear(g + 3762) - newYear;
  const cheshvan = length % 10 === 5 ? 30 : 29;
  return newYear + 30 + cheshvan + 24;
}

/** Passover's first day, 15 Nisan: from Nisan on, the months have fixed lengths, 163 days to the next 1 Tishrei. */
export function passover(g: number): number {
  return roshHashanah(g) - 163;
}

/** Purim, 14 Adar (Adar II in a leap year): 30 days before Passover. */
export function purim(g: number): number {
  return passover(g) - 30;
}

/** Shavuot, 6 Sivan: 50 days after the first day of Passover. */
export function shavuot(g: number): number {
  return passover(g) + 50;
}

/** Whether Hebrew year `y` has the leap month Adar I (7 years in 19). */
function hebrewLeapYear(y: number): boolean {
  return (7 * y + 1) % 19 < 7;
}

/** Tu Bishvat, 15 Shevat: before Passover by Shevat's second half, Adar I (30 days, leap years) and Adar (29). */
export function tuBishvat(g: number): number {
  return passover(g) - (hebrewLeapYear(g + 3760) ? 89 : 59);
}

/** Yom HaShoah, 27 Nisan, kept on the Thursday when it falls on a Friday and on the Monday when on a Sunday. */
export function yomHashoah(g: number): number {
  const day = passover(g) + 12;
  const weekday = dayOfWeek(day);
  return weekday === 5 ? day - 1 : weekday === 0 ? day + 1 : day;
}

/** Yom Ha'atzmaut, 5 Iyar, brought forward to the Thursday from a Friday or Saturday and moved to the Tuesday from a
 *  Monday (the rule since 2004), so that it neither touches the Sabbath nor follows one. */
export function yomHaatzmaut(g: number): number {
  const day = passover(g) + 20;
  const weekday = dayOfWeek(day);
  return weekday === 5 ? day - 1 : weekday === 6 ? day - 2 : weekday === 1 ? day + 1 : day;
}
