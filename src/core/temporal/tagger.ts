// The temporal tagger: every rule's matches → the longest non-overlapping ones → resolved in text order, each
// against the reference date, the tense of its clause, and the story's last date (for "the following day").
import type { ArticleDoc, Sentence } from '../model';
import type { Granularity, Timex } from '../types';
import { granularityOf } from '../calendar';
import { parseYmd, type Tense, type Ymd } from './dates';
import { triggerFlags, triggerOf, regionsOf, type Region } from './prefilter';
import { inCalendarYear, markRanges, monthWithoutYear } from './ranges';
// From rules/index, not './rules' (see prefilter.ts).
import { RULES, type Rule, type RuleContext, type RuleResult } from './rules/index';
import { tenseAt, tenseCue } from './tense';
import { explainTimex, nothingRead, watched, type Source } from './explain';
import { timexMod } from './mods';
import { inNarrativeYear, isNarrative, nextNarrativeYear } from './narrative';
import { partitionPoint } from '../sorted';

export interface ResolvedTimex extends Timex {
  readonly sentenceIndex: number;
  readonly granularity?: Granularity;
  /** For ranges ("between 2014 and 2017"): the end's value, on the range's first expression. */
  readonly endValue?: string;
  /** The second expression of a range, already covered by the first's `endValue`. */
  readonly rangeEnd?: boolean;
}

export interface Match {
  readonly rule: Rule;
  readonly m: RegExpExecArray;
  readonly start: number;
  readonly end: number;
  readonly priority: number;
  readonly sentence: Sentence;
}

const CONTEXT_CHARS = 40;

/** Every temporal expression in the document, in text order, resolved against the reference date and the story. */
export function tagTimexes(doc: ArticleDoc, referenceDate: string): ResolvedTimex[] {
  const ref = parseYmd(referenceDate);
  const text = doc.plain;
  const chosen = longestNonOverlapping(rawMatches(doc, ref, true));

  const out: ResolvedTimex[] = [];
  let anchor: Ymd = ref;
  let anchorYear = ref.y;
  let last: string | undefined;
  let opening: { readonly sentence: Sentence; readonly year?: number; readonly source?: Source } | undefined;
  // The expressions that set `anchor`, `anchorYear` and `last`, for the explanations.
  const sources: { anchor?: Source; year?: Source; last?: Source } = {};
  const narrative = isNarrative(chosen.map((c) => text.slice(c.start, c.end)), ref.y, chosen.map((c) => inQuotation(text, c.start)));
  // In a narrative, the year of its latest date once it has written one (see narrative.ts), and what wrote it.
  let narrativeYear: { readonly year: number; readonly source: Source } | undefined;
  for (const match of chosen) {
    const read = nothingRead();
    const ctx = contextFor(text, match.start, match.end, ref, anchor, match.sentence, last, anchorYear);
    let result: RuleResult | undefined = match.rule.build(match.m, watched(ctx, read));
    if (!result) continue;
    const words = doc.original.slice(match.start, match.end);
    const mention = { text: words, start: match.start, end: match.end };
    let sentenceYear: Source | undefined;
    if (opening?.sentence !== match.sentence) {
      const year = openingYear(text, match, result);
      opening = { sentence: match.sentence, year, ...(year !== undefined ? { source: { mention, value: result.value } } : {}) };
    } else if (opening.year !== undefined) {
      const before = result;
      result = inYear(result, opening.year, text.slice(match.start, match.end));
      if (result !== before) sentenceYear = opening.source;
    }
    // "In April and June 1955", "6-7 January 1916", "the spring and summer of 1979": the first of a pair takes the
    // year written after the second, which a narrative's year or the reference date would otherwise give it.
    const pairYear = PAIR_LATER_YEAR.exec(text.slice(match.end, match.end + 40));
    const paired = pairYear ? inPairYear(result, Number(pairYear[1]), text.slice(match.start, match.end)) : result;
    result = paired;
    let fromNarrative: Source | undefined;
    if (narrative && narrativeYear !== undefined && !pairYear) {
      const before = result;
      result = inNarrativeYear(result, narrativeYear.year, text.slice(match.start, match.end));
      if (result !== before) fromNarrative = narrativeYear.source;
    }
    const mod = timexMod(words, result.type, text.slice(Math.max(0, match.start - CONTEXT_CHARS), match.start), text.slice(match.end, match.end + 12));
    const explanation = explainTimex({
      rule: match.rule.name,
      text: words,
      type: result.type,
      value: result.value,
      ...(mod ? { mod } : {}),
      read,
      referenceDate,
      ...(read.tense ? { tense: ctx.tense, tenseCue: tenseCue(match.sentence, match.start) } : {}),
      sources: { ...sources },
      ...(sentenceYear ? { sentenceYear } : {}),
      ...(fromNarrative ? { narrativeYear: fromNarrative } : {}),
    });
    const source: Source = { mention, value: result.value };
    if (result.type === 'DATE' && !result.derived && /^\d{4}-(?:Q\d|\d{2}|\d{2}-\d{2})$/.test(result.value)) [last, sources.last] = [result.value, source];
    if (result.day) [anchor, sources.anchor] = [result.day, source];
    // A month moves the day anchor to its first day ("that month", "on the 5th"); a year only moves `anchorYear`:
    // "last year's blasts ... at midday" put midday on January 1.
    else if (result.type === 'DATE' && !result.derived && /^\d{4}-\d{2}$/.test(result.value)) [anchor, sources.anchor] = [parseYmd(`${result.value}-01`), source];
    if (result.day) [anchorYear, sources.year] = [result.day.y, source];
    else if (result.type === 'DATE' && !result.derived && /^\d{4}(?:$|-)/.test(result.value)) [anchorYear, sources.year] = [Number(result.value.slice(0, 4)), source];
    if (narrative) {
      const attributive = /^\d{4}$/.test(words) && /\b(?:a|an|the|its|his|her|their)\s+$/i.test(text.slice(Math.max(0, match.start - 8), match.start)) && /^\s+\p{L}/u.test(text.slice(match.end, match.end + 3)) && !/^\s+(?:and|or|to|through|until)\b/i.test(text.slice(match.end, match.end + 10));
      const year = nextNarrativeYear(narrativeYear?.year, result, text.slice(match.start, match.end), ref.y, attributive);
      if (year !== undefined && year !== narrativeYear?.year) narrativeYear = { year, source };
    }
    const granularity = result.type === 'DATE' || result.type === 'TIME' ? granularityOf(result.value) : undefined;
    out.push({
      text: words,
      start: match.start,
      end: match.end,
      type: result.type,
      value: result.value,
      ...(mod ? { mod } : {}),
      explanation,
      sentenceIndex: match.sentence.index,
      ...(granularity ? { granularity } : {}),
    });
  }
  return markRanges(text, out);
}

/**
 * Is `offset` inside a quotation? Its paragraph before it opens more curly quotes than it closes, or holds an odd number
 * of straight ones: a quote may run over several sentences, never over a paragraph break (where a new one reopens).
 */
function inQuotation(text: string, offset: number): boolean {
  const before = text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
  const count = (re: RegExp): number => before.match(re)?.length ?? 0;
  return count(/“/g) > count(/”/g) || count(/"/g) % 2 === 1;
}

/** A year written after a pair's second member, in the same clause: "and June 1955", "-7 January 1916", "to Feb. 15,
 *  1989", "and summer of 1979". */
const PAIR_LATER_YEAR = /^\s*(?:[-–]\s*|,?\s+(?:and|or|to|through|until|till)\s+)(?:the\s+)?(?:[\p{L}\d]+\.?\s+){0,2}?(?:of\s+)?[\p{L}\d]*\.?,?\s*(1\d{3}|20\d\d)(?![.,]\d)(?=\s*(?:[,.;:)!?]|$)|\s+(?:and|to|in|on|at|when|with|the|a|an)\s)/u;

/** A month, day or season without a year put in `year` (see PAIR_LATER_YEAR); any other result as it was. */
function inPairYear(result: RuleResult, year: number, words: string): RuleResult {
  if (result.type !== 'DATE' || result.derived || /\d{4}|\b(?:last|next|this|that|year)\b/i.test(words)) return result;
  const season = /^\d{4}-(?:SP|SU|FA|WI)$/.test(result.value);
  if (!season && !/^\d{4}-\d\d(?:-\d\d)?$/.test(result.value)) return result;
  // A month's name or a bare day ("6" of "6-7 January 1916"), not a weekday ("Friday to 1462.93").
  if (!season && !monthWithoutYear(words) && !/^\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s*$/i.test(words)) return result;
  const value = inCalendarYear(result.value, year);
  if (value === undefined || value === result.value) return result;
  return { ...result, value, ...(result.day ? { day: { ...result.day, y: year } } : {}) };
}

/** What may stand before a year that opens its sentence as the setting of all of it: "Last year, ...", "In 2019, ...". */
const OPENING_YEAR_BEFORE = /^[\s"“‘'(]*(?:(?:in|during|throughout|by|earlier|later|early|late)\s+)?$/i;

/** The year of the sentence's first expression when it opens the sentence, set off by a comma; else undefined. */
function openingYear(text: string, match: Match, result: RuleResult): number | undefined {
  if (result.type !== 'DATE' || !/^\d{4}$/.test(result.value)) return undefined;
  const opens = OPENING_YEAR_BEFORE.test(text.slice(match.sentence.start, match.start)) && /^\s*,/.test(text.slice(match.end, match.end + 3));
  return opens ? Number(result.value) : undefined;
}

/**
 * "Last year, a smaller fire burned 40 homes in late August": a month or day written without a year takes the year its
 * sentence opens with, not the one the tense and the reference date would give. A year in a clause ("The firm, founded
 * in 1998, said in March") sets no scene, so only an opening one counts.
 */
function inYear(result: RuleResult, year: number, words: string): RuleResult {
  if (result.type !== 'DATE' || !/^\d{4}-\d\d(?:-\d\d)?$/.test(result.value)) return result;
  if (!monthWithoutYear(words) || /\b(?:last|next|this)\b/i.test(words)) return result;
  const value = inCalendarYear(result.value, year);
  if (value === undefined || value === result.value) return result;
  return { ...result, value, ...(result.day ? { day: { ...result.day, y: year } } : {}) };
}

/**
 * Every rule's matches that lie in one sentence and that its rule accepts on their own. With `prefilter`, a rule
 * scans only the stretches of sentences holding its trigger words (see TRIGGERS); without, the whole text (the
 * reference the prefilter is tested against).
 */
export function rawMatches(doc: ArticleDoc, ref: Ymd, prefilter: boolean): Match[] {
  const text = doc.plain;
  const starts = doc.sentences.map((s) => s.start);
  const flags = prefilter && doc.sentences.length > 0 ? triggerFlags(doc) : undefined;
  const matches: Match[] = [];
  const narrow = flags ? narrowCopy(text) : undefined;
  // Many rules need the same trigger groups (a digit, a unit word): their regions are found once.
  const regionsByNeeds = new Map<string, Region[]>();
  const regionsFor = (needs: readonly number[]): Region[] => {
    const key = needs.join(',');
    let regions = regionsByNeeds.get(key);
    if (regions === undefined) regionsByNeeds.set(key, (regions = regionsOf(doc, flags!, needs)));
    return regions;
  };
  RULES.forEach((rule, priority) => {
    const needs = flags ? triggerOf(rule) : undefined;
    const regions = needs === undefined ? [{ start: 0, end: text.length }] : regionsFor(needs);
    const re = rule.pattern;
    let cursor = 0;
    for (const region of regions) {
      // A prefix of the text: the regex sees the same characters before each match, and a region ends sentences
      // after its last flagged one, so nothing a match in a flagged sentence looks at is cut off.
      const source = narrow && !narrow.overlapsWide(region.start - LOOKBEHIND_CHARS, region.end) ? narrow.copy : text;
      const subject = region.end === text.length ? source : source.slice(0, region.end);
      re.lastIndex = Math.max(cursor, region.start);
      for (let m = re.exec(subject); m !== null; m = re.exec(subject)) {
        const start = m.index;
        const end = start + m[0].length;
        // As matchAll: an empty match moves on by one code point.
        if (end === start) re.lastIndex = start + (subject.codePointAt(start)! > 0xffff ? 2 : 1);
        const sentence = sentenceAt(doc.sentences, starts, start);
        const accepted = sentence !== undefined && end <= sentence.end && rule.build(m, contextFor(text, start, end, ref, ref, sentence, undefined, ref.y)) !== undefined;
        if (accepted) matches.push({ rule, m, start, end, priority, sentence });
        // A rejected match must not hide a shorter one inside it ("Friday\n\nMarch 22, 2013" runs across a heading's
        // end, and matchAll then never tried "March 22, 2013"): scan on from its next code point, not from its end.
        else re.lastIndex = start + (subject.codePointAt(start)! > 0xffff ? 2 : 1);
        cursor = re.lastIndex;
      }
      re.lastIndex = 0;
    }
  });
  return matches;
}

// ---- one-byte text for the regexes ----
// V8 runs these regexes about three times slower over a two-byte string (any character above U+00FF, such as one em
// dash, makes the whole text one) than over a one-byte string: 0.28 vs 0.96 ms/KB for all rules over the same 10 KB of
// CNN/DM text with one em dash added. Long documents nearly always hold such a character somewhere, which made time
// per KB grow with size. A region with none near it is scanned in a one-byte copy of the text: the same characters
// at the same offsets wherever the regex can look.

/** How far back a rule's lookbehind may look (the longest today, "(?<=\\bthe\\s)", reads five characters). */
const LOOKBEHIND_CHARS = 200;
const WIDE_RUN = /[^\x00-\xff]+/g;

interface NarrowCopy {
  /** The text with each UTF-16 unit cut to its low byte: equal to the text wherever the text has no wide character. */
  readonly copy: string;
  /** Does [from, to) hold a character above U+00FF? */
  overlapsWide(from: number, to: number): boolean;
}

function narrowCopy(text: string): NarrowCopy | undefined {
  const buffer = (globalThis as { Buffer?: typeof Buffer }).Buffer;
  if (!buffer) return undefined;
  const starts: number[] = [];
  const ends: number[] = [];
  WIDE_RUN.lastIndex = 0;
  for (let m = WIDE_RUN.exec(text); m !== null; m = WIDE_RUN.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    // Mostly non-Latin text: few regions would be free of wide characters anyway.
    if (starts.length > 64 + text.length / 256) {
      WIDE_RUN.lastIndex = 0;
      return undefined;
    }
  }
  if (starts.length === 0) return undefined;
  const copy = buffer.from(text, 'latin1').toString('latin1');
  return {
    copy,
    overlapsWide(from, to) {
      // The first run ending after `from`; it overlaps if it starts before `to`.
      const lo = partitionPoint(0, ends.length, (i) => ends[i] <= from);
      return lo < starts.length && starts[lo] < to;
    },
  };
}


function sentenceAt(sentences: readonly Sentence[], starts: readonly number[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const sentence = found >= 0 ? sentences[found] : undefined;
  return sentence && offset < sentence.end ? sentence : undefined;
}

/** A rule's context; the tense and the text around are found only if the rule asks (most never do). */
function contextFor(text: string, start: number, end: number, ref: Ymd, anchor: Ymd, sentence: Sentence, last: string | undefined, anchorYear: number): RuleContext {
  let tense: Tense | undefined;
  return {
    ref,
    anchor,
    anchorYear,
    last,
    get tense() {
      return (tense ??= tenseAt(sentence, start));
    },
    get before() {
      return text.slice(Math.max(0, start - CONTEXT_CHARS), start);
    },
    get after() {
      return text.slice(end, end + CONTEXT_CHARS);
    },
  };
}

/** Longest first; on equal length the earlier rule wins. Linear in the matched text, so a wall of dates stays fast. */
function longestNonOverlapping(matches: Match[]): Match[] {
  const sorted = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start);
  const taken: Match[] = [];
  const used = new Set<number>();
  for (const candidate of sorted) {
    let free = true;
    for (let i = candidate.start; i < candidate.end && free; i++) if (used.has(i)) free = false;
    if (!free) continue;
    for (let i = candidate.start; i < candidate.end; i++) used.add(i);
    taken.push(candidate);
  }
  return taken.sort((a, b) => a.start - b.start);
}
