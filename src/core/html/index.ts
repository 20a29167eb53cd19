// A web page's reading: the article found in it (extract.ts) and the line that says what was done with the page.
import type { PageReading } from '../types';
import { extractArticle } from './extract';

export interface PagePlan {
  /** Source ranges to analyse; undefined: the whole page. */
  readonly keep?: ReadonlyArray<readonly [number, number]>;
  /** `keep` without the headline: the article's body (what the extraction benchmark scores). */
  readonly body?: ReadonlyArray<readonly [number, number]>;
  readonly reading: PageReading;
  /** The article's title as the extractor found it. */
  readonly title?: string;
}

export function planPage(html: string, wholePage = false): PagePlan {
  if (wholePage) return { reading: { mode: 'whole-page', reason: 'asked', message: 'Whole page analysed, as asked: navigation, sidebars and comments included.' } };
  const article = extractArticle(html);
  if (!article) return { reading: { mode: 'whole-page', reason: 'no-article', message: 'No article found in this page: the whole page was analysed.' } };
  const { paragraphs, leftOut } = article;
  const left = leftOut.length ? `; ${joinWords(leftOut)} left out` : '';
  return {
    keep: article.ranges,
    body: article.body,
    title: article.title,
    reading: { mode: 'article', paragraphs, leftOut, message: `Article: ${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}${left}.` },
  };
}

/** "a, b and c". */
export function joinWords(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
