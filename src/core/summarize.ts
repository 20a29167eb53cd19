// Sentence scoring → the most important body sentences, in document order.
// Each body sentence gets a few cheap features (position, centrality against the article, share of the article's key
// terms and names, overlap with the headline, length, quotes); a linear model weighs them, and sentences are then
// chosen greedily with a redundancy penalty (maximal marginal relevance) so that three sentences say three things.
// The weights are learned on the development split of the evaluation sets by `node out/eval/summ/tune.js`.
import type { ArticleDoc } from './model';
import { chooseSentences, withNewsLead, type Budget } from './summary/choose';
import { coverageOf, longness, redundancyOf, scoreOf, type ScoringModel } from './summary/model';
import { Sheet } from './summary/sheet';
import { MODEL } from './summary/weights';
import type { SummarySentence } from './types';

export { chooseSentences, withNewsLead, type Budget, type Links } from './summary/choose';
export { coverageOf, FEATURES, longness, redundancyOf, scoreOf, type FeatureName, type ScoringModel } from './summary/model';
export { candidatesOf, linksOf, standsAlone } from './summary/sheet';
export type { Candidate, TermVector } from './summary/terms';
export { MODEL } from './summary/weights';

/**
 * The summary of `doc`: `count` sentences, or as many whole sentences as `{ count, words }` lets in (at most `words`
 * words; the first sentence is kept even when it alone is longer).
 */
export function summarize(doc: ArticleDoc, budget: number | Budget, model: ScoringModel = MODEL): SummarySentence[] {
  const limits: Budget = typeof budget === 'number' ? { count: budget } : budget;
  if (limits.count <= 0 || (limits.words !== undefined && limits.words <= 0)) return [];
  const sheet = new Sheet(doc);
  if (sheet.raws.length === 0) return [];
  const links = sheet.links();
  const count = limits.words === undefined ? limits.count : Math.min(limits.count, expectedCount(links.words, limits.words));
  const long = longness(count, bodyCountOf(doc));
  const scores = sheet.raws.map((_, r) => scoreOf(sheet.featuresOf(r), model, long));
  const termsOf = (r: number): ReturnType<Sheet['termsOf']> => sheet.termsOf(r);
  const chosen = chooseSentences(termsOf, scores, limits, redundancyOf(model, long), coverageOf(model, long), links);
  return withNewsLead(chosen, termsOf, sheet.raws.length, links, limits.words)
    .sort((a, b) => a - b)
    .map((r) => {
      const { sentence: s, text } = sheet.raws[r];
      return { index: s.index, text, ...(text !== s.text ? { untrimmed: s.text } : {}), start: s.start, end: s.end, score: round(scores[r]) };
    });
}

/** How many sentences of the article's mean length a word budget holds (at least 1): it sets how long the summary is. */
function expectedCount(words: readonly number[], budget: number): number {
  const mean = words.reduce((a, b) => a + b, 0) / Math.max(1, words.length);
  return Math.max(1, Math.round(budget / Math.max(1, mean)));
}

export function bodyCountOf(doc: ArticleDoc): number {
  let n = 0;
  for (const s of doc.sentences) if (s.kind === 'body') n++;
  return n;
}

function round(n: number): number {
  return Math.round(n * 10000) / 10000;
}
