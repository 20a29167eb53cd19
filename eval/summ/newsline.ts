// How the evaluation hands an article to Newsline: as a reader would open it, the headline (when the set has one)
// on its own line above the body, as plain text.
import { readArticle } from '../../src/core/article';
import type { ArticleDoc } from '../../src/core/model';
import type { SummDoc } from './data';

export const WITH_HEADLINE = process.env.SUMM_NO_HEADLINE !== '1';

export function articleText(doc: SummDoc): string {
  return WITH_HEADLINE && doc.title ? `${doc.title}\n\n${doc.text}` : doc.text;
}

export function readEvalArticle(doc: SummDoc): ArticleDoc {
  return readArticle(articleText(doc), 'plaintext');
}
