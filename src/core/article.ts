// Document text → sentences and tokens with offsets into the original text, each sentence classified (body,
// headline, caption, credit, byline, "Related Stories", list item, link line, metadata). wink-nlp reads the whole
// analysable text once; its sentences are then cut at line breaks that end a block (a headline line, a caption line).
import type { ArticleDoc, Sentence, SentenceKind, Token } from './model';
import type { DocumentFormat } from './types';
import { readHeader, type ArticleHeader } from './header';
import { isWhitespace } from './chars';
import { getNlp, type WinkNlp } from './nlp';
import { readableText, toPlainText, type BlockRange, type PlainText } from './text';
import { TokenStore } from './tokens';

export interface ReadOptions {
  /** HTML: the source ranges of the article found in the page (see `toPlainText`). */
  readonly keep?: ReadonlyArray<readonly [number, number]>;
  /** The analysable text, when the caller has it already (`toPlainText(original, format, keep)`). */
  readonly prepared?: PlainText;
  /** What `readHeader` found (read here when not given): its title is the article's. */
  readonly header?: ArticleHeader;
}

/** Reads a document: markup blanked, tokens located, sentences split and classified. */
export function readArticle(original: string, format: DocumentFormat, options: ReadOptions = {}): ArticleDoc {
  const prepared = options.prepared ?? toPlainText(original, format, options.keep);
  const tokens = tokenize(prepared.plain);
  const wrapped = looksHardWrapped(prepared.plain);
  const pieces = splitAtBlocks(prepared.plain, tokens.store, tokens.sentenceStarts, wrapped);
  const lines = new LineContext(original, prepared.plain, prepared.blocks);
  const sentences: Sentence[] = [];
  let paragraph = -1;
  let position = 0;
  for (const piece of pieces) {
    if (piece.newParagraph || paragraph < 0) {
      paragraph++;
      position = 0;
    } else position++;
    sentences.push(makeSentence(original, prepared, lines, tokens.store, piece, { index: sentences.length, paragraph, position }));
  }
  const header = options.header ?? readHeader(original, format, { visible: prepared.plain });
  const title = header.title ?? prepared.title ?? plainTitle(sentences);
  return { original, plain: prepared.plain, format, sentences, tokens: tokens.store, title };
}

interface Tokenized {
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
  for (const [from, to] of chunksOf(plain)) tokenizeRange(plain, from, to, out);
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

/**
 * Is the text hard-wrapped (lines cut at a fixed width inside paragraphs)? Then a single line break is not a block
 * boundary unless the line before it is short.
 */
export function looksHardWrapped(plain: string): boolean {
  const lines = plain.split('\n');
  let nonEmpty = 0;
  let wrapWidth = 0;
  let long = 0;
  for (let i = 0; i < lines.length; i++) {
    const length = lines[i].trimEnd().length;
    if (length === 0) continue;
    nonEmpty++;
    if (length > 100) long++;
    const next = lines[i + 1];
    if (length >= 50 && length <= 100 && next !== undefined && next.trim() !== '') wrapWidth++;
  }
  return nonEmpty >= 4 && wrapWidth / nonEmpty >= 0.5 && long / nonEmpty < 0.1;
}

const ENDS_CLAUSE = /[.!?:;"”’')\]]$/;
const CONTINUES = /^[a-z0-9(“"‘'$€£%,;\u2013\u2014-]/;

/** Is the line break(s) in `gap` the end of a block (paragraph, headline line, caption line)? */
function isBlockBreak(plain: string, gapStart: number, gapEnd: number, wrapped: boolean): boolean {
  const gap = plain.slice(gapStart, gapEnd);
  const first = gap.indexOf('\n');
  if (first < 0) return false;
  if (gap.indexOf('\n', first + 1) >= 0) return true;
  const lineStart = plain.lastIndexOf('\n', gapStart - 1) + 1;
  const previous = plain.slice(lineStart, gapStart).trim();
  const nextEnd = plain.indexOf('\n', gapEnd);
  const next = plain.slice(gapEnd, nextEnd < 0 ? plain.length : nextEnd).trim();
  if (wrapped) return previous.length < 40;
  return !(previous.length >= 40 && !ENDS_CLAUSE.test(previous) && CONTINUES.test(next));
}

/** A sentence's tokens [first, end) in the store. */
interface Piece {
  readonly first: number;
  readonly end: number;
  readonly newParagraph: boolean;
}

/** Titles that stand before a name and never end a sentence. */
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'rev', 'fr', 'prof', 'sen', 'rep', 'gov', 'gen', 'maj', 'lt', 'col', 'capt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'insp', 'det', 'supt']);

/**
 * Does token `i` follow a title and its full stop ("The Rev. Jesse Jackson", "Maj. Gen. ...") with a capitalised
 * word? wink-nlp starts a sentence there; the CNN/DM evaluation found 11 such splits in 500 articles ("(CNN)The Rev.").
 */
function afterTitle(tokens: TokenStore, i: number): boolean {
  if (i < 2 || tokens.textOf(i - 1) !== '.' || !/^\p{Lu}/u.test(tokens.textOf(i))) return false;
  return tokens.end(i - 2) === tokens.start(i - 1) && TITLES.has(tokens.textOf(i - 2).toLowerCase());
}

/** Abbreviations inside a name that wink-nlp takes for a sentence end: "Warner Bros. Pictures", "Ringling Bros. and". */
const NAME_ABBREVIATIONS = new Set(['bros']);
const CLOSING_QUOTES = new Set(['"', '”', '’', "'", ')']);
const LOWER_WORD = /^\p{Ll}[\p{Ll}.]*$/u;

/**
 * Does a sentence that wink-nlp starts at token `i` go on from the one before? It does after "Bros." (see
 * `NAME_ABBREVIATIONS`), and when it opens with a lower-case word after a quoted question or exclamation ('"Why?"
 * said Ana', 'the hit Hey Ya! after') or after a full stop glued to it (a web address: "Iranian.com"). A full stop and
 * a space before a lower-case word still end a sentence, so text written all in lower case keeps its sentences. The
 * CNN/DM dev split had 46 body sentences cut this way (one in 160), and three "(Warner Bros." cut from "Pictures, ...)".
 */
function continuesSentence(tokens: TokenStore, i: number): boolean {
  const previous = tokens.textOf(i - 1);
  if (previous === '.' && i >= 2 && tokens.end(i - 2) === tokens.start(i - 1) && NAME_ABBREVIATIONS.has(tokens.textOf(i - 2).toLowerCase())) return true;
  if (!LOWER_WORD.test(tokens.textOf(i))) return false;
  if (previous === '.') return tokens.end(i - 1) === tokens.start(i);
  const mark = CLOSING_QUOTES.has(previous) && i >= 2 ? tokens.textOf(i - 2) : previous;
  return mark === '?' || mark === '!';
}

/** Cuts wink-nlp's sentences at block boundaries; marks where a new paragraph starts. */
function splitAtBlocks(plain: string, tokens: TokenStore, sentenceStarts: Set<number>, wrapped: boolean): Piece[] {
  const pieces: Piece[] = [];
  let first = 0;
  let newParagraph = true;
  for (let i = 1; i < tokens.length; i++) {
    const blockBreak = isBlockBreak(plain, tokens.end(i - 1), tokens.start(i), wrapped);
    const sentenceStart = sentenceStarts.has(i) && !afterTitle(tokens, i) && !continuesSentence(tokens, i);
    if (blockBreak || sentenceStart) {
      pieces.push(...splitDateline(tokens, { first, end: i, newParagraph }));
      first = i;
      newParagraph = blockBreak;
    }
  }
  if (tokens.length > 0) pieces.push(...splitDateline(tokens, { first, end: tokens.length, newParagraph }));
  return pieces;
}

const DASHES = new Set(['-', '--', '—', '–']);
const CAPITALISED = /^\p{Lu}/u;

/**
 * Where an agency dateline that opens a paragraph ends ("(CNN)", "London (CNN) --", "WASHINGTON, March 3 (AP) —"): an
 * optional place and date, a capitalised source in brackets, then a dash or a capitalised word glued to the bracket;
 * 0 if none.
 * Left in, it made "(CNN)" part of the first sentence of 486 of the 500 CNN/DM evaluation articles.
 */
export function datelineEnd(tokens: readonly Token[]): number {
  return agencyDatelineEnd(tokens) || placeDatelineEnd(tokens);
}

function agencyDatelineEnd(tokens: readonly Token[]): number {
  let i = 0;
  while (i < tokens.length && i < 8 && tokens[i].text !== '(') {
    const t = tokens[i].text;
    if (t !== ',' && !CAPITALISED.test(t) && !/^\d{1,2}$/.test(t)) return 0;
    i++;
  }
  if (tokens[i]?.text !== '(') return 0;
  const sourceStart = ++i;
  while (i < tokens.length && i - sourceStart < 4 && CAPITALISED.test(tokens[i].text)) i++;
  if (i === sourceStart || tokens[i]?.text !== ')') return 0;
  i++;
  // A dash or a glued word ("(CNN)The") marks a dateline; "John (Jack) Smith" is a name.
  const dashed = i < tokens.length && DASHES.has(tokens[i].text);
  if (dashed) i++;
  const next = tokens[i];
  if (next === undefined || !/^[\p{Lu}"“‘'\d]/u.test(next.text)) return 0;
  return dashed || next.start === tokens[i - 1].end ? i : 0;
}

/** A place written in capitals: "WASHINGTON", "ST.", "KYIV". */
const CAPITALS = /^\p{Lu}[\p{Lu}.'’]+$/u;
/** The dashes that end a dateline without an agency; a hyphen only with a space on each side ("LONDON, May 3 - The"). */
const DATELINE_DASHES = new Set(['—', '–', '--', '-']);

/**
 * Where a dateline without an agency ends ("WASHINGTON —", "KYIV, Ukraine —", "PORTVALE, Tuesday 14 May 2024 —"): a
 * place in capitals, then capitalised words, numbers and commas (a region, a date), then a dash set off by a space and
 * a capitalised word; 0 if none.
 */
function placeDatelineEnd(tokens: readonly Token[]): number {
  if (tokens.length === 0 || !CAPITALS.test(tokens[0].text)) return 0;
  let i = 1;
  while (i < tokens.length && i < 12 && !DATELINE_DASHES.has(tokens[i].text)) {
    const t = tokens[i].text;
    if (t !== ',' && t !== '.' && !CAPITALISED.test(t) && !/^\d{1,4}$/.test(t)) return 0;
    i++;
  }
  const dash = tokens[i];
  if (dash === undefined || !DATELINE_DASHES.has(dash.text) || dash.start === tokens[i - 1].end) return 0;
  const next = tokens[i + 1];
  if (next === undefined || !/^[\p{Lu}"“‘'\d]/u.test(next.text)) return 0;
  // A spaced hyphen after a bare word is as likely "US - China talks": it ends a dateline only after a place and a date.
  if (dash.text === '-' && (next.start === dash.end || !tokens.slice(1, i).some((t) => t.text === ','))) return 0;
  return i + 1;
}

/** No dateline is longer than this many tokens (`agencyDatelineEnd` looks at 8 + 1 + 4 + 3, `placeDatelineEnd` at 13). */
const DATELINE_WINDOW = 16;

/** A paragraph's opening dateline becomes a piece of its own (classified as metadata), so the sentence starts clean. */
function splitDateline(tokens: TokenStore, piece: Piece): Piece[] {
  const end = piece.newParagraph ? datelineEnd(tokens.range(piece.first, Math.min(piece.end, piece.first + DATELINE_WINDOW))) : 0;
  if (end === 0 || end >= piece.end - piece.first) return [piece];
  return [
    { first: piece.first, end: piece.first + end, newParagraph: true },
    { first: piece.first + end, end: piece.end, newParagraph: false },
  ];
}

interface Place {
  readonly index: number;
  readonly paragraph: number;
  readonly position: number;
}

/** A sentence whose tokens are built from the document's store when asked for (see `Sentence.tokens`). */
class StoredSentence implements Sentence {
  constructor(
    private readonly store: TokenStore,
    readonly index: number,
    readonly start: number,
    readonly end: number,
    readonly firstToken: number,
    readonly tokenCount: number,
    readonly text: string,
    readonly kind: SentenceKind,
    readonly paragraph: number,
    readonly positionInParagraph: number,
  ) {}

  get tokens(): readonly Token[] {
    return this.store.sentenceTokens(this.firstToken, this.firstToken + this.tokenCount);
  }
}

function makeSentence(original: string, prepared: PlainText, lines: LineContext, store: TokenStore, piece: Piece, place: Place): Sentence {
  const start = store.start(piece.first);
  const end = store.end(piece.end - 1);
  const text = readableText(prepared.plain, prepared.markup, start, end);
  const kind = classify(original, prepared, start, end, text, lines);
  return new StoredSentence(store, place.index, start, end, piece.first, piece.end - piece.first, text, kind, place.paragraph, place.position);
}

// ---- classification ----

const RELATED = /^(related( stories| articles| content| coverage| links| news)?|read more|read next|see also|more on this( story)?|more from|advertisement|share( this( article| story)?)?|click here|most read|recommended( for you)?|top stories|sign up|subscribe|follow us|watch:?|listen:?|image copyright|media playback)\b/i;
/** Page furniture pasted with a web page's text: skip links, cookie and newsletter boxes, share lines, copyright lines, video clocks. */
const FURNITURE = /^(skip to (main )?(content|navigation)|(accept|reject|manage) (all )?cookies|we use cookies|cookie (policy|settings|preferences)|sign up for (our|the)\b.*newsletter|(subscribe to|get) (our|the) newsletter|share (on|via) (facebook|twitter|x|email|linkedin|whatsapp)|share this (article|story|page)|(©|\(c\)|copyright ©?) ?(19|20)\d\d\b|\d{1,2}:\d\d \/ \d{1,2}:\d\d$|\d+ comments?$|show comments|leave a comment|view comments)/i;
const BYLINE = /^(?:\(?(?:[Bb]y|[Ww]ritten by|[Rr]eporting by|[Ee]diting by|[Aa]dditional reporting by)\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|van|von))*\s*(?:[,|–—-].{0,60})?\)?)$/;
/** A dateline split off its paragraph's first sentence (see `datelineEnd`). */
const DATELINE = /^(?:\p{Lu}[^()]{0,80})?\(\p{Lu}[^()]{0,40}\)\s*(?:--|[-—–])?$/u;
/** The same without an agency ("WASHINGTON —", "PORTVALE, Tuesday 14 May 2024 —"; see `placeDatelineEnd`). */
const PLACE_DATELINE = /^\p{Lu}[\p{Lu}.'’]+(?:[ ,]+[\p{Lu}\d][\p{L}\d.]*){0,10}\s+(?:--|[-—–])$/u;
const META = /^(published|updated|posted|last (updated|modified)|first published|filed|date)\b[:\s]/i;
const CREDIT = /\b(getty images?|ap photo|afp( via getty)?|reuters|photo(graph)?:|image:|credit:|pictured:|\(photo\b|photo by|illustration by|shutterstock|epa(-efe)?)\s*\)?\s*$/i;
const CREDIT_LINE = /^\(?(photo(graph)?s?|image|picture|credit|caption|illustration|video|source)\s*(:|by\b)/i;
const GLUED_CREDIT = /[.!?”"’][A-Z][A-Za-z]+(?:\s+(?:Images|Photo|Photos|Pictures))?\s*$/;
const LINK_LINE = /^\s*(?:(?:[-*+]\s+)?(?:\[[^\]]*\]\([^)]*\)|<https?:[^>]+>|https?:\/\/\S+)[\s|·•,]*)+$/;

/** The hint of the blocks holding [start, end), given those blocks in the order they were recorded. */
function hintOf(holding: Iterable<BlockRange>): BlockRange['hint'] | undefined {
  let found: BlockRange['hint'] | undefined;
  for (const block of holding) {
    // The innermost (shortest) block decides: a list item inside an aside is still an aside's.
    if (found === undefined || block.hint === 'aside' || block.hint === 'code') found = block.hint;
  }
  return found;
}

function hintAt(blocks: readonly BlockRange[], start: number, end: number): BlockRange['hint'] | undefined {
  return hintOf(blocks.filter((b) => b.start <= start && end <= b.end));
}

/**
 * Finds the blocks around sentences met in text order by a sweep, not a scan of every block per sentence
 * (quadratic in long Markdown and HTML documents); out-of-order queries fall back to the scan.
 */
class BlockSweep {
  /** Block indices by start. */
  private readonly order: number[];
  private next = 0;
  /** Blocks that start at or before the last query and may still hold a later sentence. */
  private open: number[] = [];
  private last = -1;

  constructor(private readonly blocks: readonly BlockRange[]) {
    this.order = blocks.map((_, i) => i).sort((a, b) => blocks[a].start - blocks[b].start || a - b);
  }

  hintAt(start: number, end: number): BlockRange['hint'] | undefined {
    const blocks = this.blocks;
    if (start < this.last) return hintAt(blocks, start, end);
    this.last = start;
    while (this.next < this.order.length && blocks[this.order[this.next]].start <= start) this.open.push(this.order[this.next++]);
    // A block ending at or before `start` holds no sentence from here on.
    this.open = this.open.filter((i) => blocks[i].end > start);
    const holding = this.open.filter((i) => end <= blocks[i].end).sort((a, b) => a - b);
    return hintOf(holding.map((i) => blocks[i]));
  }
}

/** Offsets of every line break in a text, for finding the line around an offset by binary search. */
class LineIndex {
  private readonly breaks: number[] = [];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.breaks.push(i);
  }

  /** The line holding [start, end): what `lastIndexOf`/`indexOf` from the offsets give, without scanning the text. */
  around(start: number, end: number): { readonly start: number; readonly end: number } {
    const breaks = this.breaks;
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid] < start) lo = mid + 1;
      else hi = mid;
    }
    const lineStart = lo > 0 ? breaks[lo - 1] + 1 : 0;
    while (lo < breaks.length && breaks[lo] < end) lo++;
    return { start: lineStart, end: lo < breaks.length ? breaks[lo] : this.text.length };
  }
}

/**
 * The lines and blocks around sentences, in the analysable and the original text. A profile of CNN/DM articles (one line each)
 * showed classification scanning the whole line for every sentence, quadratic in the line's length: lines are now
 * found by binary search, words are counted only as far as the tests need, and per-line tests are cached.
 */
class LineContext {
  private readonly plainLines: LineIndex;
  private originalLines: LineIndex | undefined;
  private readonly linkLines = new Map<number, boolean>();
  private readonly wordCounts = new Map<number, number>();
  private readonly blocks: BlockSweep;

  constructor(readonly original: string, plain: string, blocks: readonly BlockRange[] = []) {
    this.plainLines = new LineIndex(plain);
    this.blocks = new BlockSweep(blocks);
  }

  hintAt(start: number, end: number): BlockRange['hint'] | undefined {
    return this.blocks.hintAt(start, end);
  }

  plainLine(start: number, end: number): string {
    const line = this.plainLines.around(start, end);
    return this.plainLines.text.slice(line.start, line.end);
  }

  /** Words with a letter on the analysable line around [start, end), counted up to `limit + 1`. */
  plainLineWords(start: number, end: number, limit: number): number {
    const line = this.plainLines.around(start, end);
    let n = this.wordCounts.get(line.start);
    if (n === undefined) {
      n = countWords(this.plainLines.text.slice(line.start, line.end), limit);
      this.wordCounts.set(line.start, n);
    }
    return n;
  }

  /** Is the original line around [start, end) nothing but links? */
  isLinkLine(start: number, end: number): boolean {
    this.originalLines ??= new LineIndex(this.original);
    const line = this.originalLines.around(start, end);
    let result = this.linkLines.get(line.start);
    if (result === undefined) {
      result = LINK_LINE.test(this.original.slice(line.start, line.end));
      this.linkLines.set(line.start, result);
    }
    return result;
  }
}

const WORD = /\S+/g;
const LETTER = /\p{L}/u;

/** How many white-space separated words with a letter `text` has, counting no further than `limit + 1`. */
function countWords(text: string, limit = Infinity): number {
  let n = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null && n <= limit; m = WORD.exec(text)) if (LETTER.test(m[0])) n++;
  return n;
}

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((w) => LETTER.test(w));
}

function looksLikeHeadline(text: string): boolean {
  if (ENDS_CLAUSE.test(text) && !/[)'’]$/.test(text)) return false;
  const words = wordsOf(text);
  if (words.length === 0 || words.length > 25) return false;
  if (words.length <= 4) return true;
  const significant = words.filter((w) => w.replace(/[^\p{L}]/gu, '').length > 3);
  if (significant.length === 0) return true;
  const capitalised = significant.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w)).length;
  return capitalised / significant.length >= 0.6;
}

/** What kind of text a sentence is; only `body` sentences are summary candidates. */
export function classify(
  original: string,
  prepared: PlainText,
  start: number,
  end: number,
  text: string,
  lines: LineContext = new LineContext(original, prepared.plain, prepared.blocks),
): SentenceKind {
  const hint = lines.hintAt(start, end);
  if (hint === 'code') return 'meta';
  if (hint === 'aside') return 'related';
  if (hint === 'heading') return 'heading';
  if (hint === 'caption') return 'caption';
  if (DATELINE.test(text) || PLACE_DATELINE.test(text)) return 'meta';
  const line = lines.plainLine(start, end).trim();
  const wholeLine = line.length <= text.length + 8;
  // No test below looks at a line of more than 40 words, so counting stops there.
  const words = lines.plainLineWords(start, end, 40);
  if (lines.isLinkLine(start, end)) return 'link';
  if (words <= 8 && RELATED.test(line)) return 'related';
  if (words <= 16 && FURNITURE.test(line)) return 'related';
  if (words <= 14 && BYLINE.test(line)) return 'byline';
  if (words <= 14 && META.test(line)) return 'meta';
  if (words <= 40 && (CREDIT.test(line) || GLUED_CREDIT.test(line) || CREDIT_LINE.test(line))) return 'caption';
  if (hint === 'list') return 'list';
  if (wholeLine && looksLikeHeadline(text)) return 'heading';
  if (wholeLine && isOpeningTitleLine(prepared.plain, start, end, text)) return 'heading';
  return 'body';
}

/**
 * The document's first line, short, without closing punctuation and followed by a blank line, is its title even in
 * sentence case ("Ad sales boost Time Warner profit"): the summary evaluation on BBC articles found 315 of 400 such
 * headlines read as body sentences and chosen for the summary.
 */
function isOpeningTitleLine(plain: string, start: number, end: number, text: string): boolean {
  if (start !== plain.search(/\S/) || ENDS_CLAUSE.test(text)) return false;
  if (countWords(text, 20) > 20) return false;
  return /^[ \t\r]*(?:\n[ \t\r]*\n|$)/.test(plain.slice(end, end + 200));
}

/** A plain-text article's title: its first line, when that line reads as a headline. */
function plainTitle(sentences: readonly Sentence[]): string | undefined {
  const first = sentences[0];
  return first && first.kind === 'heading' && first.paragraph === 0 ? first.text : undefined;
}
