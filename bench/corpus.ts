// The benchmark's texts: the CNN/DM-500 articles (the summarization test file, read-only in ../shared/eval), and
// documents of a given size made of those articles one after another, separated as paragraphs.
import * as fs from 'fs';
import * as path from 'path';

export interface Article {
  readonly id: string;
  readonly text: string;
  readonly words: number;
}

export function cnndmPath(dataDir: string): string {
  return path.join(dataDir, 'summ', 'cnndm_test.jsonl');
}

export function loadCnndm(dataDir: string): Article[] {
  return fs
    .readFileSync(cnndmPath(dataDir), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { id: string; text: string })
    .map(({ id, text }) => ({ id, text, words: countWords(text) }));
}

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/\S+/g)) n++;
  return n;
}

/** Exactly `chars` characters of article text: whole articles as paragraphs, the last one cut. */
export function textOfSize(articles: readonly Article[], chars: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i = (i + 1) % articles.length) {
    parts.push(articles[i].text);
    length += articles[i].text.length + 2;
  }
  return parts.join('\n\n').slice(0, chars);
}

/** The article whose word count is nearest `words`. */
export function articleNear(articles: readonly Article[], words: number): Article {
  return articles.reduce((best, a) => (Math.abs(a.words - words) < Math.abs(best.words - words) ? a : best));
}
