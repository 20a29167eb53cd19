// The refiner over the tagger's results that joins two dates into a range ("between 2014 and 2017", "from March to
// May", "2014-2017"), as chrono-node's ENMergeDateRangeRefiner does: the first expression carries the range's end.
import { isIsoDate } from '../calendar';
import { MONTH_PART, WEEKDAY_FULL } from '../lexicon';
import { addDays, formatDay, parseYmd, weekday } from './dates';
import type { ResolvedTimex } from './tagger';

const RANGE_BETWEEN = /^\s*(?:and|to|until|till|through|thru|-|–|—)\s*$/i;
const RANGE_OPENER = /(?:between|from)\s+$/i;

/** "between 2014 and 2017", "from March to May", "2014-2017": the first expression carries the range's end. */
export function markRanges(text: string, timexes: ResolvedTimex[]): ResolvedTimex[] {
  const out = [...timexes];
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i];
    const b = out[i + 1];
    if (a.type !== 'DATE' || b.type !== 'DATE' || !a.granularity || !b.granularity) continue;
    const gap = text.slice(a.end, b.start);
    const opener = RANGE_OPENER.test(text.slice(Math.max(0, a.start - 12), a.start));
    // "Friday to Monday", "December to May": two names of the same kind need no "from" to be a range.
    const sameNames = /^\s*to\s*$/i.test(gap) && ((WEEKDAY_ONLY.test(a.text) && WEEKDAY_ONLY.test(b.text)) || (MONTH_ONLY.test(a.text) && MONTH_ONLY.test(b.text)));
    const joined = RANGE_BETWEEN.test(gap) && (opener || sameNames || /^\s*[-–]\s*$/.test(gap) || /^\s*(?:through|until)\s*$/i.test(gap));
    if (!joined || (opener && /between/i.test(text.slice(Math.max(0, a.start - 12), a.start)) && !/and/i.test(gap))) continue;
    const start = inYearOfEnd(a, b);
    const end = endAfterStart(start, b);
    if (start.value >= end.value && start.granularity === end.granularity) continue;
    out[i] = { ...start, endValue: end.value };
    out[i + 1] = { ...end, rangeEnd: true };
    i++;
  }
  return out;
}

const MONTH_NAMED = new RegExp(`\\b(?:${MONTH_PART})`, 'i');
const YEAR_WRITTEN = /(?<![\p{L}\p{N}])(?:1\d{3}|20\d\d|'\d\d)(?![\p{L}\p{N}])|\byear\b/iu;

/** Words that name a month but no year ("late August", "Aug. 3"): their year was inferred, and the story may say it. */
export function monthWithoutYear(words: string): boolean {
  return MONTH_NAMED.test(words) && !YEAR_WRITTEN.test(words);
}

/** A month's or day's value put in `year`; undefined when the day does not exist there ("Feb. 29" in 2019). */
export function inCalendarYear(value: string, year: number): string | undefined {
  const moved = `${year}${value.slice(4)}`;
  return /^\d{4}-\d\d-\d\d/.test(moved) && !isIsoDate(moved.slice(0, 10)) ? undefined : moved;
}

/**
 * "from Jan. 5 to Feb. 9, 2019", "from March to May last year": a month or day written without a year, at the start of
 * a range whose end gives one, is in the end's year, or the year before when it would fall after the end ("from Dec. 20
 * to Jan. 5, 2019"). Read alone, the start had taken the year of the tense and the reference date.
 */
function inYearOfEnd(a: ResolvedTimex, b: ResolvedTimex): ResolvedTimex {
  if (!/^\d{4}-\d\d/.test(a.value) || !/^\d{4}-\d\d/.test(b.value)) return a;
  if (!monthWithoutYear(a.text) || !YEAR_WRITTEN.test(b.text)) return a;
  const endYear = Number(b.value.slice(0, 4));
  const inEndYear = inCalendarYear(a.value, endYear);
  const value = inEndYear !== undefined && inEndYear.slice(0, 10) > b.value.slice(0, 10) ? inCalendarYear(a.value, endYear - 1) : inEndYear;
  return value === undefined || value === a.value ? a : { ...a, value };
}

/** A weekday's name alone ("Friday"), and a month's alone ("December"): the words a range's end reads from its start. */
const WEEKDAY_ONLY = new RegExp(`^${WEEKDAY_FULL}$`, 'i');
const MONTH_ONLY = new RegExp(`^(?:${MONTH_PART})[a-z]*\\.?$`, 'i');

/**
 * A range's end read from its start when, read alone, it fell before it, as chrono-node's ENMergeDateRangeRefiner
 * does: "Tuesday - Friday" is the first Friday after that Tuesday (a past-tense Friday fell before it); "from December to May" and "10 August
 * 2013 - 12 September" end in the first May or 12 September after the start, in the start's year or the next.
 */
function endAfterStart(a: ResolvedTimex, b: ResolvedTimex): ResolvedTimex {
  if (WEEKDAY_ONLY.test(b.text) && /^\d{4}-\d\d-\d\d$/.test(a.value) && /^\d{4}-\d\d-\d\d$/.test(b.value)) {
    // Read alone it may already end the range ("from Sept. 14 to Thursday"): only one before the start is read again.
    if (b.value > a.value) return b;
    const from = parseYmd(a.value);
    const ahead = (weekday(parseYmd(b.value)) - weekday(from) + 7) % 7 || 7;
    const value = formatDay(addDays(from, ahead));
    return value === b.value ? b : { ...b, value };
  }
  if (!/^\d{4}-\d\d/.test(a.value) || !/^\d{4}-\d\d(?:-\d\d)?$/.test(b.value) || !monthWithoutYear(b.text) || /\b(?:last|next|this)\b/i.test(b.text)) return b;
  const startYear = Number(a.value.slice(0, 4));
  const inStartYear = inCalendarYear(b.value, startYear);
  const value = inStartYear !== undefined && inStartYear.slice(0, 10) <= a.value.slice(0, inStartYear.length) ? inCalendarYear(b.value, startYear + 1) : inStartYear;
  return value === undefined || value === b.value ? b : { ...b, value };
}
