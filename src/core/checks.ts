// Input checks that decide whether a document can be analysed at all, and how English it is.
import type { ArticleDoc } from './model';
import type { Notice } from './types';

/** Share of characters that no text document has (C0 controls other than tab and line breaks, U+FFFD). */
export function binaryShare(text: string, sample = 65536): number {
  const n = Math.min(text.length, sample);
  if (n === 0) return 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || c === 0x7f) odd++;
  }
  return odd / n;
}

/** Why a text cannot be analysed, or undefined when it can. */
export function checkInput(text: string, maxLength: number): Notice | undefined {
  if (text.trim() === '') return { code: 'empty', message: 'The document is empty: there is nothing to summarize.' };
  if (binaryShare(text) > 0.1) return { code: 'binary', message: 'This looks like a binary file, not an article: nothing was analysed.' };
  if (text.length > maxLength) {
    return {
      code: 'too-large',
      message: `The document has ${text.length.toLocaleString('en-US')} characters, over the limit of ${maxLength.toLocaleString('en-US')}: nothing was analysed. Raise the limit with the setting newsline.maxDocumentLength in VS Code, or --max-length on the command line.`,
    };
  }
  return undefined;
}

const LETTER = /\p{L}/u;

/** Does text[start, end) hold a letter? ASCII is read by its codes; other text by `\p{L}`, as the whole token. */
function hasLetter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return LETTER.test(text.slice(start, end));
    if ((c | 32) >= 97 && (c | 32) <= 122) return true;
  }
  return false;
}

/** Share of word tokens that are English stop words: news English runs near 0.4, other languages near 0. */
export function englishShare(doc: ArticleDoc): number {
  let words = 0;
  let stops = 0;
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length && words <= 2000; i++) {
    if (!hasLetter(tokens.text, tokens.start(i), tokens.end(i))) continue;
    words++;
    if (tokens.isStop(i)) stops++;
  }
  return words < 8 ? 1 : stops / words;
}
