// Quotations in a summary: a sentence that is only a quotation does not open a summary, and a quote keeps its
// attribution (a sentence that continues a quotation opened in the sentence before, or a quotation with no speaker
// of its own, is chosen only with the sentence before it).
const OPENING = /^[\s(]*["“‘]/;
/** Quoted spans: straight or curly double quotes (an unclosed quote runs to the end of the sentence). */
const QUOTED = /"[^"]*(?:"|$)|“[^”]*(?:”|$)/g;

function wordsIn(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
}

/**
 * Does the sentence leave a quotation open for the next one? It does when its last quotation mark opens a quotation
 * (“, or a straight quote with a word right after it and none before), as in 'She said: "We have waited.'. Counting
 * the marks is not enough: a sentence that only closes a quotation opened before it ('... sooner rather than later,"
 * Mr Greenspan said.') has an odd count too, and counting them across sentences lets one stray mark flip the rest
 * of an article.
 */
export function leavesQuoteOpen(text: string): boolean {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '“') return true;
    if (c === '”') return false;
    if (c !== '"') continue;
    const before = i > 0 ? text[i - 1] : ' ';
    const after = i + 1 < text.length ? text[i + 1] : ' ';
    return /[\s([:—–-]/.test(before) && /[\p{L}\d‘'(.…]/u.test(after);
  }
  return false;
}

/** The words outside quotation marks. */
function outsideQuotes(text: string): number {
  return wordsIn(text.replace(QUOTED, ' '));
}

/** A sentence that opens with a quotation and is mostly quotation ('"We will rebuild," he said.'). */
export function isQuoteLed(text: string): boolean {
  if (!OPENING.test(text)) return false;
  const all = wordsIn(text);
  return all > 0 && outsideQuotes(text) / all < 0.5;
}

/** A quotation with no word outside its quotation marks: its speaker is named in another sentence. */
export function isBareQuote(text: string): boolean {
  return OPENING.test(text) && outsideQuotes(text) === 0;
}
