// The engine never throws on text: generated inputs of every awkward kind, with a fixed seed so CI sees the same
// ones. NEWSLINE_FUZZ_CASES raises the count for a long run (npm run test:fuzz).
import * as assert from 'assert';
import { analyze } from '../../src/core/analyze';
import type { Analysis, DocumentFormat } from '../../src/core/types';
import { pick, seededRandom } from './support/random';
import { DATED_SHAPES, MARKUP_SHAPES, NESTING_SHAPES, RULE_SHAPES } from './support/shapes';

const CASES = Number(process.env.NEWSLINE_FUZZ_CASES ?? 100_000);
const LONG = process.env.NEWSLINE_FUZZ_CASES !== undefined;
/** Issue 22's pathological shapes mixed into generated text: a bounded count and size in the normal run. */
const SHAPE_CASES = LONG ? Math.max(2000, Math.floor(CASES / 500)) : 150;
const SHAPE_CHARS = LONG ? 200_000 : 4_000;
const SHAPES = Object.values({ ...MARKUP_SHAPES, ...DATED_SHAPES, ...RULE_SHAPES, ...NESTING_SHAPES });
const SEED = Number(process.env.NEWSLINE_FUZZ_SEED ?? 7);

type Gen = (r: () => number) => string;

const WORDS = ['the', 'council', 'said', 'Friday', 'on', 'Feb.', '24', '2022', 'Mr.', 'U.S.', '$240', 'million', 'May', 'March', 'last', 'week', 'ago', 'three', 'days', 'later', 'in', '1986', 'the', '1990s', 'every', 'Monday', 'will', 'open', 'next', 'month', '2:30', 'a.m.', 'Q3', 'summer', 'of', 'Cho,', '58', '7-2', 'Section', '2021'];
const SCRIPTS = ['日本語の文です。', 'Привет, мир.', 'مرحبا بالعالم', 'שלום עולם', 'नमस्ते दुनिया', '😀👍🏽🇺🇦', '\u202Eevil\u202C', '\u200B\u200D', 'ﬁ', 'Ǆ', '\uFEFF'];
const MARKUP = ['# Title\n', '**bold**', '_it_', '[link](http://x.y)', '![img](a.png)', '> quote\n', '- item\n', '1. item\n', '```\ncode\n```\n', '---\ntitle: x\ndate: 2022-04-01\n---\n', '<p>para</p>', '<script>alert(1)</script>', '<b>', '</p>', '&amp;', '&#8217;', '&#xD800;', '&bogus;', '<!-- c -->', '<h1>H</h1>', '<figcaption>c</figcaption>', '<', '>', '|a|b|\n|-|-|\n'];
const PUNCT = ['.', '!', '?', ',', ';', ':', '—', '"', '“', '”', '(', ')', ' ', '\n', '\n\n', '\r\n', '\t'];

function randomCodeUnits(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) {
    const roll = r();
    if (roll < 0.5) s += String.fromCharCode(32 + Math.floor(r() * 95));
    else if (roll < 0.7) s += String.fromCharCode(Math.floor(r() * 0x3000));
    else if (roll < 0.8) s += String.fromCharCode(0xd800 + Math.floor(r() * 0x800)); // lone or paired surrogates
    else if (roll < 0.85) s += String.fromCharCode(Math.floor(r() * 32));
    else s += String.fromCodePoint(0x1f300 + Math.floor(r() * 0x300));
  }
  return s;
}

const GENERATORS: Gen[] = [
  (r) => randomCodeUnits(r, Math.floor(r() * 200)),
  (r) => Array.from({ length: 1 + Math.floor(r() * 40) }, () => pick(r, WORDS) + pick(r, PUNCT)).join(''),
  (r) => Array.from({ length: 1 + Math.floor(r() * 12) }, () => pick(r, SCRIPTS) + pick(r, PUNCT)).join(''),
  (r) => Array.from({ length: 1 + Math.floor(r() * 16) }, () => pick(r, MARKUP) + pick(r, WORDS) + pick(r, PUNCT)).join(''),
  (r) => Array.from({ length: 1 + Math.floor(r() * 30) }, () => String(Math.floor(r() * 3000)) + pick(r, [' ', '-', '/', ':', '.', ', '])).join(''),
  (r) => Array.from({ length: 1 + Math.floor(r() * 10) }, () => pick(r, ['Friday', 'Feb. 24', '2022-04-01', 'last year', 'the 1990s', 'March 3, 2023', 'three days later', 'the following day', 'Q4 2024', 'tomorrow'])).join(pick(r, [' ', ', ', '. ', '\n'])),
  (r) => (pick(r, WORDS) + ' ').repeat(1 + Math.floor(r() * 300)),
  (r) => pick(r, WORDS) + '\n'.repeat(Math.floor(r() * 5)) + pick(r, SCRIPTS),
];

function checkOffsets(text: string, format: DocumentFormat, a: Analysis): void {
  for (const s of a.summary) {
    assert.ok(Number.isInteger(s.start) && s.start >= 0 && s.start < s.end && s.end <= text.length, 'summary range');
    if (format === 'plaintext') assert.strictEqual(text.slice(s.start, s.end).replace(/\s+/g, ' ').trim(), s.text, 'summary text');
  }
  for (const t of a.timexes) {
    assert.ok(t.start >= 0 && t.start < t.end && t.end <= text.length, 'timex range');
    assert.strictEqual(text.slice(t.start, t.end), t.text, 'timex text');
  }
  for (const e of a.timeline) {
    assert.strictEqual(text.slice(e.mention.start, e.mention.end), e.mention.text, 'mention text');
    assert.ok(e.sentence.start <= e.mention.start && e.mention.end <= e.sentence.end, 'mention in its sentence');
  }
}

describe(`engine fuzz: ${CASES.toLocaleString('en-US')} generated inputs (seed ${SEED})`, function () {
  this.timeout(0);

  it('never throws; every offset is in range and on its text; output is deterministic', () => {
    const r = seededRandom(SEED);
    const formats: DocumentFormat[] = ['plaintext', 'markdown', 'html'];
    for (let i = 0; i < CASES; i++) {
      const text = pick(r, GENERATORS)(r);
      const format = pick(r, formats);
      let a: Analysis;
      try {
        a = analyze(text, { languageId: format, referenceDate: '2022-04-01', sentences: 1 + (i % 5) });
      } catch (e) {
        assert.fail(`case ${i} threw ${(e as Error).stack}\ninput: ${JSON.stringify(text)}`);
      }
      try {
        checkOffsets(text, format, a);
      } catch (e) {
        assert.fail(`case ${i}: ${(e as Error).message}\ninput: ${JSON.stringify(text)} (${format})`);
      }
      if (i % 50 === 0) assert.deepStrictEqual(analyze(text, { languageId: format, referenceDate: '2022-04-01', sentences: 1 + (i % 5) }), a, `case ${i} deterministic`);
    }
  });

  it(`never throws on ${SHAPE_CASES.toLocaleString('en-US')} generated inputs mixed with pathological shapes (up to ${SHAPE_CHARS.toLocaleString('en-US')} characters each)`, () => {
    const r = seededRandom(SEED + 22);
    const formats: DocumentFormat[] = ['plaintext', 'markdown', 'html'];
    for (let i = 0; i < SHAPE_CASES; i++) {
      const parts = Array.from({ length: 1 + Math.floor(r() * 3) }, () =>
        r() < 0.6 ? pick(r, SHAPES)(1 + Math.floor(r() * r() * SHAPE_CHARS)) : pick(r, GENERATORS)(r),
      );
      const text = parts.join(pick(r, ['', ' ', '\n', '\n\n', '. ']));
      const format = pick(r, formats);
      let a: Analysis;
      try {
        a = analyze(text, { languageId: format, referenceDate: '2022-04-01' });
      } catch (e) {
        assert.fail(`shape case ${i} threw ${(e as Error).stack}\ninput: ${JSON.stringify(text.slice(0, 2000))} (${text.length} chars)`);
      }
      try {
        checkOffsets(text, format, a);
      } catch (e) {
        assert.fail(`shape case ${i}: ${(e as Error).message}\ninput: ${JSON.stringify(text.slice(0, 2000))} (${text.length} chars, ${format})`);
      }
    }
  });

  it('survives a 100,000-character sentence with no punctuation, a line of digits and a wall of dates', () => {
    const long = 'word '.repeat(20_000);
    const inputs = [long, '1234567890'.repeat(10_000), 'Friday Feb. 24 1986 '.repeat(5_000), '\n'.repeat(50_000), '😀'.repeat(30_000)];
    for (const text of inputs) {
      const a = analyze(text, { referenceDate: '2022-04-01' });
      checkOffsets(text, 'plaintext', a);
    }
  });
});
