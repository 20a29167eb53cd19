// The temporal tagger: every rule's matches → the longest non-overlapping ones → resolved in text order, each
// against the reference date, the tense of its clause, and the story's last date (for "the following day").
import type { ArticleDoc, Sentence, Token } from '../model';
import type { Granularity, Timex } from '../types';
import { findExplicitDate } from '../calendar';
import { parseYmd, type Tense, type Ymd } from './dates';
import { RULES, granularityOf, type Rule, type RuleContext, type RuleResult } from './rules';

export interface ResolvedTimex extends Timex {
  readonly sentenceIndex: number;
  readonly granularity?: Granularity;
  /** For ranges ("between 2014 and 2017"): the end's value, on the range's first expression. */
  readonly endValue?: string;
  /** The second expression of a range, already covered by the first's `endValue`. */
  readonly rangeEnd?: boolean;
}

interface Match {
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
  const starts = doc.sentences.map((s) => s.start);
  const matches: Match[] = [];
  RULES.forEach((rule, priority) => {
    rule.re.lastIndex = 0;
    for (const m of text.matchAll(rule.re)) {
      const start = m.index!;
      const end = start + m[0].length;
      const sentence = sentenceAt(doc.sentences, starts, start);
      if (!sentence || end > sentence.end) continue;
      const ctx = contextFor(text, start, end, ref, ref, tenseAt(sentence, start), undefined);
      if (rule.build(m, ctx)) matches.push({ rule, m, start, end, priority, sentence });
    }
  });
  const chosen = longestNonOverlapping(matches);

  const out: ResolvedTimex[] = [];
  let anchor: Ymd = ref;
  let last: string | undefined;
  for (const match of chosen) {
    const ctx = contextFor(text, match.start, match.end, ref, anchor, tenseAt(match.sentence, match.start), last);
    const result: RuleResult | undefined = match.rule.build(match.m, ctx);
    if (!result) continue;
    if (result.type === 'DATE' && !result.derived && /^\d{4}-(?:Q\d|\d{2}|\d{2}-\d{2})$/.test(result.value)) last = result.value;
    if (result.day) anchor = result.day;
    else if (result.type === 'DATE' && !result.derived && /^\d{4}(-\d{2})?$/.test(result.value) && match.rule.name !== 'year') {
      anchor = parseYmd(`${result.value.slice(0, 4)}-${result.value.slice(5, 7) || '01'}-01`);
    }
    const granularity = result.type === 'DATE' || result.type === 'TIME' ? granularityOf(result.value) : undefined;
    out.push({
      text: doc.original.slice(match.start, match.end),
      start: match.start,
      end: match.end,
      type: result.type,
      value: result.value,
      sentenceIndex: match.sentence.index,
      ...(granularity ? { granularity } : {}),
    });
  }
  return markRanges(text, out);
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

function contextFor(text: string, start: number, end: number, ref: Ymd, anchor: Ymd, tense: Tense, last: string | undefined): RuleContext {
  return {
    ref,
    anchor,
    last,
    tense,
    before: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    after: text.slice(end, end + CONTEXT_CHARS),
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

const FUTURE_MARKERS = new Set(['will', "'ll", 'wo', 'shall', '’ll', 'would']);
/** Past participles that still point ahead: "scheduled to close Monday", "planned to leave Thursday". */
const FUTURE_GOVERNORS = new Set(['scheduled', 'set', 'expected', 'planned', 'slated', 'supposed', 'poised', 'prepared', 'due', 'likely', 'ready', 'going', 'intended', 'hoped', 'agreed', 'promised', 'vowed', 'pledged', 'threatened', 'decided']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', "'d"]);
const IRREGULAR_PAST = new Set([
  'said', 'told', 'made', 'went', 'came', 'took', 'gave', 'found', 'left', 'began', 'became', 'fell', 'rose', 'held', 'met',
  'saw', 'got', 'paid', 'sold', 'bought', 'won', 'lost', 'led', 'ran', 'set', 'put', 'cut', 'hit', 'shot', 'struck', 'spoke',
  'wrote', 'broke', 'brought', 'thought', 'knew', 'felt', 'kept', 'sent', 'spent', 'built', 'fought', 'caught', 'taught', 'sought',
  'stood', 'understood', 'chose', 'drove', 'flew', 'grew', 'drew', 'threw', 'wore', 'woke', 'forgot', 'hid', 'slid', 'swore',
]);

/** Verb and auxiliary token indices of each sentence, found once per sentence (a sentence can hold many dates). */
const verbCache = new WeakMap<Sentence, number[]>();

function verbsOf(sentence: Sentence): number[] {
  let verbs = verbCache.get(sentence);
  if (!verbs) {
    verbs = [];
    sentence.tokens.forEach((t, i) => {
      if (t.pos === 'VERB' || t.pos === 'AUX') verbs!.push(i);
    });
    verbCache.set(sentence, verbs);
  }
  return verbs;
}

/** The tense of the clause around an offset, from the nearest verb and its auxiliaries. */
export function tenseAt(sentence: Sentence, offset: number): Tense {
  const tokens = sentence.tokens;
  const verbs = verbsOf(sentence);
  // The last verb ending before the offset and the first one after it are the only candidates.
  let lo = 0;
  let hi = verbs.length - 1;
  let before = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[verbs[mid]].end <= offset) {
      before = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const candidates = [before, before + 1].filter((k) => k >= 0 && k < verbs.length).map((k) => verbs[k]);
  let nearest = -1;
  let distance = Infinity;
  for (const i of candidates) {
    const t = tokens[i];
    // A verb before the date binds more often than one after it ("said Friday that he would ...").
    const d = t.end <= offset ? offset - t.end : (t.start - offset) * 1.5;
    if (d < distance) {
      distance = d;
      nearest = i;
    }
  }
  if (pointsAhead(tokens, offset)) return 'future';
  if (nearest < 0) return 'present';
  for (let i = Math.max(0, nearest - 4); i <= nearest; i++) {
    const t = tokens[i];
    if (FUTURE_MARKERS.has(t.lower)) return 'future';
    if (t.lower === 'going' && tokens[i + 1]?.lower === 'to') return 'future';
    if (PAST_AUX.has(t.lower)) return 'past';
  }
  const verb = tokens[nearest];
  // "is scheduled to close Monday", "planned to leave on Thursday": an infinitive points ahead of its clause,
  // unless what governs it is itself past ("declined to comment Saturday").
  if (nearest > 0 && verb.end <= offset && tokens[nearest - 1].lower === 'to' && verb.lower === verb.lemma) {
    const governor = tokens[nearest - 2];
    return !governor || !isPastForm(governor) || FUTURE_GOVERNORS.has(governor.lower) ? 'future' : 'past';
  }
  return isPastForm(verb) ? 'past' : 'present';
}

/** "as soon as Tuesday", "as early as next week", "effective Feb. 1": a date still ahead, whatever the verb. */
function pointsAhead(tokens: readonly Token[], offset: number): boolean {
  let i = tokens.length - 1;
  while (i >= 0 && tokens[i].end > offset) i--;
  if (i >= 0 && tokens[i].lower === 'effective') return true; // "effective Feb. 1"
  return i >= 2 && tokens[i].lower === 'as' && (tokens[i - 1].lower === 'soon' || tokens[i - 1].lower === 'early') && tokens[i - 2].lower === 'as';
}

function isPastForm(t: Token): boolean {
  if (t.lower === t.lemma) return false;
  return t.lower.endsWith('ed') || IRREGULAR_PAST.has(t.lower);
}

const RANGE_BETWEEN = /^\s*(?:and|to|until|till|through|thru|-|–|—)\s*$/i;
const RANGE_OPENER = /(?:between|from)\s+$/i;

/** "between 2014 and 2017", "from March to May", "2014-2017": the first expression carries the range's end. */
function markRanges(text: string, timexes: ResolvedTimex[]): ResolvedTimex[] {
  const out = [...timexes];
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i];
    const b = out[i + 1];
    if (a.type !== 'DATE' || b.type !== 'DATE' || !a.granularity || !b.granularity) continue;
    const gap = text.slice(a.end, b.start);
    const opener = RANGE_OPENER.test(text.slice(Math.max(0, a.start - 12), a.start));
    const joined = RANGE_BETWEEN.test(gap) && (opener || /^\s*[-–]\s*$/.test(gap) || /^\s*(?:through|until)\s*$/i.test(gap));
    if (!joined || (opener && /between/i.test(text.slice(Math.max(0, a.start - 12), a.start)) && !/and/i.test(gap))) continue;
    if (a.value >= b.value && a.granularity === b.granularity) continue;
    out[i] = { ...a, endValue: b.value };
    out[i + 1] = { ...b, rangeEnd: true };
    i++;
  }
  return out;
}

/**
 * A date string such as "2022-04-01T10:00Z", "April 1, 2022", "1 Apr 2022" or "Nov. 7" as `YYYY-MM-DD`; a date
 * without a year takes the reference date's year, or the current year.
 */
export function parseDateText(text: string, referenceDate?: string): string | undefined {
  const year = referenceDate ? Number(referenceDate.slice(0, 4)) : new Date().getFullYear();
  return findExplicitDate(text, year)?.value;
}

