// The token store holds a document's tokens in typed arrays and builds Token objects on demand (issue 7: memory).
// What a step reads through `sentence.tokens` must be the same whether the sentence's tokens were kept or rebuilt.
import * as assert from 'assert';
import { readArticle } from '../../src/core/article';
import { getNlp } from '../../src/core/nlp';
import { TokenStore } from '../../src/core/tokens';

const PARAGRAPH = 'Mr. Okafor said the Harbor Bridge would reopen on Friday. Its repairs cost $4.2 million, the council said.\n\n';

describe('token store', () => {
  it('grows past its first capacity and builds each token from its slots', () => {
    const text = 'Ships Sailed north';
    const store = new TokenStore(text, 1);
    store.push(0, 5, 'NOUN', 'ship', false);
    store.push(6, 12, 'VERB', '', false);
    store.push(13, 18, 'ADV', 'North', true);
    for (let i = 0; i < 40; i++) store.push(13, 18, 'ADV', 'north', true);
    store.trim();
    assert.strictEqual(store.length, 43);
    assert.deepStrictEqual(store.token(0), { start: 0, end: 5, text: 'Ships', lower: 'ships', pos: 'NOUN', lemma: 'ship', stop: false });
    // No lemma from the tagger: the text's, lower-cased; lemmas are lower-cased like the text.
    assert.strictEqual(store.token(1).lemma, 'sailed');
    assert.strictEqual(store.token(2).lemma, 'north');
    assert.strictEqual(store.token(42).stop, true);
    assert.deepStrictEqual(store.range(1, 3).map((t) => t.text), ['Sailed', 'north']);
  });

  it('gives a tag it does not know a code of its own', () => {
    const store = new TokenStore('zz yy', 4);
    store.push(0, 2, 'NEWTAG', 'zz', false);
    store.push(3, 5, 'NOUN', 'yy', false);
    assert.strictEqual(store.pos(0), 'NEWTAG');
    assert.strictEqual(store.pos(1), 'NOUN');
  });

  it("gives each sentence exactly its own tokens, in an article and in a long document alike", () => {
    for (const repeats of [3, 4000]) {
      const text = PARAGRAPH.repeat(repeats);
      const doc = readArticle(text, 'plaintext');
      assert.ok(doc.tokens.length > (repeats > 100 ? 50_000 : 0), 'the long document is past the keep-all size');
      let next = 0;
      for (const sentence of doc.sentences) {
        assert.strictEqual(sentence.firstToken, next, 'sentences cover the store in order');
        next += sentence.tokenCount;
        const tokens = sentence.tokens;
        assert.strictEqual(tokens.length, sentence.tokenCount);
        assert.strictEqual(tokens[0].start, sentence.start);
        assert.strictEqual(tokens[tokens.length - 1].end, sentence.end);
        for (const t of tokens) assert.strictEqual(text.slice(t.start, t.end), t.text);
      }
      assert.strictEqual(next, doc.tokens.length);
      // Going back to an earlier sentence after reading others gives its tokens again, kept or rebuilt.
      const [first, second] = doc.sentences;
      const before = first.tokens.map((t) => `${t.start}:${t.text}:${t.pos}:${t.lemma}`);
      void second.tokens;
      assert.deepStrictEqual(first.tokens.map((t) => `${t.start}:${t.text}:${t.pos}:${t.lemma}`), before);
      assert.strictEqual(first.tokens[0].text, 'Mr.');
    }
  });

  it("gives every token wink-nlp's own lemma and stop flag, though it asks once per word and tag", () => {
    // Words that change lemma with their tag ("saw", "left", "leaves"), contractions (whose parts take the
    // expansion's lemma and flag), and the same words again after the cache has them.
    const text = "I saw the saw. She left by the left door; the tree leaves as it leaves. They can't go, won't wait and we'd seen it. The can is full. " +
      "He saw them again and can't say. Saw blades and leaves were left.";
    const nlp = getNlp();
    const winkTokens = nlp.readDoc(text).tokens();
    const values = winkTokens.out() as string[];
    const pos = winkTokens.out(nlp.its.pos) as string[];
    const lemmas = winkTokens.out(nlp.its.lemma as unknown as typeof nlp.its.value) as string[];
    const stops = winkTokens.out(nlp.its.stopWordFlag) as unknown as boolean[];
    const expected = values.map((v, i) => `${v}/${pos[i]}/${lemmas[i].toLowerCase()}/${stops[i]}`).filter((_, i) => pos[i] !== 'SPACE');
    for (const round of [1, 2]) {
      const doc = readArticle(text, 'plaintext');
      const got = doc.sentences.flatMap((s) => s.tokens.map((t) => `${t.text}/${t.pos}/${t.lemma}/${t.stop}`));
      assert.deepStrictEqual(got, expected, `round ${round}`);
    }
    assert.ok(expected.includes('saw/VERB/see/false') && expected.includes('saw/NOUN/saw/false'), 'the sentence shows both lemmas of "saw"');
  });
});
