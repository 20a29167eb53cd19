// Sentence scoring → the most important body sentences, in document order.
// Each body sentence gets a few cheap features (position, centrality against the article, share of the article's key
// terms and names, overlap with the headline, length, quotes); a linear model weighs them, and sentences are then
// chosen greedily with a redundancy penalty (maximal marginal relevance) so that three sentences say three things.
// The weights are learned on the development split of the evaluation sets by `node out/eval/summ/tune.js`.
import { isAsciiLetterOrDigit } from './chars';
import type { ArticleDoc, Sentence } from './model';
import type { TokenStore } from './tokens';
import type { SummarySentence } from './types';

export const FEATURES = [
  'first',
  'second',
  'third',
  'inverseRank',
  'relativePosition',
  'paragraphStart',
  'centrality',
  'keyTerms',
  'names',
  'headline',
  'tooShort',
  'tooLong',
  'length',
  'quote',
  'question',
  'pronounStart',
] as const;

export type FeatureName = (typeof FEATURES)[number];

export interface ScoringModel {
  /** Feature weights for a short summary (a small share of the article). */
  readonly weights: Readonly<Record<FeatureName, number>>;
  /**
   * What each weight gains as the summary grows to 40% of the article or more (see `longness`): a three-sentence
   * summary of a long story leans on the lead, a summary of half the article must cover all of it.
   */
  readonly longWeights: Readonly<Record<FeatureName, number>>;
  /** How much similarity to an already chosen sentence costs, on the 0..1 scale of the scores. */
  readonly redundancy: number;
  readonly longRedundancy: number;
  /** How much a sentence gains by covering the article's key terms that the chosen sentences have not covered yet. */
  readonly coverage: number;
  readonly longCoverage: number;
}

/**
 * The feature weights are learned on the development split (odd lines of both evaluation files) by
 * eval/summ/tune.ts. The first model (all 36 parameters tuned on dev, then short-summary redundancy and coverage set
 * by hand) scored 31.55 / 12.76 on the CNN/DM dev split but 30.41 / 11.90 on its test split: it overfit 250
 * articles. This one keeps that model's long-summary end (weights + longWeights, which BBC summaries use) and changes
 * the short-summary end in two steps chosen on dev only:
 * 1. `length` -0.8 (was 0): CNN/DM highlights average 35 words and ROUGE F rewards the shorter of two sentences that
 *    carry the same content; the dev split is flat between -0.6 and -1.0 (R1 32.15 to 32.25) and falls off outside.
 * 2. Short-summary weights, redundancy and coverage re-tuned with a pull toward step 1 and averaged over folds
 *    (SUMM_TUNE_PARAMS=short SUMM_TUNE_WEIGHTS=1,0 SUMM_TUNE_PENALTY=2 SUMM_TUNE_FOLDS=5): 5-fold cross-validated
 *    R1 / R2 within dev 32.34 / 12.91, against 32.31 / 12.89 with a penalty of 0.5, 32.19 / 12.76 with 1 and
 *    32.26 / 12.86 with none (which fit the whole dev split best, 32.60 / 13.16), so the strongest pull was kept and
 *    the weights barely moved: on held-out articles, free tuning bought nothing over step 1.
 * 3. Coverage 0.8 (was 0.3): with shorter sentences preferred, the seed article's summary lost its third thread
 *    (Chernobyl) to a second sentence on the first. Coverage of the article's key terms brings it back from 0.7 up;
 *    on CNN/DM dev 0.3 to 1.0 are all within 0.1 R1 (32.47 / 13.00 at 0.3, 32.39 / 12.97 at 0.8), so the middle of
 *    the range that covers the three threads was kept.
 * 4. No weight changed; the long-summary weights now start to blend in at 25% of the article instead of 15% (see
 *    `SHORT_SHARE`): the BBC-tuned long end was pulling the three-sentence summaries of short CNN/DM stories away from
 *    their lead. 5-fold cross-validated R1 / R2 within dev (the recipe of step 2) 32.30 / 12.86 -> 32.50 / 13.01 on
 *    CNN/DM, BBC 79.56 -> 79.53 R1; this MODEL on the whole dev split: CNN/DM 32.68 / 13.17, BBC 79.53 / 72.47.
 *    Candidate features tried on dev and left out, flat or worse in cross-validation: BM25 centrality against the
 *    other sentences, the count of word pairs the article repeats, a closing attribution (", police said."), the
 *    article's most frequent names, and dropping the per-document range scaling in `chooseSentences`.
 */
export const MODEL: ScoringModel = {
  weights: {
    first: 1.93,
    second: 0.7,
    third: 0.15,
    inverseRank: 0.51,
    relativePosition: -0.71,
    paragraphStart: 0,
    centrality: 0.56,
    keyTerms: 0.5,
    names: -0.01,
    headline: 0.3,
    tooShort: -0.9,
    tooLong: -0.7,
    length: -0.8,
    quote: -0.19,
    question: -0.3,
    pronounStart: -0.11,
  },
  longWeights: {
    first: -2.23,
    second: -0.8,
    third: -0.05,
    inverseRank: -0.61,
    relativePosition: 0.61,
    paragraphStart: 0.05,
    centrality: 0.59,
    keyTerms: 0.5,
    names: -0.24,
    headline: 0.45,
    tooShort: -0.1,
    tooLong: 0.2,
    length: 0.4,
    quote: 0.19,
    question: 0.3,
    pronounStart: 0.16,
  },
  redundancy: 0.96,
  longRedundancy: -2.26,
  coverage: 0.8,
  longCoverage: -0.8,
};

/** A body sentence that may be chosen, with its features in `FEATURES` order. */
export interface Candidate {
  readonly sentence: Sentence;
  /** Rank among the body sentences, from 0. */
  readonly rank: number;
  readonly words: number;
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

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);
const WORD_POS_EXCLUDED = new Set(['PUNCT', 'SYM', 'X', 'SPACE']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'we']);
const QUOTES = /["“”]/;
/**
 * Text that cannot stand alone as a summary sentence: a line that only introduces what follows ("Here's how it's
 * unfolding: .") or only gives a date ("April 23, 2015 ."), or a fragment (below). CNN/DM dev summaries chose all three.
 */
const INTRODUCES = /:\s*[.]?\s*$/;
const DATE_ONLY = /^\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\s*[.]?\s*$/i;

/**
 * A sentence that opens with a lower-case word is the tail of a sentence cut in the wrong place ("com, because the
 * mother ...", "said a professor ..."): 46 body sentences of the CNN/DM dev split, none a whole sentence. Sentence
 * splitting now joins most back (`continuesSentence` in article.ts); 2 remain there ('... in any other way." she
 * says.') and 47 in BBC dev (mostly names missing from its texts). A brand written in lower case ("iPhone", "eBay")
 * still starts a sentence.
 */
const FRAGMENT = /^[\p{Ll}][\p{Ll}'’-]*(?![\p{L}])/u;

export function standsAlone(text: string): boolean {
  return !INTRODUCES.test(text) && !DATE_ONLY.test(text) && !FRAGMENT.test(text);
}

/** Sentences shorter than this say too little to stand alone (the article's first sentence excepted). */
const MIN_WORDS = 5;
/** Similarity is compared only among this many best-scored candidates, so choosing stays linear in long documents. */
const MMR_POOL = 60;

export function summarize(doc: ArticleDoc, count: number, model: ScoringModel = MODEL): SummarySentence[] {
  if (count <= 0) return [];
  const candidates = candidatesOf(doc);
  if (candidates.length === 0) return [];
  const long = longness(count, bodyCountOf(doc));
  const scores = candidates.map((c) => scoreOf(c.features, model, long));
  return chooseSentences(candidates, scores, count, redundancyOf(model, long), coverageOf(model, long))
    .sort((a, b) => a - b)
    .map((i) => {
      const s = candidates[i].sentence;
      return { index: s.index, text: s.text, start: s.start, end: s.end, score: round(scores[i]) };
    });
}

export function bodyCountOf(doc: ArticleDoc): number {
  let n = 0;
  for (const s of doc.sentences) if (s.kind === 'body') n++;
  return n;
}

/**
 * Up to this share of the article's sentences, a summary reports the news, which a news story tells first (the
 * inverted pyramid): three sentences of a 12-sentence story lean on the lead as much as three of a 60-sentence one.
 * It was 15%, which blended the long-summary weights into the summaries of every CNN/DM story under 20 sentences (92
 * of the 250 dev articles); at 25% the CNN/DM dev split gains 0.26 R1 / 0.20 R2 (in each of 5 folds but one, flat
 * there) while BBC dev, whose summaries take 38% to 47% of the article, moves by 0.03. Past 25% BBC falls off.
 */
const SHORT_SHARE = 0.25;
/** From this share on, a summary must cover the whole article (BBC's reference summaries take about 40%). */
const LONG_SHARE = 0.4;

/** 0 for a summary of up to 25% of the article's sentences, rising to 1 when it takes 40% of them or more. */
export function longness(count: number, bodyCount: number): number {
  const share = count / Math.max(1, bodyCount);
  return Math.min(1, Math.max(0, (share - SHORT_SHARE) / (LONG_SHARE - SHORT_SHARE)));
}

export function redundancyOf(model: ScoringModel, long: number): number {
  return Math.max(0, model.redundancy + long * model.longRedundancy);
}

export function coverageOf(model: ScoringModel, long: number): number {
  return Math.max(0, model.coverage + long * model.longCoverage);
}

export function scoreOf(features: readonly number[], model: ScoringModel, long: number): number {
  let score = 0;
  for (let f = 0; f < FEATURES.length; f++) score += (model.weights[FEATURES[f]] + long * model.longWeights[FEATURES[f]]) * features[f];
  return score;
}

function round(n: number): number {
  return Math.round(n * 10000) / 10000;
}

/** The token's term (its lemma id) when it is a content word, else -1. */
function termOf(tokens: TokenStore, i: number): number {
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

function wordCount(tokens: TokenStore, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (!WORD_POS_EXCLUDED.has(tokens.pos(i))) n++;
  return n;
}

/** Adds the content terms of tokens [from, to) to `counts` (term → count, in order of first use). */
function countTerms(tokens: TokenStore, from: number, to: number, counts: Map<number, number>): Map<number, number> {
  for (let i = from; i < to; i++) {
    const term = termOf(tokens, i);
    if (term >= 0) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}

function vectorOf(counts: ReadonlyMap<number, number>): TermVector {
  // Sized up front: arrays grown by push keep spare room, which every candidate of a long document would hold.
  const ids = new Array<number>(counts.size);
  const weights = new Array<number>(counts.size);
  let k = 0;
  for (const [id, w] of counts) {
    ids[k] = id;
    weights[k++] = w;
  }
  return { ids, weights };
}

interface Raw {
  readonly sentence: Sentence;
  readonly rank: number;
  readonly words: number;
  /** Term counts. */
  readonly terms: TermVector;
  /** The first body sentence of its paragraph (a dateline or caption before it does not count). */
  readonly opensParagraph: boolean;
  /** Proper-noun tokens. */
  readonly names: number;
  /** Does the first word look back ("He", "It", "They")? */
  readonly pronounStart: boolean;
}

/** Body sentences of a usable length, read from the token store (no token objects are built for scoring). */
function rawCandidates(doc: ArticleDoc): Raw[] {
  const tokens = doc.tokens;
  const out: Raw[] = [];
  let rank = 0;
  let paragraph = -1;
  for (const sentence of doc.sentences) {
    if (sentence.kind !== 'body') continue;
    const from = sentence.firstToken;
    const to = from + sentence.tokenCount;
    const words = wordCount(tokens, from, to);
    const thisRank = rank++;
    const opensParagraph = sentence.paragraph !== paragraph;
    paragraph = sentence.paragraph;
    if (!standsAlone(sentence.text)) continue;
    if (words < MIN_WORDS && !(thisRank === 0 && words >= 3)) continue;
    let names = 0;
    let first = -1;
    for (let i = from; i < to; i++) {
      const pos = tokens.pos(i);
      if (pos === 'PROPN') names++;
      if (first < 0 && !WORD_POS_EXCLUDED.has(pos)) first = i;
    }
    const pronounStart = first >= 0 && PRONOUNS.has(tokens.textOf(first).toLowerCase());
    out.push({ sentence, rank: thisRank, words, terms: vectorOf(countTerms(tokens, from, to, new Map())), opensParagraph, names, pronounStart });
  }
  return out;
}

/** The headline's terms: heading lines before the first body sentence. */
function headlineTerms(doc: ArticleDoc): Map<number, number> {
  const counts = new Map<number, number>();
  for (const s of doc.sentences) {
    if (s.kind === 'body') break;
    if (s.kind === 'heading') countTerms(doc.tokens, s.firstToken, s.firstToken + s.tokenCount, counts);
  }
  return counts;
}

function squaredNorm(v: TermVector): number {
  let n = 0;
  for (let k = 0; k < v.weights.length; k++) n += v.weights[k] * v.weights[k];
  return n;
}

function squaredNormOfMap(v: ReadonlyMap<number, number>): number {
  let n = 0;
  for (const x of v.values()) n += x * x;
  return n;
}

/** Cosine of `a` and `b` (a term's weight in b by `weightInB`); `nb` is b's squared norm, summed once by the caller. */
function cosine(a: TermVector, weightInB: (id: number) => number | undefined, nb: number): number {
  let dot = 0;
  let na = 0;
  for (let k = 0; k < a.ids.length; k++) {
    const v = a.weights[k];
    na += v * v;
    const w = weightInB(a.ids[k]);
    if (w !== undefined) dot += v * w;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

function maxOf(values: readonly number[], floor: number): number {
  let max = floor;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** Body sentences with their features; scores of different articles are comparable because features are 0..1. */
export function candidatesOf(doc: ArticleDoc): Candidate[] {
  const raws = rawCandidates(doc);
  const n = raws.length;
  if (n === 0) return [];
  const bodyCount = raws[n - 1].rank + 1;
  // Per-term figures in arrays indexed by lemma id (ids are dense per document), not Maps: the Maps were most of the
  // scorer's time. `terms` keeps the order of first use, which the sums and the key-term ranking follow.
  const lemmaCount = doc.tokens.lemmaCount;
  const df = new Int32Array(lemmaCount);
  const terms: number[] = [];
  for (const r of raws) for (const term of r.terms.ids) if (df[term]++ === 0) terms.push(term);
  const idfOf = new Float64Array(lemmaCount);
  for (const term of terms) idfOf[term] = Math.log(1 + n / df[term]);

  // The article's centroid, and its key terms (highest total TF-IDF; on a tie the term used first).
  const centroid = new Float64Array(lemmaCount);
  for (const r of raws) for (let k = 0; k < r.terms.ids.length; k++) {
    const term = r.terms.ids[k];
    centroid[term] += r.terms.weights[k] * idfOf[term];
  }
  const keyCount = Math.max(5, Math.ceil(terms.length * 0.1));
  const keyIds = [...terms].sort((a, b) => centroid[b] - centroid[a]).slice(0, keyCount);
  const keyTotal = keyIds.reduce((sum, t) => sum + centroid[t], 0) || 1;
  const keyTerms = new Map(keyIds.map((t) => [t, centroid[t] / keyTotal]));
  const headline = headlineTerms(doc);
  const headlineNorm = squaredNormOfMap(headline);
  const inHeadline = (id: number): number | undefined => headline.get(id);

  let centroidNorm = 0;
  for (const term of terms) centroidNorm += centroid[term] * centroid[term];
  const centrality = raws.map((r) => centralityOf(r.terms, idfOf, centroid, centroidNorm));
  const keyShare = raws.map((r) => {
    let k = 0;
    for (const term of r.terms.ids) if (keyTerms.has(term)) k++;
    return k / keyTerms.size;
  });
  const maxCentrality = maxOf(centrality, 1e-9);
  const maxKey = maxOf(keyShare, 1e-9);

  return raws.map((r, i) => {
    const features = [
      r.rank === 0 ? 1 : 0,
      r.rank === 1 ? 1 : 0,
      r.rank === 2 ? 1 : 0,
      1 / (1 + r.rank),
      bodyCount > 1 ? r.rank / (bodyCount - 1) : 0,
      r.opensParagraph ? 1 : 0,
      centrality[i] / maxCentrality,
      keyShare[i] / maxKey,
      Math.min(1, r.names / Math.max(1, r.words)),
      headline.size > 0 ? cosine(r.terms, inHeadline, headlineNorm) : 0,
      r.words < 12 ? 1 - r.words / 12 : 0,
      Math.min(1, Math.max(0, r.words - 25) / 40),
      Math.min(r.words, 80) / 40,
      QUOTES.test(r.sentence.text) ? 1 : 0,
      r.sentence.text.endsWith('?') ? 1 : 0,
      r.pronounStart ? 1 : 0,
    ];
    return new ScoredCandidate(r, features, idfOf, keyTerms);
  });
}

/**
 * The cosine of a sentence's TF-IDF vector (`terms` counts times `idfOf`) and the centroid, without building the
 * vector: the same sums, in the same order, as `cosine`.
 */
function centralityOf(terms: TermVector, idfOf: Float64Array, centroid: Float64Array, centroidNorm: number): number {
  let dot = 0;
  let na = 0;
  for (let k = 0; k < terms.ids.length; k++) {
    const id = terms.ids[k];
    const v = terms.weights[k] * idfOf[id];
    na += v * v;
    dot += v * centroid[id];
  }
  return na && centroidNorm ? dot / Math.sqrt(na * centroidNorm) : 0;
}

/**
 * A candidate whose TF-IDF vector and key terms are built when first read. Only the best-scored candidates are
 * compared for redundancy (MMR_POOL), and in a long document building both for every sentence was most of the
 * scorer's memory: 35 of the 45 MB its candidates held for 5 MB of CNN/DM text (44,000 sentences).
 */
class ScoredCandidate implements Candidate {
  readonly sentence: Sentence;
  readonly rank: number;
  readonly words: number;
  readonly features: readonly number[];
  private readonly terms: TermVector;
  private readonly idfOf: Float64Array;
  private readonly articleKeyTerms: ReadonlyMap<number, number>;
  private builtVector: TermVector | undefined;
  private builtKeyTerms: TermVector | undefined;

  constructor(raw: Raw, features: readonly number[], idfOf: Float64Array, articleKeyTerms: ReadonlyMap<number, number>) {
    this.sentence = raw.sentence;
    this.rank = raw.rank;
    this.words = raw.words;
    this.features = features;
    this.terms = raw.terms;
    this.idfOf = idfOf;
    this.articleKeyTerms = articleKeyTerms;
  }

  get vector(): TermVector {
    if (!this.builtVector) {
      const { ids, weights } = this.terms;
      this.builtVector = { ids, weights: ids.map((id, k) => weights[k] * this.idfOf[id]) };
    }
    return this.builtVector;
  }

  get keyTerms(): TermVector {
    if (!this.builtKeyTerms) {
      // `terms` holds each term once, so this keeps the sentence's order of first use.
      const ids: number[] = [];
      const weights: number[] = [];
      for (const term of this.terms.ids) {
        const share = this.articleKeyTerms.get(term);
        if (share !== undefined) {
          ids.push(term);
          weights.push(share);
        }
      }
      this.builtKeyTerms = { ids, weights };
    }
    return this.builtKeyTerms;
  }
}

/**
 * Greedy maximal marginal relevance over the best-scored candidates; returns candidate indices. A candidate's value is
 * its score (scaled 0..1 over the pool), less `redundancy` times its highest similarity to a chosen sentence, plus
 * `coverage` times the share of the article's key-term weight it would add to what the chosen sentences cover.
 */
export function chooseSentences(
  candidates: readonly Pick<Candidate, 'vector' | 'keyTerms'>[],
  scores: readonly number[],
  count: number,
  redundancy: number,
  coverage = 0,
): number[] {
  const pool = scores
    .map((score, i) => ({ score, i }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, Math.max(MMR_POOL, count))
    .map((x) => x.i);
  const top = scores[pool[0]];
  const bottom = scores[pool[pool.length - 1]];
  const range = top - bottom || 1;
  const chosen: number[] = [];
  const covered = new Set<number>();
  const maxSimilarity = new Float64Array(candidates.length);
  while (chosen.length < count && chosen.length < pool.length) {
    let best = -1;
    let bestValue = -Infinity;
    for (const i of pool) {
      if (chosen.includes(i)) continue;
      let value = (scores[i] - bottom) / range - redundancy * maxSimilarity[i];
      if (coverage > 0) {
        let gain = 0;
        const keys = candidates[i].keyTerms;
        for (let k = 0; k < keys.ids.length; k++) if (!covered.has(keys.ids[k])) gain += keys.weights[k];
        value += coverage * gain;
      }
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    chosen.push(best);
    for (const term of candidates[best].keyTerms.ids) covered.add(term);
    const chosenVector = candidates[best].vector;
    const weightInChosen = new Map<number, number>();
    chosenVector.ids.forEach((id, k) => weightInChosen.set(id, chosenVector.weights[k]));
    const chosenNorm = squaredNorm(chosenVector);
    for (const i of pool) maxSimilarity[i] = Math.max(maxSimilarity[i], cosine(candidates[i].vector, (id) => weightInChosen.get(id), chosenNorm));
  }
  return chosen;
}
