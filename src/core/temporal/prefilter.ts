// The prefilter: each rule scans only the stretches of sentences holding its trigger words, found in one pass over
// the text's words, not every character of the text.
import type { ArticleDoc } from '../model';
import { isAsciiDigit, isAsciiLetterOrDigit } from '../chars';
import { DIGIT } from '../lexicon';
// From rules/index, not './rules': an out/ built before the split still holds the old rules.js, which Node would
// take for './rules' over the folder.
import { RULES, type Rule } from './rules/index';
import { partitionPoint } from '../sorted';

// A profile of CNN/DM articles had a third of analyze() in this tagger, four fifths of it in the rules' regexes
// scanning every character of the text (each starts with a lookbehind, so the engine tries every position). Most
// sentences hold none of a rule's words: each rule now scans only sentences with one of its trigger words (and a
// margin of sentences around them), found in one pass over the text's words.

/** The distinct word-part groups of all rules' triggers, each tested with the rules' own flags (so `ſ` and the Kelvin
 *  sign fold as they do). */
const GROUPS = [...new Set(RULES.flatMap((rule) => rule.triggers))];
const GROUP_RES = GROUPS.map((g) => new RegExp(g, 'iu'));

/** A rule's needed groups, as indices into GROUPS. */
const ruleNeeds = new Map<Rule, readonly number[]>(RULES.map((rule) => [rule, rule.triggers.map((g) => GROUPS.indexOf(g))]));

export function triggerOf(rule: Rule): readonly number[] {
  return ruleNeeds.get(rule) ?? rule.triggers.map((g) => GROUPS.indexOf(g));
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

/** The groups a word holds, by the rules' own regexes. */
function groupsOf(word: string): readonly number[] {
  const found: number[] = [];
  for (let g = 0; g < GROUP_RES.length; g++) if (GROUP_RES[g].test(word)) found.push(g);
  return found.length ? found : NO_GROUPS;
}
const NO_GROUPS: readonly number[] = [];

// Groups each word holds; words repeat across articles, so they are kept (and emptied when many). Some groups hold
// one-letter parts ("b", "d"), so every word is looked up: an open-addressed table keyed by the word's characters
// and their hash taken in the scan, read in place in the text. A Map needed each word sliced out and hashed again,
// which was two thirds of the prefilter's time.
const WORDS_KEPT = 100_000;
/** A power of two, over twice WORDS_KEPT, so probe runs stay short. */
const SLOT_COUNT = 1 << 18;
/** 1 + the index of the word in a slot, 0 for an empty slot. */
const slots = new Int32Array(SLOT_COUNT);
const keptHashes = new Int32Array(WORDS_KEPT);
let keptWords: string[] = [];
let keptGroups: Array<readonly number[]> = [];

/** FNV-1a over UTF-16 code units, one step: the hash triggerFlags builds of each word as it scans it. */
function hashStep(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, 0x01000193);
}
const HASH_START = 0x811c9dc5 | 0;

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** The groups text[start, end) holds; `hash` is its characters' hashStep hash. */
function groupsAt(text: string, start: number, end: number, hash: number): readonly number[] {
  const mask = SLOT_COUNT - 1;
  let slot = hash & mask;
  for (let e = slots[slot]; e !== 0; e = slots[slot]) {
    if (keptHashes[e - 1] === hash && sameWord(keptWords[e - 1], text, start, end)) return keptGroups[e - 1];
    slot = (slot + 1) & mask;
  }
  const word = text.slice(start, end);
  const groups = groupsOf(word);
  if (keptWords.length >= WORDS_KEPT) {
    slots.fill(0);
    keptWords = [];
    keptGroups = [];
    slot = hash & mask;
  }
  keptHashes[keptWords.length] = hash;
  keptWords.push(word);
  keptGroups.push(groups);
  slots[slot] = keptWords.length;
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
    let hash = HASH_START;
    while (step > 0) {
      const c = text.charCodeAt(i);
      if (isAsciiDigit(c)) digit = true;
      else if (c >= 128) ascii = false;
      hash = hashStep(hash, c);
      if (step === 2) hash = hashStep(hash, text.charCodeAt(i + 1));
      i += step;
      step = i < text.length ? wordCharLength(text, i) : 0;
    }
    const end = i;
    if (!digit && (end - start < SHORTEST_PART || (ascii && !holdsPartStart(text, start, end)))) continue;
    const groups = groupsAt(text, start, end, hash);
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
    const lo = partitionPoint(sentences[i].firstToken, tokens.length, (k) => tokens.start(k) < lastEnd);
    const last = lo + MARGIN_TOKENS - 1;
    const start = i === 0 ? 0 : sentences[i].start;
    const end = last >= tokens.length - 1 ? doc.plain.length : Math.max(lastEnd, tokens.end(last));
    const previous = regions[regions.length - 1];
    if (previous && start <= previous.end) regions[regions.length - 1] = { start: previous.start, end: Math.max(previous.end, end) };
    else regions.push({ start, end });
  }
  return regions;
}
