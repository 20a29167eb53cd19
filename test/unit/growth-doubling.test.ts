// The issue 22 repros, each doubled toward 1 MB (32 to 64 KB in the normal run): the markup steps (Markdown, HTML, front
// matter, the header), the tagger and the timeline each take about twice the time on twice the text, never four
// times. Each shape is timed alone at n and 2n in alternation, fastest run kept (see support/growth.ts), so a busy
// machine cannot fail it; a super-linear step fails by a wide margin. Steps that count their own work are tested by
// those counts in growth.test.ts.
import * as assert from 'assert';
import { readArticle } from '../../src/core/article';
import { findFrontMatter, frontMatterValue, readHeader } from '../../src/core/header';
import { planPage } from '../../src/core/html';
import { tagTimexes } from '../../src/core/temporal';
import { toPlainText } from '../../src/core/text';
import { buildTimeline } from '../../src/core/timeline';
import { describeGrowth, doubling, isLinear, LONG_RUN } from './support/growth';
import { DATED_SHAPES, MARKUP_SHAPES, NESTING_SHAPES } from './support/shapes';

/** `read` with its last few answers kept: the tagger and the timeline are timed without the reading before them. */
function lastFew<T>(read: (text: string) => T): (text: string) => T {
  const kept = new Map<string, T>();
  return (text) => {
    let value = kept.get(text);
    if (value === undefined) {
      value = read(text);
      kept.set(text, value);
      if (kept.size > 3) kept.delete(kept.keys().next().value!);
    }
    return value;
  };
}

function expectLinear(cases: Record<string, (n: number) => string>, work: (text: string) => unknown, from: number, max?: number): void {
  const failures: string[] = [];
  for (const [name, shape] of Object.entries(cases)) {
    const g = doubling(work, shape, from, max);
    if (!isLinear(g)) failures.push(`${name}: ${describeGrowth(g)}`);
  }
  assert.deepStrictEqual(failures, []);
}

describe('growth: markup, tagger and timeline double with their text', function () {
  this.timeout(0);

  for (const format of ['markdown', 'html'] as const) {
    it(`${format} to plain text, every markup shape`, () => {
      expectLinear({ ...MARKUP_SHAPES, ...NESTING_SHAPES }, (text) => toPlainText(text, format), 4096);
    });
    it(`${format} header (front matter, meta, "Published" line), every markup shape`, () => {
      expectLinear({ ...MARKUP_SHAPES, ...NESTING_SHAPES }, (text) => readHeader(text, format, { currentYear: 2022 }), 4096);
    });
  }

  it('the web-page plan (parse, article extraction, hidden text), every markup shape', () => {
    const inPage = (shape: (n: number) => string) => (n: number) => `<html><body><article><h1>Title</h1><p>${'The council met on Friday. '.repeat(40)}</p><p>${shape(n)}</p></article></body></html>`;
    const pages = Object.fromEntries(Object.entries({ ...MARKUP_SHAPES, ...NESTING_SHAPES }).map(([name, shape]) => [name, inPage(shape)]));
    expectLinear(pages, (text) => planPage(text), 4096, LONG_RUN ? 1 << 20 : 1 << 15);
  });

  it('a front-matter title with inner spaces is read in time linear in its length', () => {
    const shape = MARKUP_SHAPES['front-matter title with inner spaces'];
    expectLinear({ title: shape }, (text) => frontMatterValue(findFrontMatter(text)!, 'title'), 4096);
  });

  // The tagger and the timeline are timed on an article read once per size: wink-nlp's reading is tested by counts.
  const docOf = lastFew((text) => readArticle(text, 'plaintext'));
  const max = LONG_RUN ? 1 << 20 : 1 << 15;

  it('the tagger, every dated shape', () => {
    expectLinear(DATED_SHAPES, (text) => tagTimexes(docOf(text), '2022-04-01'), 4096, max);
  });

  it('the timeline, every dated shape (30,000 dated mentions in 1 MB in the long run)', () => {
    const tagged = lastFew((text) => tagTimexes(docOf(text), '2022-04-01'));
    expectLinear(DATED_SHAPES, (text) => buildTimeline(docOf(text), tagged(text)), 4096, max);
  });
});
