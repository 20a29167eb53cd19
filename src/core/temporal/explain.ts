// Each date's explanation: which words, which rule, counted from which reference (the story's date, an earlier date
// in the story, the year its sentence opens with), by which tense, and which parts the words state or leave implied.
// The tagger records what each rule read of its context (`watched`), and this file turns that into words.
import { describeValue } from '../calendar';
import { MONTH_NAMES, MONTH_PART, WEEKDAY, WEEKDAY_NAMES } from '../lexicon';
import type { DateAnchor, DateExplanation, DatePart, Mention, TimexMod, TimexType } from '../types';
import type { Tense, Ymd } from './dates';
import type { RuleContext } from './rules/index';
import { MOD_PHRASES } from './mods';
import { kindOf, ruleWords, TENSE_WORDS, type Relation, type RuleKind } from './ruleWords';

/** What a rule read of its context while it built a value. */
export interface ContextRead {
  ref: boolean;
  anchor: boolean;
  anchorYear: boolean;
  last: boolean;
  tense: boolean;
}

/** A context that notes in `read` which of its fields the rule asked for. */
export function watched(ctx: RuleContext, read: ContextRead): RuleContext {
  return {
    get ref(): Ymd { read.ref = true; return ctx.ref; },
    get anchor(): Ymd { read.anchor = true; return ctx.anchor; },
    get anchorYear(): number { read.anchorYear = true; return ctx.anchorYear; },
    get last(): string | undefined { read.last = true; return ctx.last; },
    get tense(): Tense { read.tense = true; return ctx.tense; },
    get before(): string { return ctx.before; },
    get after(): string { return ctx.after; },
  };
}

export function nothingRead(): ContextRead {
  return { ref: false, anchor: false, anchorYear: false, last: false, tense: false };
}

/** An earlier expression in the story that a later one may count from, and the value it gave. */
export interface Source {
  readonly mention: Mention;
  readonly value: string;
}

export interface ExplainInput {
  readonly rule: string;
  /** The expression's words as the document has them. */
  readonly text: string;
  readonly type: TimexType;
  readonly value: string;
  readonly mod?: TimexMod;
  readonly read: ContextRead;
  /** The reference date, `YYYY-MM-DD`. */
  readonly referenceDate: string;
  readonly tense?: Tense;
  readonly tenseCue?: string;
  /** The expressions that set the context's `anchor` (a day), `anchorYear` and `last`, when not the reference date. */
  readonly sources: { readonly anchor?: Source; readonly year?: Source; readonly last?: Source };
  /** Set when the value took the year its sentence opens with ("Last year, ... in August"). */
  readonly sentenceYear?: Source;
  /** Set when the value took the year a history last gave (see narrative.ts): "in 1940 ... in June". */
  readonly narrativeYear?: Source;
}

const YEAR_WORDS = /(?<![\p{N}])\p{N}{4}(?![\p{N}])|['’]\d\d\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/u;
const MONTH_WORDS = new RegExp(`\\b(?:${MONTH_PART})|\\b\\d{1,4}[/.-]\\d{1,2}\\b`, 'i');
const DAY_WORDS = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\b(?!\\s*(?:[ap]\\.?m\\b|:|o'clock))|\\b\\d{1,4}[/.-]\\d{1,2}\\b|\\b(?:first|second|third|\\w+teenth|\\w+tieth|\\w+th)\\b`, 'i');
const WEEKDAY_WORDS = new RegExp(`\\b${WEEKDAY}`, 'i');
const TIME_WORDS = /\d\s*(?:[ap]\.?m\b|:\d\d|o'clock)|\b(?:noon|midnight|midday|morning|afternoon|evening|night|tonight|dawn|dusk)\b/i;

/** The parts a value has: "2022-04-01" year, month and day; "2022-04" year and month. */
function partsOf(value: string): DatePart[] {
  const parts: DatePart[] = [];
  if (/^\d{4}/.test(value)) parts.push('year');
  if (/^\d{4}-\d\d/.test(value)) parts.push('month');
  if (/^\d{4}-\d\d-\d\d/.test(value)) parts.push('day');
  if (/T/.test(value)) parts.push('time');
  return parts;
}

/** The parts the words write out. */
export function statedParts(text: string, kind: RuleKind): DatePart[] {
  const parts: DatePart[] = [];
  if (YEAR_WORDS.test(text)) parts.push('year');
  const month = MONTH_WORDS.test(text);
  if (month) parts.push('month');
  // A number is a day only beside a month ("May 5", "5/3"): alone it may be a count ("two days later").
  if (month && DAY_WORDS.test(text.replace(YEAR_WORDS, ''))) parts.push('day');
  if (kind === 'yearless' && !month && /\b\d{1,2}(?:st|nd|rd|th)\b/i.test(text)) parts.push('day'); // "the 5th"
  if (WEEKDAY_WORDS.test(text)) parts.push('weekday');
  if (TIME_WORDS.test(text)) parts.push('time');
  return parts;
}

/** Where `value` lies from `anchor`, at the value's own granularity. */
export function relationOf(value: string, anchor: string): Relation {
  const m = /^\d{4}(?:-\d\d(?:-\d\d)?)?/.exec(value);
  if (m && !/^\d{4}-[WQHSFW]/.test(value)) {
    // At the coarser of the two: "June" (1940-06) is in its anchor year 1940, not after it.
    const written = /^\d{4}(?:-\d\d(?:-\d\d)?)?/.exec(anchor);
    const n = Math.min(m[0].length, written ? written[0].length : m[0].length);
    const [v, a] = [m[0].slice(0, n), anchor.slice(0, n)];
    return v < a ? 'before' : v > a ? 'after' : 'same';
  }
  const v = describeValue(value)?.sortKey;
  const r = describeValue(anchor)?.sortKey;
  if (v === undefined || r === undefined) return 'same';
  if (value.slice(0, 4) !== anchor.slice(0, 4)) return v < r ? 'before' : 'after';
  return 'same';
}

const labelOf = (value: string): string => describeValue(value)?.label ?? value;

/** The date a rule placed, named without its year: "Friday", "7 November", "March". */
function what(kind: RuleKind, value: string, text: string): string {
  const m = /^(\d{4})-(\d\d)(?:-(\d\d))?/.exec(value);
  if (!m) return `“${text.trim()}”`;
  if (kind === 'weekday' && m[3]) return WEEKDAY_NAMES[new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])).getUTCDay()];
  return m[3] ? `${Number(m[3])} ${MONTH_NAMES[+m[2] - 1]}` : MONTH_NAMES[+m[2] - 1];
}

function anchorOf(input: ExplainInput, kind: RuleKind): DateAnchor {
  if (input.sentenceYear) return { kind: 'sentence', value: input.sentenceYear.value.slice(0, 4), mention: input.sentenceYear.mention };
  if (input.narrativeYear) return { kind: 'narrative', value: input.narrativeYear.value.slice(0, 4), mention: input.narrativeYear.mention };
  if (kind === 'written' || kind === 'duration' || kind === 'set' || kind === 'reference') return { kind: 'none' };
  const { read, sources } = input;
  const story = (read.last && sources.last) || (read.anchor && sources.anchor) || (read.anchorYear && sources.year);
  if (story) return { kind: 'story', value: story.value, mention: story.mention };
  return { kind: 'reference', value: input.referenceDate };
}

function anchorWords(anchor: DateAnchor): string {
  const value = anchor.value ?? '';
  switch (anchor.kind) {
    case 'story': return `the earlier “${anchor.mention?.text ?? ''}” (${labelOf(value)})`;
    case 'sentence': return `the year its sentence opens with, “${anchor.mention?.text ?? ''}” (${value})`;
    case 'narrative': return `the year the account last gave, “${anchor.mention?.text ?? ''}” (${value})`;
    case 'reference': return `the story’s date (${labelOf(value)})`;
    case 'none': return 'the words alone';
  }
}

/** "year and month", "year, month and day". */
function listWords(parts: readonly DatePart[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * Is a year-less date too far from its anchor to be simply the nearest one? Within 60 days (a day) or a month (a
 * month) it keeps the nearest year whatever the tense (see resolveYear in dates.ts), and the tense did not choose.
 */
function farFrom(value: string, anchor: string): boolean {
  if (!/^\d{4}-\d\d/.test(value) || !/^\d{4}-\d\d/.test(anchor)) return true;
  const day = (s: string): number => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +(s.slice(8, 10) || 1));
  if (/^\d{4}-\d\d-\d\d/.test(value)) return Math.abs(day(value) - day(anchor)) / 86400000 > 60;
  const months = (s: string): number => +s.slice(0, 4) * 12 + +s.slice(5, 7);
  return Math.abs(months(value) - months(anchor)) > 1;
}

export function explainTimex(input: ExplainInput): DateExplanation {
  const kind = kindOf(input.rule, { anchor: input.read.anchor || input.read.anchorYear || input.read.last, tense: input.read.tense }, input.type);
  const anchor = anchorOf(input, kind);
  const relation = anchor.value ? relationOf(input.value, anchor.value) : 'same';
  const tense = input.read.tense ? input.tense : undefined;
  const words = ruleWords(kind, relation, tense, what(kind, input.value, input.text), anchorWords(anchor));
  const has = partsOf(input.value);
  const said = statedParts(input.text, kind);
  let stated: DatePart[];
  let implied: DatePart[];
  if (kind === 'counted' || kind === 'written') {
    stated = has;
    implied = [];
  } else {
    stated = said.filter((p) => p === 'weekday' || has.includes(p));
    // A weekday names its day: the year and month are what it leaves implied.
    implied = has.filter((p) => !stated.includes(p) && !(p === 'day' && stated.includes('weekday')));
  }
  const guessed: DatePart[] = kind === 'weekday' && tense === 'present' ? ['day'] : [];
  // The tense chose the reading of a weekday, or of a year-less date too far from its anchor to be simply the nearest.
  const far = farFrom(input.value, anchor.value ?? '');
  const tenseMattered = tense !== undefined && (kind === 'weekday' || (kind === 'yearless' && far && anchor.kind !== 'sentence' && anchor.kind !== 'narrative'));
  const because = !tenseMattered ? '' : input.tenseCue ? `, because “${input.tenseCue}” is ${TENSE_WORDS[tense]}` : ', with no verb to give a tense';
  const notes = [
    ...(implied.length ? [`${listWords(implied)} implied`] : []),
    ...(guessed.length ? [`${listWords(guessed)} guessed`] : []),
  ];
  const label = input.mod ? `${MOD_PHRASES[input.mod]} ${labelOf(input.value)}` : labelOf(input.value);
  const summary = `${input.text.trim()} → ${label}: ${words}${because}${notes.length ? `; ${notes.join('; ')}` : ''}`;
  return {
    rule: input.rule,
    words,
    anchor,
    ...(tenseMattered ? { tense } : {}),
    ...(tenseMattered && input.tenseCue ? { tenseCue: input.tenseCue } : {}),
    stated,
    implied,
    ...(guessed.length ? { guessed } : {}),
    summary,
  };
}
