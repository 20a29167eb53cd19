// The lines and blocks around a sentence, found fast (binary search, a sweep over the blocks, per-line caches): what
// the classification asks of the text around each sentence.
import type { BlockRange } from './text';
import { partitionPoint } from './sorted';

const LINK_LINE = /^\s*(?:(?:[-*+]\s+)?(?:\[[^\]]*\]\([^)]*\)|<https?:[^>]+>|https?:\/\/\S+)[\s|·•,]*)+$/;

/** The hint of the blocks holding [start, end), given those blocks in the order they were recorded. */
function hintOf(holding: Iterable<BlockRange>): BlockRange['hint'] | undefined {
  let found: BlockRange['hint'] | undefined;
  for (const block of holding) {
    // The innermost (shortest) block decides: a list item inside an aside is still an aside's.
    if (found === undefined || block.hint === 'aside' || block.hint === 'code') found = block.hint;
  }
  return found;
}

function hintAt(blocks: readonly BlockRange[], start: number, end: number): BlockRange['hint'] | undefined {
  return hintOf(blocks.filter((b) => b.start <= start && end <= b.end));
}

/**
 * Finds the blocks around sentences met in text order by a sweep, not a scan of every block per sentence
 * (quadratic in long Markdown and HTML documents); out-of-order queries fall back to the scan.
 */
class BlockSweep {
  /** Block indices by start. */
  private readonly order: number[];
  private next = 0;
  /** Blocks that start at or before the last query and may still hold a later sentence. */
  private open: number[] = [];
  private last = -1;

  constructor(private readonly blocks: readonly BlockRange[]) {
    this.order = blocks.map((_, i) => i).sort((a, b) => blocks[a].start - blocks[b].start || a - b);
  }

  hintAt(start: number, end: number): BlockRange['hint'] | undefined {
    const blocks = this.blocks;
    if (start < this.last) return hintAt(blocks, start, end);
    this.last = start;
    while (this.next < this.order.length && blocks[this.order[this.next]].start <= start) this.open.push(this.order[this.next++]);
    // A block ending at or before `start` holds no sentence from here on.
    this.open = this.open.filter((i) => blocks[i].end > start);
    const holding = this.open.filter((i) => end <= blocks[i].end).sort((a, b) => a - b);
    return hintOf(holding.map((i) => blocks[i]));
  }
}

/** Offsets of every line break in a text, for finding the line around an offset by binary search. */
class LineIndex {
  private readonly breaks: number[] = [];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.breaks.push(i);
  }

  /** The line holding [start, end): what `lastIndexOf`/`indexOf` from the offsets give, without scanning the text. */
  around(start: number, end: number): { readonly start: number; readonly end: number } {
    const breaks = this.breaks;
    let lo = partitionPoint(0, breaks.length, (i) => breaks[i] < start);
    const lineStart = lo > 0 ? breaks[lo - 1] + 1 : 0;
    while (lo < breaks.length && breaks[lo] < end) lo++;
    return { start: lineStart, end: lo < breaks.length ? breaks[lo] : this.text.length };
  }
}

/**
 * The lines and blocks around sentences, in the analysable and the original text. A profile of CNN/DM articles (one line each)
 * showed classification scanning the whole line for every sentence, quadratic in the line's length: lines are now
 * found by binary search, words are counted only as far as the tests need, and per-line tests are cached.
 */
export class LineContext {
  private readonly plainLines: LineIndex;
  private originalLines: LineIndex | undefined;
  private readonly linkLines = new Map<number, boolean>();
  private readonly lineReadings = new Map<(line: string) => unknown, Map<number, unknown>>();
  private readonly blocks: BlockSweep;

  constructor(readonly original: string, plain: string, blocks: readonly BlockRange[] = []) {
    this.plainLines = new LineIndex(plain);
    this.blocks = new BlockSweep(blocks);
  }

  hintAt(start: number, end: number): BlockRange['hint'] | undefined {
    return this.blocks.hintAt(start, end);
  }

  plainLine(start: number, end: number): string {
    const line = this.plainLines.around(start, end);
    return this.plainLines.text.slice(line.start, line.end);
  }

  /**
   * What `read` gives for the analysable line around [start, end), computed once per line: the sentences of one long
   * line ask the same thing of it, and reading the whole line for each was quadratic (`![` 40,000 times on a line).
   */
  readPlainLine<T>(start: number, end: number, read: (line: string) => T): T {
    const line = this.plainLines.around(start, end);
    let readings = this.lineReadings.get(read);
    if (readings === undefined) this.lineReadings.set(read, (readings = new Map()));
    if (!readings.has(line.start)) readings.set(line.start, read(this.plainLines.text.slice(line.start, line.end)));
    // Only `read` stored values under its own key.
    return readings.get(line.start) as T;
  }

  /** Is the original line around [start, end) nothing but links? */
  isLinkLine(start: number, end: number): boolean {
    this.originalLines ??= new LineIndex(this.original);
    const line = this.originalLines.around(start, end);
    let result = this.linkLines.get(line.start);
    if (result === undefined) {
      result = LINK_LINE.test(this.original.slice(line.start, line.end));
      this.linkLines.set(line.start, result);
    }
    return result;
  }
}

const WORD = /\S+/g;
export const LETTER = /\p{L}/u;

/** How many white-space separated words with a letter `text` has, counting no further than `limit + 1`. */
export function countWords(text: string, limit = Infinity): number {
  let n = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null && n <= limit; m = WORD.exec(text)) if (LETTER.test(m[0])) n++;
  return n;
}
