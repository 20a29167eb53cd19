// The scoring model: the features each candidate sentence gets, the weights that combine them, and how a summary's
// share of the article blends the short-summary weights into the long-summary ones. The learned values are data, in
// weights.ts, written by eval/summ/tune.ts.

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
