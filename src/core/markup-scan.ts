// Regex scans whose time stays linear on markup that never closes (issue 22): a pattern like `<a[^>]*>` tried at each
// of 50,000 "<a" with no ">" after them reads the rest of the text from each, which grows with the square of its
// length. No match can end past the last place its closing text occurs, so the text is scanned only up to there.
/**
 * `re`'s matches in `text` (`re` global), scanning only up to the end of the last `closer` (a match's final text, or
 * the text after which it must end); `closer` may be a function giving that end. Indices are into `text`.
 */
export function matchesUpTo(text: string, re: RegExp, closer: string | ((text: string) => number)): RegExpExecArray[] {
  const end = typeof closer === 'string' ? endOfLast(text, closer) : closer(text);
  if (end <= 0) return [];
  return [...(end >= text.length ? text : text.slice(0, end)).matchAll(re)];
}

/** The end of the last `closer` in `text`, 0 when there is none. */
export function endOfLast(text: string, closer: string): number {
  const at = text.lastIndexOf(closer);
  return at < 0 ? 0 : at + closer.length;
}

/** The end of an element's closing tag: the first ">" after the last "</" (0 when there is none). */
export function endOfLastClosingTag(text: string): number {
  const at = text.lastIndexOf('</');
  if (at < 0) return 0;
  const gt = text.indexOf('>', at);
  return gt < 0 ? 0 : gt + 1;
}

/** Does `line` end in two spaces or more (a Markdown hard break)? Read from the end, not by `/ {2,}$/` from each space. */
export function endsInTwoSpaces(line: string): boolean {
  return line.endsWith('  ');
}
