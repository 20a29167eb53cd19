// Regex scans whose time stays linear on markup that never closes (issue 22): a pattern like `<a[^>]*>` tried at each
// of 50,000 "<a" with no ">" after them reads the rest of the text from each, which grows with the square of its
// length. No match can end past the last place its closing text occurs, so the text is scanned only up to there.
import { partitionPoint } from './sorted';

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

export interface Emphasis {
  readonly index: number;
  /** The opening marker: `*`, `**`, `***`, `_`, `__`, `___` or `~~`; the closing one is the same. */
  readonly marker: string;
  readonly length: number;
}

const SPACE = /\s/;

/**
 * Markdown emphasis as `/(\*{1,3}|_{1,3}|~~)(?=\S)([\s\S]{0,1000}?\S)\1/g` matches it, the same spans in the same
 * order, without reading ahead from each marker: that regex read up to 1,000 characters from every one, 4.7 µs a
 * character of "*a " repeated (5 s a megabyte). A span's end is its marker's first closing place (the marker after a
 * character that is not white space) past its first character, at most 1,001 characters on, looked up in a sorted list.
 */
export function emphasisMatches(text: string): Emphasis[] {
  const closers = new Map<string, number[]>();
  const closersOf = (marker: string): number[] => {
    let list = closers.get(marker);
    if (list === undefined) {
      list = [];
      for (let j = text.indexOf(marker, 1); j >= 0; j = text.indexOf(marker, j + 1)) if (!SPACE.test(text[j - 1])) list.push(j);
      closers.set(marker, list);
    }
    return list;
  };
  const out: Emphasis[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    let found: Emphasis | undefined;
    if (c === '*' || c === '_' || c === '~') {
      let run = 1;
      while (run < 3 && text[i + run] === c) run++;
      const lengths = c === '~' ? (run >= 2 ? [2] : []) : Array.from({ length: run }, (_, k) => run - k);
      for (const length of lengths) {
        const from = i + length;
        if (from >= text.length || SPACE.test(text[from])) continue;
        const marker = c.repeat(length);
        const list = closersOf(marker);
        const j = firstAtOrAfter(list, from + 1);
        if (j !== undefined && j <= from + 1001) {
          found = { index: i, marker, length: j + length - i };
          break;
        }
      }
    }
    if (found) {
      out.push(found);
      i = found.index + found.length;
    } else i++;
  }
  return out;
}

function firstAtOrAfter(sorted: readonly number[], at: number): number | undefined {
  const lo = partitionPoint(0, sorted.length, (i) => sorted[i] < at);
  return lo < sorted.length ? sorted[lo] : undefined;
}
