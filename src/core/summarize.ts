// Sentence scoring → the most important body sentences, in document order.
// A sentence's score combines its position (news is lead-heavy), its centrality (TF-IDF cosine with the whole
// article), its share of the article's key terms and names, and its length; sentences are then chosen greedily with
// a redundancy penalty (maximal marginal relevance), so that three sentences say three things.
import type { ArticleDoc, Sentence, Token } from './model';
import type { SummarySentence } from './types';

/** Weights of the score's parts; see `scoreSentences`. */
export interface ScoringWeights {
  readonly position: number;
  readonly centrality: number;
  readonly keyTerms: number;
  readonly names: number;
  readonly length: number;
  /** How much similarity to an already chosen sentence costs (0 = none, 1 = all of it). */
  readonly redundancy: number;
}

export const DEFAULT_WEIGHTS: ScoringWeights = { position: 1.0, centrality: 0.6, keyTerms: 0.5, names: 0.15, length: 0.3, redundancy: 0.6 };

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);
const MIN_WORDS = 5;
const MAX_WORDS = 90;
/** Similarity is compared only against this many top candidates, so choosing stays linear in long documents. */
const MMR_POOL = 60;

interface Candidate {
  readonly sentence: Sentence;
  /** Rank among the body sentences, from 0. */
  readonly rank: number;
  readonly words: number;
  readonly terms: Map<string, number>;
  readonly names: number;
}

export function summarize(doc: ArticleDoc, count: number, weights: ScoringWeights = DEFAULT_WEIGHTS): SummarySentence[] {
  if (count <= 0) return [];
  const candidates = candidatesOf(doc);
  if (candidates.length === 0) return [];
  const scores = scoreSentences(candidates, weights);
  const chosen = chooseWithMmr(candidates, scores, count, weights.redundancy);
  return chosen
    .sort((a, b) => a - b)
    .map((i) => {
      const s = candidates[i].sentence;
      return { index: s.index, text: s.text, start: s.start, end: s.end, score: round(scores[i]) };
    });
}

function round(n: number): number {
  return Math.round(n * 10000) / 10000;
}

function termKey(t: Token): string | undefined {
  if (t.stop || !CONTENT_POS.has(t.pos)) return undefined;
  if (!/\p{L}|\d/u.test(t.text)) return undefined;
  return t.lemma;
}

function wordCount(tokens: readonly Token[]): number {
  let n = 0;
  for (const t of tokens) if (t.pos !== 'PUNCT' && t.pos !== 'SYM' && t.pos !== 'X') n++;
  return n;
}

/** Body sentences of a usable length, with their content-term counts. */
function candidatesOf(doc: ArticleDoc): Candidate[] {
  const out: Candidate[] = [];
  let rank = 0;
  for (const sentence of doc.sentences) {
    if (sentence.kind !== 'body') continue;
    const words = wordCount(sentence.tokens);
    const thisRank = rank++;
    if (words < MIN_WORDS && !(thisRank === 0 && words >= 3)) continue;
    const terms = new Map<string, number>();
    let names = 0;
    for (const t of sentence.tokens) {
      const key = termKey(t);
      if (key) terms.set(key, (terms.get(key) ?? 0) + 1);
      if (t.pos === 'PROPN') names++;
    }
    out.push({ sentence, rank: thisRank, words: Math.min(words, MAX_WORDS), terms, names });
  }
  return out;
}

/** Scores each candidate; all parts are scaled to 0..1 before weighting. */
export function scoreSentences(candidates: readonly Candidate[], weights: ScoringWeights): number[] {
  const n = candidates.length;
  const df = new Map<string, number>();
  for (const c of candidates) for (const term of c.terms.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = (term: string) => Math.log(1 + n / (df.get(term) ?? 1));

  // The article's centroid and its key terms (highest total TF-IDF).
  const centroid = new Map<string, number>();
  for (const c of candidates) for (const [term, tf] of c.terms) centroid.set(term, (centroid.get(term) ?? 0) + tf * idf(term));
  const keyTerms = new Set([...centroid.entries()].sort((a, b) => b[1] - a[1]).slice(0, Math.max(5, Math.ceil(centroid.size * 0.1))).map(([t]) => t));
  const centroidNorm = Math.sqrt([...centroid.values()].reduce((s, v) => s + v * v, 0)) || 1;

  const raw = candidates.map((c) => {
    let dot = 0;
    let norm = 0;
    let key = 0;
    for (const [term, tf] of c.terms) {
      const w = tf * idf(term);
      dot += w * (centroid.get(term) ?? 0);
      norm += w * w;
      if (keyTerms.has(term)) key++;
    }
    const centrality = norm > 0 ? dot / (Math.sqrt(norm) * centroidNorm) : 0;
    const keyShare = key / Math.max(1, keyTerms.size);
    const position = 1 / Math.sqrt(1 + c.rank);
    const names = Math.min(1, c.names / Math.max(1, c.words) * 3);
    // Very short sentences say little; very long ones crowd a summary out.
    const length = c.words < 10 ? c.words / 10 : c.words > 45 ? Math.max(0, 1 - (c.words - 45) / 45) : 1;
    return { centrality, keyShare, position, names, length };
  });
  const maxOf = (f: (r: (typeof raw)[number]) => number) => Math.max(1e-9, ...raw.map(f));
  const maxCentrality = maxOf((r) => r.centrality);
  const maxKey = maxOf((r) => r.keyShare);
  return raw.map(
    (r) =>
      weights.position * r.position +
      weights.centrality * (r.centrality / maxCentrality) +
      weights.keyTerms * (r.keyShare / maxKey) +
      weights.names * r.names +
      weights.length * r.length,
  );
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, v] of a) {
    na += v * v;
    const w = b.get(t);
    if (w !== undefined) dot += v * w;
  }
  for (const v of b.values()) nb += v * v;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** Greedy maximal marginal relevance over the best-scored candidates. */
function chooseWithMmr(candidates: readonly Candidate[], scores: readonly number[], count: number, redundancy: number): number[] {
  const pool = scores
    .map((score, i) => ({ score, i }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, Math.max(MMR_POOL, count))
    .map((x) => x.i);
  const top = Math.max(...scores) || 1;
  const chosen: number[] = [];
  while (chosen.length < count && chosen.length < pool.length) {
    let best = -1;
    let bestValue = -Infinity;
    for (const i of pool) {
      if (chosen.includes(i)) continue;
      let similarity = 0;
      for (const j of chosen) similarity = Math.max(similarity, cosine(candidates[i].terms, candidates[j].terms));
      const value = scores[i] / top - redundancy * similarity;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    chosen.push(best);
  }
  return chosen;
}
