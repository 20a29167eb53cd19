// Where sentences end: wink-nlp's sentence starts, corrected for titles, "Bros." and quoted questions, and cut at every
// line break that ends a block (a paragraph, a headline line, a caption line); an opening dateline becomes its own piece.
import { datelineEnd, DATELINE_WINDOW } from './article-dateline';
import type { TokenStore } from './tokens';

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

export const ENDS_CLAUSE = /[.!?:;"”’')\]]$/;
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
export interface Piece {
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
export function splitAtBlocks(plain: string, tokens: TokenStore, sentenceStarts: Set<number>, wrapped: boolean): Piece[] {
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

/** A paragraph's opening dateline becomes a piece of its own (classified as metadata), so the sentence starts clean. */
function splitDateline(tokens: TokenStore, piece: Piece): Piece[] {
  const end = piece.newParagraph ? datelineEnd(tokens.range(piece.first, Math.min(piece.end, piece.first + DATELINE_WINDOW))) : 0;
  if (end === 0 || end >= piece.end - piece.first) return [piece];
  return [
    { first: piece.first, end: piece.first + end, newParagraph: true },
    { first: piece.first + end, end: piece.end, newParagraph: false },
  ];
}
