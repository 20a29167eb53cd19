// Sentence scoring → the most important body sentences, in document order.
// Each body sentence gets a few cheap features (position, centrality against the article, share of the article's key
// terms and names, overlap with the headline, length, quotes); a linear model weighs them, and sentences are then
// chosen greedily with a redundancy penalty (maximal marginal relevance) so that three sentences say three things.
// The weights are learned on the development split of the evaluation sets by `node out/eval/summ/tune.js`.
import type { ArticleDoc } from './model';
import { chooseSentences } from './summary/choose';
import { coverageOf, longness, redundancyOf, scoreOf, type ScoringModel } from './summary/model';
import { Sheet } from './summary/sheet';
import { MODEL } from './summary/weights';
import type { SummarySentence } from './types';

export { chooseSentences } from './summary/choose';
export { coverageOf, FEATURES, longness, redundancyOf, scoreOf, type FeatureName, type ScoringModel } from './summary/model';
export { candidatesOf, standsAlone } from './summary/sheet';
export type { Candidate, TermVector } from './summary/terms';
export { MODEL } from './summary/weights';

export function summarize(doc: ArticleDoc, count: number, model: ScoringModel = MODEL): SummarySentence[] {
  if (count <= 0) return [];
  const sheet = new Sheet(doc);
  if (sheet.raws.length === 0) return [];
  const long = longness(count, bodyCountOf(doc));
  const scores = sheet.raws.map((_, r) => scoreOf(sheet.featuresOf(r), model, long));
  return chooseSentences((r) => sheet.termsOf(r), scores, count, redundancyOf(model, long), coverageOf(model, long))
    .sort((a, b) => a - b)
    .map((r) => {
      const s = sheet.raws[r].sentence;
      return { index: s.index, text: s.text, start: s.start, end: s.end, score: round(scores[r]) };
    });
}

export function bodyCountOf(doc: ArticleDoc): number {
  let n = 0;
  for (const s of doc.sentences) if (s.kind === 'body') n++;
  return n;
}

function round(n: number): number {
  return Math.round(n * 10000) / 10000;
}
