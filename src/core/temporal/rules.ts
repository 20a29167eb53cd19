// The temporal rules: each is a pattern over the analysable text and a function from its match (and the context:
// reference date, last date of the story, tense) to a TimeML type and value. Small and testable alone; the tagger
// (index.ts) runs them all, keeps the longest non-overlapping matches and resolves them in text order.
import type { Granularity, TimexType } from '../types';
import {
  addDays, addMonths, formatDay, formatMonth, isoWeek, quarterOf, resolveWeekday, resolveYear, weekday, type Tense, type Ymd,
} from './dates';
import { westernEasterMonthDay } from '../calendars/easter';
import {
  AMOUNT, MONTH, NUMBER_WORD, ORDINAL_DAY_WORD, ORDINAL_WORD, PART_OF_DAY, PART_OF_DAY_CODE, SEASON, SEASON_CODE, UNIT, WEEKDAY,
  amountValue, monthOf, ordinalValue, ordinalWordValue, unitOf, weekdayOf, type UnitCode,
} from './lexicon';

export interface RuleContext {
  readonly ref: Ymd;
  /** The last date the story mentioned (for "the following day", "that year"), else the reference date. */
  readonly anchor: Ymd;
  /**
   * The year of the story's last date at any granularity, bare years included ("in 2010 ... two years later"): year
   * steps count from it, as TimeML annotators do. A bare year does not move `anchor` (a day), which clock times and
   * "the next day" need.
   */
  readonly anchorYear: number;
  readonly tense: Tense;
  /** The value of the last calendar date (day, month or quarter) the story gave, for "a year earlier". */
  readonly last?: string;
  /** Up to 40 characters of text before and after the match. */
  readonly before: string;
  readonly after: string;
}

export interface RuleResult {
  readonly type: TimexType;
  readonly value: string;
  /** A day this expression fixes, which later relative expressions ("the next day") are anchored on. */
  readonly day?: Ymd;
  /** The value is derived from the story's current date ("a year earlier"), so it does not become the new one. */
  readonly derived?: boolean;
}

export interface Rule {
  readonly name: string;
  readonly re: RegExp;
  build(m: RegExpExecArray, ctx: RuleContext): RuleResult | undefined;
}

const B = '(?<![\\p{L}\\p{N}_$£€#@/.-])';
const E = '(?![\\p{L}\\p{N}_]|-\\p{N}|/\\p{N})';
const YEAR = '(?:1[0-9]\\d\\d|20\\d\\d)';
/** Time zones as news writes them. Listed, not patterned: the rules run case-insensitively and "[A-Z]{2,4}T" matched "last". */
const ZONE = '(?:[ECMP][SD]T|GMT|UTC|BST|CES?T|EES?T|IST|JST|HKT|SGT|AES?T|AEDT|[ECMP]T|Z)';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
/** A year as broadcast transcripts write it: "nineteen ninety-four". */
const SPOKEN_YEAR = `nineteen\\s+${NUMBER_WORD}`;

function yearOf(s: string): number | undefined {
  if (/^\d{4}$/.test(s)) return Number(s);
  const n = amountValue(s.replace(/^nineteen\s+/i, ''));
  return n !== undefined && n >= 10 && n < 100 ? 1900 + n : undefined;
}

/** "around 7 p.m.", "around Nov. 1", "around year end": TimeML's approximate point (mod APPROX) keeps "around" in its
 *  extent, as TimeBank draws it (3 of 3 in train; AQUAINT has no temporal "around"). Only before a clock time or a day,
 *  where it cannot be the preposition of place ("get around Wednesday's ruling" stays "Wednesday"); on every day rule
 *  that can hold the day ("around March 3, 2023"), or a shorter rule's "around March 3" would cut the year off. */
const AROUND = '[Aa]round\\s+';

/** "this coming Sunday, March 8", "last Friday, Oct. 13": a weekday's modifier stays with the date the weekday opens,
 *  as it does with the weekday alone ("this coming Sunday"; 7 of 7 in train). */
const WEEKDAY_MOD = '(?:(?:[Tt]his\\s+(?:coming|past)|[Ll]ast|[Nn]ext|[Tt]his)\\s+)?';

/** "1994 or later", "2030 and beyond": an open end (TimeML's mod ON_OR_AFTER) is part of the expression, as TimeBank
 *  draws it (2 of 2 in train). On every rule ending in a year, or a shorter rule's "2025 or later" would cut "March"
 *  off "March 2025". */
const OPEN_END = '(?:\\s+(?:or\\s+later|or\\s+earlier|and\\s+beyond))?';

/** Words before a period that stay in its expression: "early 2012", "the end of March", "mid-1990s", "post-1959". */
const PRE = '(?:(?:early|late|mid|pre|post)-|(?:early|late|mid|the end of|the beginning of|the start of|the middle of|the turn of)\\s+)';
/** "the second half of the 20th century", "the last half of the '80s": a part of a decade or century, which TimeML values
 *  as the whole one (its granularity); without it the half was read as one of the current year. */
const HALF_OF = '(?:the\\s+)?(?:first|second|last|latter|early|later)\\s+(?:half|part|years)\\s+of\\s+';

/** `source` must not hold a top-level `a|b`: the boundaries would hold only before the first alternative and after the
 *  last (a bare one once let "The quarter" match in "The quarterly"); group it as `(?:a|b)`. */
function rule(name: string, source: string, build: Rule['build'], flags = 'giu'): Rule {
  return { name, re: new RegExp(`${B}${source}${E}`, flags), build };
}

/** A rule whose pattern sets its own boundaries (a day range's "3-5" joins numbers with a hyphen, which B and E forbid). */
function rawRule(name: string, source: string, build: Rule['build'], flags = 'giu'): Rule {
  return { name, re: new RegExp(source, flags), build };
}

/** The year closing a pair of days ("April 24 and 25, 1999", "March 3-5, 2012"), read from the text after the first. */
const PAIR_YEAR = new RegExp(`^\\s*(?:[-–]|and|or|to|through)\\s*(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?,?\\s+(${YEAR})(?![\\p{L}\\p{N}])`, 'u');

/** The year written after a pair's second day ("25, 1999"), which that day's expression takes in, so that the
 *  year does not stand alone as a date of its own beside the pair. */
const PAIR_CLOSING_YEAR = new RegExp(`,?\\s+(${YEAR})$`, 'u');
const DAY_AND_YEAR = `${DAY}(?:,?\\s+${YEAR}(?![\\p{L}\\p{N}]))?`;

const pad = (n: number) => String(n).padStart(2, '0');
const day = (x: Ymd): RuleResult => ({ type: 'DATE', value: formatDay(x), day: x });

function validDay(y: number, m: number, d: number): Ymd | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? { y, m, d } : undefined;
}

function dayNumber(s: string): number {
  return parseInt(s, 10);
}

function unitValue(unit: UnitCode, n: number | undefined): string {
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
function shifted(from: Ymd, unit: UnitCode, n: number): RuleResult | undefined {
  switch (unit) {
    case 'D': return day(addDays(from, n));
    case 'W': return { type: 'DATE', value: isoWeek(addDays(from, 7 * n)) };
    case 'WE': return { type: 'DATE', value: `${isoWeek(addDays(from, 7 * n))}-WE` };
    case 'M': { const x = addMonths(from, n); return { type: 'DATE', value: formatMonth(x.y, x.m) }; }
    case 'Q': { const x = addMonths(from, 3 * n); return { type: 'DATE', value: `${x.y}-Q${quarterOf(x)}` }; }
    // Padded: "two thousand years ago" said in 2013 is the year 0013, not the 13th century's "13".
    case 'Y': return from.y + n > 0 ? { type: 'DATE', value: yearValue(from.y + n) } : undefined;
    case 'DE': return { type: 'DATE', value: String(Math.floor((from.y + 10 * n) / 10)) };
    // "the turn of the century", "the end of the century": the century's two digits ("20" for the years 2000-2099).
    // Beyond century 99 (the year 9999) TimeML has no value: three digits would read as a decade ("100", the 1000s).
    case 'CE': { const c = Math.floor((from.y + 100 * n) / 100); return c >= 0 && c <= 99 ? { type: 'DATE', value: String(c).padStart(2, '0') } : undefined; }
    case 'H': case 'MIN': case 'S': return undefined;
    default: return undefined;
  }
}

/** The date a step of `unit` from the story's last date counts from: a year step from its last year, however given. */
function anchorFor(ctx: RuleContext, unit: UnitCode): Ymd {
  return (unit === 'Y' || unit === 'DE') && ctx.anchorYear !== ctx.anchor.y ? { y: ctx.anchorYear, m: 1, d: 1 } : ctx.anchor;
}

/** The period a unit names around a date: "this week", "that month". */
function periodOf(x: Ymd, unit: UnitCode): RuleResult | undefined {
  return shifted(x, unit, 0);
}

function yearValue(y: number): string {
  return String(y).padStart(4, '0');
}

/** A holiday's name as holidayDate knows it: one space between words, straight apostrophes, lower case, no "Jr.". */
function holidayName(words: string): string {
  return words.replace(/\s+/g, ' ').replace(/’/g, "'").replace(/,? jr\./i, '').toLowerCase();
}

/** Month and day of a holiday in a given year (US holidays fall on a weekday of a week of their month). */
function holidayDate(name: string, y: number): { m: number; d: number } | undefined {
  const nthWeekday = (month: number, wd: number, n: number): number => {
    const first = weekday({ y, m: month, d: 1 });
    return 1 + ((wd - first + 7) % 7) + 7 * (n - 1);
  };
  const lastMonday = (month: number): number => {
    const last = new Date(Date.UTC(y, month, 0)).getUTCDate();
    return last - ((weekday({ y, m: month, d: last }) + 6) % 7);
  };
  const easter = westernEasterMonthDay(y);
  if (name === 'easter' || name === 'easter sunday') return easter;
  if (name === 'easter monday') return monthDayAfter(y, easter, 1);
  if (name === 'good friday') return monthDayAfter(y, easter, -2);
  if (name === 'palm sunday') return monthDayAfter(y, easter, -7);
  if (name === "mother's day") return { m: 5, d: nthWeekday(5, 0, 2) };
  if (name === "father's day") return { m: 6, d: nthWeekday(6, 0, 3) };
  if (name === "st. patrick's day" || name === "saint patrick's day") return { m: 3, d: 17 };
  if (name === 'veterans day') return { m: 11, d: 11 };
  if (name === 'boxing day') return { m: 12, d: 26 };
  if (name === 'may day') return { m: 5, d: 1 };
  if (name === 'christmas eve') return { m: 12, d: 24 };
  if (name.startsWith('thanksgiving')) return { m: 11, d: nthWeekday(11, 4, 4) };
  // The day after Thanksgiving and the Monday after it, the shopping days.
  if (name === 'black friday') return { m: 11, d: nthWeekday(11, 4, 4) + 1 };
  if (name === 'cyber monday') return monthDayAfter(y, { m: 11, d: nthWeekday(11, 4, 4) }, 4);
  if (name === 'ash wednesday') return monthDayAfter(y, easter, -46);
  if (name === 'maundy thursday' || name === 'holy thursday') return monthDayAfter(y, easter, -3);
  if (name === 'holy saturday') return monthDayAfter(y, easter, -1);
  if (name === 'ascension day') return monthDayAfter(y, easter, 39);
  if (name === 'pentecost' || name === 'whit sunday') return monthDayAfter(y, easter, 49);
  if (name === 'martin luther king day') return { m: 1, d: nthWeekday(1, 1, 3) };
  if (/^president(?:s'?|'s) day$/.test(name)) return { m: 2, d: nthWeekday(2, 1, 3) };
  if (name === 'columbus day') return { m: 10, d: nthWeekday(10, 1, 2) };
  if (name === 'remembrance day' || name === 'armistice day') return { m: 11, d: 11 };
  if (name === 'groundhog day') return { m: 2, d: 2 };
  if (/^all saints'? day$/.test(name)) return { m: 11, d: 1 };
  if (name === 'epiphany') return { m: 1, d: 6 };
  if (name === 'fourth of july') return { m: 7, d: 4 };
  if (name.startsWith('christmas')) return { m: 12, d: 25 };
  if (name === "new year's eve") return { m: 12, d: 31 };
  if (name.startsWith("new year's")) return { m: 1, d: 1 };
  if (name === 'election day') return { m: 11, d: nthWeekday(11, 1, 1) + 1 };
  if (name === 'independence day') return { m: 7, d: 4 };
  if (name === "valentine's day") return { m: 2, d: 14 };
  if (name === 'halloween') return { m: 10, d: 31 };
  if (name === 'labor day') return { m: 9, d: nthWeekday(9, 1, 1) };
  if (name === 'memorial day') return { m: 5, d: lastMonday(5) };
  return undefined;
}

function monthDayAfter(y: number, from: { m: number; d: number }, days: number): { m: number; d: number } {
  const x = addDays({ y, m: from.m, d: from.d }, days);
  return { m: x.m, d: x.d };
}

const SEASON_MONTH: Record<string, number> = { SP: 4, SU: 7, FA: 10, WI: 1 };

/** The closing year of a range from `first` ("2008-12" ends in 2012, "1999-2000" in 2000), if it comes after it. */
function yearRangeEnd(first: number, end: string): number | undefined {
  let y = Number(end);
  if (end.length === 2) {
    y += first - (first % 100);
    if (y <= first) y += 100;
  }
  return y > first && y - first <= 100 ? y : undefined;
}

/** "ended Sept. 30", "ending March 31" after a quarter: the day the quarter closed on. */
const QUARTER_ENDED = new RegExp(`^\\s+end(?:ed|ing)\\s+(${MONTH})\\s+(${DAY})(?![\\p{L}\\p{N}])`, 'u');

/** Words after a four-digit number that make it a count, not a year ("2000 people", "1500 metres"). */
const NOT_A_YEAR_AFTER = /^\s*(?:%|percent|per cent|people|troops|soldiers|workers|jobs|votes|miles|metres|meters|km|kilometers|feet|tons|tonnes|pounds|dollars|euros|shares|barrels|units|cars|homes|students|acres|hectares|points|calories|members|cases|deaths|bpd|mw|hp|cc|[a-z]{1,3}\d)\b/i;
/** Words before a four-digit number that make it a label ("Section 2021", "Flight 1549", "$2000"). */
const NOT_A_YEAR_BEFORE = /(?:\b(?:section|article|rule|room|no\.?|number|flight|route|chapter|highway|interstate|model|version|windows|office|resolution|bill|h\.r\.|s\.|code|suite|apt\.?|unit|page|pages|item|form|sp|boeing|airbus|at)|[$£€#])\s*$/i;

/** "January and", "March or": a month word right after another month is one too ("between January and March").
 *  Case-sensitive, so the verb ("troops march and May ...") does not count. */
/** A month as a word that can end a sentence: "July." is the month and a full stop, "Jul." an abbreviation. */
const MONTH_WORD = '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)';

const AFTER_MONTH = new RegExp(`${MONTH}\\s*(?:,|and|or|to)\\s*$`);

/** Title words after a capitalised day, season or "Daily" that make it part of a name: "The Sunday Times", "the Daily
 *  Telegraph", "the Summer Olympics", "the Winter Games". Case-sensitive, so "Sunday news" stays a date. */
const NAME_HEAD_AFTER = /^\s+(?:Times|Telegraph|Post|Herald|Mail|Express|Journal|News|Mirror|Observer|Independent|Tribune|Star|Standard|Olympics|Olympic|Paralympics|Games)\b/;

/** Is a matched capitalised word the start of a newspaper's or event's name? */
function startsName(word: string, ctx: RuleContext): boolean {
  return /^[A-Z]/.test(word) && NAME_HEAD_AFTER.test(ctx.after);
}

/** Words before a season that make it the time of year ("in the fall", "by spring", "during the winter"); not "to" ("to fall apart"). */
const SEASON_BEFORE = /\b(?:in|by|until|till|since|during|through|throughout|over|before|after|from|into|this|last|next|that|early|late|mid)\s*$/i;

/**
 * Is a season word (matched without a year) a noun of another sense? "The fall of Rome", "the winter of discontent":
 * "of" and no year. "Fall" and "spring" are also everyday nouns ("the fall in prices", "a spring in his step", "hot
 * spring water"), so they are seasons only with a time word or preposition before them, or "this"/"last"/"next".
 */
function seasonIsNoun(season: string, phrase: string, ctx: RuleContext): boolean {
  if (/^\s+of\b/i.test(ctx.after)) return true;
  if (season !== 'fall' && season !== 'spring') return false;
  if (/^(?:this|last|next|early|late)\b/.test(phrase)) return false;
  return !SEASON_BEFORE.test(ctx.before);
}

/**
 * The second day of a pair or range: the first day's month, and the year that closes the pair, taken into the day's
 * span ("25, 1999") or, failing that, written after it.
 */
function secondDay(monthWord: string, dayWord: string, ctx: RuleContext): RuleResult | undefined {
  if (/^may$/i.test(monthWord) && !/^May$/.test(monthWord)) return undefined;
  const month = monthOf(monthWord);
  const d = dayNumber(dayWord);
  const year = PAIR_CLOSING_YEAR.exec(dayWord) ?? new RegExp(`^,?\\s+(${YEAR})(?![\\p{L}\\p{N}])`, 'u').exec(ctx.after);
  const x = validDay(year ? +year[1] : resolveYear(month, d, ctx.ref, ctx.tense), month, d);
  return x && day(x);
}

export const RULES: Rule[] = [
  // ---- calendar dates ----
  rule('iso-date', `(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2}))?`, (m) => {
    const x = validDay(+m[1], +m[2], +m[3]);
    if (!x) return undefined;
    return m[4] ? { type: 'TIME', value: `${formatDay(x)}T${m[4]}:${m[5]}`, day: x } : day(x);
  }),
  rule('numeric-date', `(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})`, (m) => {
    const y = m[3].length === 2 ? 2000 + +m[3] - (+m[3] > 50 ? 100 : 0) : +m[3];
    // Month first, as US news writes it; a first number above 12 can only be a day ("22/03/2013", British style).
    const x = +m[1] > 12 ? validDay(y, +m[2], +m[1]) : validDay(y, +m[1], +m[2]);
    return x && day(x);
  }),
  // "15.03.2013": day first, as European and many wire datelines write it.
  rule('dotted-date', `(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})`, (m) => {
    const x = validDay(+m[3], +m[2], +m[1]);
    return x && day(x);
  }),
  rule('numeric-ymd', `(\\d{4})/(\\d{1,2})/(\\d{1,2})`, (m) => {
    const x = validDay(+m[1], +m[2], +m[3]);
    return x && day(x);
  }),
  // "on 3/15": a month and day in figures, only where a preposition makes it a date rather than a ratio or score.
  rule('numeric-md', `(\\d{1,2})/(\\d{1,2})(?!/)`, (m, ctx) => {
    if (!/\b(?:on|since|until|by|from|through)\s*$/i.test(ctx.before)) return undefined;
    const x = validDay(resolveYear(+m[1], +m[2], ctx.ref, ctx.tense), +m[1], +m[2]);
    return x && day(x);
  }),
  // "the week of March 6", "the week ended March 16" (weekly figures): the ISO week holding that day.
  rule('week-of', `the\\s+week\\s+(?:of|end(?:ed|ing))\\s+(${MONTH})\\s+(${DAY})(?:,?\\s+(${YEAR}))?`, (m, ctx) => {
    const month = monthOf(m[1]);
    const d = dayNumber(m[2]);
    const x = validDay(m[3] ? +m[3] : resolveYear(month, d, ctx.ref, ctx.tense), month, d);
    return x && { type: 'DATE', value: isoWeek(x), day: x };
  }),
  rule('month-day-year', `(?:${AROUND})?(?:${WEEKDAY_MOD}(${WEEKDAY}),?\\s+)?(${MONTH})\\s+(${DAY}),?\\s+(${YEAR})${OPEN_END}`, (m) => {
    const x = validDay(+m[4], monthOf(m[2]), dayNumber(m[3]));
    return x && day(x);
  }),
  rule('day-month-year', `(?:${AROUND})?(?:${WEEKDAY_MOD}(${WEEKDAY}),?\\s+)?(?:the\\s+)?(${DAY})\\s+(?:of\\s+)?(${MONTH}),?\\s+(${YEAR})${OPEN_END}`, (m) => {
    const x = validDay(+m[4], monthOf(m[3]), dayNumber(m[2]));
    return x && day(x);
  }),
  rule('month-year', `(${PRE})?(${MONTH})(?:,|\\s+of)?\\s+(${YEAR}|${SPOKEN_YEAR})${OPEN_END}`, (m) => {
    const year = yearOf(m[3]);
    if (year === undefined) return undefined;
    if (/^may$/i.test(m[2]) && !/^[A-Z]/.test(m[2])) return undefined;
    return { type: 'DATE', value: `${year}-${pad(monthOf(m[2]))}` };
  }),
  // "the first week of March", "the last days of June", "the second half of March": a part of a month. TimeML
  // gives weeks their ISO week and other parts the month.
  rule('part-of-month', `(?:the\\s+)?(first|second|third|fourth|last|final|latter|closing|opening)\\s+(week|half|days|weeks|fortnight)\\s+of\\s+(${MONTH_WORD})(?:,?\\s+(${YEAR}))?`, (m, ctx) => {
    const month = monthOf(m[3]);
    const y = m[4] ? +m[4] : resolveYear(month, undefined, ctx.ref, ctx.tense);
    if (m[2].toLowerCase() !== 'week') return { type: 'DATE', value: formatMonth(y, month) };
    const ordinal = ordinalValue(m[1]);
    const last = new Date(Date.UTC(y, month, 0)).getUTCDate();
    const d = ordinal ? Math.min(last, 1 + 7 * (ordinal - 1) + 3) : last - 3;
    return { type: 'DATE', value: isoWeek({ y, m: month, d }) };
  }),
  // "the September quarter": the quarter that ends in that month, as companies outside the US name them.
  rule('month-quarter', `(?:the\\s+)?(March|June|September|December|Sept\\.|Dec\\.)(?:-|\\s+)quarter`, (m, ctx) => {
    const month = monthOf(m[1]);
    const y = resolveYear(month, undefined, ctx.ref, ctx.tense === 'future' ? 'future' : 'past');
    return { type: 'DATE', value: `${y}-Q${month / 3}` };
  }, 'gu'),
  // "July last year", "March of next year"; with a day, "5 Jul. last year", "Oct. 3 last year": one date, or the day
  // ("5 Jul.") alone would be placed in the nearest year and "Jul. last year" would outvalue it as a month.
  rule('month-relative-year', `(?:(${DAY})\\s+(?:of\\s+)?)?(${PRE})?(${MONTH})(?:\\s+(${DAY}),?)?\\s+(?:of\\s+)?(this|last|next)\\s+year`, (m, ctx) => {
    const shift = /last/i.test(m[5]) ? -1 : /next/i.test(m[5]) ? 1 : 0;
    const y = ctx.ref.y + shift;
    const month = monthOf(m[3]);
    const d = m[1] ?? m[4];
    if (m[1] && m[4]) return undefined;
    if (d === undefined || m[2]) return { type: 'DATE', value: `${y}-${pad(month)}` };
    const x = validDay(y, month, dayNumber(d));
    return x && day(x);
  }),
  rule('spoken-year', `(?:the\\s+year\\s+)?(?:nineteen\\s+(${NUMBER_WORD})|two\\s+thousand(?:\\s+(?:and\\s+)?(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))?)`, (m) => {
    // Broadcast transcripts write years out: "nineteen ninety-six", "the year two thousand".
    if (m[1]) {
      const n = amountValue(m[1]);
      return n !== undefined && n >= 10 && n < 100 ? { type: 'DATE', value: String(1900 + n) } : undefined;
    }
    if (!/^the\s+year/i.test(m[0]) && !m[2]) return undefined;
    return { type: 'DATE', value: String(2000 + (m[2] ? amountValue(m[2]) ?? 0 : 0)) };
  }),
  rule('holiday', `(?:(last|next|this)\\s+)?(Thanksgiving(?:\\s+Day)?|Christmas(?:\\s+Day|\\s+Eve)?|New\\s+Year['’]s(?:\\s+Day|\\s+Eve)?|Election\\s+Day|Independence\\s+Day|Valentine['’]s\\s+Day|Halloween|Labor\\s+Day|Memorial\\s+Day|Easter(?:\\s+Sunday|\\s+Monday)?|Good\\s+Friday|Palm\\s+Sunday|Mother['’]s\\s+Day|Father['’]s\\s+Day|(?:St\\.|Saint)\\s+Patrick['’]s\\s+Day|Veterans\\s+Day|Boxing\\s+Day|May\\s+Day|Black\\s+Friday|Cyber\\s+Monday|Ash\\s+Wednesday|(?:Maundy|Holy)\\s+Thursday|Holy\\s+Saturday|Pentecost|Whit\\s+Sunday|Ascension\\s+Day|Martin\\s+Luther\\s+King(?:,?\\s+Jr\\.)?\\s+Day|(?:Presidents['’]?|President['’]s)\\s+Day|Columbus\\s+Day|Remembrance\\s+Day|Armistice\\s+Day|Groundhog\\s+Day|All\\s+Saints['’]?\\s+Day|Epiphany|Fourth\\s+of\\s+July)(?:\\s+(week(?:end)?))?(?!\\s+(?:week|weekend|holidays?|season|break|recess|vacation|trading))`, (m, ctx) => {
    // "Father Christmas" is a man, not a day.
    if (/^Christmas$/i.test(m[2]) && !m[1] && /\bFather\s+$/i.test(ctx.before)) return undefined;
    const date = holidayDate(holidayName(m[2]), ctx.ref.y);
    if (!date) return undefined;
    const modifier = m[1]?.toLowerCase();
    const tense: Tense = modifier === 'last' ? 'past' : modifier === 'next' ? 'future' : ctx.tense;
    let y = ctx.ref.y;
    const distance = (Date.UTC(y, date.m - 1, date.d) - Date.UTC(ctx.ref.y, ctx.ref.m - 1, ctx.ref.d)) / 86400000;
    if (tense === 'past' && distance > 0) y--;
    else if (tense === 'future' && distance < 0) y++;
    const x = holidayDate(holidayName(m[2]), y)!;
    // "Easter week", "the Thanksgiving weekend": the ISO week (or its weekend) the holiday falls in.
    if (m[3]) return { type: 'DATE', value: `${isoWeek({ y, m: x.m, d: x.d })}${/end$/i.test(m[3]) ? '-WE' : ''}` };
    return day({ y, m: x.m, d: x.d });
  }, 'gu'),
  // "midweek", "mid-month": the middle of the current week or month, valued as that week or month.
  // "For the year, volume was flat", "the week's most active session": the story's current period, as financial
  // stories use them; only after "for"/"of" with a comma, full stop or possessive next, where it cannot be a stretch.
  rule('for-the-period', `(?<=\\b(?:for|of|and)\\s)the\\s+(year|week|month)(?=\\s*[,.;]|['’]s\\b)`, (m, ctx) => periodOf(ctx.ref, unitOf(m[1]))),
  // "a quarter century ago", "a quarter-century of rule": 25 years.
  rule('quarter-century', `(?:a|one)\\s+quarter[- ]century(\\s+ago|\\s+later|\\s+earlier)?`, (m, ctx) => {
    if (!m[1]) return { type: 'DURATION', value: 'P25Y' };
    const from = /ago/i.test(m[1]) ? ctx.ref : anchorFor(ctx, 'Y');
    return { type: 'DATE', value: yearValue(from.y + (/later/i.test(m[1]) ? 25 : -25)) };
  }),
  // "earlier in the year", "later in the month": the period of the story's current date, as TimeBank values it ("later in
  // the day" is left alone: AQUAINT does not tag it and TimeBank tags only "the day").
  rule('in-the-period', `(?:earlier|later)\\s+in\\s+the\\s+(week|month|year)`, (m, ctx) => periodOf(anchorFor(ctx, unitOf(m[1])), unitOf(m[1]))),
  rule('mid-period', `mid-?(week|month)`, (m, ctx) => periodOf(ctx.ref, unitOf(m[1]))),
  // "the eighth day of Desert Shield", "the second day of an offensive": the story's day.
  rule('nth-day-of', `the\\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th))\\s+day(?=\\s+of\\s)`, (_m, ctx) => day(ctx.anchor)),
  rule('year-end', `(?:${AROUND})?year(?:-end|\\s+end|['’]s\\s+end)`, (_m, ctx) => ({ type: 'DATE', value: yearValue(ctx.ref.y) })),
  rule('full-year', `the\\s+full\\s+year`, (_m, ctx) => ({ type: 'DATE', value: yearValue(ctx.ref.y) })),
  // "by mid-year", "a midyear review": the middle of the story's year, which TimeML values as the year.
  rule('mid-year', `mid-?year`, (_m, ctx) => ({ type: 'DATE', value: yearValue(ctx.ref.y) })),
  // "in the weeks before the shooting", "the days after the vote": a stretch around the story's event, dated by the
  // story's current month (AQUAINT leaves "the" out of these).
  rule('units-around-event', `(?<=\\bthe\\s)(days|weeks|months)(?=\\s+(?:before|after|leading\\s+up\\s+to|preceding|following)\\s+\\p{L})`, (m, ctx) => ({
    type: 'DATE',
    value: /months/i.test(m[1]) ? yearValue(ctx.anchor.y) : formatMonth(ctx.anchor.y, ctx.anchor.m),
    derived: true,
  })),
  rule('month-day', `(?:${AROUND})?(?:${WEEKDAY_MOD}(${WEEKDAY}),?\\s+)?(${MONTH})\\s+(${DAY})`, (m, ctx) => {
    if (/^may$/i.test(m[2]) && !/^May$/.test(m[2])) return undefined;
    const month = monthOf(m[2]);
    const d = dayNumber(m[3]);
    const pairYear = PAIR_YEAR.exec(ctx.after);
    let year = pairYear ? +pairYear[1] : resolveYear(month, d, ctx.ref, ctx.tense);
    // "last Oct. 23", "next March 3": the latest one before the reference date, or the first after it, however near.
    const modifier = m[1] ? undefined : /\b(last|next)\s+$/i.exec(ctx.before)?.[1].toLowerCase();
    if (modifier && !pairYear) {
      const offset = Date.UTC(ctx.ref.y, month - 1, d) - Date.UTC(ctx.ref.y, ctx.ref.m - 1, ctx.ref.d);
      year = modifier === 'last' ? ctx.ref.y - (offset >= 0 ? 1 : 0) : ctx.ref.y + (offset <= 0 ? 1 : 0);
    }
    // With a weekday, take the year in which the date falls on it.
    if (m[1]) for (const y of [year, year - 1, year + 1]) if (validDay(y, month, d) && weekday({ y, m: month, d }) === weekdayOf(m[1])) { year = y; break; }
    const x = validDay(year, month, d);
    return x && day(x);
  }, 'gu'),
  // "April 24 and 25", "March 3 or 4": the second day of a pair takes the first one's month (and the year after it).
  rule('second-day', `(?=\\d)(?<=(${MONTH})\\s+(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\\s*(?:and|or|to|through)\\s+)(${DAY_AND_YEAR})(?!\\s*(?:%|percent|per\\s+cent|${MONTH})|\\s+[a-z])`, (m, ctx) => secondDay(m[1], m[2], ctx), 'gu'),
  // "March 3-5": a range of days, tagged as TimeML tags "April 24 and 25": "March 3" (month-day, which a hyphen
  // after would otherwise stop) and "5".
  rawRule('month-day-range', `${B}(${MONTH})\\s+(${DAY})(?=\\s?[-–]\\s?(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\\p{L}\\p{N}_]|[-–/]\\p{N}))`, (m, ctx) => {
    if (/^may$/i.test(m[1]) && !/^May$/.test(m[1])) return undefined;
    const month = monthOf(m[1]);
    const d = dayNumber(m[2]);
    const pairYear = PAIR_YEAR.exec(ctx.after);
    const x = validDay(pairYear ? +pairYear[1] : resolveYear(month, d, ctx.ref, ctx.tense), month, d);
    return x && day(x);
  }, 'gu'),
  rawRule('range-second-day', `(?<=(${MONTH})\\s+((?:[12]\\d|3[01]|0?[1-9]))(?:st|nd|rd|th)?\\s?[-–]\\s?)(${DAY_AND_YEAR})${E}`, (m, ctx) => {
    if (dayNumber(m[3]) <= +m[2]) return undefined;
    return secondDay(m[1], m[3], ctx);
  }, 'gu'),
  rule('day-month', `(?:${WEEKDAY_MOD}(${WEEKDAY}),?\\s+)?(?:the\\s+)?(${DAY})\\s+(?:of\\s+)?(${MONTH_WORD})`, (m, ctx) => {
    if (/^may$/i.test(m[3]) && !/^May$/.test(m[3])) return undefined;
    const month = monthOf(m[3]);
    const d = dayNumber(m[2]);
    const x = validDay(resolveYear(month, d, ctx.ref, ctx.tense), month, d);
    return x && day(x);
  }, 'gu'),
  // "May fifth", "March twenty-first", "the fifth of May", "the Fourth of July": days written out (HeidelTime's
  // reDayWordTh). Before the month only with "the ... of", where "first"/"second" cannot be an adverb.
  rule('month-day-word', `(?:(?:${WEEKDAY_MOD}(${WEEKDAY}),?\\s+)?(${MONTH})\\s+(${ORDINAL_DAY_WORD})|[Tt]he\\s+(${ORDINAL_DAY_WORD})\\s+of\\s+(${MONTH_WORD}))`, (m, ctx) => {
    const monthWord = m[2] ?? m[5];
    if (/^may$/i.test(monthWord) && !/^May$/.test(monthWord)) return undefined;
    const month = monthOf(monthWord);
    const d = ordinalWordValue(m[3] ?? m[4]);
    if (d === undefined) return undefined;
    const x = validDay(resolveYear(month, d, ctx.ref, ctx.tense), month, d);
    return x && day(x);
  }, 'gu'),
  rule('month', `(${PRE})?(?:([Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id-?)\\s+)?(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)`, (m, ctx) => {
    const word = m[3];
    // "May" is a month only where a month can stand: after "in", "since", "by", "until", "last", "early", ...
    const afterMonth = AFTER_MONTH.test(ctx.before);
    if (word === 'May' && !m[1] && !m[2] && !afterMonth && !/\b(?:in|since|by|until|till|from|to|of|through|during|before|after|early|late|mid|last|next|this|that)\s*$/i.test(ctx.before)) return undefined;
    if (word === 'March' && !m[1] && !m[2] && !afterMonth && !/\b(?:in|since|by|until|till|from|to|of|through|during|before|after|on|early|late|mid|the)\s*$/i.test(ctx.before)) return undefined;
    const month = monthOf(word);
    const modifier = m[2]?.toLowerCase();
    // "last Oct. 23": the day is the date ("Oct. 23", with "last" choosing its year), not the month alone.
    if (modifier && /^(?:last|next|this)$/.test(modifier) && /^\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\p{L}\p{N}%])/u.test(ctx.after)) return undefined;
    let year = resolveYear(month, undefined, ctx.ref, ctx.tense);
    // "last February" said in March is a year back: the month just gone is "last month".
    if (modifier === 'last') year = month < ctx.ref.m - 1 ? ctx.ref.y : ctx.ref.y - 1;
    if (modifier === 'next') year = month > ctx.ref.m ? ctx.ref.y : ctx.ref.y + 1;
    if (modifier === 'this') year = ctx.ref.y;
    return { type: 'DATE', value: `${year}-${pad(month)}` };
  }, 'gu'),

  // ---- weekdays, parts of day, times ----
  // "Tuesday nights", and "Monday" in "Monday and Tuesday nights": a weekly part of a day (HeidelTime's set_r6).
  rule('set-weekday-part', `(${WEEKDAY})s?(?:\\s+(mornings|afternoons|evenings|nights)|(?=\\s+(?:and|or)\\s+${WEEKDAY}s?\\s+(mornings|afternoons|evenings|nights)\\b))`, (m) => {
    const wd = weekdayOf(m[1]);
    const part = PART_OF_DAY_CODE[(m[2] ?? m[3]).toLowerCase().replace(/s$/, '')];
    return { type: 'SET', value: `XXXX-WXX-${wd === 0 ? 7 : wd}T${part}` };
  }, 'gu'),
  // "the day before yesterday", "the day after tomorrow": one expression (HeidelTime's date words).
  rule('day-beside-deictic', `the\\s+day\\s+(before\\s+yesterday|after\\s+tomorrow)`, (m, ctx) => day(addDays(ctx.ref, /before/i.test(m[1]) ? -2 : 2))),
  rule('weekday', `(?:([Ll]ast|[Nn]ext|[Tt]his past|[Tt]his coming|[Tt]he coming|[Cc]oming|[Tt]his|[Ll]ate|[Ee]arly|[Tt]he previous|[Tt]he following|[Tt]he next|[Tt]hat)\\s+)?(${WEEKDAY})(?:\\s+(${PART_OF_DAY}))?`, (m, ctx) => {
    if (!m[3] && startsName(m[2], ctx)) return undefined;
    const target = weekdayOf(m[2]);
    const word = m[1]?.toLowerCase();
    // "this past Tuesday" is the last one, "this coming Sunday" the next.
    const modifier = word === 'this past' ? 'last' : word && /coming$/.test(word) ? 'next' : word;
    // "the previous Friday", "the following Monday": counted from the story's last date, not the reference date.
    if (modifier === 'the previous' || modifier === 'the following' || modifier === 'the next' || modifier === 'that') {
      const from = modifier === 'that' ? addDays(ctx.anchor, 1) : ctx.anchor;
      const x = modifier === 'the previous' || modifier === 'that' ? resolveWeekday(target, addDays(from, -1), 'past') : resolveWeekday(target, ctx.anchor, 'future');
      return m[3] ? { type: 'TIME', value: `${formatDay(x)}T${PART_OF_DAY_CODE[m[3].toLowerCase()]}`, day: x } : day(x);
    }
    // "Wednesday's ruling" names a day that has happened, whatever the clause's verb.
    const possessive = /^['’]s\b/.test(ctx.after);
    const tense: Tense = modifier === 'next' ? 'future' : modifier === 'last' || possessive ? 'past' : ctx.tense;
    let x = resolveWeekday(target, ctx.ref, tense);
    if (modifier === 'last' && formatDay(x) === formatDay(ctx.ref)) x = addDays(x, -7);
    if (modifier === 'this' && ctx.tense !== 'past') x = resolveWeekday(target, addDays(ctx.ref, -1), 'future');
    // TimeBank types "Friday night" a DATE (19 of 25 in the training data), with the part of day in its value.
    if (m[3]) return { type: 'DATE', value: `${formatDay(x)}T${PART_OF_DAY_CODE[m[3].toLowerCase()]}`, day: x };
    return day(x);
  }, 'gu'),
  rule('clock-time', `(?:${AROUND})?(?:(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.m\\.?|p\\.m\\.?|am|pm)|(\\d{1,2}):(\\d{2})|(noon|midday|midnight))(?:\\s+(?:${ZONE}|local\\s+time)\\b)?(?:,?\\s+(?:on\\s+)?(?:((?:(?:last|next|this)\\s+)?${WEEKDAY}(?!,?\\s+${MONTH}\\s+\\d)|today|yesterday|tomorrow|tonight|last\\s+night|this\\s+(?:morning|afternoon|evening)|(?:yesterday|tomorrow)\\s+(?:morning|afternoon|evening|night))|(?:${WEEKDAY},?\\s+)?(${MONTH})\\s+(${DAY})(?:,?\\s+(?<year>${YEAR}))?))?`, (m, ctx) => {
    let hour: number;
    let minute = 0;
    if (m[6]) {
      // TimeML writes midnight as the end of its day, T24:00: "midnight tonight", "midnight Friday" close the day named.
      hour = /midnight/i.test(m[6]) ? 24 : 12;
    } else if (m[4] !== undefined) {
      hour = +m[4];
      minute = +m[5];
      if (hour > 23 || minute > 59) return undefined;
    } else {
      hour = +m[1] % 12 + (/^p/i.test(m[3]) ? 12 : 0);
      minute = m[2] ? +m[2] : 0;
      if (+m[1] > 12 || minute > 59) return undefined;
    }
    let x = ctx.anchor;
    const dayWord = m[7]?.toLowerCase().replace(/\s+/g, ' ');
    // "7:30 tonight", "8:15 last night": an hour without a.m./p.m. is an evening one.
    if (m[4] !== undefined && hour < 12 && dayWord && /night|evening|afternoon/.test(dayWord)) hour += 12;
    if (dayWord?.startsWith('yesterday') || dayWord === 'last night') x = addDays(ctx.ref, -1);
    else if (dayWord?.startsWith('tomorrow')) x = addDays(ctx.ref, 1);
    else if (dayWord === 'today' || dayWord === 'tonight' || dayWord?.startsWith('this ')) x = ctx.ref;
    else if (dayWord) {
      // "5 p.m. last Friday", "9 a.m. next Monday": the modifier sets the direction.
      const [modifier, name] = /\s/.test(dayWord) ? dayWord.split(' ') : [undefined, dayWord];
      const tense: Tense = modifier === 'last' ? 'past' : modifier === 'next' ? 'future' : ctx.tense;
      x = resolveWeekday(weekdayOf(name), modifier === 'last' ? addDays(ctx.ref, -1) : ctx.ref, tense);
    } else if (m[8]) {
      const month = monthOf(m[8]);
      const d = dayNumber(m[9]);
      x = validDay(m.groups?.year ? +m.groups.year : resolveYear(month, d, ctx.ref, ctx.tense), month, d) ?? x;
    }
    return { type: 'TIME', value: `${formatDay(x)}T${pad(hour)}:${pad(minute)}`, day: x };
  }),
  // "0900 GMT", "2130 UTC": the 24-hour clock of wire stories, only with its zone (a bare "0900" is a number). Not in
  // brackets: "10:35 a.m. (0735 GMT)" converts the time before it, which is the one tagged.
  rule('clock-24h', `([01]\\d|2[0-3])([0-5]\\d)\\s+(?:GMT|UTC)`, (m, ctx) => {
    if (/\(\s*(?:about\s+|around\s+)?$/i.test(ctx.before)) return undefined;
    return { type: 'TIME', value: `${formatDay(ctx.anchor)}T${m[1]}:${m[2]}`, day: ctx.anchor };
  }),
  // "4 in the morning", "10 at night": an hour placed by its part of the day, on the story's day.
  rule('clock-in-the', `(\\d{1,2})(?::(\\d{2}))?(?:\\s+o['’]clock)?\\s+(in\\s+the\\s+(morning|afternoon|evening)|at\\s+night)`, (m, ctx) => {
    const h = +m[1];
    const minute = m[2] ? +m[2] : 0;
    if (h < 1 || h > 12 || minute > 59) return undefined;
    const pm = /afternoon|evening|night/i.test(m[3]) && h < 12 && !(h <= 4 && /night/i.test(m[3]));
    const hour = pm ? h + 12 : h === 12 && /morning/i.test(m[3]) ? 0 : h;
    return { type: 'TIME', value: `${formatDay(ctx.anchor)}T${pad(hour)}:${pad(minute)}`, day: ctx.anchor };
  }),
  // "at 2 o'clock", "by eleven o'clock": an hour on the story's day, a.m. or p.m. unsaid (as HeidelTime leaves it).
  rule('oclock', `(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+o['’]clock`, (m, ctx) => {
    const h = /^\d/.test(m[1]) ? +m[1] : amountValue(m[1])!;
    if (h < 1 || h > 12) return undefined;
    return { type: 'TIME', value: `${formatDay(ctx.anchor)}T${pad(h)}:00`, day: ctx.anchor };
  }),
  // "late yesterday" keeps its modifier; "earlier yesterday" does not, as TimeBank draws them.
  rule('deictic-day', `(?:(?:early|late)\\s+)?(yesterday|today|tomorrow|tonight)(?:\\s+(${PART_OF_DAY}))?`, (m, ctx) => {
    const word = m[1].toLowerCase();
    // "today's world", "the people of tomorrow": an era, not a day.
    if (/^['’]s\s+(?:world|youth|society|generation|children|young|kids|economy|standards|technology)\b/i.test(ctx.after) || (word === 'tomorrow' && /\bof\s*$/i.test(ctx.before))) return undefined;
    const x = word === 'yesterday' ? addDays(ctx.ref, -1) : word === 'tomorrow' ? addDays(ctx.ref, 1) : ctx.ref;
    if (word === 'tonight') return { type: 'TIME', value: `${formatDay(x)}TNI`, day: x };
    if (m[2]) return { type: 'TIME', value: `${formatDay(x)}T${PART_OF_DAY_CODE[m[2].toLowerCase()]}`, day: x };
    // "today" often means "nowadays" in TimeML ("today's markets"); its value is still the day.
    return day(x);
  }),
  // "mid-afternoon", "mid-morning yesterday": a part of a day, on the day named or the story's day.
  rule('mid-part-of-day', `mid-?\\s?(morning|afternoon|evening)(?:\\s+(yesterday|today|tomorrow|${WEEKDAY}))?`, (m, ctx) => {
    const w = m[2]?.toLowerCase();
    const x = w === 'yesterday' ? addDays(ctx.ref, -1) : w === 'tomorrow' ? addDays(ctx.ref, 1) : w === 'today' ? ctx.ref : w ? resolveWeekday(weekdayOf(w), ctx.ref, ctx.tense) : ctx.anchor;
    return { type: 'TIME', value: `${formatDay(x)}T${PART_OF_DAY_CODE[m[1].toLowerCase()]}`, day: x };
  }),
  // "on the 5th", "by the 21st": a day of the story's current month.
  rule('ordinal-day', `the\\s+(${DAY})`, (m, ctx) => {
    if (!/(?:st|nd|rd|th)$/i.test(m[1]) || !/^\s*(?:[,.;:)]|$|and\b|or\b|when\b)/i.test(ctx.after)) return undefined;
    if (!/\b(?:on|by|until|till|since|before|after|from|to|through)\s*$/i.test(ctx.before)) return undefined;
    const x = validDay(ctx.anchor.y, ctx.anchor.m, dayNumber(m[1]));
    return x && day(x);
  }),
  // "in the morning", "during the night", "in the late evening": a part of the story's day (TimeBank tags "the
  // morning" alone). Not with "of" after ("the morning of May 3"), where the date is tagged.
  rule('in-the-part-of-day', `(?<=\\b(?:in|during|through)\\s)the\\s+(?:(?:early|late)\\s+)?(morning|afternoon|evening|night)(?!\\s+(?:of|hours)\\b)`, (m, ctx) => ({
    type: 'TIME', value: `${formatDay(ctx.anchor)}T${PART_OF_DAY_CODE[m[1].toLowerCase()]}`, day: ctx.anchor,
  })),
  // "at dawn", "before dawn on Sunday", "by dusk": the start or end of the story's day (or the day named), valued
  // as its morning or evening, TimeML's nearest parts of the day.
  rule('dawn-dusk', `(?<=\\b(?:at|before|after|by|until|till|since|from)\\s)(dawn|daybreak|sunrise|dusk|nightfall|sunset)(?:\\s+(?:on\\s+)?(yesterday|today|tomorrow|${WEEKDAY}))?`, (m, ctx) => {
    const w = m[2]?.toLowerCase();
    const x = w === 'yesterday' ? addDays(ctx.ref, -1) : w === 'tomorrow' ? addDays(ctx.ref, 1) : w === 'today' ? ctx.ref : w ? resolveWeekday(weekdayOf(w), ctx.ref, ctx.tense) : ctx.anchor;
    const part = /dawn|daybreak|sunrise/i.test(m[1]) ? 'MO' : 'EV';
    return { type: 'TIME', value: `${formatDay(x)}T${part}`, day: x };
  }),
  rule('this-part-of-day', `(this|that|last|early this|late this|earlier this|later this|late last|early last)\\s+(${PART_OF_DAY})`, (m, ctx) => {
    const x = /last/i.test(m[1]) && !/night/i.test(m[2]) ? addDays(ctx.ref, -1) : /that/i.test(m[1]) ? ctx.anchor : ctx.ref;
    const value = /last/i.test(m[1]) && /night/i.test(m[2]) ? `${formatDay(addDays(ctx.ref, -1))}TNI` : `${formatDay(x)}T${PART_OF_DAY_CODE[m[2].toLowerCase()]}`;
    return { type: 'TIME', value, day: x };
  }),

  // ---- relative periods ----
  rule('this-period', `(?:(early|late|mid-?|sometime|earlier|later)\\s+)?(last|next|this past|this|the coming|coming|the current|current|the previous|the past|the last|past|the following)\\s+(?:(fiscal)\\s+)?(week|month|year|quarter|weekend|decade|century|${SEASON})(?:\\s+or\\s+so)?`, (m, ctx) => {
    // "This Week" in title case is a programme's name ("ABC's This Week"), not a date.
    if (/^[A-Z]/.test(m[4])) return undefined;
    const modifier = m[2].toLowerCase().replace(/^the /, '');
    const unitWord = m[4].toLowerCase();
    // "last fiscal year", "the current fiscal quarter": HeidelTime's unit "fiscal year", valued as the calendar one.
    if (m[3] && unitWord !== 'year' && unitWord !== 'quarter') return undefined;
    const past = modifier === 'last' || modifier === 'previous' || modifier === 'past' || modifier === 'this past';
    // "the past year", "the last decade": TimeBank annotates the period before this one (a DATE), 4 times in 5.
    if (modifier === 'past' && unitWord in SEASON_CODE) return undefined;
    const from = modifier === 'following' || modifier === 'previous' ? anchorFor(ctx, unitOf(unitWord)) : ctx.ref;
    const n = past ? -1 : modifier === 'next' || modifier === 'coming' || modifier === 'following' ? 1 : 0;
    if (unitWord in SEASON_CODE) {
      const code = SEASON_CODE[unitWord];
      // "this past spring" is the latest one already begun.
      if (modifier === 'this past') return { type: 'DATE', value: `${SEASON_MONTH[code] < from.m ? from.y : from.y - 1}-${code}` };
      return { type: 'DATE', value: `${from.y + n}-${code}` };
    }
    if (unitWord === 'century') { const c = Math.floor(from.y / 100) + n; return c >= 0 && c <= 99 ? { type: 'DATE', value: String(c).padStart(2, '0') } : undefined; }
    // "This quarter's loss" in an earnings story is the quarter it reports, when it has named one.
    if (unitWord === 'quarter' && modifier === 'this' && ctx.last && /^\d{4}-Q\d$/.test(ctx.last)) return { type: 'DATE', value: ctx.last };
    return shifted(from, unitOf(unitWord), n);
  }),
  // "just"/"only" stay outside ("just a decade ago" is "a decade ago"; before any timex in train, 7 of 7 in both corpora): focus
  // words, not TimeML's bounding quantifiers.
  rule('ago', `(?:(?:nearly|almost|more than|less than|at least|some|about)\\s+)?(${AMOUNT})\\s+(${UNIT})\\s+(?:or\\s+so\\s+)?(ago|earlier|later|before|after|from now|hence)`, (m, ctx) => {
    const n = amountValue(m[1]);
    const unit = unitOf(m[2]);
    // "two years after a ship struck": the span is a duration before an event, tagged by the duration rule.
    if (/before|after/i.test(m[3]) && /^\s*[\p{L}\p{N}$“"']/u.test(ctx.after)) return undefined;
    const direction = /ago|earlier|before/i.test(m[3]) ? -1 : 1;
    const anchored = /earlier|later|before|after/i.test(m[3]);
    // "Before"/"after" bind to an event in the sentence; the story's last date is the best stand-in.
    const from = anchored ? anchorFor(ctx, unit) : ctx.ref;
    if (n === undefined || !Number.isInteger(n)) return { type: 'DATE', value: direction < 0 ? 'PAST_REF' : 'FUTURE_REF' };
    // "profit rose in the third quarter from $5 million a year earlier": the year before that quarter (or month).
    if (unit === 'Y' && n === 1 && ctx.last && /^\d{4}-Q\d$/.test(ctx.last)) return { type: 'DATE', value: `${Number(ctx.last.slice(0, 4)) + direction * n}${ctx.last.slice(4)}`, derived: true };
    if (unit === 'H' || unit === 'MIN' || unit === 'S') return { type: 'TIME', value: direction < 0 ? 'PAST_REF' : 'FUTURE_REF' };
    // "a decade ago" names the year ten years back, not a decade.
    if (unit === 'DE') return { type: 'DATE', value: yearValue(from.y + direction * 10 * n) };
    // "a century ago", "two centuries later": the year, as for decades (the century alone was left untagged).
    if (unit === 'CE') return from.y + direction * 100 * n > 0 ? { type: 'DATE', value: yearValue(from.y + direction * 100 * n) } : undefined;
    return shifted(from, unit, direction * n);
  }),
  // "the year before last", "the week before last": two periods back (HeidelTime's UNDEF-this-unit-MINUS-2).
  rule('before-last', `the\\s+(week|month|year)\\s+before\\s+last`, (m, ctx) => shifted(ctx.ref, unitOf(m[1]), -2)),
  // "the last year and a half", "the past hour and a half": a stretch of one and a half units up to now.
  // "the past hour", "within the next hour": an hour-long stretch up to or from now (hours have no calendar value).
  rule('the-hour', `the\\s+(?:past|last|next|coming|previous|following)\\s+(hour|minute)`, (m) => ({ type: 'DURATION', value: unitValue(unitOf(m[1]), 1) })),
  rule('unit-and-a-half', `(?:the|its|their)\\s+(?:past|last|next|first|previous|coming)\\s+(year|month|week|day|hour|minute)\\s+and\\s+a\\s+half`, (m) => ({ type: 'DURATION', value: unitValue(unitOf(m[1]), 1.5) })),
  rule('following-day', `(?:(the\\s+(?:following|next|previous|prior|same)\\s+(day|week|month|year|morning|evening|night)(?:\\s+or\\s+so)?)|(the\\s+(day|week|month|year|night|morning|evening)\\s+(before|after))|((?:(?:earlier|later)\\s+)?(?:that|the same)\\s+(day|week|month|year|morning|afternoon|evening|night)))`, (m, ctx) => {
    const phrase = m[0].toLowerCase();
    // "the day before authorities issued a warrant": "before" opens a clause, not the date's own word.
    if (m[3] && /^\s+(?:the\s+)?[\p{L}]/u.test(ctx.after) && !/^\s+(?:yesterday|that|and|or|but)\b/i.test(ctx.after)) return undefined;
    const unitWord = (m[2] ?? m[4] ?? m[7]).toLowerCase();
    const n = /following|next|after/.test(phrase) ? 1 : /previous|prior|before/.test(phrase) ? -1 : 0;
    if (unitWord in PART_OF_DAY_CODE) {
      const x = addDays(ctx.anchor, n);
      return { type: 'TIME', value: `${formatDay(x)}T${PART_OF_DAY_CODE[unitWord]}`, day: x };
    }
    return shifted(anchorFor(ctx, unitOf(unitWord)), unitOf(unitWord), n);
  }),

  // ---- years, decades, centuries, quarters, halves, seasons ----
  // "2008-2012", "the 2012-13 season", "the 2013/14 budget": a span of years, tagged as two dates (as "March 3-5"
  // is), the first here and the second by year-range-end; the hyphen kept both out of the year rule.
  rawRule('year-range', `${B}(${YEAR})(?=(?:\\s?[-–]\\s?|/)(${YEAR}|\\d\\d)${E})`, (m, ctx) => {
    if (NOT_A_YEAR_BEFORE.test(ctx.before) || yearRangeEnd(+m[1], m[2]) === undefined) return undefined;
    return { type: 'DATE', value: m[1] };
  }),
  rawRule('year-range-end', `(?<=${B}(${YEAR})(?:\\s?[-–]\\s?|/))(${YEAR}|\\d\\d)${E}`, (m, ctx) => {
    // "Flight 2015-16": the label word stands before the first year.
    if (NOT_A_YEAR_AFTER.test(ctx.after) || NOT_A_YEAR_BEFORE.test(ctx.before.replace(/\d{4}(?:\s?[-–]\s?|\/)$/, ''))) return undefined;
    const y = yearRangeEnd(+m[1], m[2]);
    return y === undefined ? undefined : { type: 'DATE', value: yearValue(y) };
  }),
  // "the year 2020" keeps "the year" (HeidelTime's date_r12a).
  rule('year', `(${PRE})?(?:the\\s+year\\s+)?(?:(fiscal(?:\\s+year)?|FY)\\s*)?(${YEAR})${OPEN_END}`, (m, ctx) => {
    if (NOT_A_YEAR_AFTER.test(ctx.after) || (!m[1] && !m[2] && NOT_A_YEAR_BEFORE.test(ctx.before))) return undefined;
    if (/^\s*(?:[.,]\d|:\d)/.test(ctx.after)) return undefined;
    // "1500 passengers": a count before a plural noun, unless a preposition makes it a year ("in 1986 troops ...")
    // or a determiner does ("the 1992 protests").
    if (!m[1] && !m[2] && /^\s+[a-z]+s\b/.test(ctx.after) && !/^\s+(?:was|has|is|as|its|this|his|plus|versus)\b/.test(ctx.after) && !/\b(?:in|since|by|of|from|until|till|to|during|between|before|after|and|or|through|early|late|mid|the|a|that|this|its|his|her|their)\s*$/i.test(ctx.before)) return undefined;
    const y = Number(m[3]);
    if (y < 1000) return undefined;
    return { type: 'DATE', value: yearValue(y) };
  }),
  // "the 1990s", "the 1980's", "the '90s", "the nineties".
  rule('decade', `(?:${HALF_OF})?(?:the\\s+)?(${PRE}|(?:early|late|mid)-)?(?:(1\\d|20)(\\d)0['’]?s|['’](\\d)0['’]?s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|(?<=\\bthe\\s(?:(?:early|late|mid)[- ])?)(\\d)0s)`, (m, ctx) => {
    // "the 1800s" is a century ("18"), as news uses it; "the 2000s" stays the decade.
    if (m[2] && m[3] === '0' && m[2] !== '20') return { type: 'DATE', value: m[2] };
    if (m[2]) return { type: 'DATE', value: `${m[2]}${m[3]}` };
    // "the 90s" without an apostrophe, only after "the" ("in his 90s" is an age); not a band of readings ("highs in
    // the 50s").
    if (m[6] !== undefined) {
      if (/\b(?:temperatures?|highs?|lows?|degrees?|readings?|percent|rates?|yields?|prices?|scores?)\b[^.;]*$/i.test(ctx.before)) return undefined;
      return { type: 'DATE', value: `${m[6] <= '1' ? '20' : '19'}${m[6]}` };
    }
    const digit = m[4] ?? String(['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].indexOf(m[5].toLowerCase()) + 2);
    return { type: 'DATE', value: `19${digit}` };
  }),
  // "the 19th century", "the sixteenth century", "the twenty-first century".
  rule('century', `(?:${HALF_OF})?(?:the\\s+)?(${PRE})?(?:(\\d{1,2})(?:st|nd|rd|th)|(${ORDINAL_DAY_WORD}))\\s+century`, (m) => {
    const n = m[2] ? +m[2] : ordinalWordValue(m[3]);
    return n === undefined ? undefined : { type: 'DATE', value: String(n - 1).padStart(2, '0') };
  }),
  // "the end of the first quarter", "late third quarter": a part of a quarter is valued as the quarter.
  rule('quarter', `(?:${PRE})?(?:the\\s+(?!\\S+-(?:quarter|half)))?(?:(${YEAR}(?:['’]s)?|year-earlier|year-ago|(?:this|last|next) year['’]s)\\s+)?(?:fiscal\\s+)?(${ORDINAL_WORD}|final|last|latest|current|past|previous|fourth|latter)(?:\\s+|-)(?:fiscal\\s+)?(quarter|half)(?:\\s+(?:of|in)\\s+(?:(fiscal\\s+)?(${YEAR})|(this|last|next|the)\\s+year))?(?!\\s+of\\s+${MONTH})`, (m, ctx) => {
    const kind = m[3].toLowerCase();
    const ordinal = ordinalValue(m[2]);
    const prefix = (m[1] ?? '').toLowerCase().replace('’', "'");
    // "the second half of the year" is a half of the story's year, as a bare "the second half" is.
    const ofTheYear = m[6]?.toLowerCase() === 'the';
    let year = m[5] ? Number(m[5]) : /^\d/.test(prefix) ? Number(prefix.slice(0, 4)) : ctx.ref.y + (m[6] === 'last' || prefix === "last year's" ? -1 : m[6] === 'next' || prefix === "next year's" ? 1 : 0);
    if (/^year-/.test(prefix)) year--;
    if (kind === 'half') {
      // "the latter half", "the last half of 1989": the second one.
      const second = /^latter$/i.test(m[2]) || (/^(?:last|final)$/i.test(m[2]) && (m[5] || m[6]));
      const half = ordinal ?? (second ? 2 : ctx.ref.m <= 6 ? 1 : 2);
      return { type: 'DATE', value: `${year}-H${half}` };
    }
    let quarter = ordinal;
    if (quarter === undefined) {
      // "the latest quarter", "the past quarter": the last one ended before the reference date.
      const current = quarterOf(ctx.ref);
      if (/current/i.test(m[2])) quarter = current;
      else if (current === 1) { quarter = 4; year--; } else quarter = current - 1;
    } else if (!m[5] && (!m[6] || ofTheYear) && !prefix && ctx.tense === 'past' && quarter > quarterOf(ctx.ref)) year--;
    return { type: 'DATE', value: `${year}-Q${quarter}` };
  }),
  rule('the-quarter', `(?:(?:the\\s+|that\\s+|(?:last|this)\\s+year['’]s\\s+)?(?:(?:comparable|corresponding|same)\\s+)?(?:(year-earlier|year-ago|latest|recent|same|comparable|corresponding|previous|prior|past)\\s+)?(?:fiscal\\s+)?(quarter|period)(?:\\s+(?:a\\s+year\\s+(?:ago|earlier)|last\\s+year))?|(?:the\\s+)?(${YEAR})\\s+(?:period|quarter)|year-earlier|year-ago)`, (m, ctx) => {
    const phrase = m[0].toLowerCase();
    // "last year's quarter" is "the quarter last year", as "last year's third quarter" is one date.
    const yearOwned = /^(?:last|this) year['’]s/.test(phrase);
    if (!/^(the|that)\b/.test(phrase) && !/^year-/.test(phrase) && !yearOwned) return undefined;
    if (/period/.test(phrase) && !m[3] && !/year-|latest|comparable|corresponding|same/.test(phrase)) return undefined;
    if (/^the (past|previous|prior|recent) quarter$/.test(phrase) === false && /^the (past|previous|prior|recent)/.test(phrase)) return undefined;
    // The quarter the story is about: its last-named quarter, else the last one completed before the reference date.
    let base = ctx.last && /^\d{4}-Q\d$/.test(ctx.last) ? ctx.last : undefined;
    if (m[3]) base = `${m[3]}-Q${base ? base.slice(6) : 4}`;
    // "the quarter ended March 31": the calendar quarter holding the day it ended on, in its nearest past year.
    const ended = /quarter$/.test(phrase) && !/year-|comparable|corresponding|same|previous|prior|past/.test(phrase) ? QUARTER_ENDED.exec(ctx.after) : null;
    if (ended) {
      const month = monthOf(ended[1]);
      base = `${resolveYear(month, dayNumber(ended[2]), ctx.ref, 'past')}-Q${Math.ceil(month / 3)}`;
    }
    if (!base) {
      const current = quarterOf(ctx.ref);
      base = current === 1 ? `${ctx.ref.y - 1}-Q4` : `${ctx.ref.y}-Q${current - 1}`;
    }
    // A bare "year-earlier" ("year-earlier net income") names the year before, not a quarter.
    if (/^year-(earlier|ago)$/.test(phrase)) return { type: 'DATE', value: String(Number(base.slice(0, 4)) - 1), derived: true };
    if (/year-earlier|year-ago|a year (ago|earlier)|last year$|^last year/.test(phrase)) return { type: 'DATE', value: `${Number(base.slice(0, 4)) - 1}${base.slice(4)}`, derived: true };
    return { type: 'DATE', value: base };
  }),
  // "for the year ended March 31", "in the fiscal year ending June 30": a year-long stretch.
  rule('year-ended', `(?:the\\s+)?(?:fiscal\\s+)?year(?=\\s+end(?:ed|ing)\\b)`, (m) => (/^the\b/i.test(m[0]) ? { type: 'DURATION', value: 'P1Y' } : undefined)),
  // "earnings for the fiscal year": the company's current year (HeidelTime's unit "fiscal year"); "the latest fiscal
  // year" is the last one reported, the year before.
  rule('the-fiscal-year', `the\\s+(?:(latest)\\s+)?fiscal\\s+year(?!\\s+end(?:ed|ing)\\b)`, (m, ctx) => ({ type: 'DATE', value: yearValue(ctx.ref.y - (m[1] ? 1 : 0)) })),
  rule('weekend', `(?:(the|this|last|next|that)\\s+)weekend`, (m, ctx) => {
    const word = m[1].toLowerCase();
    let x = ctx.ref;
    if (word === 'last' || (word === 'the' && ctx.tense === 'past')) x = addDays(ctx.ref, -7);
    if (word === 'next' || (word === 'the' && ctx.tense === 'future')) x = addDays(ctx.ref, 7);
    if (word === 'that') x = ctx.anchor;
    return { type: 'DATE', value: `${isoWeek(x)}-WE` };
  }),
  rule('q-year', `Q([1-4])\\s*(${YEAR})`, (m) => ({ type: 'DATE', value: `${m[2]}-Q${m[1]}` })),
  rule('season', `(?:(?:the|this|last|next|early|late)\\s+)?(?:(early|late|mid-?)\\s*)?(${SEASON})(?:\\s+(?:of\\s+)?(${YEAR}|${SPOKEN_YEAR})|\\s+(?:of\\s+)?(this|last|next)\\s+year)?`, (m, ctx) => {
    const word = m[0].toLowerCase();
    const code = SEASON_CODE[m[2].toLowerCase()];
    if (!m[3] && (seasonIsNoun(m[2].toLowerCase(), word, ctx) || startsName(m[2], ctx))) return undefined;
    // "the spring of last year", "summer next year": the season of the year named.
    if (m[4]) return { type: 'DATE', value: `${ctx.ref.y + (/last/i.test(m[4]) ? -1 : /next/i.test(m[4]) ? 1 : 0)}-${code}` };
    let year = m[3] ? yearOf(m[3]) ?? ctx.ref.y : ctx.ref.y;
    if (!m[3]) {
      // "last spring" is this year's only while it has just ended; otherwise last year's.
      if (/^last/.test(word)) year = SEASON_MONTH[code] + 2 < ctx.ref.m && ctx.ref.m - (SEASON_MONTH[code] + 2) <= 3 ? ctx.ref.y : ctx.ref.y - 1;
      else if (/^next/.test(word)) year = SEASON_MONTH[code] > ctx.ref.m ? ctx.ref.y : ctx.ref.y + 1;
      else if (!/^this/.test(word) && !/^the\b/.test(word)) {
        // A bare season in a sentence ("in spring") is only a date with a tense to place it.
        if (ctx.tense === 'present') return { type: 'DATE', value: `XXXX-${code}` };
        year = ctx.tense === 'past' ? (SEASON_MONTH[code] <= ctx.ref.m ? ctx.ref.y : ctx.ref.y - 1) : SEASON_MONTH[code] >= ctx.ref.m ? ctx.ref.y : ctx.ref.y + 1;
      }
    }
    return { type: 'DATE', value: `${year}-${code}` };
  }),
  rule('end-of-period', `(?:the\\s+)?(end|beginning|start|middle|rest|remainder|turn)\\s+of\\s+(?:the\\s+|this\\s+|next\\s+|last\\s+)?(year|month|week|decade|century|quarter)`, (m, ctx) => {
    const phrase = m[0].toLowerCase();
    const n = /\bnext\b/.test(phrase) ? 1 : /\blast\b/.test(phrase) ? -1 : 0;
    return shifted(ctx.ref, unitOf(m[2]), n);
  }),

  // ---- vague references ----
  rule('present-ref', `(now|these days|currently|then[- ]current|current|nowadays|the present|presently|today's|so far this year|(?<=\\bat\\s)this\\s+(?:\\p{L}+\\s+)?moment|(?<=\\bat\\s)present)`, (m, ctx) => {
    const w = m[1].toLowerCase();
    if (w === 'current' && /^\s+(?:account|affairs|events|rate|prices|dollars|law|legislation|system|policy|policies)\b/i.test(ctx.after)) return undefined;
    if (w === "today's") return undefined;
    // "Now, he says, ...": a sentence opened by "Now" and a comma turns the story to its next point, a discourse marker
    // TimeBank and AQUAINT leave untagged (3 of 3 in train); "Now the board must decide" and "for now," stay.
    if (m[1] === 'Now' && /^,/.test(ctx.after)) return undefined;
    // "the then current price": the present of a past moment, TimeML's PAST_REF.
    if (/^then/.test(w)) return { type: 'DATE', value: 'PAST_REF' };
    if (w === 'so far this year') return undefined;
    return { type: 'DATE', value: 'PRESENT_REF' };
  }),
  // "At the time, he said ...", "as he said at the time.": a past moment the story has in view (TimeBank's PAST_REF).
  // Only before punctuation: "at the time of the crash", "at the time he was captured" name an event's time.
  rule('at-the-time', `(?<=\\bat\\s)the\\s+time(?=\\s*[,.;:)!?]|\\s*$)`, () => ({ type: 'DATE', value: 'PAST_REF' })),
  rule('past-ref', `(recently|lately|the past|previously|formerly|once|earlier|former|recent (?:years|months|weeks|days|quarters|decades)|(?<!\\bthe\\s)past (?:years|months|weeks|days|quarters|decades))`, (m, ctx) => {
    const w = m[1].toLowerCase();
    // "in recent months": an open stretch up to now, a DURATION in TimeBank ("recent years" stays PAST_REF).
    const stretch = /^recent (months|weeks|days|quarters)$/.exec(w);
    if (stretch) return { type: 'DURATION', value: stretch[1] === 'quarters' ? 'PXM' : unitValue(unitOf(stretch[1]), undefined) };
    if (w === 'once' || w === 'former' || w === 'formerly' || w === 'previously' || w === 'earlier') return undefined;
    if (w === 'the past' && /^\s+(?:\d|few|several|couple|many|dozen|year|month|week|day|decade|centur|quarter|half|hour|minute|second|fortnight|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)/i.test(ctx.after)) return undefined;
    if (w === 'in the past') return { type: 'DATE', value: 'PAST_REF' };
    return { type: 'DATE', value: 'PAST_REF' };
  }),
  rule('future-ref', `(the future|a later date|(?:the )?coming (?:days|weeks|months|years|quarters)|future (?:years|months|weeks|days|quarters|decades)|the near future|the (?:near|short) term|the (?:days|weeks|months|years) ahead)`, (m, ctx) => {
    const w = m[1].toLowerCase();
    const ahead = /^the (days|weeks|months|years) ahead$/.exec(w);
    if (ahead) return { type: 'DURATION', value: unitValue(unitOf(ahead[1]), undefined) };
    if (w === 'soon' && (/\bas\s*$/i.test(ctx.before) || /^\s+(?:as|after|afterwards?)\b/i.test(ctx.after))) return undefined;
    if (/coming (days|weeks|months|years)$/.test(w)) return { type: 'DURATION', value: unitValue(unitOf(w.replace(/.*coming /, '')), undefined) };
    return { type: 'DATE', value: 'FUTURE_REF' };
  }),

  // ---- durations ----
  // Bounding quantifiers ("nearly", "more than", "at least") are part of the expression in TimeML (its `mod`);
  // loose ones ("about", "over", "some") are not. Hyphenated forms ("a two-year term") are the number-unit-adj rule's.
  // "the year-earlier nine months" is one stretch, as "the year-ago quarter" is one date (13 of 14 such periods in
  // train keep the modifier and its article).
  rule('duration', `(?:(?:nearly|almost|more than|less than|at least|no more than|fewer than|up to)\\s+)?(?:(?:the|its|their|his|her)\\s+(?:year-(?:earlier|ago)\\s+)?)?(?:(past|last|next|first|previous|coming|following|final|initial|latest|remaining|ensuing)\\s+)?(?:(?<low>\\d+|${NUMBER_WORD})\\s+(?:to|or)\\s+)?(${AMOUNT})\\s+(?:(?:more|additional|straight|consecutive|trading|business|working|full|whole)\\s+)?(${UNIT})(?<half>\\s+and\\s+a\\s+half)?(?:\\s+or\\s+so)?`, (m, ctx) => {
    // "two to three weeks", "the next year or so": one expression; a range takes its first number.
    const low = m.groups?.low !== undefined ? amountValue(m.groups.low) : undefined;
    // "a minute and a half later": the ago rule takes no halves, so the stretch is tagged (as TimeBank does).
    if (/^\s*(ago|earlier|later|from now)\b/i.test(ctx.after) && !m.groups?.half) return undefined;
    // "two years after the crash" is a stretch of time; "two years after," is a date (the 'ago' rule's).
    if (/^\s*(before|after)\b/i.test(ctx.after) && !/^\s*(before|after)\s+[\p{L}\p{N}$“"']/u.test(ctx.after)) return undefined;
    // Ages ("58 years old") are not temporal expressions in TimeML.
    if (/^(?:\s+|-)old\b/i.test(ctx.after)) return undefined;
    // "a second group", "a quarter of the market", "he one day hopes": an ordinal, a fraction, an adverb.
    const unitWord = m[4].toLowerCase();
    if (/^an?$/i.test(m[3]) && unitWord === 'second' && /^\s+\p{L}/u.test(ctx.after)) return undefined;
    if (unitWord === 'quarter' && /^(?:\s+of\b|[- ]centur)/i.test(ctx.after)) return undefined;
    if (/^one$/i.test(m[3]) && unitWord === 'day' && !/\b(?:for|in|within|after|than|about|only|just|by)\s*$/i.test(ctx.before) && !/^\s+(?:after|before|later|earlier)\b/i.test(ctx.after)) return undefined;
    const amount = m[3].toLowerCase();
    const whole = amountValue(amount);
    // "a minute and a half" → PT1M30S.
    const n = whole !== undefined && m.groups?.half ? whole + 0.5 : whole;
    if (n === undefined && !/several|few|many|some|couple|dozens|hundreds|number/.test(amount)) return undefined;
    const unit = unitOf(m[4]);
    // "a day", "a year" after a rate ("$5 a day", "twice a year") is a set, not a stretch of time.
    if ((amount === 'a' || amount === 'an') && /(?:\d|times|twice|once|per|percent|%|million|billion)\s*$/i.test(ctx.before)) {
      return { type: 'SET', value: unitValue(unit, 1) };
    }
    if (low !== undefined && n !== undefined && low < n) return { type: 'DURATION', value: unitValue(unit, low) };
    if (unit === 'Q') return { type: 'DURATION', value: unitValue('Q', n) };
    return { type: 'DURATION', value: unitValue(unit, n) };
  }),
  // "a decades-long battle", "a day-long meeting", "for a while".
  // Closed up as well ("a weeklong strike", "a yearlong inquiry"), and for decades, centuries and minutes ("a
  // decade-long war", where "a decade" alone was tagged).
  rule('long-adjective', `(?:(decades|years|months|weeks|days|hours|minutes|centuries|day|year|week|month|hour|minute|decade|century)-long|(day|week|month|year|hour)long)`, (m) => {
    const unitWord = m[1] ?? m[2];
    return { type: 'DURATION', value: /s$/.test(unitWord) ? unitValue(unitOf(unitWord), undefined) : unitValue(unitOf(unitWord), 1) };
  }),
  // "over the years", "over the decades": an open stretch up to the story's time (TimeBank: "the years", PXY).
  rule('over-the-units', `(?<=\\bover\\s)the\\s+(years|decades|centuries)(?!\\s+(?:of|since|before|after|to|that|when|ahead|in)\\b|\\s+\\d)`, (m) => ({ type: 'DURATION', value: unitValue(unitOf(m[1]), undefined) })),
  rule('a-while', `(?<=\\bfor\\s)a\\s+(?:long\\s+|short\\s+)?while`, () => ({ type: 'DURATION', value: 'PXX' })),
  // "years ago", "months later", "weeks earlier": a vague point before or after, with no count to place it.
  rule('bare-ago', `(decades|years|months|weeks|days|hours|minutes|seconds)\\s+(ago|earlier|later|before|after)`, (m, ctx) => {
    if (/before|after/i.test(m[2]) && /^\s*[\p{L}\p{N}$“"']/u.test(ctx.after)) return undefined;
    const value = /ago|earlier|before/i.test(m[2]) ? 'PAST_REF' : 'FUTURE_REF';
    return { type: /hours|minutes|seconds/i.test(m[1]) ? 'TIME' : 'DATE', value };
  }),
  // "weeks or months", "days or weeks": one vague stretch, valued by its first unit.
  rule('bare-units', `(years|months|weeks|days|hours|decades|minutes|centuries)(?:\\s+or\\s+(?:years|months|weeks|days|hours|decades|minutes))?`, (m, ctx) => {
    // "for years", "in years", "for hours": a vague stretch; elsewhere ("years of war") not tagged.
    if (!/\b(?:for|in|over|within|after|took|take|takes|lasted|last|spent)\s*$/i.test(ctx.before)) return undefined;
    return { type: 'DURATION', value: unitValue(unitOf(m[1]), undefined) };
  }),
  rule('number-unit-adj', `(\\d+|${NUMBER_WORD}|several|half)-(year|month|week|day|hour|minute|decade)(?:-long)?`, (m, ctx) => {
    if (/^-old\b/i.test(ctx.after) || /^\s+old\b/i.test(ctx.after)) return undefined;
    if (/^several$/i.test(m[1])) return { type: 'DURATION', value: unitValue(unitOf(m[2]), undefined) };
    // "a half-hour show", "a half-day strike".
    if (/^half$/i.test(m[1])) return { type: 'DURATION', value: unitValue(unitOf(m[2]), 0.5) };
    const n = amountValue(m[1]);
    return n === undefined ? undefined : { type: 'DURATION', value: unitValue(unitOf(m[2]), n) };
  }),
  // "a three-year period", "a five-year term", "a 90-day window": the whole noun phrase is the stretch of time when
  // the article stands right before the number (HeidelTime's duration_r3, and how TimeBank draws it); "the extra
  // seven-day period" keeps only "seven-day" (the number-unit-adj rule's).
  rule('unit-period', `an?\\s+(\\d+|${NUMBER_WORD})[- ](year|month|week|day|hour|minute|decade)\\s+(?:period|term|stretch|span|window)`, (m) => {
    const n = amountValue(m[1]);
    return n === undefined ? undefined : { type: 'DURATION', value: unitValue(unitOf(m[2]), n) };
  }),

  // ---- sets ----
  // "every Monday", "each July", "every summer", "every two weeks", "every few years": a SET (HeidelTime's set_r1, set_r3).
  rule('set-every', `(?:every|each)\\s+(?:(other)\\s+)?(?:(\\d+|${NUMBER_WORD}|few|couple\\s+of)\\s+)?(${WEEKDAY}|${MONTH}|${SEASON}|(?:day|week|month|year|quarter|hour|minute|decade)s?|morning|evening|night|weekend)`, (m) => {
    const word = m[3];
    const w = word.toLowerCase();
    const count = m[2]?.toLowerCase();
    if (/^(?:day|week|month|year|quarter|hour|minute|decade)s?$/.test(w)) {
      // "every week" but "every two weeks": a count takes the plural, a bare unit the singular.
      if ((count !== undefined) !== w.endsWith('s')) return undefined;
      const n = count === undefined ? (m[1] ? 2 : 1) : /few/.test(count) ? undefined : amountValue(count);
      return { type: 'SET', value: unitValue(unitOf(w), n) };
    }
    if (count !== undefined) return undefined;
    if (w in PART_OF_DAY_CODE) return { type: 'SET', value: `XXXX-XX-XXT${PART_OF_DAY_CODE[w]}` };
    if (w === 'weekend') return { type: 'SET', value: unitValue('WE', m[1] ? 2 : 1) };
    if (w in SEASON_CODE) return { type: 'SET', value: `XXXX-${SEASON_CODE[w]}` };
    // Weekdays and months only with their capital ("each May", not "each may"), as elsewhere.
    if (!/^[A-Z]/.test(word)) return undefined;
    const wd = weekdayOf(w);
    if (new RegExp(`^${WEEKDAY}$`).test(word)) return { type: 'SET', value: `XXXX-WXX-${wd === 0 ? 7 : wd}` };
    return { type: 'SET', value: `XXXX-${pad(monthOf(w))}` };
  }),
  // "twice a year", "three times a week", "once a month": one SET expression (TimeML `freq`), "per year" too.
  rule('set-frequency', `(?:(?:once|twice|(?:\\d+|${NUMBER_WORD})\\s+times)\\s+(?:a|an|per|each|every)|per)\\s+(day|week|month|year|quarter|hour|minute)`, (m) => ({ type: 'SET', value: unitValue(unitOf(m[1]), 1) })),
  // HeidelTime's set words: "annually", "semiannually", "biweekly" as well as "daily" and the like. Not "quarterly":
  // mostly an adjective in news ("its quarterly dividend"), which TimeML leaves untagged.
  rule('set-adverb', `(daily|weekly|monthly|yearly|hourly|nightly|annually|semi-?annually|bi-?weekly)`, (m, ctx) => {
    if (startsName(m[1], ctx)) return undefined;
    const w = m[1].toLowerCase().replace('-', '');
    // "rise 8.5% annually", "10,000 units annually": a rate's unit, which TimeBank leaves untagged (as "$5 a year").
    if (/annually$/.test(w) && /[\d%]|percent/i.test(ctx.before.slice(-25))) return undefined;
    const value: Record<string, string> = {
      daily: 'P1D', weekly: 'P1W', monthly: 'P1M', quarterly: 'P3M', annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H', nightly: 'P1D',
      semiannually: 'P6M', biweekly: 'P2W',
    };
    return { type: 'SET', value: value[w] };
  }),
  rule('set-plural-weekday', `(?:on\\s+)?(Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)`, (m) => {
    const wd = weekdayOf(m[1]);
    return { type: 'SET', value: `XXXX-WXX-${wd === 0 ? 7 : wd}` };
  }, 'gu'),
];

/** Granularity of a DATE/TIME value, for the timeline. */
export function granularityOf(value: string): Granularity | undefined {
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return 'time';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/^\d{4}-W\d{2}$/.test(value)) return 'week';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}-Q\d$/.test(value)) return 'quarter';
  if (/^\d{4}-H\d$/.test(value)) return 'half';
  if (/^\d{4}-(SP|SU|FA|WI)$/.test(value)) return 'season';
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{3}$/.test(value)) return 'decade';
  if (/^\d{2}$/.test(value)) return 'century';
  return undefined;
}

