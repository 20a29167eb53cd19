// The user's corrections of timeline dates: the other readings to offer for a date, a typed date read, and the
// corrections laid over a fresh timeline. A correction names its mention by text and offset (shifted through edits)
// and by the text around it (found again when offsets are lost), so it survives re-analysis and edits elsewhere and
// is dropped when the mention's own text changes. Pure: the host stores them (src/host/corrections.ts).
import { timelineDate, toIsoDate, utcDay } from './calendar';
import { WEEKDAY_PART } from './lexicon';
import type { DateCorrection, DateExplanation, SentenceRef, TimelineDate, TimelineEntry } from './types';

/** Another reading of a date to offer, with why one might mean it. */
export interface DateAlternative {
  readonly date: TimelineDate;
  /** "a week earlier", "a year later", "day and month swapped", "the story's year". */
  readonly why: string;
}

/** At most this many readings are offered: the list must stay short enough to read with a screen reader. */
const MAX_ALTERNATIVES = 6;

const WEEKDAY_WORD = new RegExp(`\\b(?:${WEEKDAY_PART})[a-z]*\\b`, 'i');

/**
 * The likely other readings of `entry`'s date, the most likely first: for a weekday ("Friday") the previous and
 * next week (which Friday is the usual doubt), for other dates the year before and after (an implied year is the
 * usual doubt), the story's year when the date is in another one, and day and month swapped for a numeric date
 * that reads both ways ("03/04"). None is the current date; every one is a real calendar date.
 */
export function dateAlternatives(entry: TimelineEntry, referenceDate?: string): DateAlternative[] {
  const value = entry.date.value;
  const out: DateAlternative[] = [];
  const add = (v: string | undefined, why: string): void => {
    const date = v === undefined ? undefined : timelineDate(v);
    if (!date || date.value === value || out.some((a) => a.date.value === date.value)) return;
    out.push({ date: { value: date.value, granularity: date.granularity, label: date.label }, why });
  };
  const granularity = entry.date.granularity;
  const daily = granularity === 'day' || granularity === 'time';
  const weekdays = daily && WEEKDAY_WORD.test(entry.mention.text);
  if (weekdays) {
    add(shiftDays(value, -7), 'a week earlier');
    add(shiftDays(value, 7), 'a week later');
  }
  if (granularity === 'week') {
    add(shiftWeek(value, -1), 'the week before');
    add(shiftWeek(value, 1), 'the week after');
  }
  if (granularity === 'decade' || granularity === 'century') {
    add(String(+value - 1).padStart(value.length, '0'), granularity === 'decade' ? 'the decade before' : 'the century before');
    add(String(+value + 1).padStart(value.length, '0'), granularity === 'decade' ? 'the decade after' : 'the century after');
  } else {
    add(shiftYear(value, -1), 'a year earlier');
    add(shiftYear(value, 1), 'a year later');
    const refYear = referenceDate && /^\d{4}/.test(referenceDate) ? referenceDate.slice(0, 4) : undefined;
    if (refYear && refYear !== value.slice(0, 4)) add(refYear + value.slice(4), 'the story’s year');
  }
  if (daily) add(swapDayMonth(value), 'day and month swapped');
  if (!weekdays && daily) {
    add(shiftDays(value, -1), 'the day before');
    add(shiftDays(value, 1), 'the day after');
  }
  return out.slice(0, MAX_ALTERNATIVES);
}

/** `value` (`YYYY-...`) with its year moved by `by`; undefined for a year outside 1-9999 or a lost 29 February. */
function shiftYear(value: string, by: number): string | undefined {
  if (!/^\d{4}/.test(value)) return undefined;
  const year = +value.slice(0, 4) + by;
  if (year < 1 || year > 9999) return undefined;
  const shifted = String(year).padStart(4, '0') + value.slice(4);
  // "2024-02-29" a year later is no date: timelineDate refuses it and no alternative is offered.
  return timelineDate(shifted) ? shifted : undefined;
}

/** A day or time value moved by whole days, its time of day kept. */
function shiftDays(value: string, by: number): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(.*)$/.exec(value);
  if (!m) return undefined;
  const d = utcDay(+m[1], +m[2], +m[3] + by);
  const iso = toIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  return iso && iso + m[4];
}

function shiftWeek(value: string, by: number): string | undefined {
  const m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (!m) return undefined;
  const week = +m[2] + by;
  if (week < 1) return `${String(+m[1] - 1).padStart(4, '0')}-W52`;
  if (week > 52) return `${String(+m[1] + 1).padStart(4, '0')}-W01`;
  return `${m[1]}-W${String(week).padStart(2, '0')}`;
}

/** "2022-03-04" → "2022-04-03", when both parts are months and differ. */
function swapDayMonth(value: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(.*)$/.exec(value);
  if (!m || m[2] === m[3] || +m[3] > 12) return undefined;
  return `${m[1]}-${m[3]}-${m[2]}${m[4]}`;
}

/**
 * A date the user typed: `2022-03-31`, `2022-3-31`, `2022/03/31`, `2022-03`, `2022`, or any TimeML calendar value
 * the timeline shows (`2024-Q3`, `2025-W22`, `199`). Undefined when it is none of these or no real date.
 */
export function readTypedDate(typed: string): TimelineDate | undefined {
  const text = typed.trim();
  const m = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(text);
  let value: string | undefined;
  if (m && m[3] !== undefined) value = toIsoDate(+m[1], +m[2], +m[3]);
  else if (m && m[2] !== undefined) value = +m[2] >= 1 && +m[2] <= 12 ? `${m[1]}-${m[2].padStart(2, '0')}` : undefined;
  else value = text.toUpperCase();
  const date = value === undefined || +value.slice(0, 4) < 1 ? undefined : timelineDate(value);
  return date && { value: date.value, granularity: date.granularity, label: date.label };
}

/** How much text either side of the mention, within its sentence, names it when its offset is lost. */
const CONTEXT_CHARS = 80;

/** The text around a mention within its sentence, white space folded (`DateCorrection.context`). */
export function mentionContext(text: string, sentence: SentenceRef, start: number, end: number): string {
  const from = Math.max(sentence.start, start - CONTEXT_CHARS);
  const to = Math.min(sentence.end, end + CONTEXT_CHARS);
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}

/** The correction of `entry` to `date`, for the document `text` the entry was read from. */
export function correctionFor(entry: TimelineEntry, text: string, date: TimelineDate): DateCorrection {
  return {
    text: entry.mention.text,
    start: entry.mention.start,
    context: mentionContext(text, entry.sentence, entry.mention.start, entry.mention.end),
    value: date.value,
    original: entry.original ?? entry.date.value,
  };
}

/** `corrections` with `next` in place of any earlier correction of the same mention. */
export function withCorrection(corrections: readonly DateCorrection[], next: DateCorrection): DateCorrection[] {
  return [...corrections.filter((c) => !(c.start === next.start && c.text === next.text)), next];
}

/** `corrections` without the one of the mention at `start`. */
export function withoutCorrection(corrections: readonly DateCorrection[], start: number): DateCorrection[] {
  return corrections.filter((c) => c.start !== start);
}

function correctedExplanation(x: DateExplanation, label: string): DateExplanation {
  const engine = x.summary.startsWith('Set by you') ? x.summary.replace(/^[^;]*; Newsline read /, '') : x.summary;
  return { ...x, implied: [], guessed: [], summary: `Set by you to ${label}; Newsline read ${engine}` };
}

/**
 * The timeline with the user's dates in place: each correction applies to the entry of its mention (same text at
 * its offset, else same text in the same context), marks it `setBy: 'user'` and moves it to its new place in time.
 * A range whose end now falls before its start loses the end. Corrections that match no entry are left out (the
 * mention is gone or was rewritten), and the entries they do not touch keep their order.
 */
export function applyCorrections(timeline: readonly TimelineEntry[], corrections: readonly DateCorrection[], text: string): TimelineEntry[] {
  if (corrections.length === 0) return [...timeline];
  const chosen = new Map<number, DateCorrection>();
  const used = new Set<DateCorrection>();
  // First by offset, then (for what is left) by context: an offset match is the surer one.
  timeline.forEach((e, i) => {
    const c = corrections.find((k) => !used.has(k) && k.text === e.mention.text && k.start === e.mention.start);
    if (c) {
      chosen.set(i, c);
      used.add(c);
    }
  });
  timeline.forEach((e, i) => {
    if (chosen.has(i)) return;
    const context = mentionContext(text, e.sentence, e.mention.start, e.mention.end);
    const c = corrections.find((k) => !used.has(k) && k.text === e.mention.text && k.context === context);
    if (c) {
      chosen.set(i, c);
      used.add(c);
    }
  });
  if (chosen.size === 0) return [...timeline];
  const keyed = timeline.map((entry, i) => {
    const c = chosen.get(i);
    const date = c ? timelineDate(c.value) : undefined;
    if (!c || !date) return { entry, sortKey: timelineDate(entry.date.value)?.sortKey ?? '' };
    const { endDate, ...rest } = entry;
    const endKey = endDate ? timelineDate(endDate.value)?.sortKey : undefined;
    const corrected: TimelineEntry = {
      ...rest,
      date: { value: date.value, granularity: date.granularity, label: date.label },
      ...(endDate && endKey !== undefined && endKey >= date.sortKey ? { endDate } : {}),
      setBy: 'user',
      original: entry.original ?? entry.date.value,
      // The engine's account still says how it read the words, but of its own date: say so, and drop the badges
      // ("year implied") that described that reading.
      ...(rest.explanation ? { explanation: correctedExplanation(rest.explanation, date.label) } : {}),
    };
    return { entry: corrected, sortKey: date.sortKey };
  });
  // Array.prototype.sort is stable: entries on one date keep their text order.
  keyed.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
  return keyed.map((k) => k.entry);
}

/** One replaced range of a document edit, in the offsets of the document before the edit. */
export interface TextChange {
  readonly start: number;
  readonly end: number;
  /** Length of the text put in its place. */
  readonly inserted: number;
}

/**
 * The corrections after an edit: offsets after the changed ranges move with them; a correction whose mention the edit
 * touches is dropped (its text changed, so it no longer names what the user corrected). `changes` are those of one
 * edit, each in the offsets of the document before it, not overlapping (VS Code's `contentChanges`).
 */
export function shiftCorrections(corrections: readonly DateCorrection[], changes: readonly TextChange[]): DateCorrection[] {
  const out: DateCorrection[] = [];
  for (const c of corrections) {
    const end = c.start + c.text.length;
    let delta = 0;
    let touched = false;
    for (const change of changes) {
      // An insertion right before the mention moves it; one right after leaves it be.
      if (change.end <= c.start) delta += change.inserted - (change.end - change.start);
      else if (change.start >= end) continue;
      else touched = true;
    }
    if (!touched) out.push(delta === 0 ? c : { ...c, start: c.start + delta });
  }
  return out;
}

const MAX_TEXT = 500;

/** A stored correction read back defensively (storage outlives versions), or undefined when it is not one. */
export function parseCorrection(x: unknown): DateCorrection | undefined {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return undefined;
  const r = x as Record<string, unknown>;
  const str = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_TEXT;
  if (!str(r.text) || !str(r.value) || !str(r.original) || typeof r.context !== 'string' || r.context.length > MAX_TEXT) return undefined;
  if (typeof r.start !== 'number' || !Number.isSafeInteger(r.start) || r.start < 0) return undefined;
  if (!timelineDate(r.value)) return undefined;
  return { text: r.text, start: r.start, context: r.context, value: r.value, original: r.original };
}

/** A stored list of corrections; what is not a correction is left out. */
export function parseCorrections(x: unknown): DateCorrection[] {
  if (!Array.isArray(x)) return [];
  const out: DateCorrection[] = [];
  for (const item of x) {
    const c = parseCorrection(item);
    if (c) out.push(c);
  }
  return out;
}
