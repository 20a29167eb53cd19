// Long texts are read by wink-nlp in chunks cut at paragraph breaks (issue 7: linear time, bounded memory). The chunks
// must cover the text exactly, and every offset the engine gives must still point at its own words in the whole text.
import * as assert from 'assert';
import { analyze } from '../../src/core/analyze';
import { CHUNK_ABOVE, chunksOf, readArticle, tokenize } from '../../src/core/article';
import { seededRandom, pick } from './support/random';

const PARAGRAPHS = [
  'The council met on Friday, March 3, 2023, and voted to close the quarry by the end of the year.',
  'Residents had campaigned for two years. "We are relieved," said one of them, who has lived in the village since 1998.',
  'The company said it would appeal. Its shares fell 4% on Monday; analysts expect a decision in the spring.',
  'A spokesman for the ministry declined to comment on the report, which was published last week.',
  'Work on the new road began in 2019 and is due to finish next summer, three months later than planned.',
];

function longText(chars: number, seed: number, joins: readonly string[]): string {
  const random = seededRandom(seed);
  let text = '';
  while (text.length < chars) text += pick(random, PARAGRAPHS) + pick(random, joins);
  return text;
}

describe('chunked reading of long texts', function () {
  this.timeout(120_000);

  it('reads a short text whole', () => {
    assert.deepStrictEqual(chunksOf('One paragraph.\n\nAnother.'), [[0, 24]]);
  });

  it('covers a long text with contiguous chunks, each ending after a blank line when there is one', () => {
    const text = longText(CHUNK_ABOVE * 3, 1, ['\n\n', ' ', '\n']);
    const chunks = chunksOf(text);
    assert.ok(chunks.length > 3, `${chunks.length} chunks`);
    assert.strictEqual(chunks[0][0], 0);
    assert.strictEqual(chunks[chunks.length - 1][1], text.length);
    for (let i = 1; i < chunks.length; i++) {
      assert.strictEqual(chunks[i][0], chunks[i - 1][1]);
      assert.ok(text.slice(0, chunks[i][0]).endsWith('\n\n'), `chunk ${i} starts after a blank line`);
    }
  });

  it('cuts at a line break, else at a space, when a text has no blank line', () => {
    for (const join of ['\n', ' ']) {
      const text = longText(CHUNK_ABOVE * 2, 2, [join]);
      const chunks = chunksOf(text);
      assert.ok(chunks.length > 2);
      for (let i = 1; i < chunks.length; i++) assert.strictEqual(text[chunks[i][0] - 1], join);
    }
  });

  it('gives tokens whose offsets point at their own text, in order, across chunks', () => {
    const text = longText(CHUNK_ABOVE * 2, 3, ['\n\n', '\n\n\n', ' ']);
    const { store, sentenceStarts } = tokenize(text);
    assert.ok(store.length > 1000);
    let previousEnd = 0;
    for (const t of store.range(0, store.length)) {
      assert.strictEqual(text.slice(t.start, t.end), t.text);
      assert.ok(t.start >= previousEnd, `token at ${t.start} overlaps the one before`);
      previousEnd = t.end;
    }
    // Every chunk starts a sentence; sentences also start inside chunks.
    assert.ok(sentenceStarts.size > chunksOf(text).length);
  });

  it('reads the same sentences from a text whether or not it is chunked, where chunks end at blank lines', () => {
    const text = longText(CHUNK_ABOVE * 2, 4, ['\n\n']);
    const chunked = readArticle(text, 'plaintext').sentences.map((s) => `${s.start}-${s.end}:${s.kind}`);
    // The same paragraphs, short enough to be read whole, one at a time.
    let offset = 0;
    const whole: string[] = [];
    for (const part of text.split('\n\n')) {
      if (part.trim()) for (const s of readArticle(part, 'plaintext').sentences) whole.push(`${s.start + offset}-${s.end + offset}`);
      offset += part.length + 2;
    }
    assert.deepStrictEqual(chunked.map((s) => s.split(':')[0]), whole);
  });

  it('gives timexes and summary sentences of a long document at their exact places', () => {
    const text = longText(CHUNK_ABOVE * 2, 5, ['\n\n', ' ']);
    const analysis = analyze(text, { referenceDate: '2023-03-10' });
    assert.ok(analysis.timexes.length > 100);
    for (const t of analysis.timexes) assert.strictEqual(text.slice(t.start, t.end), t.text);
    assert.ok(analysis.summary.length > 0);
    for (const s of analysis.summary) assert.ok(text.slice(s.start, s.end).includes(s.text.split(' ')[0]));
  });
});
