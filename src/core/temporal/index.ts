// The temporal tagger: every rule's matches → the longest non-overlapping ones → resolved in text order, each
// against the reference date, the tense of its clause, and the story's last date (for "the following day").
import type { ArticleDoc, Sentence, Token } from '../model';
import type { Granularity, Timex } from '../types';
import { findExplicitDate, isIsoDate } from '../calendar';
import { isAsciiDigit, isAsciiLetterOrDigit } from '../chars';
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
  let opening: { readonly sentence: Sentence; readonly year?: number } | undefined;
  for (const match of chosen) {
    const ctx = contextFor(text, match.start, match.end, ref, anchor, match.sentence, last, anchorYear);
    let result: RuleResult | undefined = match.rule.build(match.m, ctx);
    if (!result) continue;
    if (opening?.sentence !== match.sentence) opening = { sentence: match.sentence, year: openingYear(text, match, result) };
    else if (opening.year !== undefined) result = inYear(result, opening.year, text.slice(match.start, match.end));
    if (result.type === 'DATE' && !result.derived && /^\d{4}-(?:Q\d|\d{2}|\d{2}-\d{2})$/.test(result.value)) last = result.value;
    if (result.day) anchor = result.day;
    // A month moves the day anchor to its first day ("that month", "on the 5th"); a year only moves `anchorYear`:
    // "last year's blasts ... at midday" put midday on January 1.
    else if (result.type === 'DATE' && !result.derived && /^\d{4}-\d{2}$/.test(result.value)) anchor = parseYmd(`${result.value}-01`);
    if (result.day) anchorYear = result.day.y;
    else if (result.type === 'DATE' && !result.derived && /^\d{4}(?:$|-)/.test(result.value)) anchorYear = Number(result.value.slice(0, 4));
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
    const re = rule.re;
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
      let lo = 0;
      let hi = ends.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (ends[mid] <= from) lo = mid + 1;
        else hi = mid;
      }
      return lo < starts.length && starts[lo] < to;
    },
  };
}

// ---- the prefilter ----
// A profile of CNN/DM articles had a third of analyze() in this tagger, four fifths of it in the rules' regexes
// scanning every character of the text (each starts with a lookbehind, so the engine tries every position). Most
// sentences hold none of a rule's words: each rule now scans only sentences with one of its trigger words (and a
// margin of sentences around them), found in one pass over the text's words.

/**
 * Per rule, word parts every match of it contains (all of the groups, any word part of each group), as
 * case-insensitive substrings of one run of letters and digits. `pattern` is a fingerprint of the rule's regex the
 * trigger was written for: a rule whose pattern changed since is scanned whole until its trigger is checked again.
 */
const DIGIT = '\\d';
const MONTH_PART = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
const WEEKDAY_PART = 'mon|tue|wed|thu|fri|sat|sun';
const UNIT_PART = 'second|minute|hour|day|night|week|fortnight|month|year|decade|centur|quarter';
const PART_OF_DAY_PART = 'morning|afternoon|evening|night';
const trigger = (pattern: string, ...needs: string[]) => ({ pattern, needs });
const TRIGGERS: Readonly<Record<string, { readonly pattern: string; readonly needs: readonly string[] }>> = {
  'iso-date': trigger('17bv6aj', DIGIT),
  'numeric-date': trigger('1wyfiei', DIGIT),
  'dotted-date': trigger('1dqr608', DIGIT),
  'numeric-ymd': trigger('1hv0wei', DIGIT),
  'numeric-md': trigger('1j74buk', DIGIT),
  'week-of': trigger('ngbpf0', 'week', MONTH_PART, DIGIT),
  'month-day-year': trigger('1wwkxil', MONTH_PART, DIGIT),
  'day-month-year': trigger('1xcpniv', MONTH_PART, DIGIT),
  'month-year': trigger('u4mv51', MONTH_PART, `${DIGIT}|nineteen`),
  'part-of-month': trigger('1shnr5l', MONTH_PART),
  'month-quarter': trigger('vkyck7', 'quarter'),
  'month-relative-year': trigger('fpio1u', MONTH_PART, 'year'),
  'spoken-year': trigger('1fqr5o3', 'nineteen|thousand'),
  holiday: trigger('92y97u', 'thanksgiving|christmas|year|election|independence|valentine|halloween|labor|memorial|easter|friday|palm|mother|father|patrick|veterans|boxing|may|cyber|wednesday|thursday|saturday|pentecost|whit|ascension|king|president|columbus|remembrance|armistice|groundhog|saints|epiphany|july'),
  'quarter-century': trigger('hhqdu', 'centur'),
  'for-the-period': trigger('1b5v5a3', 'year|week|month'),
  'in-the-period': trigger('da79kf', 'earlier|later'),
  'mid-period': trigger('1numhei', 'mid'),
  'nth-day-of': trigger('wennsy', 'day'),
  'year-end': trigger('54zdm', 'year'),
  'full-year': trigger('cdr3dk', 'year'),
  'mid-year': trigger('o2q6em', 'year'),
  'units-around-event': trigger('p94kds', 'day|week|month'),
  'month-day': trigger('w6j3uq', MONTH_PART, DIGIT),
  'month-day-range': trigger('1sg9zs6', MONTH_PART, DIGIT),
  'range-second-day': trigger('1vv7xwg', MONTH_PART, DIGIT),
  'day-month': trigger('eelb6j', MONTH_PART, DIGIT),
  'second-day': trigger('r0y9me', MONTH_PART, DIGIT),
  'month-day-word': trigger('1iwuh6y', MONTH_PART, 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|twentieth|thirtieth'),
  month: trigger('1ufllfd', MONTH_PART),
  'set-weekday-part': trigger('10hry3c', WEEKDAY_PART, 'morning|afternoon|evening|night'),
  'day-beside-deictic': trigger('jle2z7', 'day', 'yesterday|tomorrow'),
  weekday: trigger('1l53y5s', WEEKDAY_PART),
  'clock-time': trigger('k04u11', `${DIGIT}|noon|midday|midnight`),
  'clock-24h': trigger('yfksv4', DIGIT, 'gmt|utc'),
  'clock-in-the': trigger('1shfez2', DIGIT),
  oclock: trigger('z26wl1', 'clock'),
  'deictic-day': trigger('kkr18p', 'yesterday|today|tomorrow|tonight'),
  'mid-part-of-day': trigger('15stf08', 'mid'),
  'ordinal-day': trigger('q0psq2', DIGIT),
  'in-the-part-of-day': trigger('1h7leol', PART_OF_DAY_PART),
  'dawn-dusk': trigger('e2bubc', 'dawn|daybreak|sunrise|dusk|nightfall|sunset'),
  'this-part-of-day': trigger('z3di5c', PART_OF_DAY_PART),
  'this-period': trigger('mc7rv4', 'week|month|year|quarter|decade|centur|spring|summer|autumn|fall|winter'),
  ago: trigger('6c9wx5', UNIT_PART),
  'before-last': trigger('8v4c33', 'week|month|year', 'before', 'last'),
  'the-hour': trigger('xwlycl', 'hour|minute'),
  'unit-and-a-half': trigger('14o71fi', 'year|month|week|day|hour|minute', 'half'),
  'following-day': trigger('r41sre', `day|week|month|year|${PART_OF_DAY_PART}`),
  'year-range': trigger('hztujh', DIGIT),
  'year-range-end': trigger('1w2nv0p', DIGIT),
  year: trigger('h5dx3f', DIGIT),
  decade: trigger('fwgdci', `${DIGIT}|ties`),
  century: trigger('1mb0vml', 'centur'),
  quarter: trigger('1m9721q', 'quarter|half'),
  'the-quarter': trigger('dboujh', 'quarter|period|year'),
  'year-ended': trigger('1vrw92g', 'year'),
  'the-fiscal-year': trigger('oq1ycl', 'fiscal', 'year'),
  weekend: trigger('15vl5rq', 'weekend'),
  'q-year': trigger('1wxqpxq', DIGIT),
  season: trigger('k4h3mm', 'spring|summer|autumn|fall|winter'),
  'end-of-period': trigger('z3tp4n', 'year|month|week|decade|centur|quarter'),
  'present-ref': trigger('1o00it8', 'now|day|current|present|year|moment'),
  'at-the-time': trigger('bidtp9', 'time'),
  'past-ref': trigger('lq7wow', 'recent|lately|past|previous|former|once|earlier'),
  'future-ref': trigger('w17xsm', 'future|coming|term|ahead|later'),
  duration: trigger('1a2s81a', UNIT_PART),
  'long-adjective': trigger('17t7x3q', 'long'),
  'over-the-units': trigger('ecl8on', 'over', 'year|decade|centur'),
  'a-while': trigger('1027hlv', 'while'),
  'bare-ago': trigger('ghmwoq', UNIT_PART),
  'bare-units': trigger('1krfmke', UNIT_PART),
  'number-unit-adj': trigger('y9w6ix', UNIT_PART),
  'unit-period': trigger('dnsy8u', UNIT_PART, 'period|term|stretch|span|window'),
  'set-every': trigger('11z9syc', 'every|each'),
  'set-frequency': trigger('5s5pgb', UNIT_PART),
  'set-adverb': trigger('8bywlt', 'daily|weekly|monthly|yearly|hourly|nightly|annually'),
  'set-plural-weekday': trigger('1p4yle7', WEEKDAY_PART),
};

/** The distinct word-part groups, each tested with the rules' own flags (so `ſ` and the Kelvin sign fold as they do). */
const GROUPS = [...new Set(Object.values(TRIGGERS).flatMap((t) => t.needs))];
const GROUP_RES = GROUPS.map((g) => new RegExp(g, 'iu'));

/** A rule's needed groups (indices into GROUPS), or undefined: scan the whole text. */
const ruleNeeds = new Map<Rule, readonly number[] | undefined>();

function triggerOf(rule: Rule): readonly number[] | undefined {
  if (!ruleNeeds.has(rule)) {
    const t = Object.prototype.hasOwnProperty.call(TRIGGERS, rule.name) ? TRIGGERS[rule.name] : undefined;
    const current = t !== undefined && t.pattern === fingerprint(`${rule.re.source}/${rule.re.flags}`);
    ruleNeeds.set(rule, current ? t.needs.map((g) => GROUPS.indexOf(g)) : undefined);
  }
  return ruleNeeds.get(rule);
}

/**
 * The rules scanned whole because their trigger was written for another pattern (or none was): a rule changed without
 * its trigger checked again costs the tagger its prefilter for that rule, silently. A unit test keeps this empty.
 */
export function rulesScannedWhole(): string[] {
  return RULES.filter((rule) => triggerOf(rule) === undefined).map((rule) => rule.name);
}

/** FNV-1a, base 36: a short fingerprint of a rule's pattern. */
export function fingerprint(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

/** A word, as the prefilter splits text: a run of letters and digits, `/[\p{L}\p{N}]+/u`. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** WORD_CHAR's answer for each BMP character above U+007F once asked: 0 not yet, 1 a word character, 2 not. */
const wideWordChars = new Uint8Array(65536);

/** Code units of the word character at text[i] (2 for one outside the BMP), or 0 when it is not a letter or digit. */
function wordCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetterOrDigit(c) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let known = wideWordChars[c];
  if (known === 0) wideWordChars[c] = known = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

/**
 * The shortest word part other than a digit: a shorter run of letters holds none (case folding keeps lengths), so
 * the many short words ("a", "of", "to") skip the lookup. 1 if a part is anything but plain letters.
 */
const SHORTEST_PART = (() => {
  const parts = GROUPS.flatMap((g) => g.split('|')).filter((p) => p !== DIGIT);
  return parts.every((p) => /^[a-z]+$/.test(p)) ? Math.min(...parts.map((p) => p.length)) : 1;
})();

/** A letter trigram's slot: ASCII letters by `code & 31`, so both cases share it (as the rules' `i` flag folds them). */
function trigramSlot(a: number, b: number, c: number): number {
  return ((a & 31) << 10) | ((b & 31) << 5) | (c & 31);
}

/**
 * The first three letters of every word part, by slot (empty when a part is shorter): an ASCII word holds a part only
 * if it holds the part's first three letters, so most words ("said", "people") are passed over without a lookup.
 */
const PART_STARTS = (() => {
  if (SHORTEST_PART < 3) return undefined;
  const slots = new Uint8Array(1 << 15);
  for (const part of GROUPS.flatMap((g) => g.split('|')).filter((p) => p !== DIGIT)) slots[trigramSlot(part.charCodeAt(0), part.charCodeAt(1), part.charCodeAt(2))] = 1;
  return slots;
})();

/** May text[start, end), ASCII letters only, hold a word part? */
function holdsPartStart(text: string, start: number, end: number): boolean {
  if (!PART_STARTS) return true;
  for (let i = start; i + 3 <= end; i++) if (PART_STARTS[trigramSlot(text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i + 2))]) return true;
  return false;
}

/** Groups each word holds; words repeat across articles, so the cache is kept (and emptied when large). */
const wordGroups = new Map<string, readonly number[]>();
const NO_GROUPS: readonly number[] = [];

function groupsOf(word: string): readonly number[] {
  let groups = wordGroups.get(word);
  if (groups === undefined) {
    const found: number[] = [];
    for (let g = 0; g < GROUP_RES.length; g++) if (GROUP_RES[g].test(word)) found.push(g);
    groups = found.length ? found : NO_GROUPS;
    if (wordGroups.size >= 100_000) wordGroups.clear();
    wordGroups.set(word, groups);
  }
  return groups;
}

/** Which groups each sentence holds: flags[sentence * GROUPS.length + group], and where its last such word ends. */
interface Flags {
  readonly flags: Uint8Array;
  /** The end offset of the sentence's last word holding the group (same index as `flags`). */
  readonly lastEnds: Int32Array;
}

function triggerFlags(doc: ArticleDoc): Flags {
  const sentences = doc.sentences;
  const text = doc.plain;
  const n = GROUPS.length;
  const flags = new Uint8Array(sentences.length * n);
  const lastEnds = new Int32Array(sentences.length * n);
  let s = 0;
  // The runs `/[\p{L}\p{N}]+/gu` would match, found by character code: that regex, its match objects and a Map
  // lookup for every word were a quarter of the tagger's time.
  for (let i = 0; i < text.length; ) {
    let step = wordCharLength(text, i);
    if (step === 0) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    let digit = false;
    while (step > 0) {
      const c = text.charCodeAt(i);
      if (isAsciiDigit(c)) digit = true;
      else if (c >= 128) ascii = false;
      i += step;
      step = i < text.length ? wordCharLength(text, i) : 0;
    }
    const end = i;
    if (!digit && (end - start < SHORTEST_PART || (ascii && !holdsPartStart(text, start, end)))) continue;
    const groups = groupsOf(text.slice(start, end));
    if (groups.length === 0) continue;
    while (s < sentences.length && sentences[s].end <= start) s++;
    // Every sentence the word overlaps (a run of letters can straddle two sentences' tokens).
    for (let k = s; k < sentences.length && sentences[k].start < end; k++) {
      for (const g of groups) {
        flags[k * n + g] = 1;
        lastEnds[k * n + g] = end;
      }
    }
  }
  return { flags, lastEnds };
}

/**
 * How many tokens after the last of a rule's words in a sentence its region takes in: every match holds one of those
 * words, so a match at the end of a region must see the text a full scan would (no rule's match runs on, with its
 * lookahead, this many tokens past its last trigger word). None are needed before: a rejected match moves the scan on
 * by one character, so where a scan starts changes nothing after it, and the regex sees the whole text before the
 * region (a prefix of the text, or of its one-byte copy). Past that point the sentence holds no match of the rule.
 */
const MARGIN_TOKENS = 12;

interface Region {
  readonly start: number;
  readonly end: number;
}

/**
 * The stretches of text a rule scans: each flagged sentence from its start to MARGIN_TOKENS past the last word it
 * holds of the rule's groups, merged. (They ran to MARGIN_TOKENS into the next sentence: the regexes then tried every
 * position of a sentence after its last trigger word, where no match of the rule can start.)
 */
function regionsOf(doc: ArticleDoc, { flags, lastEnds }: Flags, needs: readonly number[]): Region[] {
  const sentences = doc.sentences;
  const tokens = doc.tokens;
  const n = GROUPS.length;
  const regions: Region[] = [];
  for (let i = 0; i < sentences.length; i++) {
    let all = true;
    let lastEnd = 0;
    for (const g of needs) {
      if (!flags[i * n + g]) all = false;
      lastEnd = Math.max(lastEnd, lastEnds[i * n + g]);
    }
    if (!all) continue;
    // The first token that starts at or after the last trigger word's end (token starts ascend), then MARGIN_TOKENS.
    let lo = sentences[i].firstToken;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens.start(mid) < lastEnd) lo = mid + 1;
      else hi = mid;
    }
    const last = lo + MARGIN_TOKENS - 1;
    const start = i === 0 ? 0 : sentences[i].start;
    const end = last >= tokens.length - 1 ? doc.plain.length : Math.max(lastEnd, tokens.end(last));
    const previous = regions[regions.length - 1];
    if (previous && start <= previous.end) regions[regions.length - 1] = { start: previous.start, end: Math.max(previous.end, end) };
    else regions.push({ start, end });
  }
  return regions;
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

const FUTURE_MARKERS = new Set(['will', "'ll", 'wo', 'shall', '’ll', 'would']);
/** Past participles that still point ahead: "scheduled to close Monday", "planned to leave Thursday". */
const FUTURE_GOVERNORS = new Set(['scheduled', 'set', 'expected', 'planned', 'slated', 'supposed', 'poised', 'prepared', 'due', 'likely', 'ready', 'going', 'intended', 'hoped', 'agreed', 'promised', 'vowed', 'pledged', 'threatened', 'decided']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', "'d"]);
const IRREGULAR_PAST = new Set([
  'said', 'told', 'made', 'went', 'came', 'took', 'gave', 'found', 'left', 'began', 'became', 'fell', 'rose', 'held', 'met',
  'saw', 'got', 'paid', 'sold', 'bought', 'won', 'lost', 'led', 'ran', 'set', 'put', 'cut', 'hit', 'shot', 'struck', 'spoke',
  'wrote', 'broke', 'brought', 'thought', 'knew', 'felt', 'kept', 'sent', 'spent', 'built', 'fought', 'caught', 'taught', 'sought',
  'stood', 'understood', 'chose', 'drove', 'flew', 'grew', 'drew', 'threw', 'wore', 'woke', 'forgot', 'hid', 'slid', 'swore',
  // More simple pasts ("the economy shrank in the fourth quarter"); only forms no participle shares, so a passive
  // after "is" ("when the case is heard in May") stays present.
  'shrank', 'sank', 'sang', 'rang', 'drank', 'swam', 'stole', 'froze', 'rode', 'ate', 'shook', 'forbade', 'withdrew', 'undertook',
  'overtook', 'mistook', 'arose', 'awoke', 'forgave', 'sprang', 'tore', 'bore', 'wove', 'strove', 'slew', 'stank', 'oversaw', 'foresaw',
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
  const verb = tokens[nearest];
  // "is scheduled to close Monday", "planned to leave on Thursday": an infinitive points ahead of its clause,
  // unless what governs it is itself past ("declined to comment Saturday", "had been due to expire Friday").
  if (nearest > 0 && verb.end <= offset && tokens[nearest - 1].lower === 'to' && verb.lower === verb.lemma) {
    const governor = tokens[nearest - 2];
    // "staged celebrations to mark the entry on Friday": a purpose infinitive after a noun takes the main verb's tense.
    if (governor && NOMINAL.has(governor.pos)) {
      const k = verbs.indexOf(nearest);
      if (k > 0) return clauseTense(tokens, verbs[k - 1]);
    }
    // "were planning to drive on Monday": a progressive's auxiliary is the plan's, not the infinitive's.
    if (governor && /ing$/.test(governor.lower) && !FUTURE_MARKERS.has(tokens[nearest - 3]?.lower ?? '')) return 'future';
    const tense = auxiliaryTense(tokens, nearest);
    if (tense) return tense;
    return !governor || !isPastForm(governor) || FUTURE_GOVERNORS.has(governor.lower) ? 'future' : 'past';
  }
  return auxiliaryTense(tokens, nearest) ?? (isPastForm(verb) ? 'past' : 'present');
}

const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);

/** The tense the auxiliaries before a verb give ("will", "had", "going to"), if any. */
function auxiliaryTense(tokens: readonly Token[], index: number): Tense | undefined {
  for (let i = Math.max(0, index - 4); i <= index; i++) {
    const t = tokens[i];
    if (FUTURE_MARKERS.has(t.lower)) return 'future';
    if (t.lower === 'going' && tokens[i + 1]?.lower === 'to') return 'future';
    if (PAST_AUX.has(t.lower)) return 'past';
    // The present perfect places its dates in the past ("have been searching since the Oct. 23 slaying"); not "has to".
    if (PERFECT_AUX.has(t.lower) && i < index && tokens[i + 1]?.lower !== 'to') return 'past';
  }
  return undefined;
}

const PERFECT_AUX = new Set(['has', 'have', "'ve", '’ve']);

/** The tense of a verb from its auxiliaries or its own form. */
function clauseTense(tokens: readonly Token[], index: number): Tense {
  return auxiliaryTense(tokens, index) ?? (isPastForm(tokens[index]) ? 'past' : 'present');
}

/** "as soon as Tuesday", "as early as next week", "effective Feb. 1": a date still ahead, whatever the verb. */
function pointsAhead(tokens: readonly Token[], offset: number): boolean {
  let i = tokens.length - 1;
  while (i >= 0 && tokens[i].end > offset) i--;
  if (i >= 0 && tokens[i].lower === 'effective') return true; // "effective Feb. 1"
  if (i >= 0 && (tokens[i].lower === 'until' || tokens[i].lower === 'till') && defersTo(tokens, i)) return true;
  return i >= 2 && tokens[i].lower === 'as' && (tokens[i - 1].lower === 'soon' || tokens[i - 1].lower === 'early') && tokens[i - 2].lower === 'as';
}

/** Verbs that move something to a later date: "extended the offer until Nov. 9", "postponed until Tuesday morning". */
const DEFERRING = new Set(['extend', 'postpone', 'delay', 'defer', 'give', 'adjourn', 'push', 'recess', 'grant', 'allow']);

/** Is the "until" at `i` the new date of a deferral ("has given the relatives until 9 a.m. Tuesday"), a date still
 *  ahead, rather than the end of a stretch ("remained closed until Tuesday", "it was not until Tuesday")? */
function defersTo(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    const t = tokens[k];
    if (t.pos === 'PUNCT') return false;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && DEFERRING.has(t.lemma)) return true;
  }
  return false;
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
    const start = inYearOfEnd(a, b);
    if (start.value >= b.value && start.granularity === b.granularity) continue;
    out[i] = { ...start, endValue: b.value };
    out[i + 1] = { ...b, rangeEnd: true };
    i++;
  }
  return out;
}

const MONTH_NAMED = new RegExp(`\\b(?:${MONTH_PART})`, 'i');
const YEAR_WRITTEN = /(?<![\p{L}\p{N}])(?:1\d{3}|20\d\d|'\d\d)(?![\p{L}\p{N}])|\byear\b/iu;

/** Words that name a month but no year ("late August", "Aug. 3"): their year was inferred, and the story may say it. */
function monthWithoutYear(words: string): boolean {
  return MONTH_NAMED.test(words) && !YEAR_WRITTEN.test(words);
}

/** A month's or day's value put in `year`; undefined when the day does not exist there ("Feb. 29" in 2019). */
function inCalendarYear(value: string, year: number): string | undefined {
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

/**
 * A date string such as "2022-04-01T10:00Z", "April 1, 2022", "1 Apr 2022" or "Nov. 7" as `YYYY-MM-DD`; a date
 * without a year takes the reference date's year, or the current year.
 */
export function parseDateText(text: string, referenceDate?: string): string | undefined {
  const year = referenceDate ? Number(referenceDate.slice(0, 4)) : new Date().getFullYear();
  return findExplicitDate(text, year)?.value;
}

