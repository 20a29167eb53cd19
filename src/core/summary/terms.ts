// Terms and vectors of the scorer: the content terms of a sentence (lemma ids of the document's token store), the
// flat table that holds them for every candidate, and the cosine sums over them.
import { isAsciiLetterOrDigit } from '../chars';
import type { Sentence } from '../model';
import type { TokenStore } from '../tokens';

/** A body sentence that may be chosen, with its features in `FEATURES` order. */
export interface Candidate {
  readonly sentence: Sentence;
  /** The sentence as a summary gives it (without an opening connective it only leaned back by). */
  readonly text: string;
  /** Rank among the body sentences, from 0. */
  readonly rank: number;
  readonly words: number;
  /** The candidate it leans on, -1 when it stands alone, -2 when what it leans on cannot be chosen (see `Links`). */
  readonly needs: number;
  /** Mostly a quotation: it does not open a summary. */
  readonly quoteLed: boolean;
  /** Leans back only by a personal pronoun; its proper nouns and those of the sentences left out before it (see `Links`). */
  readonly personal: boolean;
  readonly names: readonly string[];
  readonly gapNames: readonly string[];
  readonly namesSomeone: boolean;
  /** TF-IDF weights of the sentence's content terms, for redundancy. */
  readonly vector: TermVector;
  /** The article's key terms in the sentence, each with its share of all key terms' weight. */
  readonly keyTerms: TermVector;
  readonly features: readonly number[];
}

/** Terms (lemma ids of the document's token store) with a weight each, in the order the sentence first uses them. */
export interface TermVector {
  readonly ids: readonly number[];
  readonly weights: readonly number[];
}

export const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);
export const WORD_POS_EXCLUDED = new Set(['PUNCT', 'SYM', 'X', 'SPACE']);

/** The token's term (its lemma id) when it is a content word, else -1. */
export function termOf(tokens: TokenStore, i: number): number {
  if (tokens.isStop(i) || !CONTENT_POS.has(tokens.pos(i))) return -1;
  if (!holdsLetterOrDigit(tokens.text, tokens.start(i), tokens.end(i))) return -1;
  return tokens.lemmaId(i);
}

const LETTER_OR_DIGIT = /\p{L}|\d/u;

/** `LETTER_OR_DIGIT.test(text.slice(start, end))`, without the slice for the ASCII words nearly all tokens are. */
function holdsLetterOrDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return LETTER_OR_DIGIT.test(text.slice(start, end));
    if (isAsciiLetterOrDigit(c)) return true;
  }
  return false;
}

export function wordCount(tokens: TokenStore, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (!WORD_POS_EXCLUDED.has(tokens.pos(i))) n++;
  return n;
}

/** Adds the content terms of tokens [from, to) to `counts` (term → count, in order of first use). */
export function countTerms(tokens: TokenStore, from: number, to: number, counts: Map<number, number>): Map<number, number> {
  for (let i = from; i < to; i++) {
    const term = termOf(tokens, i);
    if (term >= 0) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}

/**
 * The content terms of every usable body sentence, in two flat arrays: sentence k's term ids and their counts lie at
 * [from[k], from[k + 1]), each term once, in the order the sentence first uses it. Two small arrays per sentence took
 * about 250 bytes of it (11 MB for the 44,000 sentences of 5 MB of CNN/DM text); these take 8 per term.
 */
export class TermTable {
  ids = new Int32Array(256);
  counts = new Int32Array(256);
  from: number[] = [0];
  private size = 0;

  /** Appends one sentence's term counts (a Map in order of first use). */
  add(counts: ReadonlyMap<number, number>): void {
    if (this.size + counts.size > this.ids.length) this.grow(this.size + counts.size);
    for (const [id, count] of counts) {
      this.ids[this.size] = id;
      this.counts[this.size++] = count;
    }
    this.from.push(this.size);
  }

  /** Frees the slack left by growing. */
  trim(): void {
    this.ids = this.ids.slice(0, this.size);
    this.counts = this.counts.slice(0, this.size);
  }

  private grow(needed: number): void {
    const n = Math.max(needed, this.ids.length * 2);
    const ids = new Int32Array(n);
    const counts = new Int32Array(n);
    ids.set(this.ids);
    counts.set(this.counts);
    this.ids = ids;
    this.counts = counts;
  }
}

export function squaredNorm(v: TermVector): number {
  let n = 0;
  for (let k = 0; k < v.weights.length; k++) n += v.weights[k] * v.weights[k];
  return n;
}

export function squaredNormOfMap(v: ReadonlyMap<number, number>): number {
  let n = 0;
  for (const x of v.values()) n += x * x;
  return n;
}

/**
 * Cosine of the vector `ids`/`weights` [from, to) and b (a term's weight in b by `weightInB`); `nb` is b's squared
 * norm, summed once by the caller.
 */
export function cosineOfRange(ids: ArrayLike<number>, weights: ArrayLike<number>, from: number, to: number, weightInB: (id: number) => number | undefined, nb: number): number {
  let dot = 0;
  let na = 0;
  for (let k = from; k < to; k++) {
    const v = weights[k];
    na += v * v;
    const w = weightInB(ids[k]);
    if (w !== undefined) dot += v * w;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

export function cosine(a: TermVector, weightInB: (id: number) => number | undefined, nb: number): number {
  return cosineOfRange(a.ids, a.weights, 0, a.ids.length, weightInB, nb);
}

export function maxOf(values: ArrayLike<number>, floor: number): number {
  let max = floor;
  for (let i = 0; i < values.length; i++) if (values[i] > max) max = values[i];
  return max;
}

/**
 * The cosine of a sentence's TF-IDF vector (its counts times `idfOf`, [from, to) of the term table) and the centroid,
 * without building the vector: the same sums, in the same order, as `cosine`.
 */
export function centralityOf(ids: Int32Array, counts: Int32Array, from: number, to: number, idfOf: Float64Array, centroid: Float64Array, centroidNorm: number): number {
  let dot = 0;
  let na = 0;
  for (let k = from; k < to; k++) {
    const id = ids[k];
    const v = counts[k] * idfOf[id];
    na += v * v;
    dot += v * centroid[id];
  }
  return na && centroidNorm ? dot / Math.sqrt(na * centroidNorm) : 0;
}
