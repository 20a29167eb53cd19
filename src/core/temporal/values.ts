// TimeML value arithmetic: a count of units as a duration ("P3Y", "PT30M"), the period some units from a day ("2013-W12",
// "2012-Q4") and a year's four digits. The granularity a value names is calendar.ts's granularityOf, which its
// describeValue shares.
import { addDays, addMonths, formatDay, formatMonth, isoWeek, quarterOf, type Ymd } from './dates';
import type { UnitCode } from '../lexicon';
import type { RuleResult } from './rules/rule';

export function unitValue(unit: UnitCode, n: number | undefined): string {
  // A count too large to write exactly (400 digits read as Infinity, which the rounding below recursed on) is unknown.
  if (n !== undefined && !Number.isSafeInteger(Math.round(n))) n = undefined;
  const amount = n === undefined ? 'X' : Number.isInteger(n) ? String(n) : undefined;
  if (amount === undefined) {
    // Half units: "half an hour" → PT30M, "half a year" → P6M.
    const half: Record<string, string> = { H: 'PT30M', D: 'PT12H', Y: 'P6M', M: 'P2W', W: 'P3D', MIN: 'PT30S', DE: 'P5Y', CE: 'P50Y' };
    if (n === 0.5 && half[unit]) return half[unit];
    // "2 1/2 years" → P2Y6M, "5 1/2 hours" → PT5H30M.
    if (n !== undefined && n % 1 === 0.5 && half[unit]) return unitValue(unit, Math.floor(n)) + half[unit].replace(/^PT?/, '');
    return unitValue(unit, Math.round(n!));
  }
  switch (unit) {
    case 'S': return `PT${amount}S`;
    case 'MIN': return `PT${amount}M`;
    case 'H': return `PT${amount}H`;
    // TimeBank writes decades and centuries in years.
    case 'DE': return amount === 'X' ? 'PXDE' : `P${10 * Number(amount)}Y`;
    case 'CE': return amount === 'X' ? 'PXCE' : `P${100 * Number(amount)}Y`;
    // TimeBank writes quarters as months: "the next three quarters" → P9M.
    case 'Q': return amount === 'X' ? 'PXM' : `P${3 * Number(amount)}M`;
    // Whole thousands of years in TimeML's millennium unit: "two thousand years" → P2L.
    case 'Y': return amount !== 'X' && Number(amount) >= 1000 && Number(amount) % 1000 === 0 ? `P${Number(amount) / 1000}L` : `P${amount}Y`;
    case 'WE': return `P${amount}WE`;
    default: return `P${amount}${unit}`;
  }
}

/** The period `n` units before (negative) or after a date, at that unit's granularity. */
export function shifted(from: Ymd, unit: UnitCode, n: number): RuleResult | undefined {
  switch (unit) {
    case 'D': { const x = addDays(from, n); return { type: 'DATE', value: formatDay(x), day: x }; }
    case 'W': return { type: 'DATE', value: isoWeek(addDays(from, 7 * n)) };
    case 'WE': return { type: 'DATE', value: `${isoWeek(addDays(from, 7 * n))}-WE` };
    case 'M': { const x = addMonths(from, n); return { type: 'DATE', value: formatMonth(x.y, x.m) }; }
    case 'Q': { const x = addMonths(from, 3 * n); return { type: 'DATE', value: `${x.y}-Q${quarterOf(x)}` }; }
    // Padded: "two thousand years ago" said in 2013 is the year 0013, not the 13th century's "13".
    case 'Y': return from.y + n > 0 ? { type: 'DATE', value: yearValue(from.y + n) } : undefined;
    // A decade past 9999 would read as a year ("1000"): not dated, as a century past it is not.
    case 'DE': { const d = Math.floor((from.y + 10 * n) / 10); return d >= 0 && d <= 999 ? { type: 'DATE', value: String(d) } : undefined; }
    // "the turn of the century", "the end of the century": the century's two digits ("20" for the years 2000-2099).
    // Beyond century 99 (the year 9999) TimeML has no value: three digits would read as a decade ("100", the 1000s).
    case 'CE': { const c = Math.floor((from.y + 100 * n) / 100); return c >= 0 && c <= 99 ? { type: 'DATE', value: String(c).padStart(2, '0') } : undefined; }
    case 'H': case 'MIN': case 'S': return undefined;
    default: return undefined;
  }
}

export function yearValue(y: number): string {
  return String(y).padStart(4, '0');
}
