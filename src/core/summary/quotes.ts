// Quotations in a summary: a sentence that is only a quotation does not open a summary, and a quote keeps its
// attribution (a sentence that continues a quotation opened in the sentence before, or a quotation with no speaker
// of its own, is chosen only with the sentence before it).
const OPENING = /^[\s(]*["“‘]/;
/** Quoted spans: straight or curly double quotes (an unclosed quote runs to the end of the sentence). */
const QUOTED = /"[^"]*(?:"|$)|“[^”]*(?:”|$)/g;

function wordsIn(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
}

/** Does the sentence leave a quotation open for the next one (an odd number of straight quotes, or “ without ”)? */
export function leavesQuoteOpen(text: string): boolean {
  const straight = (text.match(/"/g) ?? []).length;
  if (straight % 2 === 1) return true;
  const opens = (text.match(/“/g) ?? []).length;
  const closes = (text.match(/”/g) ?? []).length;
  return opens > closes;
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
