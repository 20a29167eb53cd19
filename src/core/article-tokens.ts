// Tokens with offsets: wink-nlp reads the analysable text (in chunks when it is long), and each of its tokens is found
// in the text by walking it, since wink-nlp gives no offsets; lemma and stop flag are asked once per word and tag.
import { isWhitespace } from './chars';
import { getNlp, type WinkNlp } from './nlp';
import { TokenStore } from './tokens';

export interface Tokenized {
  readonly store: TokenStore;
  /** Indices into `store` where wink-nlp starts a sentence. */
  readonly sentenceStarts: Set<number>;
}

/**
 * Texts longer than this are read by wink-nlp in chunks of about CHUNK_CHARS, cut at paragraph breaks: its document
 * for a whole 5 MB text held hundreds of MB and its time per KB grew with the text (issue 7). A chunk ends where a
 * blank line is, which also ends a block (splitAtBlocks cuts there whatever wink-nlp says), so only the tagger's view
 * across that break changes. Articles are far shorter and are read whole.
 */
export const CHUNK_ABOVE = 128 * 1024;
export const CHUNK_CHARS = 64 * 1024;

/** Runs wink-nlp (in chunks for long texts) and finds each token's offsets by walking the text (wink-nlp gives no offsets). */
export function tokenize(plain: string): Tokenized {
  // About one token per five characters of news text; the store grows if there are more.
  const out: Tokenized = { store: new TokenStore(plain, (plain.length >> 2) + 16), sentenceStarts: new Set<number>() };
  const read = cutLongRuns(plain);
  for (const [from, to] of chunksOf(read)) tokenizeRange(read, from, to, out);
  out.store.trim();
  return out;
}

/** [from, to) ranges covering the text, each cut after a blank line (else a line break, else a space) near CHUNK_CHARS. */
export function chunksOf(plain: string, above = CHUNK_ABOVE, size = CHUNK_CHARS): Array<[number, number]> {
  if (plain.length <= above) return [[0, plain.length]];
  const chunks: Array<[number, number]> = [];
  let from = 0;
  while (plain.length - from > size) {
    const target = from + size;
    const window = plain.slice(from + (size >> 1), target);
    const offset = from + (size >> 1);
    let cut = -1;
    const blank = window.lastIndexOf('\n\n');
    if (blank >= 0) cut = offset + blank + 2;
    else {
      const line = window.lastIndexOf('\n');
      if (line >= 0) cut = offset + line + 1;
      else {
        let space = window.length - 1;
        while (space >= 0 && !isWhitespace(window.charCodeAt(space))) space--;
        if (space >= 0) cut = offset + space + 1;
      }
    }
    // No white space in half a chunk: a token this long is cut nowhere; the rest is read whole.
    if (cut < 0) break;
    chunks.push([from, cut]);
    from = cut;
  }
  chunks.push([from, plain.length]);
  return chunks;
}

/** A run of non-space characters is cut (for wink-nlp only) when it reaches this length... */
export const RUN_CHARS = 256;
/** ...or this many ASCII symbols: wink-nlp splits a token at each symbol and reads the rest again, so its time grows with
 * the square of a run like "&&&&…", "<http://<http://…" or "----…" (issue 22). A long URL has far fewer. */
export const RUN_SYMBOLS = 40;

/**
 * The text wink-nlp reads: `plain` with a space in place of one character wherever a run of non-space characters
 * reaches RUN_CHARS or RUN_SYMBOLS, so no token costs more than a bounded time and a chunk cut always finds a space.
 * The same length as `plain` (offsets hold); `plain` itself when no run is that long, as in any article.
 */
export function cutLongRuns(plain: string): string {
  let parts: string[] | undefined;
  let kept = 0;
  let length = 0;
  let symbols = 0;
  for (let i = 0; i < plain.length; i++) {
    const c = plain.charCodeAt(i);
    if (isWhitespace(c)) {
      length = 0;
      symbols = 0;
      continue;
    }
    if ((length >= RUN_CHARS || symbols >= RUN_SYMBOLS) && !isLowSurrogate(c)) {
      // A surrogate pair gives way whole, so no half of it is left alone.
      const pair = isHighSurrogate(c) && isLowSurrogate(plain.charCodeAt(i + 1));
      (parts ??= []).push(plain.slice(kept, i), pair ? '  ' : ' ');
      kept = pair ? i + 2 : i + 1;
      if (pair) i++;
      length = 0;
      symbols = 0;
      continue;
    }
    length++;
    if (isAsciiSymbol(c)) symbols++;
  }
  if (!parts) return plain;
  parts.push(plain.slice(kept));
  return parts.join('');
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function isAsciiSymbol(c: number): boolean {
  return c > 32 && c < 127 && !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122));
}

type WinkTokens = ReturnType<ReturnType<WinkNlp['readDoc']>['tokens']>;

/** What the engine asks of wink-nlp for a text, one array per property, indexed by wink-nlp's token index. */
export interface WinkReading {
  readonly tokens: WinkTokens;
  readonly values: readonly string[];
  readonly pos: readonly string[];
  /** Lexicon index of each token's word (see `wordFactOf`). */
  readonly ids: readonly number[];
  readonly contractions: readonly boolean[];
  /** Each sentence's first and last token index. */
  readonly spans: ReadonlyArray<readonly [number, number]>;
}

/**
 * wink-nlp's reading of a text, and everything the engine reads out of it (lemmas and stop flags aside, asked once per
 * word). `npm run bench` times this alone: it is the floor of any analysis built on wink-nlp (issue 7).
 */
export function readWithWink(text: string): WinkReading {
  const nlp = getNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  return {
    tokens,
    values: tokens.out() as string[],
    pos: tokens.out(its.pos) as string[],
    ids: tokens.out(its.uniqueId as unknown as typeof its.value) as unknown as number[],
    contractions: tokens.out(its.contractionFlag) as unknown as boolean[],
    spans: doc.sentences().out(its.span) as unknown as Array<[number, number]>,
  };
}

/** Reads plain[from, to) with wink-nlp; appends its tokens (offsets into the whole text) and sentence starts. */
function tokenizeRange(plain: string, from: number, to: number, out: Tokenized): void {
  const nlp = getNlp();
  const text = from === 0 && to === plain.length ? plain : plain.slice(from, to);
  const { tokens: winkTokens, values, pos, ids, contractions, spans } = readWithWink(text);
  const factsOf = (i: number): WordFact => wordFactOf(nlp, winkTokens, i, ids[i], pos[i], contractions[i]);

  const tokens = out.store;
  const winkToOurs = new Int32Array(values.length).fill(-1);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    // Line breaks and tabs (wink-nlp's `tabCRLF` tokens) are white space too, so their values trim to nothing.
    if (pos[i] === 'SPACE' || value.trim() === '') continue;
    while (cursor < text.length && isWhitespace(text.charCodeAt(cursor))) cursor++;
    let start = cursor;
    if (!text.startsWith(value, cursor)) {
      const found = text.indexOf(value, cursor);
      // wink-nlp may normalise a token; then it covers the next run of non-space characters.
      if (found >= 0 && found - cursor < 64) start = found;
      else {
        let end = cursor;
        while (end < text.length && !isWhitespace(text.charCodeAt(end))) end++;
        if (end === cursor) continue;
        winkToOurs[i] = tokens.length;
        const fact = factsOf(i);
        tokens.push(from + cursor, from + end, pos[i], fact.lemma, fact.stop);
        cursor = end;
        continue;
      }
    }
    const end = start + value.length;
    winkToOurs[i] = tokens.length;
    const fact = factsOf(i);
    tokens.push(from + start, from + end, pos[i], fact.lemma, fact.stop);
    cursor = end;
  }
  for (const [first] of spans) {
    for (let i = first; i < values.length; i++) {
      if (winkToOurs[i] >= 0) {
        out.sentenceStarts.add(winkToOurs[i]);
        break;
      }
    }
  }
}

interface WordFact {
  readonly pos: string;
  readonly lemma: string;
  readonly stop: boolean;
}

/**
 * Lemma and stop-word flag by word and POS tag. wink-nlp derives both from the word's lexicon entry (`its.uniqueId`, one
 * per distinct word) and the tag alone (a contraction's part excepted: its entry is the expansion's), so they are asked
 * of wink-nlp once per word and tag, not for every token: the lemma and stop flag of every token were 0.2x the time of
 * readDoc itself. `wordFactSlots` maps a word id to 1 + the index of its facts in `wordFactLists` (0: not asked yet):
 * an array indexed by id, not a Map, whose lookup was most of this step's time; typed and grown by doubling, because a
 * plain array written at ids in the tens of thousands turns into a dictionary, as slow as the Map.
 */
let wordFactSlots = new Int32Array(1 << 17);
let wordFactLists: WordFact[][] = [];
/** The wink-nlp instance whose word ids `wordFactSlots` holds. */
let wordFactsOf: WinkNlp | undefined;
/** Enough for the words of hundreds of articles; a book-length document empties it now and then. */
const WORD_FACTS_KEPT = 30_000;
/**
 * Word ids are indexes into wink-nlp's lexicon (about 95,000 after 200 CNN/DM articles), which grows by one with each
 * unseen word; past this an id is not kept, so the index stays at most 8 MB.
 */
const WORD_ID_KEPT = 1 << 21;

function forgetWordFacts(): void {
  wordFactSlots.fill(0);
  wordFactLists = [];
}

function wordFactOf(nlp: WinkNlp, winkTokens: WinkTokens, i: number, id: number, pos: string, contraction: boolean): WordFact {
  if (wordFactsOf !== nlp) {
    forgetWordFacts();
    wordFactsOf = nlp;
  }
  const keep = !contraction && id >= 0 && id < WORD_ID_KEPT;
  const slot = keep && id < wordFactSlots.length ? wordFactSlots[id] : 0;
  const known = slot > 0 ? wordFactLists[slot - 1] : undefined;
  if (known) for (let k = 0; k < known.length; k++) if (known[k].pos === pos) return known[k];
  const item = winkTokens.itemAt(i);
  const fact: WordFact = { pos, lemma: item.out(nlp.its.lemma as unknown as typeof nlp.its.value) as string, stop: item.out(nlp.its.stopWordFlag) as unknown as boolean };
  if (!keep) return fact;
  if (known) known.push(fact);
  else {
    if (wordFactLists.length >= WORD_FACTS_KEPT) forgetWordFacts();
    if (id >= wordFactSlots.length) {
      const grown = new Int32Array(Math.min(WORD_ID_KEPT, Math.max(wordFactSlots.length * 2, id + 1)));
      grown.set(wordFactSlots);
      wordFactSlots = grown;
    }
    wordFactLists.push([fact]);
    wordFactSlots[id] = wordFactLists.length;
  }
  return fact;
}
