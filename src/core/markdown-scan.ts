// Markdown scans whose time stays linear on text that never closes (issue 22): emphasis, code spans, images and
// links found from the runs of their marker characters, not by reading on from each marker.
import { nextMatchFinder } from './markup-scan';
import { partitionPoint } from './sorted';

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

/** The maximal runs of one character in a text, and the first run at or after a run index at least a length long. */
class Runs {
  readonly starts: number[] = [];
  readonly lengths: number[] = [];
  /** A max-tree over `lengths` (leaves from `size`). */
  private tree: Int32Array | undefined;
  private size = 1;
  private suffixMax: Int32Array | undefined;

  constructor(text: string, c: string) {
    for (let i = text.indexOf(c); i >= 0; ) {
      let e = i + 1;
      while (text[e] === c) e++;
      this.starts.push(i);
      this.lengths.push(e - i);
      i = text.indexOf(c, e);
    }
  }

  /** The longest run's length from run index `from` on (0 for none). */
  longest(from: number): number {
    if (this.suffixMax === undefined) {
      this.suffixMax = new Int32Array(this.lengths.length + 1);
      for (let r = this.lengths.length - 1; r >= 0; r--) this.suffixMax[r] = Math.max(this.lengths[r], this.suffixMax[r + 1]);
    }
    return this.suffixMax[Math.min(from, this.lengths.length)];
  }

  /** The index of the run holding offset `at` (there is one). */
  holding(at: number): number {
    return partitionPoint(0, this.starts.length, (r) => this.starts[r] + this.lengths[r] <= at);
  }

  /** The first run index >= `from` whose length is at least `length`, or -1. */
  firstLong(from: number, length: number): number {
    if (this.tree === undefined) {
      while (this.size < this.lengths.length) this.size *= 2;
      this.tree = new Int32Array(2 * this.size);
      this.lengths.forEach((l, r) => (this.tree![this.size + r] = l));
      for (let v = this.size - 1; v >= 1; v--) this.tree[v] = Math.max(this.tree[2 * v], this.tree[2 * v + 1]);
    }
    return this.descend(1, 0, this.size, from, length);
  }

  private descend(v: number, lo: number, hi: number, from: number, length: number): number {
    if (hi <= from || this.tree![v] < length) return -1;
    if (hi - lo === 1) return lo;
    const mid = (lo + hi) >> 1;
    const left = this.descend(2 * v, lo, mid, from, length);
    return left >= 0 ? left : this.descend(2 * v + 1, mid, hi, from, length);
  }
}

/**
 * What `s.replace(/(\*{1,3}|_{1,3}|~~|`+)(\S[\s\S]*?)\1/g, '$2')` gives (emphasis and code marks taken off a
 * heading), in time about linear in `s`: the pattern read on from each backtick of a long run before a tab, for each
 * length of marker, to the end (issue 22). A marker of L characters c at i (the longest first, as the pattern tries
 * them) closes at the first L c's from i + L + 1 on: in its own run when that run holds 2L + 1 from i, else at the
 * start of the first later run of c at least L long.
 */
export function stripEmphasisMarks(s: string): string {
  if (!/[*_~`]/.test(s)) return s;
  const runs = new Map<string, Runs>();
  const runsOf = (c: string): Runs => {
    let r = runs.get(c);
    if (r === undefined) runs.set(c, (r = new Runs(s, c)));
    return r;
  };
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c !== '*' && c !== '_' && c !== '~' && c !== '`') {
      i++;
      continue;
    }
    const rs = runsOf(c);
    const r = rs.holding(i);
    const k = rs.starts[r] + rs.lengths[r] - i;
    // The closing marker's start for a marker of `length`, or -1.
    const closer = (length: number): number => {
      if (length === k && (i + k >= s.length || SPACE.test(s[i + k]))) return -1;
      if (2 * length + 1 <= k) return i + length + 1;
      const later = rs.firstLong(r + 1, length);
      return later < 0 ? -1 : rs.starts[later];
    };
    let length = 0;
    let j = -1;
    if (c === '`') {
      // The longest marker first: the whole run when a later run is as long, else the longest shorter one.
      j = closer(k);
      if (j >= 0) length = k;
      else if (k > 1) {
        length = Math.max((k - 1) >> 1, Math.min(k - 1, rs.longest(r + 1)));
        j = length >= 1 ? closer(length) : -1;
      }
    } else {
      for (const l of c === '~' ? (k >= 2 ? [2] : []) : Array.from({ length: Math.min(k, 3) }, (_, x) => Math.min(k, 3) - x)) {
        j = closer(l);
        if (j >= 0) {
          length = l;
          break;
        }
      }
    }
    if (j < 0) {
      i++;
      continue;
    }
    out += s.slice(copied, i) + s.slice(i + length, j);
    i = copied = j + length;
  }
  return out + s.slice(copied);
}

export interface CodeSpan {
  readonly index: number;
  readonly end: number;
  /** The backticks on each side. */
  readonly fence: number;
}

/**
 * Markdown code spans as `/(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g` matches them, the same in the same order, without
 * reading on from each backtick: that pattern read from each backtick of a long run to the end, looking for a run as
 * long (issue 22). From a backtick, the opening marker is the rest of its run, and the span closes at the first later
 * run of exactly that length (a run is bounded by other characters, as the pattern's `[^`]` and `(?!`)` ask).
 */
export function codeSpans(text: string): CodeSpan[] {
  if (!text.includes('`')) return [];
  const runs = new Runs(text, '`');
  const startsOfLength = new Map<number, number[]>();
  runs.lengths.forEach((length, r) => {
    const list = startsOfLength.get(length);
    if (list) list.push(runs.starts[r]);
    else startsOfLength.set(length, [runs.starts[r]]);
  });
  const out: CodeSpan[] = [];
  for (let r = 0; r < runs.starts.length; r++) {
    const runEnd = runs.starts[r] + runs.lengths[r];
    for (let i = runs.starts[r]; i < runEnd; i++) {
      const fence = runEnd - i;
      const close = firstAtOrAfter(startsOfLength.get(fence) ?? [], runEnd + 1);
      if (close === undefined) continue;
      out.push({ index: i, end: close + fence, fence });
      // Go on after the span: at the first run starting at or after its end.
      r = partitionPoint(r, runs.starts.length, (x) => runs.starts[x] < close + fence) - 1;
      break;
    }
  }
  return out;
}

export interface LinkMatch {
  readonly index: number;
  readonly end: number;
  /** The text between the first "[" and its "]". */
  readonly label: string;
}

/** A label is read to its first "]", at most this many characters before it (as CommonMark's 999, near enough). */
const LABEL_MAX = 1000;

/**
 * Markdown images as `/!\[[^\]]{0,1000}\]\([^)]*\)/g` matches them, the same in the same order, without reading a
 * label from each "![": the pattern read up to 1,000 characters from every one (3 s a megabyte of "![" before one
 * "](x)"; issue 22). A label ends at its first "]"; the destination at the first ")" after it.
 */
export function imageMatches(text: string): LinkMatch[] {
  const out: LinkMatch[] = [];
  const bracketAfter = nextMatchFinder(text, /\]/g);
  const parenAfter = nextMatchFinder(text, /\)/g);
  for (let i = text.indexOf('!['); i >= 0; ) {
    const close = bracketAfter(i + 2);
    if (close === null) break;
    const paren = close.index - (i + 2) <= LABEL_MAX && text[close.index + 1] === '(' ? parenAfter(close.index + 2) : null;
    if (paren === null) {
      i = text.indexOf('![', i + 1);
      continue;
    }
    out.push({ index: i, end: paren.index + 1, label: text.slice(i + 2, close.index) });
    i = text.indexOf('![', paren.index + 1);
  }
  return out;
}

/** What follows a link's label: `(destination)`, its parentheses holding none of their own, or `[reference]`. */
const LINK_REST = /\]\([^()]*(?:\([^()]*\)[^()]*)*\)|\]\[[^\]]{0,1000}\]/y;

/**
 * Markdown links as `/\[([^\]]{0,1000})\]\(([^()]*(?:\([^()]*\)[^()]*)*)\)|\[([^\]]{0,1000})\]\[[^\]]{0,1000}\]/g`
 * matches them, the same in the same order: a label ends at its first "]", and what may follow that "]" is read once
 * for all the "[" before it, not once from each (the pattern read up to 1,000 characters from every "["; issue 22).
 */
export function linkMatches(text: string): LinkMatch[] {
  const out: LinkMatch[] = [];
  const bracketAfter = nextMatchFinder(text, /\]/g);
  const rest = new RegExp(LINK_REST.source, LINK_REST.flags);
  let restAt = -1;
  let restEnd = -1;
  for (let i = text.indexOf('['); i >= 0; ) {
    const close = bracketAfter(i + 1);
    if (close === null) break;
    if (close.index - (i + 1) <= LABEL_MAX) {
      if (restAt !== close.index) {
        restAt = rest.lastIndex = close.index;
        restEnd = rest.exec(text) === null ? -1 : rest.lastIndex;
      }
      if (restEnd >= 0) {
        out.push({ index: i, end: restEnd, label: text.slice(i + 1, close.index) });
        i = text.indexOf('[', restEnd);
        continue;
      }
    }
    i = text.indexOf('[', i + 1);
  }
  return out;
}
