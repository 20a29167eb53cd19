// Choosing the summary's sentences from the scored candidates: greedy maximal marginal relevance.
import { cosine, squaredNorm, type Candidate } from './terms';

/** Similarity is compared only among this many best-scored candidates, so choosing stays linear in long documents. */
const MMR_POOL = 60;

/**
 * Greedy maximal marginal relevance over the best-scored candidates; returns candidate indices. A candidate's value is
 * its score (scaled 0..1 over the pool), less `redundancy` times its highest similarity to a chosen sentence, plus
 * `coverage` times the share of the article's key-term weight it would add to what the chosen sentences cover.
 * `termsOf` gives a candidate's vector and key terms; it is asked once for each candidate of the pool only.
 */
export function chooseSentences(
  termsOf: (i: number) => Pick<Candidate, 'vector' | 'keyTerms'>,
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
  const pooled = new Map(pool.map((i) => [i, termsOf(i)]));
  const top = scores[pool[0]];
  const bottom = scores[pool[pool.length - 1]];
  const range = top - bottom || 1;
  const chosen: number[] = [];
  const covered = new Set<number>();
  const maxSimilarity = new Float64Array(scores.length);
  while (chosen.length < count && chosen.length < pool.length) {
    let best = -1;
    let bestValue = -Infinity;
    for (const i of pool) {
      if (chosen.includes(i)) continue;
      let value = (scores[i] - bottom) / range - redundancy * maxSimilarity[i];
      if (coverage > 0) {
        let gain = 0;
        const keys = pooled.get(i)!.keyTerms;
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
    const chosenTerms = pooled.get(best)!;
    for (const term of chosenTerms.keyTerms.ids) covered.add(term);
    const chosenVector = chosenTerms.vector;
    const weightInChosen = new Map<number, number>();
    chosenVector.ids.forEach((id, k) => weightInChosen.set(id, chosenVector.weights[k]));
    const chosenNorm = squaredNorm(chosenVector);
    for (const i of pool) maxSimilarity[i] = Math.max(maxSimilarity[i], cosine(pooled.get(i)!.vector, (id) => weightInChosen.get(id), chosenNorm));
  }
  return chosen;
}
