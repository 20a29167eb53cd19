// Every date rule, in the order that breaks ties: of two overlapping matches of equal length the earlier rule's wins
// ("May 5" is a day, not a month and a number). Each kind keeps its rules in a file of its own.
import type { Rule } from './rule';
import { CALENDAR_DATE_RULES } from './calendarDates';
import { DATE_FORM_RULES } from './dateForms';
import { DAY_PART_RULES } from './dayParts';
import { DURATION_RULES } from './durations';
import { ERA_RULES } from './eras';
import { HOLIDAY_RULES } from './holidays';
import { HYPHEN_RANGE_RULES } from './hyphenRanges';
import { PERIOD_RULES } from './periods';
import { REFERENCE_RULES } from './references';
import { RELATIVE_DAY_RULES } from './relativeDays';
import { SET_RULES } from './sets';
import { SHORT_YEAR_RULES } from './shortYears';
import { TIME_RULES } from './times';

export type { Rule, RuleContext, RuleExample, RuleResult } from './rule';

const PRIORITY: readonly string[] = [
  'era-year',
  'era-period',
  'era-range-start',
  'iso-date',
  'numeric-date',
  'dotted-date',
  'numeric-ymd',
  'numeric-md',
  'day-monthname-year-joined',
  'monthname-day-year-joined',
  'numeric-date-hyphen',
  'iso-date-short',
  'numeric-month-year',
  'iso-month',
  'monthname-year-hyphen',
  'year-monthname',
  'month-the-day',
  'nth-weekday-of-month',
  'day-slash-monthname',
  'day-monthname-run',
  'year-q',
  'weekday-month-comma-day-year',
  'weekday-ordinal-day',
  'weekday-of-week',
  'day-of-relative-month',
  'after-next',
  'range-start-day',
  'range-end-day-month',
  'range-start-day-month',
  'range-end-after-month',
  'week-of',
  'part-of-date',
  'date-part-of-day',
  'month-day-year',
  'date-short-year',
  'month-short-year',
  'day-month-year',
  'month-year',
  'part-of-month',
  'month-quarter',
  'month-relative-year',
  'spoken-year',
  'units-from-holiday',
  'holiday',
  'for-the-period',
  'quarter-century',
  'in-the-period',
  'mid-period',
  'nth-day-of',
  'year-end',
  'full-year',
  'mid-year',
  'units-around-event',
  'month-day',
  'second-day',
  'month-day-range',
  'range-second-day',
  'day-month',
  'month-day-word',
  'month',
  'set-weekday-part',
  'day-beside-deictic',
  'weekday',
  'weekday-clock',
  'clock-time',
  'clock-24h',
  'clock-in-the',
  'oclock',
  'deictic-day',
  'mid-part-of-day',
  'ordinal-day',
  'in-the-part-of-day',
  'dawn-dusk',
  'this-part-of-day',
  'this-period',
  'ago',
  'before-last',
  'the-hour',
  'unit-and-a-half',
  'following-day',
  'year-range',
  'year-range-end',
  'year',
  'decade',
  'century',
  'quarter',
  'the-quarter',
  'year-ended',
  'the-fiscal-year',
  'weekend',
  'described-weekend',
  'q-year',
  'season',
  'end-of-period',
  'present-ref',
  'at-the-time',
  'past-ref',
  'future-ref',
  'duration',
  'unit-abbreviation',
  'long-adjective',
  'over-the-units',
  'a-while',
  'bare-ago',
  'bare-units',
  'number-unit-adj',
  'unit-period',
  'set-every',
  'set-frequency',
  'set-adverb',
  'set-plural-weekday',
];

const BY_NAME = new Map(
  [CALENDAR_DATE_RULES, DATE_FORM_RULES, ERA_RULES, SHORT_YEAR_RULES, RELATIVE_DAY_RULES, DAY_PART_RULES, HYPHEN_RANGE_RULES, HOLIDAY_RULES, TIME_RULES, REFERENCE_RULES, PERIOD_RULES, DURATION_RULES, SET_RULES].flat().map((r) => [r.name, r] as const),
);
if (BY_NAME.size !== PRIORITY.length || new Set(PRIORITY).size !== PRIORITY.length) throw new Error('date rules: PRIORITY must name every rule once');

export const RULES: readonly Rule[] = PRIORITY.map((name) => {
  const found = BY_NAME.get(name);
  if (!found) throw new Error(`date rules: no rule named ${name}`);
  return found;
});
