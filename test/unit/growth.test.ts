// Hostile shapes stay linear (issue 22), checked by what bounds the work, not by the clock: wink-nlp never reads a
// token past RUN_CHARS characters or RUN_SYMBOLS symbols (its time per token grows with that), and a regex scan never
// reads past the last place a match could end. Each shape is tried at 1x and 4x.
import * as assert from 'assert';
import { CHUNK_ABOVE, chunksOf, CHUNK_CHARS } from '../../src/core/article';
import { classify } from '../../src/core/article-classify';
import { LineContext } from '../../src/core/article-lines';
import { cutLongRuns, RUN_CHARS, RUN_SYMBOLS } from '../../src/core/article-tokens';
import { trimCodes } from '../../src/core/chars';
import { frontMatterValue, findFrontMatter } from '../../src/core/header';
import { endOfLast, endOfLastClosingTag, matchesUpTo } from '../../src/core/markup-scan';
import { emphasisMatches } from '../../src/core/markdown-scan';
import { rarestFirst, SameEventIndex, sameEvent } from '../../src/core/same-event';
import { toPlainText } from '../../src/core/text';
import { isClauseEdge } from '../../src/core/timeline';
import { pick, seededRandom } from './support/random';

const SHAPES: Record<string, (n: number) => string> = {
  ampersands: (n) => '&'.repeat(n),
  autolinks: (n) => '<http://'.repeat(n / 8),
  'one long word': (n) => 'a'.repeat(n),
  hyphens: (n) => '-'.repeat(n),
  emoji: (n) => '😀👍🏽'.repeat(n / 6),
  'amounts in comma groups': (n) => '1' + ',000'.repeat(n / 4),
};

/** The longest run of non-space characters, and the most ASCII symbols in one run. */
function worstRun(text: string): { chars: number; symbols: number } {
  let chars = 0;
  let symbols = 0;
  for (const run of text.split(/\s+/)) {
    chars = Math.max(chars, run.length);
    symbols = Math.max(symbols, run.replace(/[A-Za-z0-9]|[^\x21-\x7e]/g, '').length);
  }
  return { chars, symbols };
}

function loneSurrogates(text: string): number {
  return (text.match(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g) ?? []).length;
}

describe('growth: hostile shapes are read in bounded pieces', () => {
  for (const [name, shape] of Object.entries(SHAPES)) {
    it(`${name}: wink-nlp's text keeps the length and has no run past the bounds, at 1x and 4x`, () => {
      for (const n of [50_000, 200_000]) {
        const text = shape(n);
        const read = cutLongRuns(text);
        assert.strictEqual(read.length, text.length, 'same length: offsets hold');
        const worst = worstRun(read);
        assert.ok(worst.chars <= RUN_CHARS + 1, `${name} x${n}: a run of ${worst.chars} characters`);
        assert.ok(worst.symbols <= RUN_SYMBOLS, `${name} x${n}: a run of ${worst.symbols} symbols`);
        assert.strictEqual(loneSurrogates(read), loneSurrogates(text), 'no half of a pair left alone');
        if (read.length > CHUNK_ABOVE) for (const [from, to] of chunksOf(read)) assert.ok(to - from <= CHUNK_CHARS, `${name}: a chunk of ${to - from}`);
      }
    });
  }

  it('an article is read as it is (no run reaches the bounds)', () => {
    const text = 'The council met on Friday, March 3, 2023 (see https://example.com/news/2023/03/03/council-vote.html?ref=home&utm_source=x).\n\nIt voted 7-2.';
    assert.strictEqual(cutLongRuns(text), text);
  });
});

describe('growth: markup scans stop at the last closer', () => {
  const PIECES = ['<a', '<a href="x">', '</a>', '>', '[', ']', '(', ')', '![', '<http://x>', 'word ', '\n', '</p>', '<p>'];
  const TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>/g;
  const IMAGE = /!\[[^\]]*\]\([^)]*\)/g;
  const ELEMENT = /<(p|a)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

  it('finds the same matches as a scan of the whole text, on generated markup', () => {
    const r = seededRandom(22);
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: Math.floor(r() * 30) }, () => pick(r, PIECES)).join('');
      const same = (re: RegExp, closer: Parameters<typeof matchesUpTo>[2]) =>
        assert.deepStrictEqual(matchesUpTo(text, re, closer).map((m) => [m.index, m[0]]), [...text.matchAll(re)].map((m) => [m.index, m[0]]), text);
      same(TAG, '>');
      same(IMAGE, ')');
      same(ELEMENT, endOfLastClosingTag);
    }
  });

  it('finds the emphasis spans the emphasis regex finds, on generated text', () => {
    const EMPHASIS = /(\*{1,3}|_{1,3}|~~)(?=\S)([\s\S]{0,1000}?\S)\1/g;
    const r = seededRandom(33);
    const pieces = ['*', '**', '***', '_', '__', '~', '~~', '~~~', 'a', 'b c', ' ', '\t', '\u00a0', '\u2028', '😀', '\ud800', '`', 'x'.repeat(400)];
    for (let i = 0; i < 6000; i++) {
      const text = Array.from({ length: Math.floor(r() * 16) }, () => pick(r, pieces)).join('');
      const expected = [...text.matchAll(EMPHASIS)].map((m) => ({ index: m.index, marker: m[1], length: m[0].length }));
      assert.deepStrictEqual(emphasisMatches(text), expected, JSON.stringify(text));
    }
  });

  it('reads nothing when the closer never comes, at 1x and 4x', () => {
    for (const n of [10_000, 40_000]) {
      assert.strictEqual(endOfLast('<a'.repeat(n), '>'), 0);
      assert.strictEqual(endOfLastClosingTag('<title>'.repeat(n)), 0);
      assert.deepStrictEqual(matchesUpTo('['.repeat(n), /\[([^\]]*)\]\(([^)]*)\)/g, ')'), []);
    }
  });

  it('a front-matter title with 50,000 inner spaces is read whole', () => {
    const text = `---\ntitle: a${' '.repeat(50_000)}b  \n---\nBody.`;
    const fm = findFrontMatter(text);
    assert.ok(fm);
    assert.strictEqual(frontMatterValue(fm, 'title'), `a${' '.repeat(50_000)}b`);
  });
});

/** Counts the characters handed to each line reading: what the per-line tests scan. */
class CountingLines extends LineContext {
  read = 0;
  private readonly counted = new Map<unknown, unknown>();

  override readPlainLine<T>(start: number, end: number, read: (line: string) => T): T {
    let counting = this.counted.get(read) as ((line: string) => T) | undefined;
    if (counting === undefined) {
      counting = (line: string): T => {
        this.read += line.length;
        return read(line);
      };
      this.counted.set(read, counting);
    }
    return super.readPlainLine(start, end, counting);
  }
}

describe('growth: the sentences of one long line share its reading', () => {
  it('`![` repeated: the line tests read each line once, however many sentences it holds, at 1x and 4x', () => {
    for (const n of [10_000, 40_000]) {
      const text = `Intro line.\n${'!['.repeat(n)}\nLast line.`;
      const prepared = toPlainText(text, 'markdown');
      const lines = new CountingLines(text, prepared.plain, prepared.blocks);
      let sentences = 0;
      for (let start = 0; start < text.length; start += 2) {
        const end = Math.min(text.length, start + 2);
        if (prepared.plain.slice(start, end).includes('\n')) continue;
        classify(text, prepared, start, end, prepared.plain.slice(start, end), lines);
        sentences++;
      }
      assert.ok(sentences >= n, `${sentences} sentences`);
      assert.ok(lines.read >= 2 * n, 'the long line was read');
      assert.ok(lines.read <= text.length, `x${n}: ${lines.read} characters read for ${text.length}`);
    }
  });

  it('a line reading is what the line gives, asked again or not', () => {
    const lines = new LineContext('one\ntwo', 'one\ntwo');
    const upper = (line: string) => line.toUpperCase();
    assert.strictEqual(lines.readPlainLine(0, 2, upper), 'ONE');
    assert.strictEqual(lines.readPlainLine(4, 6, upper), 'TWO');
    assert.strictEqual(lines.readPlainLine(1, 3, upper), 'ONE');
    assert.strictEqual(lines.readPlainLine(4, 7, (line) => line.length), 3);
  });
});

describe('growth: an event phrase is trimmed from its ends only', () => {
  const EDGES = /^[\s,;:—–-]+|[\s,;:—–-]+$/g;

  it('trims what the regex trims, on generated phrases', () => {
    const r = seededRandom(7);
    const pieces = [' ', ',', ';', ':', '—', '–', '-', '\u00a0', '\n', 'a', 'B', '.', '"', '😀'];
    for (let i = 0; i < 5000; i++) {
      const text = Array.from({ length: Math.floor(r() * 12) }, () => pick(r, pieces)).join('');
      assert.strictEqual(trimCodes(text, isClauseEdge), text.replace(EDGES, ''), JSON.stringify(text));
    }
  });

  it('100,000 commas or 50,000 hyphens inside a phrase are not read, at 1x and 4x', () => {
    for (const n of [25_000, 100_000]) {
      for (const middle of [','.repeat(n), ' -'.repeat(n / 2)]) {
        let tests = 0;
        const counting = (code: number) => {
          tests++;
          return isClauseEdge(code);
        };
        const text = `, On March 3, 2021 the${middle} end. ;`;
        assert.strictEqual(trimCodes(text, counting), text.slice(2, -2));
        assert.strictEqual(tests, 6, 'the two ends and the character after each');
      }
    }
  });
});

describe('growth: a dated sentence is compared only with the kept ones that may share its words', () => {
  it('finds what a comparison with every kept sentence finds, on generated word sets', () => {
    const r = seededRandom(55);
    const words = Array.from({ length: 12 }, (_, i) => `w${i}`);
    for (let round = 0; round < 300; round++) {
      const sets = Array.from({ length: 1 + Math.floor(r() * 25) }, () => new Set(words.filter(() => r() < 0.25)));
      const index = new SameEventIndex(rarestFirst(sets));
      const kept: Array<[Set<string>, number]> = [];
      sets.forEach((set, i) => {
        const sentence = r() < 0.1 ? Math.floor(r() * i) : i;
        const expected = kept.some(([k, s]) => sameEvent(k, set, s, sentence));
        assert.strictEqual(index.has(set, sentence), expected, JSON.stringify([kept.map(([k, s]) => [[...k], s]), [...set], sentence]));
        if (!expected) {
          kept.push([set, sentence]);
          index.add(set, sentence);
        }
      });
    }
  });

  it('sentences of one date with words of their own: comparisons grow with the count, at 1x and 4x', () => {
    for (const n of [2_000, 8_000]) {
      const sets = Array.from({ length: n }, (_, i) => new Set(['march', '3', '2021', ...Array.from({ length: 6 }, (_, k) => `w${i * 6 + k}`)]));
      const index = new SameEventIndex(rarestFirst(sets));
      sets.forEach((set, i) => {
        assert.ok(!index.has(set, i));
        index.add(set, i);
      });
      assert.ok(index.compared <= n, `x${n}: ${index.compared} comparisons`);
    }
  });
});
