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

/**
 * For each offset of `text`, where a tag's attributes read from there end as `(?:[^>"']|"[^"]*"|'[^']*')*>` reads
 * them: just past the first ">" outside a quoted value, or -1 when a quote left open or the text's end comes first.
 * Worked out once from the end (the pattern's reading is deterministic: each character has one way in), so that
 * tags left open cost a character each: the pattern read from each of 10,000 `<meta"T` to an open quote at the end
 * (issue 22).
 */
export function tagEnds(text: string): Int32Array {
  const ends = new Int32Array(text.length + 1);
  ends[text.length] = -1;
  let nextDouble = -1;
  let nextSingle = -1;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 62 /* > */) ends[i] = i + 1;
    else if (c === 34 /* " */) {
      ends[i] = nextDouble < 0 ? -1 : ends[nextDouble + 1];
      nextDouble = i;
    } else if (c === 39 /* ' */) {
      ends[i] = nextSingle < 0 ? -1 : ends[nextSingle + 1];
      nextSingle = i;
    } else ends[i] = ends[i + 1];
  }
  return ends;
}

/** `tagEnds(text)`, worked out at the first call and kept: for a text whose tags are read by several patterns. */
export function lazyTagEnds(text: string): () => Int32Array {
  let table: Int32Array | undefined;
  return () => (table ??= tagEnds(text));
}

export interface TagMatch {
  readonly index: number;
  /** The whole tag, "<" to ">". */
  readonly tag: string;
  /** What `open` matched. */
  readonly open: RegExpExecArray;
}

/**
 * The tags `open` starts (a global pattern for "<" and the name, e.g. `/<meta\b/gi`), as
 * `new RegExp(open.source + String.raw`(?:[^>"']|"[^"]*"|'[^']*')*>`, 'gi')` matches them, the same tags in the same
 * order, in linear time (see `tagEnds`; `ends` gives its table for `text`, worked out when first needed by default).
 */
export function startTags(text: string, open: RegExp, ends: () => Int32Array = lazyTagEnds(text)): TagMatch[] {
  const re = new RegExp(open.source, open.flags.includes('g') ? open.flags : open.flags + 'g');
  const out: TagMatch[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const end = ends()[m.index + m[0].length];
    if (end < 0) {
      re.lastIndex = m.index + 1;
      continue;
    }
    out.push({ index: m.index, tag: text.slice(m.index, end), open: m });
    re.lastIndex = end;
  }
  return out;
}

/**
 * A function giving the first match of `re` (global) at or after an offset, for offsets asked in increasing order:
 * a match found is kept while the offsets asked stay at or before it, and none found stays none, so each part of the
 * text is searched once however many starts ask (a closing tag looked for from each of 10,000 opening ones).
 */
export function nextMatchFinder(text: string, re: RegExp): (at: number) => RegExpExecArray | null {
  const r = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  let askedAt = -1;
  let found: RegExpExecArray | null = null;
  return (at) => {
    if (askedAt >= 0 && at >= askedAt && (found === null || found.index >= at)) return found;
    r.lastIndex = at;
    found = r.exec(text);
    askedAt = at;
    return found;
  };
}

export interface ElementMatch {
  readonly index: number;
  readonly end: number;
  /** The element's name, lower case. */
  readonly name: string;
}

/**
 * The elements `open` starts (global, "<" and the name as group 1, e.g. `/<(h[1-6]|li)\b/gi`), as
 * `open.source + String.raw`[^>]*>([\s\S]*?)<\/\1\s*>`` matches them, the same in the same order, with a start for
 * which `skip` gives an end (inside a dropped range) passed over to there, as `matchesOutside` does. Each part of the
 * text is read once (`nextMatchFinder`): the pattern read from each of 50,000 "<h1>" to the end when no "</h1>" came,
 * whatever closing tag of another kind the text ended on (issue 22).
 */
export function elementsOf(text: string, open: RegExp, skip?: (at: number) => number): ElementMatch[] {
  const re = new RegExp(open.source, open.flags.includes('g') ? open.flags : open.flags + 'g');
  const gtAfter = nextMatchFinder(text, />/g);
  const closers = new Map<string, (at: number) => RegExpExecArray | null>();
  const out: ElementMatch[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const skipTo = skip ? skip(m.index) : -1;
    if (skipTo >= 0) {
      re.lastIndex = skipTo;
      continue;
    }
    const gt = gtAfter(m.index + m[0].length);
    if (gt === null) break;
    const name = m[1].toLowerCase();
    let closeAfter = closers.get(name);
    if (closeAfter === undefined) closers.set(name, (closeAfter = nextMatchFinder(text, new RegExp(`<\\/${name}\\s*>`, 'gi'))));
    const close = closeAfter(gt.index + 1);
    if (close === null) {
      re.lastIndex = m.index + 1;
      continue;
    }
    const end = close.index + close[0].length;
    out.push({ index: m.index, end, name });
    re.lastIndex = end;
  }
  return out;
}
