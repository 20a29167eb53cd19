// Choosing the summary's sentences from the scored candidates: greedy maximal marginal relevance.
import { cosine, squaredNorm, type Candidate } from './terms';

/** Similarity is compared only among this many best-scored candidates, so choosing stays linear in long documents. */
const MMR_POOL = 60;

/**
 * What a summary may hold besides the best sentences: per candidate (in document order), the candidate it leans on
 * (`needs`: the body sentence just before it, which a pronoun, connective, anaphoric date or continued quotation
 * points back to; -1 when it stands alone; -2 when it leans back on a sentence that cannot be chosen), whether it is
 * mostly a quotation (it does not open a summary), and its words (for a summary measured in words).
 */
export interface Links {
  readonly needs: readonly number[];
  readonly quoteLed: readonly boolean[];
  readonly words: readonly number[];
  /** How many sentences may join a chosen one (default `MAX_CHAIN`; 0: a sentence that leans back waits for its own). */
  readonly chain?: number;
  /**
   * Per candidate: does it lean back only by a personal pronoun ("He said ...")? Its proper nouns, and those of the
   * body sentences just before it that are not candidates. A personal pronoun's sentence reads on its own after a
   * chosen sentence that names someone when nothing between them names anyone (`resolvedByName`).
   */
  readonly personal?: readonly boolean[];
  readonly names?: readonly (readonly string[])[];
  readonly gapNames?: readonly (readonly string[])[];
  /** Per candidate: does it name anyone outside quotation marks? */
  readonly namesSomeone?: readonly boolean[];
}

/**
 * Does candidate i, which leans back only by a personal pronoun, read on its own in a summary of the candidates
 * `isChosen` says are chosen? It does when the nearest chosen candidate before it that names anyone (a proper noun) is
 * followed, up to i, by sentences that name no one (chosen or not): the reader's antecedent is then the article's.
 */
export function resolvedByName(links: Links, i: number, isChosen: (j: number) => boolean): boolean {
  const { personal, names, gapNames, namesSomeone } = links;
  if (!personal?.[i] || !names || !gapNames || !namesSomeone) return false;
  let p = -1;
  for (let j = i - 1; j >= 0 && p < 0; j--) if (isChosen(j) && names[j].length > 0) p = j;
  if (p < 0 || !namesSomeone[p]) return false;
  if (p < 0) return false;
  if (gapNames[i].length > 0) return false;
  for (let j = p + 1; j < i; j++) if (names[j].length > 0 || gapNames[j].length > 0) return false;
  return true;
}

/** How long the summary is: at most `count` sentences and, when given, at most `words` words. */
export interface Budget {
  readonly count: number;
  readonly words?: number;
}

/** At most this many sentences join a chosen one to give it the sentence it leans on (a chain of pronouns). */
const MAX_CHAIN = 2;
/**
 * A sentence that brings the sentences it leans on is valued at its own value less this for each (on the 0..1 scale of
 * the scores). Development split (CNN/DM 750 articles, BBC 1,113), R1 / R2 with chains of up to two: 0.1 scores BBC
 * 76.89 / 68.90, 0.3 76.46 / 68.22, the bundle's mean 76.72 / 68.62 and its best member 76.70 / 68.62; CNN/DM is
 * within 0.02 for all (30.94 to 30.96 / 11.93 to 11.94). Choosing a leaning sentence only once its own is chosen
 * (no bundles) scores 76.17 / 67.81 and 30.94 / 11.93. (Figures from before the quotation fix of eval/summ/NOTES.md
 * step 6.)
 */
const BUNDLE_COST = 0.1;

/**
 * Greedy maximal marginal relevance over the best-scored candidates; returns candidate indices. A candidate's value is
 * its score (scaled 0..1 over the pool), less `redundancy` times its highest similarity to a chosen sentence, plus
 * `coverage` times the share of the article's key-term weight it would add to what the chosen sentences cover.
 * `termsOf` gives a candidate's vector and key terms; it is asked once for each candidate of the pool only.
 * With `links`, a candidate that leans on the sentence before it is chosen only together with it (a chain of up to
 * three, valued at the last one's value less `BUNDLE_COST` for each added), and a quotation does not open the summary. With a word budget,
 * a candidate that does not fit is passed over; the first sentence is chosen even if it alone is longer.
 */
export function chooseSentences(
  termsOf: (i: number) => Pick<Candidate, 'vector' | 'keyTerms'>,
  scores: readonly number[],
  budget: number | Budget,
  redundancy: number,
  coverage = 0,
  links?: Links,
): number[] {
  const { count, words: maxWords } = typeof budget === 'number' ? { count: budget, words: undefined } : budget;
  const poolSize = Math.max(MMR_POOL, Number.isFinite(count) ? count : 0, maxWords !== undefined ? Math.ceil(maxWords / 8) : 0);
  const pool = scores
    .map((score, i) => ({ score, i }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, poolSize)
    .map((x) => x.i);
  if (pool.length === 0) return [];
  const pooled = new Map(pool.map((i) => [i, termsOf(i)]));
  const top = scores[pool[0]];
  const bottom = scores[pool[pool.length - 1]];
  const range = top - bottom || 1;
  const chosen: number[] = [];
  const isChosen = new Set<number>();
  const covered = new Set<number>();
  const maxSimilarity = new Float64Array(scores.length);
  let wordsLeft = maxWords ?? Infinity;
  const valueOf = (i: number): number => {
    let value = (scores[i] - bottom) / range - redundancy * maxSimilarity[i];
    if (coverage > 0) {
      let gain = 0;
      const keys = pooled.get(i)!.keyTerms;
      for (let k = 0; k < keys.ids.length; k++) if (!covered.has(keys.ids[k])) gain += keys.weights[k];
      value += coverage * gain;
    }
    return value;
  };
  /** The candidates to add with i (i last, in document order), or undefined when i cannot be chosen now. */
  const bundleOf = (i: number): number[] | undefined => {
    if (!links) return [i];
    const bundle = [i];
    const has = (j: number): boolean => isChosen.has(j);
    for (let j = i; links.needs[j] !== -1 && !isChosen.has(links.needs[j]) && !resolvedByName(links, j, has); ) {
      j = links.needs[j];
      if (j < 0 || bundle.length > (links.chain ?? MAX_CHAIN) || !pooled.has(j)) return undefined;
      bundle.unshift(j);
    }
    const first = bundle[0];
    if (links.quoteLed[first] && !chosen.some((c) => c < first)) return undefined;
    return bundle;
  };
  while (chosen.length < count) {
    let best: number[] | undefined;
    let bestValue = -Infinity;
    // With a word budget, the first sentence is the best one that fits, or the best one when none does.
    let overBudget: number[] | undefined;
    let overValue = -Infinity;
    for (const i of pool) {
      if (isChosen.has(i)) continue;
      const bundle = bundleOf(i);
      if (!bundle || chosen.length + bundle.length > count) continue;
      const value = valueOf(i) - BUNDLE_COST * (bundle.length - 1);
      if (links && maxWords !== undefined && bundle.reduce((n, b) => n + links.words[b], 0) > wordsLeft) {
        if (chosen.length === 0 && value > overValue) {
          overValue = value;
          overBudget = bundle;
        }
        continue;
      }
      if (value > bestValue) {
        bestValue = value;
        best = bundle;
      }
    }
    best ??= overBudget;
    if (!best) break;
    for (const b of best) {
      chosen.push(b);
      isChosen.add(b);
      if (links) wordsLeft -= links.words[b];
      const chosenTerms = pooled.get(b)!;
      for (const term of chosenTerms.keyTerms.ids) covered.add(term);
      const chosenVector = chosenTerms.vector;
      const weightInChosen = new Map<number, number>();
      chosenVector.ids.forEach((id, k) => weightInChosen.set(id, chosenVector.weights[k]));
      const chosenNorm = squaredNorm(chosenVector);
      for (const i of pool) maxSimilarity[i] = Math.max(maxSimilarity[i], cosine(pooled.get(i)!.vector, (id) => weightInChosen.get(id), chosenNorm));
    }
    if (maxWords !== undefined && wordsLeft <= 0) break;
  }
  return chosen;
}

/** A lead is looked for among the article's first this many candidates. */
const LEAD_WINDOW = 3;
/** The next sentence restates the opener when it holds at least this share of the opener's key-term weight... */
const RESTATES = 0.5;
/** ... and carries more of the story when it has at least this many times the opener's content terms (and as much key-term weight). */
const CARRIES_MORE = 1.3;

/**
 * The news lead: when the summary opens (in document order) with one of the article's first sentences and the sentence
 * right after it, left out, restates it with more of the story's key terms (who, what, where: "Two Ukrainian
 * helicopters fired missiles into an oil depot Friday ..." after "Friday's missile attack was the first airstrike
 * ..."), the summary opens with that one instead. Returns the chosen indices, in the order given, with the swap made.
 */
export function withNewsLead(chosen: readonly number[], termsOf: (i: number) => Pick<Candidate, 'vector' | 'keyTerms'>, candidates: number, links: Links, maxWords?: number): number[] {
  if (chosen.length === 0) return [...chosen];
  const opener = Math.min(...chosen);
  const next = opener + 1;
  if (opener >= LEAD_WINDOW || next >= candidates || chosen.includes(next) || links.needs[next] !== -1 || links.quoteLed[next]) return [...chosen];
  if (maxWords !== undefined) {
    const used = chosen.reduce((n, c) => n + links.words[c], 0);
    if (used - links.words[opener] + links.words[next] > maxWords) return [...chosen];
  }
  const a = termsOf(opener).keyTerms;
  const b = termsOf(next).keyTerms;
  const terms = (i: number): number => termsOf(i).vector.ids.length;
  const inB = new Set(b.ids);
  let total = 0;
  let shared = 0;
  a.ids.forEach((id, k) => {
    total += a.weights[k];
    if (inB.has(id)) shared += a.weights[k];
  });
  const weightOfB = b.weights.reduce((s, w) => s + w, 0);
  if (total === 0 || shared / total < RESTATES || weightOfB < total || terms(next) < CARRIES_MORE * terms(opener)) return [...chosen];
  // A sentence that leaned on the opener now has it left out: keep the swap only if none did.
  const swapped = chosen.map((c) => (c === opener ? next : c));
  const inSwapped = new Set(swapped);
  const has = (j: number): boolean => inSwapped.has(j);
  if (swapped.some((c) => links.needs[c] !== -1 && !inSwapped.has(links.needs[c]) && !resolvedByName(links, c, has))) return [...chosen];
  return swapped;
}
