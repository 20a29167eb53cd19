// The prefilter: each rule scans only the stretches of sentences holding its trigger words, found in one pass over
// the text's words, not every character of the text.
import type { ArticleDoc } from '../model';
import { isAsciiDigit, isAsciiLetterOrDigit } from '../chars';
import { RULES, type Rule } from './rules';

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
export const MONTH_PART = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
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

export function triggerOf(rule: Rule): readonly number[] | undefined {
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
export interface Flags {
  readonly flags: Uint8Array;
  /** The end offset of the sentence's last word holding the group (same index as `flags`). */
  readonly lastEnds: Int32Array;
}

export function triggerFlags(doc: ArticleDoc): Flags {
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

export interface Region {
  readonly start: number;
  readonly end: number;
}

/**
 * The stretches of text a rule scans: each flagged sentence from its start to MARGIN_TOKENS past the last word it
 * holds of the rule's groups, merged. (They ran to MARGIN_TOKENS into the next sentence: the regexes then tried every
 * position of a sentence after its last trigger word, where no match of the rule can start.)
 */
export function regionsOf(doc: ArticleDoc, { flags, lastEnds }: Flags, needs: readonly number[]): Region[] {
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
