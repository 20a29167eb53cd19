// The narrative year: a history ("On September 1, 1939, Germany attacked Poland ... In April, Germany invaded
// Denmark") tells its dates in the year it last gave, not in the reference date's. A news story speaks from its
// publication date ("said Tuesday", "last year", "in 2013"); a story that never does is read as a narrative, and a
// month or day written without a year there takes the year the narrative is in.
import { SEASON, WEEKDAY_FULL } from '../lexicon';
import type { RuleResult } from './rules/index';
import { inCalendarYear, monthWithoutYear } from './ranges';

/** A year written in figures (1000-2099), not part of a longer number, or any year before Christ ("480 BC", which
 *  a narrative's year is then: held as a negative number, -480). */
const WRITTEN_YEAR_SOURCE = '(?<![\\p{L}\\p{N},.])(1\\d{3}|20\\d\\d|\\d{1,4}(?=\\s?(?:BC|B\\.C\\.?|BCE)(?![\\p{L}\\p{N}])))(?![\\p{L}\\p{N}]|,\\d)';
const WRITTEN_YEAR = new RegExp(WRITTEN_YEAR_SOURCE, 'u');
/** Global, for matchAll only (which copies lastIndex: a global regex must never be used with test). */
const WRITTEN_YEARS = new RegExp(WRITTEN_YEAR_SOURCE, 'gu');

/**
 * Expressions that speak from the story's own date, as news does: "yesterday", "two weeks ago", "last month", a bare
 * weekday ("said Tuesday"). "the next year" and "the last week of August" count from the story's dates, not its own.
 */
const PRESENT_SPEAKING = new RegExp(
  `\\b(?:today|tonight|yesterday|tomorrow|ago|(?<!\\bthe\\s+)(?:this|last|next)\\s+(?:week|month|year|morning|afternoon|evening|${WEEKDAY_FULL})\\b(?!\\s+of\\b))|^${WEEKDAY_FULL}$`,
  'i',
);

/** A narrative writes at least this many years, and this many for each expression that speaks from the present. */
const MIN_YEARS = 4;
const YEARS_PER_PRESENT = 10;

/** Seasons written without a year ("the summer", "in winter"): their year is the narrative's too. */
const SEASON_WORD = new RegExp(`\\b${SEASON}\\b`, 'i');

/** A day of the month alone, as a range's start or a pair's second day gives it ("12-14 July", "May 6 and 7th", "On
 *  the 5th"): its month came from the words beside it, and its year is the narrative's as theirs is. */
const BARE_DAY = /^\s*(?:the\s+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s*$/i;

/** "the year" as a narrative's current one ("the end of the year"), unless a word counts it from somewhere. */
const THE_YEAR = /\bthe\s+year\b/i;
const YEAR_COUNTED = /\b(?:last|next|this|that|coming|past|previous|following|same)\b/i;

/** Words that choose a year themselves ("last March", "this summer", "that year"). */
const YEAR_CHOSEN = /\b(?:last|next|this|that|coming|past|year)\b|'\d\d/i;

/**
 * Is the story a narrative of the past? It writes years often (at least MIN_YEARS, and YEARS_PER_PRESENT for each
 * expression that speaks from the reference date: a quote's "today" does not make a history news), and at most half
 * of them lie within a year of the reference date (`quoted[i]`: the i-th expression is inside a quotation, whose "today"
 * does not count). News names its years seldom and dates by the present ("said
 * Tuesday", "last year"): its year-less dates stay with the reference date.
 */
export function isNarrative(expressions: readonly string[], refYear: number, quoted?: readonly boolean[]): boolean {
  let years = 0;
  let near = 0;
  let present = 0;
  for (const [i, words] of expressions.entries()) {
    // A quotation speaks from its speaker's day ("It is us today. It will be you tomorrow."), not the story's.
    if (PRESENT_SPEAKING.test(words) && !quoted?.[i]) present++;
    for (const m of words.matchAll(WRITTEN_YEARS)) {
      years++;
      if (Math.abs(Number(m[1]) - refYear) <= 1) near++;
    }
  }
  return years >= MIN_YEARS && years >= YEARS_PER_PRESENT * present && 2 * near <= years;
}

/**
 * A month, day or season written without a year ("April", "June 10", "early October", "the summer"), put in the
 * narrative's year; any other result as it was. A narrative does not roll into the next year on its own ("On December
 * 7, 1941, ... In January"): on WikiWars that guess was wrong more often than right.
 */
export function inNarrativeYear(result: RuleResult, year: number, words: string): RuleResult {
  if (result.type !== 'DATE' || result.derived) return result;
  // "by the end of the year", "later in the year": the year the narrative is in, not the reference date's.
  if (/^\d{4}$/.test(result.value) && THE_YEAR.test(words) && !YEAR_COUNTED.test(words)) return { ...result, value: yearPrefix(year) };
  const isSeason = /^\d{4}-(?:SP|SU|FA|WI)$/.test(result.value) && SEASON_WORD.test(words);
  if (!isSeason && !/^\d{4}-\d\d(?:-\d\d)?$/.test(result.value)) return result;
  if (!isSeason && !monthWithoutYear(words) && !BARE_DAY.test(words)) return result;
  if (YEAR_CHOSEN.test(words) || /\d{3}/.test(words)) return result;
  if (year < 0) {
    // A year before Christ: TimeML's "BC0480-09"; no day anchor, which counts in years after Christ only.
    const { day: _day, ...rest } = result;
    return { ...rest, value: `${yearPrefix(year)}${result.value.slice(4)}` };
  }
  const value = inCalendarYear(result.value, year);
  if (value === undefined || value === result.value) return result;
  return { ...result, value, ...(result.day ? { day: { ...result.day, y: year } } : {}) };
}

/** How far from the narrative's year a year naming a thing ("the 1975 agreement") may be and still move it. */
const ATTRIBUTIVE_YEARS = 5;

/** A narrative year as TimeML writes a year: "1940", "0800", "BC0480". */
function yearPrefix(year: number): string {
  return year < 0 ? `BC${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
}

/**
 * The narrative's year after an expression (`attributive`: a bare year between a determiner and a noun, "the 1975
 * agreement"): the year it writes ("in 1940"), else the year it counts to from the
 * narrative ("the next year"); a year read from the reference date (within a year of it, not written) leaves it.
 */
export function nextNarrativeYear(current: number | undefined, result: RuleResult, words: string, refYear: number, attributive = false): number | undefined {
  if (result.type !== 'DATE' && result.type !== 'TIME') return current;
  const year = /^\d{4}/.test(result.value) ? Number(result.value.slice(0, 4)) : /^BC\d{4}/.test(result.value) ? -Number(result.value.slice(2, 6)) : undefined;
  if (year === undefined) return current;
  // "his 1995 book", "a 2005 NSA report", "the 1911 Encyclopaedia": a year naming a thing, far from the narrative's,
  // cites a source or an aside; "the 1918 offensive" in an account of 1917 moves it on.
  if (attributive && current !== undefined && Math.abs(year - current) > ATTRIBUTIVE_YEARS) return current;
  if (WRITTEN_YEAR.test(words)) return year;
  if (current === undefined || result.derived || Math.abs(year - refYear) <= 1) return current;
  return year;
}
