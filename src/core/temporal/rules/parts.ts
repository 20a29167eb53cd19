// Pattern pieces and helpers the date rules share: years, days, the words around a date that stay in its expression,
// and the checks that tell a date from a count, a label or a name.
import { formatDay, resolveYear, type Ymd } from '../dates';
import { MONTH, NUMBER_WORD, amountValue, monthOf, type UnitCode } from '../../lexicon';
import { shifted } from '../values';
import type { RuleContext, RuleResult } from './rule';

export const YEAR = '(?:1[0-9]\\d\\d|20\\d\\d)';
/** Time zones as news writes them. Listed, not patterned: the rules run case-insensitively and "[A-Z]{2,4}T" matched "last". */
export const ZONE = '(?:[ECMP][SD]T|GMT|UTC|BST|CES?T|EES?T|IST|JST|HKT|SGT|AES?T|AEDT|[ECMP]T|Z)';
export const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
/** A year as broadcast transcripts write it: "nineteen ninety-four". */
/** A year in words: "nineteen ninety-four", "two thousand (and) ten", "twenty twelve" (only the teens after "twenty":
 *  "twenty one" is a count). */
const TEEN = '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
export const SPOKEN_YEAR = `(?:nineteen\\s+${NUMBER_WORD}|two\\s+thousand(?:\\s+and)?\\s+${NUMBER_WORD}|twenty\\s+${TEEN})`;

export function yearOf(s: string): number | undefined {
  if (/^\d{4}$/.test(s)) return Number(s);
  const millennium = /^two\s+thousand\s+(?:and\s+)?/i.exec(s);
  if (millennium) {
    const n = amountValue(s.slice(millennium[0].length).toLowerCase());
    return n !== undefined && n >= 1 && n < 100 ? 2000 + n : undefined;
  }
  if (/^twenty\s+/i.test(s)) {
    const n = amountValue(s.replace(/^twenty\s+/i, '').toLowerCase());
    return n !== undefined && n >= 10 && n < 20 ? 2000 + n : undefined;
  }
  const n = amountValue(s.replace(/^nineteen\s+/i, ''));
  return n !== undefined && n >= 10 && n < 100 ? 1900 + n : undefined;
}

/** "around 7 p.m.", "around Nov. 1", "around year end": TimeML's approximate point (mod APPROX) keeps "around" in its
 *  extent, as TimeBank draws it (3 of 3 in train; AQUAINT has no temporal "around"). Only before a clock time or a day,
 *  where it cannot be the preposition of place ("get around Wednesday's ruling" stays "Wednesday"); on every day rule
 *  that can hold the day ("around March 3, 2023"), or a shorter rule's "around March 3" would cut the year off. */
export const AROUND = '[Aa]round\\s+';

/** "this coming Sunday, March 8", "last Friday, Oct. 13": a weekday's modifier stays with the date the weekday opens,
 *  as it does with the weekday alone ("this coming Sunday"; 7 of 7 in train). */
export const WEEKDAY_MOD = '(?:(?:[Tt]his\\s+(?:coming|past)|[Ll]ast|[Nn]ext|[Tt]his)\\s+)?';

/** "1994 or later", "2030 and beyond": an open end (TimeML's mod ON_OR_AFTER) is part of the expression, as TimeBank
 *  draws it (2 of 2 in train). On every rule ending in a year, or a shorter rule's "2025 or later" would cut "March"
 *  off "March 2025". */
export const OPEN_END = '(?:\\s+(?:or\\s+later|or\\s+earlier|and\\s+beyond))?';

/** Words before a period that stay in its expression: "early 2012", "the end of March", "mid-1990s", "post-1959". */
export const PRE = '(?:(?:early|late|mid|pre|post)-|(?:early|late|mid|the end of|the beginning of|the start of|the middle of|the turn of)\\s+)';
/** "the second half of the 20th century", "the last half of the '80s": a part of a decade or century, which TimeML values
 *  as the whole one (its granularity); without it the half was read as one of the current year. */
export const HALF_OF = '(?:the\\s+)?(?:first|second|last|latter|early|later)\\s+(?:half|part|years)\\s+of\\s+';

/** The year closing a pair of days ("April 24 and 25, 1999", "March 3-5, 2012"), read from the text after the first. */
export const PAIR_YEAR = new RegExp(`^\\s*(?:[-–]|and|or|to|through)\\s*(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?,?\\s+(${YEAR})(?![\\p{L}\\p{N}])`, 'u');

/** The year written after a pair's second day ("25, 1999"), which that day's expression takes in, so that the
 *  year does not stand alone as a date of its own beside the pair. */
export const PAIR_CLOSING_YEAR = new RegExp(`,?\\s+(${YEAR})$`, 'u');
export const DAY_AND_YEAR = `${DAY}(?:,?\\s+${YEAR}(?![\\p{L}\\p{N}]))?`;

export const pad = (n: number) => String(n).padStart(2, '0');
export const day = (x: Ymd): RuleResult => ({ type: 'DATE', value: formatDay(x), day: x });

export function validDay(y: number, m: number, d: number): Ymd | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? { y, m, d } : undefined;
}

export function dayNumber(s: string): number {
  return parseInt(s, 10);
}

/** The date a step of `unit` from the story's last date counts from: a year step from its last year, however given. */
export function anchorFor(ctx: RuleContext, unit: UnitCode): Ymd {
  return (unit === 'Y' || unit === 'DE') && ctx.anchorYear !== ctx.anchor.y ? { y: ctx.anchorYear, m: 1, d: 1 } : ctx.anchor;
}

/** The period a unit names around a date: "this week", "that month". */
export function periodOf(x: Ymd, unit: UnitCode): RuleResult | undefined {
  return shifted(x, unit, 0);
}

/** The closing year of a range from `first` ("2008-12" ends in 2012, "1999-2000" in 2000), if it comes after it; a
 *  two-digit end within 20 years ("2014-10" is October 2014, not a range to 2110). */
export function yearRangeEnd(first: number, end: string): number | undefined {
  let y = Number(end);
  if (end.length === 2) {
    y += first - (first % 100);
    if (y <= first) y += 100;
  }
  return y > first && y - first <= (end.length === 2 ? 20 : 100) ? y : undefined;
}

/** "ended Sept. 30", "ending March 31" after a quarter: the day the quarter closed on. */
export const QUARTER_ENDED = new RegExp(`^\\s+end(?:ed|ing)\\s+(${MONTH})\\s+(${DAY})(?![\\p{L}\\p{N}])`, 'u');

/** Words after a four-digit number that make it a count, not a year ("2000 people", "1500 metres"). */
export const NOT_A_YEAR_AFTER = /^\s*(?:%|percent|per cent|people|troops|soldiers|workers|jobs|votes|miles|metres|meters|km|kilometers|feet|tons|tonnes|pounds|dollars|euros|shares|barrels|units|cars|homes|students|acres|hectares|points|calories|members|cases|deaths|bpd|mw|hp|cc|[a-z]{1,3}\d)\b/i;
/** Words before a four-digit number that make it a label ("Section 2021", "Flight 1549", "$2000"). */
export const NOT_A_YEAR_BEFORE = /(?:\b(?:section|article|rule|room|no\.?|number|flight|route|chapter|highway|interstate|model|version|windows|office|resolution|bill|h\.r\.|s\.|code|suite|apt\.?|unit|page|pages|item|form|sp|boeing|airbus|at)|[$£€#])\s*$/i;

/** "January and", "March or": a month word right after another month is one too ("between January and March").
 *  Case-sensitive, so the verb ("troops march and May ...") does not count. */
export const AFTER_MONTH = new RegExp(`${MONTH}\\s*(?:,|and|or|to)\\s*$`);

/** Title words after a capitalised day, season or "Daily" that make it part of a name: "The Sunday Times", "the Daily
 *  Telegraph", "the Summer Olympics", "the Winter Games". Case-sensitive, so "Sunday news" stays a date. */
export const NAME_HEAD_AFTER = /^\s+(?:Times|Telegraph|Post|Herald|Mail|Express|Journal|News|Mirror|Observer|Independent|Tribune|Star|Standard|Olympics|Olympic|Paralympics|Games)\b/;

/** Is a matched capitalised word the start of a newspaper's or event's name? */
export function startsName(word: string, ctx: RuleContext): boolean {
  return /^[A-Z]/.test(word) && NAME_HEAD_AFTER.test(ctx.after);
}

/** Words before a season that make it the time of year ("in the fall", "by spring", "during the winter"); not "to" ("to fall apart"). */
export const SEASON_BEFORE = /\b(?:in|by|until|till|since|during|through|throughout|over|before|after|from|into|this|last|next|that|early|late|mid)\s*$/i;

/**
 * Is a season word (matched without a year) a noun of another sense? "The fall of Rome", "the winter of discontent":
 * "of" and no year. "Fall" and "spring" are also everyday nouns ("the fall in prices", "a spring in his step", "hot
 * spring water"), so they are seasons only with a time word or preposition before them, or "this"/"last"/"next".
 */
export function seasonIsNoun(season: string, phrase: string, ctx: RuleContext): boolean {
  if (/^\s+of\b/i.test(ctx.after)) return true;
  if (season !== 'fall' && season !== 'spring') return false;
  if (/^(?:this|last|next|early|late)\b/.test(phrase)) return false;
  return !SEASON_BEFORE.test(ctx.before);
}

/**
 * The second day of a pair or range: the first day's month, and the year that closes the pair, taken into the day's
 * span ("25, 1999") or, failing that, written after it.
 */
export function secondDay(monthWord: string, dayWord: string, ctx: RuleContext): RuleResult | undefined {
  if (/^may$/i.test(monthWord) && !/^May$/.test(monthWord)) return undefined;
  const month = monthOf(monthWord);
  const d = dayNumber(dayWord);
  const year = PAIR_CLOSING_YEAR.exec(dayWord) ?? new RegExp(`^,?\\s+(${YEAR})(?![\\p{L}\\p{N}])`, 'u').exec(ctx.after);
  const x = validDay(year ? +year[1] : resolveYear(month, d, ctx.ref, ctx.tense), month, d);
  return x && day(x);
}

