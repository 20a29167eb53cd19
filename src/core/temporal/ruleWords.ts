// What each date rule does, in words a reader follows, for a date's explanation: rules are grouped by how they find
// their value (written in full, a year taken from the anchor, counted from it, ...), and each group's words are data.
// A rule not listed here (a new one) is explained by what it read of its context: see `kindOf`.
import type { Tense } from './dates';

export type RuleKind =
  /** The words give the date in full: "1 April 2022", "2022-04-01", "1990", "the 1990s". */
  | 'written'
  /** A day or month without a year: the year is the anchor's, or the one before or after it by the tense. */
  | 'yearless'
  /** A weekday's name: the one on or before the anchor, or after it, by the tense. */
  | 'weekday'
  /** Counted in days, weeks, months or years from the anchor: "yesterday", "two days later", "last year". */
  | 'counted'
  /** A time or part of a day on the anchor's day: "at 3 p.m.", "in the morning". */
  | 'clock'
  /** A named day whose date the calendar gives, in the anchor's year unless a year is written: "Easter", "Christmas". */
  | 'holiday'
  /** A time relative to the story's with no calendar point: "now", "recently", "in the future". */
  | 'reference'
  /** A length of time, not a date: "two weeks". */
  | 'duration'
  /** A repeating time: "every Monday", "weekly". */
  | 'set';

/** Rule name → kind. Names are those of src/core/temporal/rules/. */
export const RULE_KINDS: Readonly<Record<string, RuleKind>> = {
  'iso-date': 'written', 'era-year': 'written', 'era-period': 'written', 'era-range-start': 'written', 'date-short-year': 'written', 'month-short-year': 'written', 'numeric-date': 'written', 'dotted-date': 'written', 'numeric-ymd': 'written', 'month-day-year': 'written',
  'day-month-year': 'written', 'month-year': 'written', 'spoken-year': 'written', 'year': 'written', 'decade': 'written',
  'century': 'written', 'q-year': 'written', 'year-range': 'written', 'year-range-end': 'written', 'full-year': 'written',
  'mid-year': 'written', 'year-ended': 'written', 'week-of': 'written',
  'day-monthname-year-joined': 'written', 'monthname-day-year-joined': 'written', 'numeric-date-hyphen': 'written',
  'iso-date-short': 'written', 'numeric-month-year': 'written', 'monthname-year-hyphen': 'written', 'year-monthname': 'written',
  'month-the-day': 'yearless', 'nth-weekday-of-month': 'yearless', 'day-slash-monthname': 'yearless', 'day-monthname-run': 'yearless',
  'year-q': 'written', 'weekday-month-comma-day-year': 'written', 'weekday-ordinal-day': 'weekday', 'after-next': 'counted', 'weekday-of-week': 'counted', 'day-of-relative-month': 'counted', 'date-part-of-day': 'yearless', 'part-of-date': 'yearless', 'iso-month': 'written', 'range-start-day-month': 'yearless', 'range-end-after-month': 'yearless',
  'range-start-day': 'yearless', 'range-end-day-month': 'yearless',
  'numeric-md': 'yearless', 'month-day': 'yearless', 'second-day': 'yearless', 'month-day-range': 'yearless',
  'range-second-day': 'yearless', 'day-month': 'yearless', 'month-day-word': 'yearless', 'month': 'yearless',
  'part-of-month': 'yearless', 'month-quarter': 'yearless', 'season': 'yearless', 'quarter': 'yearless',
  'the-quarter': 'counted', 'the-fiscal-year': 'counted', 'month-relative-year': 'counted',
  'weekday': 'weekday', 'day-beside-deictic': 'counted', 'deictic-day': 'counted', 'ordinal-day': 'yearless',
  'nth-day-of': 'counted', 'units-around-event': 'counted', 'this-period': 'counted', 'ago': 'counted', 'before-last': 'counted',
  'following-day': 'counted', 'end-of-period': 'counted', 'year-end': 'counted', 'weekend': 'counted', 'described-weekend': 'counted', 'for-the-period': 'counted',
  'in-the-period': 'counted', 'mid-period': 'counted', 'quarter-century': 'duration',
  'clock-time': 'clock', 'weekday-clock': 'weekday', 'clock-24h': 'clock', 'clock-in-the': 'clock', 'oclock': 'clock', 'mid-part-of-day': 'clock',
  'in-the-part-of-day': 'clock', 'dawn-dusk': 'clock', 'this-part-of-day': 'clock', 'the-hour': 'clock',
  'holiday': 'holiday', 'units-from-holiday': 'holiday',
  'present-ref': 'reference', 'at-the-time': 'reference', 'past-ref': 'reference', 'future-ref': 'reference',
  'duration': 'duration', 'long-adjective': 'duration', 'over-the-units': 'duration', 'a-while': 'duration', 'bare-ago': 'duration',
  'bare-units': 'duration', 'number-unit-adj': 'duration', 'unit-period': 'duration', 'unit-and-a-half': 'duration', 'unit-abbreviation': 'duration',
  'set-weekday-part': 'set', 'set-every': 'set', 'set-frequency': 'set', 'set-adverb': 'set', 'set-plural-weekday': 'set',
};

/** Where the value lies from its anchor: the reader's "before", "after", "on". */
export type Relation = 'before' | 'after' | 'same';

/**
 * The words of each kind. `{anchor}` is the anchor in words ("the story's date (Fri 1 Apr 2022)"), `{what}` the kind
 * of date named ("Friday", "5 May", "March"). Examples, for the reference date 2022-04-01:
 * weekday, past: "Friday" → "the Friday on or before the story's date (Fri 1 Apr 2022)";
 * yearless, before: "Nov. 7" → "the 7 Nov before the story's date (Fri 1 Apr 2022)";
 * counted, before: "yesterday" → "counted back from the story's date (Fri 1 Apr 2022)".
 */
export const KIND_WORDS: Readonly<Record<RuleKind, string | Readonly<Record<Relation, string>>>> = {
  written: 'as written',
  yearless: { before: 'the {what} before {anchor}', after: 'the {what} after {anchor}', same: 'the {what} of {anchor}' },
  weekday: { before: 'the {what} before {anchor}', after: 'the {what} after {anchor}', same: 'the {what} on {anchor}' },
  counted: { before: 'counted back from {anchor}', after: 'counted on from {anchor}', same: 'the period of {anchor}' },
  clock: { before: 'on the day of {anchor}', after: 'on the day of {anchor}', same: 'on the day of {anchor}' },
  holiday: 'the holiday’s date by its calendar, in the year of {anchor} unless written',
  reference: 'relative to the story’s time, with no calendar date',
  duration: 'a length of time, not a date',
  set: 'a repeating time, not one date',
};

/** A weekday's words by the tense, which the rule follows (see resolveWeekday in dates.ts). */
export const WEEKDAY_WORDS: Readonly<Record<Tense, string>> = {
  past: 'the {what} on or before {anchor}',
  future: 'the next {what} after {anchor}',
  present: 'the {what} nearest {anchor}, either side',
};

/** Why the tense chose as it did, for the explanation's "because ...". */
export const TENSE_WORDS: Readonly<Record<Tense, string>> = {
  past: 'past tense',
  present: 'present tense',
  future: 'about the future',
};

/** A rule's kind: listed, else what it read of its context (a new rule that read the tense places a year-less date). */
export function kindOf(rule: string, read: { readonly anchor: boolean; readonly tense: boolean }, type: string): RuleKind {
  const listed = RULE_KINDS[rule];
  if (listed) return listed;
  if (type === 'DURATION') return 'duration';
  if (type === 'SET') return 'set';
  if (read.tense) return 'yearless';
  return read.anchor ? 'counted' : 'written';
}

/** Fill a kind's words. */
export function ruleWords(kind: RuleKind, relation: Relation, tense: Tense | undefined, what: string, anchor: string): string {
  const template = kind === 'weekday' && tense ? WEEKDAY_WORDS[tense] : KIND_WORDS[kind];
  const words = typeof template === 'string' ? template : template[relation];
  return words.replace('{what}', what).replace('{anchor}', anchor);
}
